/**
 * The archived copy shown beside every outside link, so a reader can still follow a source once
 * its page has moved or its site has closed.
 *
 * By default the copy is the Internet Archive's snapshot nearest the day of the fact the source
 * supports, written as a dated Wayback address: https://web.archive.org/web/<YYYYMMDD>/<original>.
 * Wayback answers such an address with its capture closest to that day, so no network is needed
 * to write one. Where the desk has chosen a copy itself (the archive_url columns), that wins.
 *
 * Links carry the Robust Links attributes (https://robustlinks.mementoweb.org/spec/):
 * data-originalurl, data-versionurl and data-versiondate.
 */

export interface ArchivedCopy {
  /** The address of the archived copy. */
  url: string;
  /** The day the copy stands for, YYYY-MM-DD: its capture day when known, else the fact's day. */
  date: string;
  /** Whether the desk gave this copy in the data, or it is the dated Wayback address written here. */
  origin: 'data' | 'wayback';
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A Wayback capture address: /web/ then a timestamp of 4 to 14 digits (optionally with a flag such as id_), then the original. */
const WAYBACK = /^https:\/\/web\.archive\.org\/web\/(\d{4,14})(?:[a-z]{2}_)?\/./;

/** `https://web.archive.org/web/20201117/https://example.org/a?b=1`: the capture nearest that day. */
export function waybackAddress(original: string, day: string): string {
  const parts = ISO_DAY.exec(day);
  if (!parts) throw new Error(`not a day as YYYY-MM-DD: ${day}`);
  // Wayback takes the original address as it is, query included, after the timestamp.
  return `https://web.archive.org/web/${parts[1]}${parts[2]}${parts[3]}/${original}`;
}

/** The day a Wayback address was captured, YYYY-MM-DD, when its timestamp names a full day. */
export function waybackDay(address: string): string | undefined {
  const stamp = WAYBACK.exec(address)?.[1];
  if (!stamp || stamp.length < 8) return undefined;
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`;
}

/**
 * The archived copy of `original` for a fact of `day`: the desk's own copy when it gave one,
 * else the Wayback snapshot nearest that day.
 */
export function archivedCopy(original: string, day: string, chosen?: string): ArchivedCopy {
  if (chosen) return { url: chosen, date: waybackDay(chosen) ?? day, origin: 'data' };
  return { url: waybackAddress(original, day), date: day, origin: 'wayback' };
}

/** The attributes Robust Links puts on a link to the original page. */
export function robustLinkAttributes(original: string, copy: Pick<ArchivedCopy, 'url' | 'date'>): Record<string, string> {
  return { 'data-originalurl': original, 'data-versionurl': copy.url, 'data-versiondate': copy.date };
}
