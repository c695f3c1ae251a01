/** How a scroll step names its day, everywhere it appears: jump links, the sticky bar, the step's heading. */
import { formatShort } from '../data/dates.ts';
import { ELECTION_DAY } from '../data/period.ts';

/** "3 Nov", and "31 Mar 2021" once the year is no longer the election's. */
export function stepDate(iso: string): string {
  return iso.slice(0, 4) === ELECTION_DAY.slice(0, 4) ? formatShort(iso) : `${formatShort(iso)} ${iso.slice(0, 4)}`;
}
