/**
 * Each kind of bad rulings.csv, written as the base rulings with one thing wrong, and the exact
 * message the data desk sees.
 */
import { describe, expect, test } from 'vitest';

import { BROKEN_RULINGS as broken } from '../helpers/broken-files.ts';
import { dataDirWith, messagesFor } from '../helpers/data-dir.ts';

const ACTIONS =
  '"granted relief", "denied relief", "dismissed", "affirmed", "reversed", "appeal dismissed", "leave denied", "certiorari denied", "withdrawn", "settled", "moot"';

const expected: Record<string, string[]> = {
  // The case's correct appeal below the bad row is not blamed for the ruling it seems to lack.
  'unknown-case': [
    'data/rulings.csv:3: case_id "ga-wood-v-rafensperger-ndga": is not listed in data/lawsuits.csv (expected one of az-trump-v-hobbs, ga-wood-v-raffensperger-ndga, ga-pearson-v-kemp, mi-costantino-v-detroit); did you mean "ga-wood-v-raffensperger-ndga"?',
  ],
  'before-filing': [
    'data/rulings.csv:10: date "2020-11-05": is before mi-costantino-v-detroit was filed on 2020-11-09 (expected a date on or after the filing)',
  ],
  'appeal-before-ruling-below': [
    'data/rulings.csv:4: action "affirmed": decides an appeal in a "federal appeals" court, but ga-wood-v-raffensperger-ndga has no earlier ruling of a lower court (expected the ruling that was appealed, on or before 2020-11-15)',
  ],
  'ended-without-ruling': [
    'data/lawsuits.csv:2: ended "yes": is "yes" but data/rulings.csv has no ruling for az-trump-v-hobbs (expected the ruling that ended it there, or ended "no" while it is open)',
  ],
  'two-endings': [
    'data/rulings.csv:10: action "withdrawn": ends ga-pearson-v-kemp in U.S. Court of Appeals for the Eleventh Circuit a second time (expected one ending there)',
  ],
  'nothing-to-reverse': [
    'data/rulings.csv:3: action "reversed": has nothing to reverse: no earlier ruling of a lower court went for either side (expected that ruling first)',
  ],
  'reversal-same-side': [
    'data/rulings.csv:12: favoured "defendants": does not fit "reversed" of the ruling of 2020-11-16, which went for the defendants (expected "plaintiffs")',
  ],
  'unknown-action': [
    `data/rulings.csv:8: action "dismised": is not an allowed value (expected one of ${ACTIONS}); did you mean "dismissed" (the court threw the case out)?`,
  ],
  'favoured-mismatch': ['data/rulings.csv:6: favoured "defendants": does not fit "granted relief" (expected "plaintiffs")'],
  'certiorari-below-supreme': [
    'data/rulings.csv:4: court_level "federal appeals": is not "us supreme", but only the U.S. Supreme Court denies certiorari (expected "us supreme", or another action)',
  ],
  'unregistered-site': [
    'data/rulings.csv:11: source_url "https://www.example-blog.com/costantino-appeal": site example-blog.com is not in data/publishers.csv (add it there if it meets the standard on the methodology page)',
  ],
  'reference-only': [
    'data/rulings.csv:12: source_url "https://en.wikipedia.org/wiki/Post-election_lawsuits_rela…": comes from a reference work, which may support a fact but not stand alone (expected a court record, a copy of one, a news report or a case tracker as well)',
  ],
  'duplicate-ruling': [
    'data/rulings.csv:11: action "denied relief": is used again for the same case_id, date, court and favoured, first on line 10 (expected each action once for the same case_id, date, court and favoured)',
  ],
};

describe('each kind of bad rulings.csv is reported with its line, column and a fix', () => {
  test('every kind of damage has its expected messages', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(broken).sort());
  });

  test.each(Object.entries(expected))('%s', (kind, messages) => {
    const dir = dataDirWith({ 'rulings.csv': { edits: broken[kind]! } });
    expect(messagesFor(dir)).toEqual(messages);
  });
});
