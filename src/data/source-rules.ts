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
export const urlColumns = (columns: Columns) => Object.keys(columns).filter((name) => columnMeta(columns[name]!).format === 'url');

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

export function checkSources(files: readonly SourcedFile[], publishers: readonly Publisher[], publishersFile: string): DataIssue[] {
  const find = publisherIndex(publishers);
  const found: DataIssue[] = [];
  for (const { spec, shown, table } of files) {
    const columns = urlColumns(spec.columns);
    for (const row of table.rows) {
      const issue = at(shown, row);
      const kinds: PublisherKind[] = [];
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
        kinds.push(publisher.kind);
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
      if (spec.sourced && kinds.length > 0 && !kinds.some((k) => STANDALONE_KINDS.includes(k))) {
        const first = row.raw['source_url'] ?? '';
        found.push(
          issue(
            'source_url',
            first,
            `comes from a reference work, which may support a fact but not stand alone (expected a court record, a copy of one, a news report or a case tracker as well)`,
          ),
        );
      }
    }
  }
  return found;
}
