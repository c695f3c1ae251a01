/** The dates that bound the story and the data. ISO strings compare correctly as text. */

export const ELECTION_DAY = '2020-11-03';

/** Suits filed after the new president took office are outside the story. */
export const INAUGURATION_DAY = '2021-01-20';

/** The last day an event of the story can carry: the end of the Supreme Court's 2020 term of appeals. */
export const STORY_END = '2021-12-31';

/** Today's date as YYYY-MM-DD in UTC; an outcome cannot be dated in the future. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
