/** What changed between two versions of the data, as the desk and the updates page see it. */
import { describe, expect, test } from 'vitest';

import { changeReport, formatChanges } from '../../src/data/change-report.ts';
import type { Dataset } from '../../src/data/files.ts';
import { chartData } from '../helpers/chart-fixture.ts';

const copy = (data: Dataset): Dataset => structuredClone(data);

describe('changeReport', () => {
  test('identical data reports nothing, even after a trip through JSON', () => {
    const data = chartData();
    const report = changeReport(JSON.parse(JSON.stringify(data)) as Dataset, copy(data));
    expect(report.identical).toBe(true);
    expect(formatChanges(report, 'the publication of 2026-11-26')).toEqual(['No changes since the publication of 2026-11-26.']);
  });

  test('with nothing published before, every case and ruling is new', () => {
    const data = chartData();
    const report = changeReport(undefined, data);
    expect(report.identical).toBe(false);
    expect(report.cases.added).toHaveLength(data.lawsuits.length);
    expect(report.rulings.added).toHaveLength(data.rulings.length);
    expect(report.tallies.total).toEqual({ from: 0, to: data.lawsuits.length });
  });

  test('one new ruling: named, with the standing it moves and the tallies', () => {
    const before = chartData();
    const after = copy(before);
    // Johnson v. Benson (fixture): filed, no ruling yet; the desk records its withdrawal.
    const johnson = after.lawsuits.find((c) => c.id === 'mi-johnson-v-benson-wdmich')!;
    const withoutRuling = copy(before);
    withoutRuling.rulings = withoutRuling.rulings.filter((r) => r.case_id !== johnson.id);
    withoutRuling.lawsuits.find((c) => c.id === johnson.id)!.ended = 'no';
    const report = changeReport(withoutRuling, after);
    expect(report.rulings.added).toEqual([
      {
        case_id: johnson.id,
        case_name: johnson.case_name,
        date: '2020-11-18',
        court: 'U.S. District Court for the Western District of Michigan',
        action: 'withdrawn',
      },
    ]);
    expect(report.cases.statusChanged).toEqual([
      { id: johnson.id, case_name: johnson.case_name, from: 'awaiting ruling', to: 'withdrawn' },
    ]);
    const lines = formatChanges(report, 'the publication of 2026-11-26');
    expect(lines[0]).toBe('Changes since the publication of 2026-11-26:');
    expect(lines).toContain(
      `  New ruling: ${johnson.case_name} - U.S. District Court for the Western District of Michigan withdrawn on 2020-11-18`,
    );
    expect(lines.at(-1)).toMatch(/^ {2}Cases by status: withdrawn \d+ → \d+ \(\+1\), awaiting ruling 1 → 0 \(−1\), total 13 → 13 \(±0\)$/);
  });

  test('a replaced source, an added case and a removed event are each named', () => {
    const before = chartData();
    const after = copy(before);
    after.lawsuits[0]!.source_url = 'https://www.azcentral.com/another-report';
    after.lawsuits.push({ ...after.lawsuits[1]!, id: 'ga-new-case', case_name: 'New v. Case' });
    after.rulings.push({ ...after.rulings.find((r) => r.case_id === after.lawsuits[1]!.id)!, case_id: 'ga-new-case' });
    after.events.pop();
    const report = changeReport(before, after);
    expect(report.sources).toEqual([
      {
        subject: before.lawsuits[0]!.id,
        file: 'lawsuits.csv',
        from: [before.lawsuits[0]!.source_url, before.lawsuits[0]!.source_url_2],
        to: ['https://www.azcentral.com/another-report', before.lawsuits[0]!.source_url_2],
      },
    ]);
    expect(report.cases.added.map((c) => c.id)).toEqual(['ga-new-case']);
    expect(report.events.removed).toEqual([before.events.at(-1)!.id]);
  });

  test('each edited cell is named with its file, row, column, old and new value', () => {
    const before = chartData();
    const after = copy(before);
    const ruling = after.rulings[3]!;
    ruling.detail = 'A corrected account of the ruling.';
    after.lawsuits[2]!.docket = 'NEW-123';
    const report = changeReport(before, after);
    expect(report.cells).toEqual([
      {
        file: 'lawsuits.csv',
        subject: before.lawsuits[2]!.id,
        column: 'docket',
        from: before.lawsuits[2]!.docket ?? '',
        to: 'NEW-123',
      },
      {
        file: 'rulings.csv',
        subject: `${ruling.case_id} ${ruling.date} ${ruling.court} ${ruling.action}`,
        column: 'detail',
        from: before.rulings[3]!.detail,
        to: 'A corrected account of the ruling.',
      },
    ]);
    const lines = formatChanges(report, 'the publication of 2026-11-26');
    expect(lines).toContain('  Edited 2 cells:');
    expect(lines).toContain(
      `    ~ rulings.csv ${ruling.case_id} ${ruling.date} ${ruling.court} ${ruling.action} detail: ${JSON.stringify(before.rulings[3]!.detail.slice(0, 57) + (before.rulings[3]!.detail.length > 60 ? '…' : ''))} → "A corrected account of the ruling."`,
    );
  });
});
