/** The publication record: last-changed dates and the baseline for "what changed", from the repository. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, test } from 'vitest';

import { rulingKey } from '../../src/data/change-report.ts';
import type { Dataset } from '../../src/data/files.ts';
import {
  changesSincePublished,
  dataLastChanged,
  emptyRecord,
  fingerprint,
  formatRecordProblem,
  readRecord,
  RECORD_FILE,
  rulingsAddedOn,
  serialiseRecord,
  withPublication,
} from '../../src/data/publication-record.ts';
import { chartData } from '../helpers/chart-fixture.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lawsuits-record-'));
  made.push(dir);
  return dir;
};

describe('the publication record', () => {
  const data = chartData();
  const first = withPublication(emptyRecord(), data, '2026-11-26');

  test('a first publication records the day, a fingerprint, every change in words and the totals', () => {
    expect(first.publications).toHaveLength(1);
    const [publication] = first.publications;
    expect(publication).toMatchObject({ date: '2026-11-26', fingerprint: fingerprint(data), totals: { cases: 13, rulings: 34 } });
    expect(publication!.changes[0]).toBe(`Case added: ${data.lawsuits[0]!.case_name} (${data.lawsuits[0]!.state}).`);
    expect(first.data).toEqual(data);
  });

  test('publishing the same data again records nothing', () => {
    expect(withPublication(first, structuredClone(data), '2026-12-01')).toBe(first);
  });

  test('the last-changed day is the publication that holds this data, else the build day', () => {
    expect(dataLastChanged(first, structuredClone(data), '2026-12-01')).toBe('2026-11-26');
    const edited: Dataset = structuredClone(data);
    edited.rulings.pop();
    expect(dataLastChanged(first, edited, '2026-12-01')).toBe('2026-12-01');
    expect(dataLastChanged(emptyRecord(), data, '2026-12-01')).toBe('2026-12-01');
  });

  test("a correction is published with the desk's note and only the changes since", () => {
    const edited: Dataset = structuredClone(data);
    const removed = edited.rulings.pop()!;
    const next = withPublication(first, edited, '2026-12-01', 'An earlier version showed this ruling twice.');
    expect(next.publications.map((p) => p.date)).toEqual(['2026-11-26', '2026-12-01']);
    expect(next.publications[1]!.note).toBe('An earlier version showed this ruling twice.');
    expect(next.publications[1]!.changes).toContain(
      `Ruling removed: ${data.lawsuits.find((c) => c.id === removed.case_id)!.case_name}, ${removed.court}, ${removed.action} on ${removed.date}.`,
    );
    expect(changesSincePublished(next, edited).identical).toBe(true);
  });

  test('the same data always has the same fingerprint, whatever the order of keys', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    const shuffled = reversed(data) as Dataset;
    expect(Object.keys(shuffled.lawsuits[0]!)[0]).toBe(Object.keys(data.lawsuits[0]!).at(-1));
    expect(fingerprint(shuffled)).toBe(fingerprint(data));
    expect(fingerprint(data)).toMatch(/^sha256-[0-9a-f]{64}$/);
  });

  test('the file puts one data row per line and reads back as written', () => {
    const dir = folder();
    writeFileSync(path.join(dir, RECORD_FILE), serialiseRecord(first));
    const read = readRecord(dir);
    expect(read.ok && read.record).toEqual(first);
    const text = serialiseRecord(first);
    expect(text.split('\n').filter((line) => line.startsWith('      {') && line.includes('"case_id":'))).toHaveLength(data.rulings.length);
  });

  test('a folder without a record has published nothing; a damaged record is named at its line and column', () => {
    const dir = folder();
    expect(readRecord(dir)).toMatchObject({ ok: true, found: false, record: emptyRecord() });
    const text = serialiseRecord(withPublication(emptyRecord(), data, '2026-11-26'));
    const problemOf = (damaged: string) => {
      writeFileSync(path.join(dir, RECORD_FILE), damaged);
      const read = readRecord(dir);
      return read.ok ? 'read' : formatRecordProblem(read, 'data/publications.json');
    };
    // Half written: a save cut short in the middle of the data.
    const cut = text.slice(0, Math.floor(text.length * 0.6));
    const lines = cut.split('\n');
    expect(problemOf(cut)).toMatch(
      new RegExp(`^data/publications\\.json:${lines.length}:\\d+: is not valid JSON: .*cut short.*; restore it from version control`),
    );
    // A comma lost in a hand edit of line 5.
    const noComma = text.split('\n');
    noComma[4] = noComma[4]!.replace(/,$/, '');
    expect(problemOf(noComma.join('\n'))).toMatch(
      /^data\/publications\.json:6:\d+: is not valid JSON: a comma is missing before this point;/,
    );
    expect(problemOf('{"version":2}')).toMatch(/^data\/publications\.json:1:12: version 2: /);
  });

  test('a publication dated after today is refused at its date', () => {
    const dir = folder();
    const ahead = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    const text = serialiseRecord(withPublication(emptyRecord(), data, ahead));
    writeFileSync(path.join(dir, RECORD_FILE), text);
    const read = readRecord(dir);
    const line = text.split('\n').findIndex((l) => l.includes(`"date": "${ahead}"`)) + 1;
    expect(!read.ok && formatRecordProblem(read, 'data/publications.json')).toBe(
      `data/publications.json:${line}:15: publications[0].date "${ahead}": is after today (${new Date().toISOString().slice(0, 10)}); a publication cannot be dated in the future, so correct it to the day it was published; restore it from version control (git checkout -- data/publications.json) or fix that spot (expected the record npm run publish writes)`,
    );
  });
});

describe('rulingsAddedOn', () => {
  const data = chartData();
  const [oldest, ...rest] = [...data.rulings].sort((a, b) => a.date.localeCompare(b.date));
  const later = rest.at(-1)!;
  const withoutLater = { ...data, rulings: data.rulings.filter((r) => r !== later) };
  const first = withPublication(emptyRecord(), withoutLater, '2026-11-26');
  const second = withPublication(first, data, '2026-12-01');

  test('dates a ruling by the update whose change list names it', () => {
    const added = rulingsAddedOn(second, data, '2026-12-05');
    expect(added.get(rulingKey(later))).toBe('2026-12-01');
    expect(added.get(rulingKey(oldest!))).toBe('2026-11-26');
    expect(added.size).toBe(data.rulings.length);
  });

  test('dates a ruling the last publication did not hold by the coming update', () => {
    expect(rulingsAddedOn(first, data, '2026-12-05').get(rulingKey(later))).toBe('2026-12-05');
  });

  test('dates a published ruling no change list names by the first update that recorded rulings', () => {
    const handWritten = { ...second, publications: second.publications.map((p) => ({ ...p, changes: ['Rulings recorded.'] })) };
    expect(rulingsAddedOn(handWritten, data, '2026-12-05').get(rulingKey(later))).toBe('2026-11-26');
  });
});

test('a record written before a data file existed reads as having published none of it', () => {
  const dir = folder();
  const data = chartData();
  const written = JSON.parse(serialiseRecord(withPublication(emptyRecord(), data, '2026-11-26'))) as { data: Record<string, unknown> };
  delete written.data['judges'];
  writeFileSync(path.join(dir, RECORD_FILE), JSON.stringify(written));
  const read = readRecord(dir);
  expect(read.ok && read.record.data?.judges).toEqual([]);
});
