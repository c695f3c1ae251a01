/** Dates as readers see them. ISO strings stay the data's format; these only format. */
import { utcFormat, utcParse } from 'd3';

const parseIso = utcParse('%Y-%m-%d');
const long = utcFormat('%-d %B %Y');
const short = utcFormat('%-d %b');

export function toDate(iso: string): Date {
  const date = parseIso(iso);
  if (!date) throw new Error(`not an ISO date: ${iso}`);
  return date;
}

/** "18 November 2020" */
export const formatLong = (iso: string) => long(toDate(iso));
/** "18 Nov" */
export const formatShort = (iso: string) => short(toDate(iso));
