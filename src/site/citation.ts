/**
 * "Cite this": how to cite the story, a case page or the dataset, as plain text, BibTeX and
 * CSL-JSON (the format Zotero, Pandoc and citeproc read), and the citation_* meta tags that
 * scholarly indexers (Google Scholar, Zotero's page translator) read from the page head.
 *
 * Written here rather than with citation-js: three fixed record shapes need a few lines each,
 * while that library brings a plugin system and a large dependency tree for formats we do not use.
 */
import { formatLong } from '../data/dates.ts';
import type { CaseView } from './cases.ts';
import { PUBLISHER, SITE_NAME } from './config.ts';
import { absolute, METHODOLOGY_PATH } from './paths.ts';
import type { Site } from './site.ts';
import { DATASET_NAME, lastPublished, LICENSE_URL } from './structured-data.ts';

/** One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage' | 'dataset';
  title: string;
  author: { literal: string }[];
  publisher: string;
  'container-title'?: string;
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  version?: string;
  note?: string;
}

export interface Citation {
  /** A key for BibTeX and the names of the downloaded files. */
  key: string;
  text: string;
  bibtex: string;
  csl: CslItem;
  /** For the citation_* meta tags. */
  meta: CitationMeta;
}

export interface CitationMeta {
  title: string;
  author: string;
  /** YYYY/MM/DD, as Google Scholar asks. */
  date: string;
  publisher: string;
  url: string;
}

type CitedSite = Pick<Site, 'firstPublished' | 'publications'>;

const dateParts = (day: string): [[number, number, number]] => {
  const [y, m, d] = day.split('-').map(Number);
  return [[y!, m!, d!]];
};

/** BibTeX's special characters, escaped so a case name with "&" or "%" still compiles. */
const bib = (value: string) => value.replace(/([\\{}%&$#_^~])/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));

/** A BibTeX entry; the author is a body, not a person, so double braces keep BibTeX from splitting it into names. */
function bibtex(entry: string, key: string, fields: Record<string, string>): string {
  const value = (name: string, text: string) => (name === 'url' ? text : name === 'author' ? `{${bib(text)}}` : bib(text));
  const lines = Object.entries(fields).map(([name, text]) => `  ${name} = {${value(name, text)}}`);
  return `@${entry}{${key},\n${lines.join(',\n')}\n}`;
}

function citation(
  key: string,
  text: string,
  fields: { type: CslItem['type']; title: string; day: string; url: string; version?: string; note?: string },
): Citation {
  const [year, month] = fields.day.split('-');
  const csl: CslItem = {
    id: key,
    type: fields.type,
    title: fields.title,
    author: [{ literal: PUBLISHER }],
    publisher: PUBLISHER,
    ...(fields.type === 'dataset' ? {} : { 'container-title': SITE_NAME }),
    issued: { 'date-parts': dateParts(fields.day) },
    URL: fields.url,
    ...(fields.version ? { version: fields.version } : {}),
    ...(fields.note ? { note: fields.note } : {}),
  };
  const bibFields: Record<string, string> = {
    author: PUBLISHER,
    title: fields.title,
    ...(fields.type === 'dataset' ? {} : { howpublished: SITE_NAME }),
    publisher: PUBLISHER,
    year: year!,
    month: String(Number(month)),
    url: fields.url,
    ...(fields.version ? { version: fields.version } : {}),
    ...(fields.note ? { note: fields.note } : {}),
  };
  return {
    key,
    text,
    bibtex: bibtex('misc', key, bibFields),
    csl,
    meta: { title: fields.title, author: PUBLISHER, date: fields.day.replaceAll('-', '/'), publisher: PUBLISHER, url: fields.url },
  };
}

/** The story, dated by its first publication; the text names its last update too. */
export function storyCitation(site: CitedSite, siteUrl: URL | undefined, title: string): Citation {
  const url = absolute(siteUrl, '/');
  const updated = lastPublished(site);
  const text = `${PUBLISHER}. “${title}.” ${SITE_NAME}, ${formatLong(site.firstPublished)}${updated !== site.firstPublished ? `, updated ${formatLong(updated)}` : ''}. ${url}`;
  return citation('lawsuits2020', text, {
    type: 'article-newspaper',
    title,
    day: site.firstPublished,
    url,
    ...(updated !== site.firstPublished ? { note: `Updated ${updated}` } : {}),
  });
}

/** A case's page, as its data stood at the last publication. */
export function caseCitation(site: CitedSite, siteUrl: URL | undefined, view: CaseView): Citation {
  const c = view.case;
  const url = absolute(siteUrl, view.path);
  const day = lastPublished(site);
  const docket = c.docket ? `, No. ${c.docket}` : '';
  const filed = c.filed_date ? ` (filed ${formatLong(c.filed_date)})` : '';
  const text = `${c.case_name}, ${c.court}${docket}${filed}. In ${SITE_NAME}, ${PUBLISHER}, data of ${formatLong(day)}. ${url}`;
  return citation(`lawsuits2020-${c.id}`, text, {
    type: 'webpage',
    title: `${c.case_name}, ${c.court}${docket}`,
    day,
    url,
    note: `Case record${filed}; data of ${day}`,
  });
}

/** The dataset, versioned by its last publication. */
export function datasetCitation(site: CitedSite, siteUrl: URL | undefined): Citation {
  const url = absolute(siteUrl, METHODOLOGY_PATH);
  const version = lastPublished(site);
  const text = `${PUBLISHER}. ${DATASET_NAME} (version of ${formatLong(version)}). Data set, CC BY 4.0. ${url}`;
  return citation('lawsuits2020-data', text, {
    type: 'dataset',
    title: DATASET_NAME,
    day: version,
    url,
    version,
    note: `Licence: CC BY 4.0, ${LICENSE_URL}`,
  });
}
