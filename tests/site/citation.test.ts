/** Citations of the story, a case and the data: text, BibTeX that compiles, CSL-JSON. */
import { describe, expect, test } from 'vitest';

import { caseCitation, datasetCitation, storyCitation } from '../../src/site/citation.ts';
import { createSite } from '../../src/site/site.ts';
import { chartData } from '../helpers/chart-fixture.ts';

const data = chartData();
const publications = [
  { date: '2026-11-26', fingerprint: `sha256-${'0'.repeat(64)}`, changes: ['First.'], totals: { cases: 13, rulings: 30 } },
  { date: '2026-12-01', fingerprint: `sha256-${'1'.repeat(64)}`, changes: ['More.'], note: 'Fixed.', totals: { cases: 13, rulings: 31 } },
];
const site = createSite(data, { lastChanged: '2026-12-01', publications });
const url = new URL('https://example.org/');

describe('citations', () => {
  test('the story is dated by its first publication and names its last update', () => {
    const c = storyCitation(site, url, 'The 2020 election lawsuits, case by case');
    expect(c.text).toBe(
      'The Lawsuits Desk. “The 2020 election lawsuits, case by case.” The 2020 election lawsuits, 26 November 2026, updated 1 December 2026. https://example.org/',
    );
    expect(c.csl).toMatchObject({ type: 'article-newspaper', issued: { 'date-parts': [[2026, 11, 26]] }, URL: 'https://example.org/' });
    expect(c.meta).toEqual({
      title: 'The 2020 election lawsuits, case by case',
      author: 'The Lawsuits Desk',
      date: '2026/11/26',
      publisher: 'The Lawsuits Desk',
      url: 'https://example.org/',
    });
  });

  test("a case's BibTeX keeps the desk as one author and escapes BibTeX's special characters", () => {
    const view = { ...site.cases()[0]!, case: { ...site.cases()[0]!.case, case_name: 'A & B v. 100% C_D' } };
    const { bibtex, key } = caseCitation(site, url, view);
    expect(key).toBe(`lawsuits2020-${view.case.id}`);
    expect(bibtex).toMatch(new RegExp(`^@misc\\{${key},\\n`));
    expect(bibtex).toContain('  author = {{The Lawsuits Desk}},');
    expect(bibtex).toContain('title = {A \\& B v. 100\\% C\\_D, ');
    expect(bibtex).toContain(`  url = {https://example.org${view.path}}`);
    expect(bibtex.match(/\{/g)?.length).toBe(bibtex.match(/\}/g)?.length);
  });

  test('the data is versioned by its last publication, with its licence', () => {
    const c = datasetCitation(site, url);
    expect(c.csl).toMatchObject({ type: 'dataset', version: '2026-12-01', URL: 'https://example.org/methodology/' });
    expect(c.text).toContain('(version of 1 December 2026). Data set, CC BY 4.0.');
  });
});
