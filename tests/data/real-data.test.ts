/**
 * The published data itself: valid, sourced, consistent, and the figures a reader sees pinned
 * here, each difference from the research dossier (../shared/research/NOTES.md, section 2)
 * explained where it arises.
 */
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { loadDataset } from '../../src/data/load.ts';
import { ELECTION_DAY, STORY_END } from '../../src/data/period.ts';
import { publisherIndex, STANDALONE_KINDS } from '../../src/data/source-rules.ts';
import { caseHistories, isOpen, statusOn } from '../../src/data/status.ts';
import { casesAsOf, countBy } from '../../src/data/tallies.ts';

const result = loadDataset(path.resolve(import.meta.dirname, '../../data'));
if (!result.ok) throw new Error(`data/ is invalid:\n${JSON.stringify(result.issues, null, 1)}`);
const data = result.data;
const tally = <K>(rows: readonly { case: (typeof data.lawsuits)[number]; status: string }[], key: (r: (typeof rows)[number]) => K) =>
  Object.fromEntries(countBy(rows, key));

describe('data quality', () => {
  test('every row of every file is valid', () => {
    expect(result.ok).toBe(true);
    expect(data.lawsuits.length).toBeGreaterThanOrEqual(50);
    expect(data.events.length).toBeGreaterThanOrEqual(25);
  });

  test('every source is an https address', () => {
    const urls = [
      ...data.lawsuits.flatMap((c) => [c.source_url, c.source_url_2]),
      ...data.events.flatMap((e) => [e.source_url, e.source_url_2]),
      ...data.disagreements.flatMap((d) => [d.chosen_source, d.alternative_source]),
      ...data.publishedTallies.map((t) => t.source_url),
    ].filter((u): u is string => Boolean(u));
    expect(urls.filter((u) => new URL(u).protocol !== 'https:')).toEqual([]);
  });

  test('no docket number appears twice in one court', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const c of data.lawsuits) {
      if (!c.docket) continue;
      const key = `${c.court}|${c.docket}`;
      if (seen.has(key)) repeats.push(`${c.id} repeats ${seen.get(key)}`);
      seen.set(key, c.id);
    }
    expect(repeats).toEqual([]);
  });

  test('every state used is listed in states.csv', () => {
    const known = new Set(data.states.map((s) => s.code));
    const used = [...data.lawsuits.map((c) => c.state), ...data.events.flatMap((e) => (e.state ? [e.state] : []))];
    expect(used.filter((code) => !known.has(code))).toEqual([]);
  });

  test('every event falls inside the period of the story', () => {
    expect(data.events.filter((e) => e.date < ELECTION_DAY || e.date > STORY_END)).toEqual([]);
  });

  test('the events the story and its charts are anchored on exist', () => {
    // Their dates are the story's to pin: see the <Fact event=… on=…> next to the prose.
    const ids = new Set(data.events.map((e) => e.id));
    for (const id of ['election-day', 'race-called', 'krebs-fired', 'electoral-vote', 'congress-count']) expect(ids).toContain(id);
  });
});

/**
 * Invariants of the figures, true of any valid data. Today's exact figures are pinned by the
 * story itself (<Fact> in src/pages/index.mdx), so a routine edit (one more case) leaves these
 * tests green and tells the desk, at validation, which sentences to reread.
 */
describe('figures readers see', () => {
  const days = ['2020-11-02', '2020-11-03', '2020-11-07', '2020-11-18', '2020-12-14', '2021-03-31'];

  test('every case is counted once in the final figures, and each has a status', () => {
    const rows = casesAsOf(data);
    expect(rows).toHaveLength(data.lawsuits.length);
    expect(Object.values<number>(tally(rows, (r) => r.status)).reduce((a, b) => a + b, 0)).toBe(data.lawsuits.length);
  });

  test('the count of suits filed never falls from one day to the next, and starts at zero before Election Day', () => {
    const filed = days.map((day) => casesAsOf(data, day).length);
    expect(filed[0]).toBe(0);
    expect(filed).toEqual([...filed].sort((a, b) => a - b));
  });

  test('a case that has ended stays ended, with the same outcome, on every later day', () => {
    for (const history of caseHistories(data)) {
      const statuses = days.map((day) => statusOn(history, day));
      const ended = statuses.findIndex((s) => s !== 'not filed' && !isOpen(s));
      if (ended !== -1) expect(new Set(statuses.slice(ended)), history.case.id).toEqual(new Set([statuses[ended]]));
    }
  });

  test('every case has a ruling with a source, unless its ending is marked as not confirmed', () => {
    const ruled = new Set(data.rulings.map((r) => r.case_id));
    expect(data.lawsuits.filter((c) => !ruled.has(c.id) && c.ended !== 'not confirmed').map((c) => c.id)).toEqual([]);
    expect(data.rulings.length / data.lawsuits.length).toBeGreaterThan(2);
  });

  test('every source comes from a registered publisher, and every row has one that may stand alone', () => {
    const find = publisherIndex(data.publishers);
    const rows = [...data.lawsuits, ...data.rulings, ...data.events];
    expect(rows.flatMap((r) => [r.source_url, r.source_url_2]).filter((u): u is string => Boolean(u) && !find(u!))).toEqual([]);
    expect(rows.filter((r) => ![r.source_url, r.source_url_2].some((u) => u && STANDALONE_KINDS.includes(find(u)!.kind)))).toEqual([]);
  });
});
