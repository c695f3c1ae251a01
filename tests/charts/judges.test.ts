import { describe, expect, test } from 'vitest';

import { renderChart } from '../../src/charts/chart.ts';
import { judges } from '../../src/charts/judges.ts';
import { benchGroup } from '../../src/data/bench.ts';
import { chartData, expectChartSnapshot } from '../helpers/chart-fixture.ts';

const data = chartData();

describe('who ruled against the suits', () => {
  const chart = renderChart(judges, data);

  test('matches the committed SVG', async () => {
    await expectChartSnapshot('judges', chart);
  });

  test('counts each judge who joined a ruling against the plaintiffs once, never for a dissent alone', () => {
    const against = new Set<string>();
    for (const r of data.rulings.filter((r) => r.favoured === 'defendants')) {
      const dissent = (r.dissent ?? '').split(' ');
      for (const id of (r.judges ?? '').split(' ')) if (data.judges.some((j) => j.id === id) && !dissent.includes(id)) against.add(id);
    }
    expect(chart.rows.reduce((sum, r) => sum + r.judges, 0)).toBe(against.size);
    for (const row of chart.rows) {
      const members = data.judges.filter((j) => against.has(j.id) && benchGroup(j) === row.group);
      expect(row.judges, row.group).toBe(members.length);
      expect(row.names.split('; ').sort(), row.group).toEqual(members.map((j) => j.name).sort());
    }
  });

  test('a judge who only dissented from a ruling against the plaintiffs is not counted', () => {
    const ruling = data.rulings.find((r) => r.favoured === 'defendants' && r.judges && r.judges.split(' ').length > 1)!;
    const [first, ...rest] = ruling.judges!.split(' ');
    const others = data.rulings.filter((r) => r !== ruling && (r.judges ?? '').split(' ').includes(first!) && r.favoured === 'defendants');
    const edited = {
      ...data,
      rulings: data.rulings
        .filter((r) => !others.includes(r))
        .map((r) => (r === ruling ? { ...r, judges: [first, ...rest].join(' '), dissent: first } : r)),
    };
    const names = renderChart(judges, edited).rows.flatMap((r) => r.names.split('; '));
    expect(names).not.toContain(data.judges.find((j) => j.id === first)!.name);
  });

  test('the header states how many judges and how many Trump chose; the text says what is left out', () => {
    const trump = chart.rows.find((r) => r.group === 'trump')?.judges ?? 0;
    const side = (party: string) => chart.rows.filter((r) => r.party === party).reduce((n, r) => n + r.judges, 0);
    expect(chart.keyFigures).toEqual([
      expect.stringMatching(/^\d+ judges$/),
      `${side('Republican')} Republican-appointed or elected`,
      `${trump} of them appointed by Trump`,
      `${side('Democratic')} Democratic-appointed or elected`,
      `${side('')} neither, or not confirmed`,
    ]);
    // The key names each colour with its count, and the counts add up to every judge.
    expect(chart.keyMarks.map((m) => m.label)).toEqual([
      `Appointed by a Republican or elected as one (${side('Republican')})`,
      `Appointed by a Democrat or elected as one (${side('Democratic')})`,
      `No party, or not confirmed (${side('')})`,
    ]);
    expect(side('Republican') + side('Democratic') + side('')).toBe(chart.rows.reduce((n, r) => n + r.judges, 0));
    const unnamed = data.rulings.filter(
      (r) => r.favoured === 'defendants' && (r.judges === 'unsigned' || r.judges === 'unconfirmed'),
    ).length;
    if (unnamed > 0) expect(chart.description).toMatch(/ rulings? against them (was|were) unsigned or made by judges not yet confirmed/);
  });

  test('a state where no named judge ruled against a suit says so', () => {
    const none = renderChart(judges, { ...data, rulings: data.rulings.filter((r) => r.favoured !== 'defendants') }, { state: 'PA' });
    expect(none.rows).toEqual([]);
    expect(none.keyFigures).toEqual([]);
    expect(none.description).toBe('No named judge ruled against the suits in Pennsylvania.');
  });
});
