/** The change report between the last published data and the current data, and "last changed". */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, test } from 'vitest';

import { changeReport, dataLastChanged, formatChanges, lastChanged, nextSnapshot } from '../../src/data/change-report.ts';
import { type Dataset, loadDataset } from '../../src/data/load.ts';
import { parseSnapshot, readSnapshot, type Snapshot, SNAPSHOT_FILE } from '../../src/data/snapshot.ts';
import { FIXTURES } from '../helpers/data-dir.ts';

function fixture(): Dataset {
  const result = loadDataset(path.join(FIXTURES, 'charts'));
  if (!result.ok) throw new Error('the charts fixture is invalid');
  return result.data;
}

/** A snapshot as a build would have written and read it back: through JSON. */
function published(data: Dataset, builtAt = '2020-12-10T12:00:00.000Z', lastChangedOn = '2020-12-09'): Snapshot {
  const snapshot: Snapshot = { version: 1, builtAt, lastChanged: lastChangedOn, data };
  return parseSnapshot(JSON.parse(JSON.stringify(snapshot)))!;
}

const copy = (data: Dataset): Dataset => structuredClone(data);

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function outDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lawsuits-dist-'));
  made.push(dir);
  return dir;
}

describe('changeReport', () => {
  test('identical data reports nothing, even after a trip through JSON', () => {
    const data = fixture();
    const report = changeReport(published(data), copy(data));
    expect(report.identical).toBe(true);
    expect(report.added).toEqual([]);
    expect(report.removed).toEqual([]);
    expect(report.changed).toEqual([]);
    expect(report.edited).toEqual([]);
    expect(report.otherFiles).toEqual([]);
    expect(formatChanges(report)).toEqual(['No changes since the build of 2020-12-10 (data last changed 2020-12-09).']);
  });

  test('names added and removed cases, outcome and date changes old → new, and other edits', () => {
    const before = fixture();
    const after = copy(before);
    const [first, second, third] = after.lawsuits;
    const removed = after.lawsuits.splice(after.lawsuits.indexOf(third!), 1)[0]!;
    const oldOutcome = first!.outcome;
    const oldDate = first!.outcome_date;
    first!.outcome = 'won';
    first!.outcome_date = '2020-12-08';
    second!.summary = `${second!.summary} Corrected.`;
    after.lawsuits.push({ ...second!, id: 'pa-new-case', case_name: 'New v. Case', outcome: undefined, outcome_date: undefined });
    delete after.lawsuits.at(-1)!.outcome;
    delete after.lawsuits.at(-1)!.outcome_date;

    const report = changeReport(published(before), after);
    expect(report.identical).toBe(false);
    expect(report.added).toEqual([{ id: 'pa-new-case', case_name: 'New v. Case', state: second!.state, status: 'pending' }]);
    expect(report.removed.map((c) => c.id)).toEqual([removed.id]);
    expect(report.changed).toEqual([
      {
        id: first!.id,
        case_name: first!.case_name,
        changes: [
          { column: 'outcome', from: oldOutcome ?? null, to: 'won' },
          { column: 'outcome_date', from: oldDate ?? null, to: '2020-12-08' },
        ],
      },
    ]);
    expect(report.edited).toEqual([second!.id]);
    expect(report.tallies.total).toEqual({ from: before.lawsuits.length, to: after.lawsuits.length });
    const won = report.tallies.byStatus.find((t) => t.status === 'won')!;
    expect(won.to - won.from).toBe(1);
    const pending = report.tallies.byStatus.find((t) => t.status === 'pending')!;
    expect(pending.to - pending.from).toBe(1);

    const lines = formatChanges(report);
    expect(lines[0]).toBe('Changes since the build of 2020-12-10 (data last changed 2020-12-09):');
    expect(lines).toContain('  Added 1 case:');
    expect(lines).toContain(`    + pa-new-case  New v. Case (${second!.state}, pending)`);
    expect(lines).toContain(`    - ${removed.id}  ${removed.case_name} (${removed.state}, ${removed.outcome ?? 'pending'})`);
    expect(lines).toContain(
      `    ~ ${first!.id}  outcome: ${oldOutcome ?? '(empty)'} → won; outcome_date: ${oldDate ?? '(empty)'} → 2020-12-08`,
    );
    expect(lines).toContain(`  Other columns edited in 1 case: ${second!.id}`);
    expect(lines.at(-1)).toMatch(/^ {2}Cases by outcome: /);
    expect(lines.at(-1)).toContain(`won ${won.from} → ${won.to} (+1)`);
    expect(lines.at(-1)).toContain(`total ${before.lawsuits.length} → ${after.lawsuits.length} (±0)`);
  });

  test('a filed date filled in is reported from (empty)', () => {
    const before = fixture();
    const after = copy(before);
    const target = after.lawsuits.find((c) => c.filed_date)!;
    delete before.lawsuits.find((c) => c.id === target.id)!.filed_date;
    const report = changeReport(published(before), after);
    expect(report.changed).toEqual([
      { id: target.id, case_name: target.case_name, changes: [{ column: 'filed_date', from: null, to: target.filed_date }] },
    ]);
    expect(formatChanges(report)).toContain(`    ~ ${target.id}  filed_date: (empty) → ${target.filed_date!}`);
    expect(formatChanges(report).at(-1)).toBe('  Cases by outcome: unchanged');
  });

  test('tallies move by status with signed differences', () => {
    const before = fixture();
    const after = copy(before);
    after.lawsuits = after.lawsuits.filter((c) => c.outcome !== 'dismissed');
    const gone = before.lawsuits.length - after.lawsuits.length;
    expect(gone).toBeGreaterThan(0);
    const line = formatChanges(changeReport(published(before), after)).at(-1)!;
    expect(line).toContain(`dismissed ${gone} → 0 (−${gone})`);
    expect(line).toContain(`total ${before.lawsuits.length} → ${after.lawsuits.length} (−${gone})`);
  });

  test('events and the other files are reported too', () => {
    const before = fixture();
    const after = copy(before);
    after.events[0]!.label = 'Renamed';
    after.events.pop();
    after.states[0]!.name = 'Renamed';
    const report = changeReport(published(before), after);
    expect(report.events).toEqual({ added: [], removed: [before.events.at(-1)!.id], edited: [before.events[0]!.id] });
    expect(report.otherFiles).toEqual(['states.csv']);
    expect(formatChanges(report)).toContain(`  Events: removed ${before.events.at(-1)!.id}; edited ${before.events[0]!.id}`);
    expect(formatChanges(report)).toContain('  Also changed: states.csv');
  });

  test('with no earlier build every case is new', () => {
    const data = fixture();
    const report = changeReport(undefined, data);
    expect(report.since).toBeNull();
    expect(report.added).toHaveLength(data.lawsuits.length);
    expect(report.tallies.total).toEqual({ from: 0, to: data.lawsuits.length });
    expect(formatChanges(report)).toEqual([`No earlier build to compare with: ${data.lawsuits.length} cases, all new.`]);
  });

  test('long lists are cut short in the terminal but kept whole in the report', () => {
    const before = fixture();
    const after = copy(before);
    for (let i = 0; i < 25; i++) after.lawsuits.push({ ...before.lawsuits[0]!, id: `xx-case-${i}` });
    const report = changeReport(published(before), after);
    expect(report.added).toHaveLength(25);
    const lines = formatChanges(report);
    expect(lines.filter((l) => l.startsWith('    + '))).toHaveLength(20);
    expect(lines).toContain('    … and 5 more');
  });
});

describe('lastChanged', () => {
  test('keeps the earlier date while the data is what was published', () => {
    const data = fixture();
    expect(lastChanged(published(data), copy(data), '2021-02-01')).toBe('2020-12-09');
  });

  test('is the day of the build when the data differs, or when there is no earlier build', () => {
    const data = fixture();
    const after = copy(data);
    after.lawsuits[0]!.summary = 'Changed.';
    expect(lastChanged(published(data), after, '2021-02-01')).toBe('2021-02-01');
    expect(lastChanged(undefined, data, '2021-02-01')).toBe('2021-02-01');
  });

  test('a snapshot carries it from build to build', () => {
    const data = fixture();
    const first = nextSnapshot(undefined, data, new Date('2021-01-05T10:00:00Z'));
    expect(first).toMatchObject({ version: 1, builtAt: '2021-01-05T10:00:00.000Z', lastChanged: '2021-01-05' });
    const same = nextSnapshot(published(data, first.builtAt, first.lastChanged), copy(data), new Date('2021-01-09T10:00:00Z'));
    expect(same.lastChanged).toBe('2021-01-05');
    const edited = copy(data);
    edited.events[0]!.label = 'New label';
    expect(nextSnapshot(same, edited, new Date('2021-01-12T10:00:00Z')).lastChanged).toBe('2021-01-12');
  });

  test('dataLastChanged reads the snapshot of the published site', () => {
    const data = fixture();
    const out = outDir();
    expect(dataLastChanged(data, out, '2021-03-01')).toBe('2021-03-01');
    mkdirSync(path.join(out, 'data'));
    writeFileSync(path.join(out, SNAPSHOT_FILE), JSON.stringify(published(data)));
    expect(dataLastChanged(data, out, '2021-03-01')).toBe('2020-12-09');
  });
});

describe('readSnapshot', () => {
  test('says why a damaged snapshot is not used', () => {
    const out = outDir();
    mkdirSync(path.join(out, 'data'));
    writeFileSync(path.join(out, SNAPSHOT_FILE), '{"version": 1');
    expect(readSnapshot(out)).toMatchObject({ found: false, problem: 'is not valid JSON' });
    writeFileSync(path.join(out, SNAPSHOT_FILE), JSON.stringify({ version: 2, data: {} }));
    expect(readSnapshot(out)).toMatchObject({ found: false, problem: 'is not a snapshot this version of the site can read' });
  });
});
