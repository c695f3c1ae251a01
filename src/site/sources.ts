/**
 * Sources as readers see them: by publisher and kind ("Court record (copy on Justia)", "The
 * Detroit News"), never as a bare domain, court records first, each with an archived copy
 * beside it (src/site/archive.ts). The publisher comes from data/publishers.csv, which
 * validation guarantees lists every source's site.
 */
import type { Publisher, PublisherKind } from '../data/schema.ts';
import { publisherIndex, STANDALONE_KINDS } from '../data/source-rules.ts';
import { type ArchivedCopy, archivedCopy } from './archive.ts';

export interface SourceView {
  url: string;
  publisher: string;
  kind: PublisherKind;
  /** The link text. */
  label: string;
  /** Where a reader can still see the page if it has moved or gone. */
  archive: ArchivedCopy;
}

/** The source columns of a sourced row (a case, a ruling, an event) and the desk's archived copies of them. */
export interface SourcedRow {
  source_url: string;
  source_url_2?: string | undefined;
  archive_url?: string | undefined;
  archive_url_2?: string | undefined;
}

/** A row's sources and the archived copies the desk chose, in column order. */
export const rowSources = (row: SourcedRow) => ({
  urls: [row.source_url, row.source_url_2],
  archives: [row.archive_url, row.archive_url_2],
});

export interface NameOptions {
  /** The day of the fact the sources support: the archived copy is the one nearest it. */
  day?: string;
  /** The desk's archived copies, by position in `urls`; a missing one is derived from the day. */
  archives?: readonly (string | undefined)[];
}

const PREFERENCE: readonly PublisherKind[] = [...STANDALONE_KINDS, 'reference work', 'archive'];

export function sourceLabel(publisher: Pick<Publisher, 'name' | 'kind'>): string {
  switch (publisher.kind) {
    case 'court record':
      return `Court record (${publisher.name})`;
    case 'court record copy':
      return `Court record (copy on ${publisher.name})`;
    case 'news':
      return publisher.name;
    case 'case tracker':
      return `${publisher.name} (case tracker)`;
    case 'reference work':
      return `${publisher.name} (reference work)`;
    // Validation keeps archives out of the source columns; named for completeness.
    case 'archive':
      return `${publisher.name} (archive)`;
  }
}

export type SourceNamer = (urls: readonly (string | undefined)[], options?: NameOptions) => SourceView[];

/**
 * Names the sources of a row, court records first; the order within a kind is the row's.
 * `fallbackDay` dates the archived copies of sources whose fact has no day of its own (a tally
 * someone published undated): the site's first publication, when we cited them.
 */
export function sourceNamer(publishers: readonly Publisher[], fallbackDay: string): SourceNamer {
  const find = publisherIndex(publishers);
  return (urls, { day = fallbackDay, archives = [] } = {}) =>
    urls
      .map((url, i) => ({ url, i }))
      .filter((s): s is { url: string; i: number } => Boolean(s.url))
      .map(({ url, i }) => {
        const publisher = find(url);
        // Validation refuses a source whose site is not registered, so this is a bug, not bad data.
        if (!publisher) throw new Error(`no publisher in publishers.csv for ${url}`);
        const archive = archivedCopy(url, day, archives[i]);
        return { i, view: { url, publisher: publisher.name, kind: publisher.kind, label: sourceLabel(publisher), archive } };
      })
      .sort((a, b) => PREFERENCE.indexOf(a.view.kind) - PREFERENCE.indexOf(b.view.kind) || a.i - b.i)
      .map(({ view }) => view);
}

/** The main source of a row (its source_url), named, with its archived copy for a fact of `day`. */
export const mainSource = (name: SourceNamer, row: SourcedRow, day: string): SourceView =>
  name([row.source_url], { day, archives: [row.archive_url] })[0]!;
