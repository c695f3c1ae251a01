/**
 * The links of the story's prose held to the same sourcing standard as the data: an outside
 * link cites a publisher in publishers.csv that may stand alone (a reference work may not), as
 * a clean https address; a link to a case or state page names one the site builds.
 */
import type { Dataset } from '../data/files.ts';
import { lawsuitColumns } from '../data/schema.ts';
import { publisherIndex, siteOf, STANDALONE_KINDS, unneededParameter } from '../data/source-rules.ts';
import { suggest } from '../data/suggest.ts';
import type { Position } from './elements.ts';

export interface LinkProblem {
  position: Position;
  /** As for props: `stale` when the link is well formed but this data lacks what it names. */
  kind: 'error' | 'stale';
  message: string;
}

export interface LinkContext {
  data: Pick<Dataset, 'lawsuits' | 'publishers'>;
  statesWithCases: readonly string[];
}

const guessed = (value: string, known: readonly string[]) => {
  const guess = suggest(value, known);
  return guess ? `; did you mean "${guess}"?` : '';
};

/** What is wrong with one link, or undefined when it meets the standard. */
export function linkProblem(url: string, context: LinkContext): Omit<LinkProblem, 'position'> | undefined {
  if (url.startsWith('#') || url.startsWith('mailto:')) return undefined;
  if (url.startsWith('/')) return pageProblem(url, context);
  const parsed = lawsuitColumns.source_url.safeParse(url);
  if (!parsed.success) return { kind: 'error', message: `link "${url}": ${parsed.error.issues[0]?.message ?? 'is not a web address'}` };
  const publisher = publisherIndex(context.data.publishers)(url);
  // Which sites are registered is the data's business, so an unlisted one is stale, not malformed.
  if (!publisher)
    return {
      kind: 'stale',
      message: `link "${url}": site ${siteOf(url)} is not in data/publishers.csv (cite a publisher that meets the sourcing standard, or add it there)`,
    };
  if (!STANDALONE_KINDS.includes(publisher.kind))
    return {
      kind: 'error',
      message: `link "${url}": ${publisher.name} is a ${publisher.kind}, which may support a fact but not stand alone (link a court record or a news report)`,
    };
  const unneeded = unneededParameter(url, publisher);
  if (unneeded)
    return {
      kind: 'error',
      message: `link "${url}": carries the query parameter "${unneeded}", which ${publisher.domain}'s pages do not need (link the address without it)`,
    };
  return undefined;
}

function pageProblem(url: string, { data, statesWithCases }: LinkContext): Omit<LinkProblem, 'position'> | undefined {
  const path = url.split(/[?#]/)[0]!;
  const casePage = /^\/cases\/([^/]+)\/?$/.exec(path);
  if (casePage) {
    const ids = data.lawsuits.map((c) => c.id);
    if (ids.includes(casePage[1]!)) return undefined;
    return { kind: 'stale', message: `link "${url}": no case has the id "${casePage[1]}"${guessed(casePage[1]!, ids)}` };
  }
  const statePage = /^\/states\/([^/]+)\/?$/.exec(path);
  if (statePage) {
    const codes = statesWithCases.map((c) => c.toLowerCase());
    if (codes.includes(statePage[1]!)) return undefined;
    return {
      kind: 'stale',
      message: `link "${url}": there is no page for "${statePage[1]}" (only states with cases have one)${guessed(statePage[1]!, codes)}`,
    };
  }
  return undefined;
}
