/**
 * The sourcing standard, checked on every source of every file: each site must be in the
 * publishers registry, and every row of a sourced file (a case, a ruling, an event) needs at
 * least one source that may stand alone, which a reference work (Wikipedia) may not.
 */
import { columnMeta } from './columns.ts';
import type { Columns, DataFile } from './files.ts';
import type { DataIssue } from './issues.ts';
import type { CheckedRow } from './load-table.ts';
import { at } from './rules.ts';
import type { Publisher, PublisherKind } from './schema.ts';

/** Kinds that may be a row's only support; the methodology page publishes the same order. */
export const STANDALONE_KINDS: readonly PublisherKind[] = ['court record', 'court record copy', 'news', 'case tracker'];

/** The columns of a file that hold source addresses. */
const urlColumns = (columns: Columns) => Object.keys(columns).filter((name) => columnMeta(columns[name]!).format === 'url');

/** The site of an address as the registry lists it: lowercase, without "www.". */
export const siteOf = (url: string) => new URL(url).hostname.toLowerCase().replace(/^www\./, '');

/**
 * The first query parameter of an address that its site does not need. A link shared from a
 * newsletter or a social network picks up parameters that name the sharer (?cid=twitter_…);
 * the registry lists the few a site needs to find its page, and every other one is refused.
 */
export function unneededParameter(url: string, publisher: Publisher): string | undefined {
  const needed = new Set((publisher.query ?? '').split(/\s+/).filter(Boolean));
  return [...new URL(url).searchParams.keys()].find((key) => !needed.has(key));
}

export type PublisherIndex = (url: string) => Publisher | undefined;

/** Finds the publisher of an address: its own site, or the nearest parent domain listed. */
export function publisherIndex(publishers: readonly Publisher[]): PublisherIndex {
  const byDomain = new Map(publishers.map((p) => [p.domain, p]));
  return (url) => {
    let host = siteOf(url);
    for (;;) {
      const found = byDomain.get(host);
      if (found) return found;
      const dot = host.indexOf('.');
      if (dot === -1 || host.indexOf('.', dot + 1) === -1) return undefined;
      host = host.slice(dot + 1);
    }
  };
}

interface SourcedFile {
  spec: DataFile;
  shown: string;
  table: { rows: readonly CheckedRow<Columns>[] };
}

/** A publisher with the line of publishers.csv that lists it, for messages that point there. */
export interface RegisteredPublisher {
  record: Publisher;
  line: number;
}

/** The columns of a file that hold archived copies, with the source column each copies. */
const archiveColumns = (columns: Columns) =>
  Object.keys(columns).flatMap((name) => {
    const of = columnMeta(columns[name]!).archiveOf;
    return of ? [{ name, of }] : [];
  });

/** The columns that source the row itself. */
const ROW_SOURCES = ['source_url', 'source_url_2'];

const ALTERNATIVES = "a court record (the court's own site, CourtListener, GovInfo, Justia) or a news report";

/**
 * The sourcing standard on every row: each source's site is registered and is not an archive
 * (an archived copy goes in archive_url, beside its source); a row of a sourced file has a source
 * that may stand alone; a source on a site that has closed is backed by one that is open and may
 * stand alone; each archived copy is on a registered archive and goes with a source.
 */
export function checkSources(
  files: readonly SourcedFile[],
  publishers: readonly RegisteredPublisher[],
  publishersFile: string,
): DataIssue[] {
  const find = publisherIndex(publishers.map((p) => p.record));
  const lineOf = new Map(publishers.map((p) => [p.record, p.line]));
  const found: DataIssue[] = [];
  for (const { spec, shown, table } of files) {
    const columns = urlColumns(spec.columns).filter((c) => !archiveColumns(spec.columns).some((a) => a.name === c));
    const archives = archiveColumns(spec.columns);
    for (const row of table.rows) {
      const issue = at(shown, row);
      const sources: { column: string; url: string; publisher: Publisher }[] = [];
      for (const column of columns) {
        const url = row.raw[column];
        // Malformed addresses were reported by their own column check.
        if (url === undefined || row.failed?.has(column)) continue;
        const publisher = find(url);
        if (!publisher) {
          const message = `site ${siteOf(url)} is not in ${publishersFile} (add it there if it meets the standard on the methodology page)`;
          found.push(issue(column, url, message));
          continue;
        }
        if (publisher.kind === 'archive') {
          const copy = archives.find((a) => a.of === column)?.name;
          const where = copy ? `put the page's own address here and this copy in ${copy}` : "cite the page's own address";
          found.push(issue(column, url, `is an archived copy on ${publisher.name}, not a source (expected the original page: ${where})`));
          continue;
        }
        sources.push({ column, url, publisher });
        const unneeded = unneededParameter(url, publisher);
        if (unneeded) {
          found.push(
            issue(
              column,
              url,
              `carries the query parameter "${unneeded}", which ${publishersFile} does not list as needed by ${publisher.domain}; cite the address without it (or, if the page cannot be found without it, list it in the query column of ${publisher.domain})`,
            ),
          );
        }
      }
      const standalone = (p: Publisher) => STANDALONE_KINDS.includes(p.kind);
      if (spec.sourced && sources.length > 0 && !sources.some((s) => standalone(s.publisher))) {
        const first = row.raw['source_url'] ?? '';
        found.push(
          issue(
            'source_url',
            first,
            `comes from a reference work, which may support a fact but not stand alone (expected a court record, a copy of one, a news report or a case tracker as well)`,
          ),
        );
      }
      // The row's own sources back each other; a source of something else in the row (grounds_source) does not.
      const rowSources = sources.filter((s) => ROW_SOURCES.includes(s.column));
      for (const closed of rowSources.filter((s) => s.publisher.closed)) {
        const backed = rowSources.some((s) => s !== closed && !s.publisher.closed && standalone(s.publisher));
        if (backed) continue;
        const where = `${publishersFile}:${lineOf.get(closed.publisher)}`;
        const other = ROW_SOURCES.find((c) => c !== closed.column && columns.includes(c) && row.raw[c] === undefined);
        const fix = other
          ? `add ${ALTERNATIVES} in ${other}, or replace this link`
          : `replace this link or the other source with ${ALTERNATIVES}`;
        found.push(
          issue(
            closed.column,
            closed.url,
            `is on ${siteOf(closed.url)}, which closed on ${closed.publisher.closed} (${where}), so it may no longer answer (expected another source in this row from a site that is still open and may stand alone: ${fix})`,
          ),
        );
      }
      for (const { name, of } of archives) {
        const url = row.raw[name];
        if (url === undefined || row.failed?.has(name)) continue;
        const publisher = find(url);
        if (publisher?.kind !== 'archive') {
          const is = publisher
            ? `${publisher.name} is listed in ${publishersFile} with kind "${publisher.kind}"`
            : `site ${siteOf(url)} is not in ${publishersFile}`;
          found.push(issue(name, url, `${is} (expected a copy on a site listed there with kind "archive", such as web.archive.org)`));
        } else if (row.raw[of] === undefined) {
          found.push(issue(name, url, `is an archived copy of ${of}, which is empty (expected ${of} as well, or an empty cell here)`));
        }
      }
    }
  }
  return found;
}
