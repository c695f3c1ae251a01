/**
 * Columns the site adds to the published lawsuits table, worked out from rulings.csv by the same
 * code as the pages (status.ts): how each case ended, when, and on what grounds. The desk never
 * types them; they are published so a data user can see how a case ended without redoing the
 * derivation, and described in the data package and JSON Schema like every other column.
 */
import { isoDate, oneOf, text, wholeNumber, wordsFrom } from './columns.ts';
import { ELECTION_DAY, today } from './period.ts';
import { COURT_LEVELS, GROUND_MEANING, GROUNDS, OUTCOMES } from './schema.ts';
import { STATUS_ORDER } from './status.ts';

const day = (description: string) =>
  isoDate({ description, example: '2020-12-05', from: ELECTION_DAY, to: today, toLabel: 'today' }).optional();

export const lawsuitDerivedColumns = {
  status: oneOf(STATUS_ORDER, {
    description:
      'Where the case stands today, worked out from its rulings: its outcome once it has ended, else no ruling yet, won so far or lost so far.',
  }),
  outcome: oneOf(OUTCOMES, {
    description: 'How the case ended, once it has: empty while it is open, and when its ending could not be confirmed.',
  }).optional(),
  decided_on: day(
    'The day of the ruling that decided the outcome: often the day the case ended, but earlier when later rulings left the outcome as it was.',
  ),
  ended_on: day('The day of the ruling (or the withdrawal) that ended the case.'),
  last_ruling: day("The day of the case's latest ruling in rulings.csv; empty when it has none."),
  rulings: wholeNumber({ description: 'How many rulings of the case rulings.csv records.', example: '3', min: 0, max: 100 }),
  highest_court: oneOf(COURT_LEVELS, { description: 'The highest court that ruled in the case, or where it began.' }),
  main_grounds: wordsFrom(GROUNDS, {
    description:
      'Why the courts turned the plaintiffs down: the grounds of the latest ruling against them whose reasons are known ("unexplained" when the courts gave none, "unconfirmed" when they could not be confirmed); empty when no court went against them.',
    meanings: GROUND_MEANING,
  }).optional(),
  decided_by: text({
    description: 'The court whose ruling decided the outcome, as rulings.csv names it.',
    example: 'U.S. Court of Appeals for the Third Circuit',
    max: 120,
  }).optional(),
};
