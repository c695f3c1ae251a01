/**
 * Structured data (schema.org JSON-LD) for search engines and dataset indexes: a WebPage on every
 * page, a NewsArticle for the story (published, modified and corrected as the publication record
 * says), a Dataset for the data (what Google Dataset Search reads), and a BreadcrumbList on case
 * and state pages. Typed with schema-dts, so a misspelt property or a wrong type fails the
 * type check instead of being ignored by the indexers.
 */
import type { BreadcrumbList, Dataset, NewsArticle, NewsMediaOrganization, Thing, WebPage, WithContext } from 'schema-dts';

import { columnMeta } from '../data/columns.ts';
import { DATA_FILES, LAWSUITS, RULINGS } from '../data/files.ts';
import { ELECTION_DAY } from '../data/period.ts';
import { PUBLISHER, SITE_NAME } from './config.ts';
import { absolute, METHODOLOGY_PATH } from './paths.ts';
import type { Site } from './site.ts';

export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';
export const DATASET_NAME = 'Lawsuits over the 2020 US presidential election';
export const DATASET_DESCRIPTION =
  "Every lawsuit filed from Election Day, 3 November 2020, to 6 January 2021 to stop, change or overturn the count or certification of the presidential vote, with every ruling in each case (court, level, date, what it did and whom it favoured), the dated events of the story, and a court record or news report for every row. Each case's standing is derived from its rulings.";

type PublishedSite = Pick<Site, 'firstPublished' | 'publications' | 'lastChanged' | 'data'>;

/** The day of the latest publication (a correction is one), or the first when nothing newer was recorded. */
export const lastPublished = (site: Pick<Site, 'firstPublished' | 'publications'>) => site.publications[0]?.date ?? site.firstPublished;

function publisher(siteUrl: URL | undefined): NewsMediaOrganization {
  return { '@type': 'NewsMediaOrganization', name: PUBLISHER, url: absolute(siteUrl, '/') };
}

/** The page itself, part of the site; every page has one. A page with no address of its own (404) has no `path`. */
export function webPage(siteUrl: URL | undefined, page: { path?: string | undefined; title: string; description: string }): WebPage {
  return {
    '@type': 'WebPage',
    ...(page.path ? { '@id': absolute(siteUrl, page.path), url: absolute(siteUrl, page.path) } : {}),
    name: page.title,
    description: page.description,
    inLanguage: 'en',
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: absolute(siteUrl, '/') },
    publisher: publisher(siteUrl),
  };
}

/** The story: first published with the site, modified with each later publication, and its correction notes. */
export function newsArticle(
  site: Pick<Site, 'firstPublished' | 'publications'>,
  siteUrl: URL | undefined,
  article: { path: string; headline: string; description: string; image: string },
): NewsArticle {
  const corrections = [...site.publications]
    .filter((p) => p.note)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((p) => ({ '@type': 'CorrectionComment' as const, text: p.note!, datePublished: p.date }));
  return {
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.description,
    url: absolute(siteUrl, article.path),
    mainEntityOfPage: absolute(siteUrl, article.path),
    image: [absolute(siteUrl, article.image)],
    inLanguage: 'en',
    datePublished: site.firstPublished,
    dateModified: lastPublished(site),
    author: { '@type': 'Organization', name: PUBLISHER, url: absolute(siteUrl, '/') },
    publisher: publisher(siteUrl),
    isBasedOn: { '@type': 'Dataset', name: DATASET_NAME, url: absolute(siteUrl, METHODOLOGY_PATH) },
    ...(corrections.length > 0 ? { correction: corrections } : {}),
  };
}

/** The span of the data: Election Day to the latest ruling or event. */
function temporalCoverage(data: PublishedSite['data']): string {
  const last = [...data.rulings.map((r) => r.date), ...data.events.map((e) => e.date)].sort().at(-1) ?? ELECTION_DAY;
  return `${ELECTION_DAY}/${last}`;
}

/** The data as Google Dataset Search reads it: what it is, who made it, under which licence, and one download per table. */
export function dataset(site: PublishedSite, siteUrl: URL | undefined): Dataset {
  const variables = [LAWSUITS, RULINGS].flatMap((file) =>
    Object.entries(file.columns).map(([name, schema]) => ({
      '@type': 'PropertyValue' as const,
      name: `${file.name}.${name}`,
      description: columnMeta(schema).description,
    })),
  );
  return {
    '@type': 'Dataset',
    name: DATASET_NAME,
    description: DATASET_DESCRIPTION,
    url: absolute(siteUrl, METHODOLOGY_PATH),
    sameAs: absolute(siteUrl, '/data/datapackage.json'),
    license: LICENSE_URL,
    isAccessibleForFree: true,
    creator: publisher(siteUrl),
    publisher: publisher(siteUrl),
    datePublished: site.firstPublished,
    dateModified: lastPublished(site),
    version: lastPublished(site),
    temporalCoverage: temporalCoverage(site.data),
    spatialCoverage: { '@type': 'Place', name: 'United States' },
    keywords: ['2020 United States presidential election', 'election litigation', 'lawsuits', 'court rulings'],
    variableMeasured: variables,
    distribution: DATA_FILES.map((file) => ({
      '@type': 'DataDownload' as const,
      name: file.title,
      description: file.description,
      encodingFormat: 'text/csv',
      contentUrl: absolute(siteUrl, `/data/${file.name}.csv`),
    })),
  };
}

/** The trail from the story to this page, for search results. */
export function breadcrumbs(siteUrl: URL | undefined, trail: readonly { name: string; path: string }[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, i) => ({
      '@type': 'ListItem' as const,
      position: i + 1,
      name: step.name,
      item: absolute(siteUrl, step.path),
    })),
  };
}

/**
 * The JSON-LD of a page: its items in one graph, serialised so that no text from the data can
 * end the <script> element it sits in.
 */
export function jsonLd(items: readonly Thing[]): string {
  const graph = { '@context': 'https://schema.org', '@graph': items } as unknown as WithContext<Thing>;
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}
