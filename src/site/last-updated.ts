/** The date the site shows as "data last changed": the latest date anywhere in the data. */
import { data } from '../data/site-data.ts';

export function lastUpdated(): string {
  const dates = [
    ...data.lawsuits.flatMap((c) => [c.filed_date, c.outcome_date]),
    ...data.events.map((e) => e.date),
  ].filter((d): d is string => Boolean(d));
  return dates.reduce((a, b) => (b > a ? b : a), '');
}
