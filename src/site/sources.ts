/**
 * Sources as readers see them: by publisher and kind ("Court record (copy on Justia)", "The
 * Detroit News"), never as a bare domain, court records first. The publisher comes from
 * data/publishers.csv, which validation guarantees lists every source's site.
 */
import type { Publisher, PublisherKind } from '../data/schema.ts';
import { publisherIndex, STANDALONE_KINDS } from '../data/source-rules.ts';

export interface SourceView {
  url: string;
  publisher: string;
  kind: PublisherKind;
  /** The link text. */
  label: string;
}

const PREFERENCE: readonly PublisherKind[] = [...STANDALONE_KINDS, 'reference work'];

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
  }
}

export type SourceNamer = (urls: readonly (string | undefined)[]) => SourceView[];

/** Names the sources of a row, court records first; the order within a kind is the row's. */
export function sourceNamer(publishers: readonly Publisher[]): SourceNamer {
  const find = publisherIndex(publishers);
  return (urls) =>
    urls
      .filter((u): u is string => Boolean(u))
      .map((url, i) => {
        const publisher = find(url);
        // Validation refuses a source whose site is not registered, so this is a bug, not bad data.
        if (!publisher) throw new Error(`no publisher in publishers.csv for ${url}`);
        return { i, view: { url, publisher: publisher.name, kind: publisher.kind, label: sourceLabel(publisher) } };
      })
      .sort((a, b) => PREFERENCE.indexOf(a.view.kind) - PREFERENCE.indexOf(b.view.kind) || a.i - b.i)
      .map(({ view }) => view);
}
