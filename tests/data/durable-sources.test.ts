/**
 * Sources that last: a source on a site that has closed needs an open one beside it, and the
 * desk's archived copies (archive_url, archive_url_2) come from a registered archive and go with
 * a source. Fixtures, not the real data: the desk replaces the real Casetext links.
 */
import { describe, expect, test } from 'vitest';

import { loadDataset } from '../../src/data/load.ts';
import { dataDirWith, messagesFor } from '../helpers/data-dir.ts';
import type { Edit } from '../helpers/fixture-edits.ts';

/** Casetext (line 6 of the base publishers) closed, and the Internet Archive registered as an archive. */
const PUBLISHERS: Edit[] = [
  { line: 6, set: { closed: '2025-04-01' } },
  { after: 22, set: { domain: 'web.archive.org', name: 'Internet Archive (Wayback Machine)', kind: 'archive', closed: '' } },
];
/** Line 7 of the base rulings cites Casetext, with a copy on Wikisource as its second source. */
const CASETEXT = 'https://casetext.com/case/pearson-v-kemp-1/case-details';
const SNAPSHOT = 'https://web.archive.org/web/20201204000000/https://casetext.com/case/pearson-v-kemp-1/case-details';

const messages = (rulings: Edit[], publishers: Edit[] = PUBLISHERS) =>
  messagesFor(dataDirWith({ 'publishers.csv': { edits: publishers }, 'rulings.csv': { edits: rulings } }));

describe('a source on a site that has closed', () => {
  test('passes when another source of the row is on an open site that may stand alone', () => {
    expect(messages([])).toEqual([]);
  });

  test('is refused alone, pointing at the closed site in publishers.csv and saying where to add a source', () => {
    expect(messages([{ line: 7, set: { source_url_2: '' } }])).toEqual([
      `data/rulings.csv:7: source_url ${JSON.stringify(CASETEXT)}: is on casetext.com, which closed on 2025-04-01 (data/publishers.csv:6), so it may no longer answer (expected another source in this row from a site that is still open and may stand alone: add a court record (the court's own site, CourtListener, GovInfo, Justia) or a news report in source_url_2, or replace this link)`,
    ]);
  });

  test('is refused when its only open companion is a reference work', () => {
    const wikipedia = 'https://en.wikipedia.org/wiki/Pearson_v._Kemp';
    expect(messages([{ line: 7, set: { source_url_2: wikipedia } }])).toEqual([
      `data/rulings.csv:7: source_url ${JSON.stringify(CASETEXT)}: is on casetext.com, which closed on 2025-04-01 (data/publishers.csv:6), so it may no longer answer (expected another source in this row from a site that is still open and may stand alone: replace this link or the other source with a court record (the court's own site, CourtListener, GovInfo, Justia) or a news report)`,
    ]);
  });

  test('is fine on a site with no closing date, or when the column is left out altogether', () => {
    expect(messages([{ line: 7, set: { source_url_2: '' } }], [])).toEqual([]);
    expect(messages([{ line: 7, set: { source_url_2: '' } }], [{ dropColumn: 'closed' }])).toEqual([]);
  });
});

describe("the desk's archived copies", () => {
  // The base fixture has the archive columns, empty; the real data may leave them out.
  const withArchives: Edit[] = [];

  test('an archived copy on a registered archive, beside its source, is valid', () => {
    expect(messages([...withArchives, { line: 7, set: { archive_url: SNAPSHOT } }])).toEqual([]);
  });

  test('a copy on a site that is not an archive is refused', () => {
    expect(messages([...withArchives, { line: 7, set: { archive_url: 'https://www.cnn.com/copy' } }])).toEqual([
      'data/rulings.csv:7: archive_url "https://www.cnn.com/copy": CNN is listed in data/publishers.csv with kind "news" (expected a copy on a site listed there with kind "archive", such as web.archive.org)',
    ]);
    expect(messages([...withArchives, { line: 7, set: { archive_url: 'https://archive.ph/AbCdE' } }])).toEqual([
      'data/rulings.csv:7: archive_url "https://archive.ph/AbCdE": site archive.ph is not in data/publishers.csv (expected a copy on a site listed there with kind "archive", such as web.archive.org)',
    ]);
  });

  test('a copy of an empty source cell is refused', () => {
    expect(messages([...withArchives, { line: 7, set: { source_url_2: '', archive_url_2: SNAPSHOT } }])).toContain(
      `data/rulings.csv:7: archive_url_2 ${JSON.stringify(SNAPSHOT.slice(0, 57) + '…')}: is an archived copy of source_url_2, which is empty (expected source_url_2 as well, or an empty cell here)`,
    );
  });

  test('a malformed copy is refused like any address', () => {
    expect(messages([...withArchives, { line: 7, set: { archive_url: 'http://web.archive.org/web/2020/x' } }])).toEqual([
      'data/rulings.csv:7: archive_url "http://web.archive.org/web/2020/x": is an http:// address, which browsers flag as insecure (expected a full https:// address of an archived copy of the page)',
    ]);
  });

  test('an archived copy in a source column is refused, with where it belongs', () => {
    expect(messages([{ line: 7, set: { source_url: SNAPSHOT } }])).toEqual([
      `data/rulings.csv:7: source_url ${JSON.stringify(SNAPSHOT.slice(0, 57) + '…')}: is an archived copy on Internet Archive (Wayback Machine), not a source (expected the original page: put the page's own address here and this copy in archive_url)`,
    ]);
  });
});

test('the archive columns and the closing date may be left out without a notice: they only override what the site works out', () => {
  const result = loadDataset(
    dataDirWith({
      'rulings.csv': { edits: [{ dropColumn: 'archive_url' }, { dropColumn: 'archive_url_2' }] },
      'publishers.csv': { edits: [{ dropColumn: 'closed' }] },
    }),
  );
  expect(result.ok).toBe(true);
  // The base fixture leaves out other optional columns, which do get their notices.
  expect(result.notices.map((n) => n.value)).not.toEqual(
    expect.arrayContaining([expect.stringMatching(/^(archive_url|archive_url_2|closed)$/)]),
  );
  expect(result.notices.length).toBeGreaterThan(0);
});
