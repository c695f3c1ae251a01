/**
 * One ruling added to the data changes what is shown from its day on: the as-of charts, the case
 * page's view of the case and the feed. Before its day, only one thing may change, and only for
 * the days since the case's previous ruling: a case that looked finished is shown as still open,
 * because the new ruling shows it was (a judgment under appeal is not final). Days before the
 * previous ruling never change.
 */
import { describe, expect, test } from 'vitest';

import { renderChart } from '../../src/charts/chart.ts';
import { lawsuitsByState } from '../../src/charts/lawsuits-by-state.ts';
import { AS_OF_DATES } from '../../src/site/chart-versions.ts';
import { rulingsFeed } from '../../src/site/feed.ts';
import { createSite } from '../../src/site/site.ts';
import { chartData } from '../helpers/chart-fixture.ts';
import { REVERSAL_OF_THE_WIN } from '../helpers/reversal.ts';

const before = chartData();
const reversal = REVERSAL_OF_THE_WIN;
const after = { ...before, rulings: [...before.rulings, reversal] };
const published = { lastChanged: '2026-12-01', publications: [] };

describe('one more ruling', () => {
  test('changes the as-of charts from its day on; before it, only the case itself, from its previous ruling', () => {
    const rowsOn = (data: typeof before, asOf: string) => renderChart(lawsuitsByState, data, { asOf }).rows;
    const pa = (data: typeof before, asOf: string) => rowsOn(data, asOf).find((r) => r.state === 'PA')!;
    const changed = AS_OF_DATES.filter((asOf) => JSON.stringify(rowsOn(before, asOf)) !== JSON.stringify(rowsOn(after, asOf)));
    // The case's previous ruling, the ID-deadline win, came on 12 Nov.
    expect(changed).toEqual(AS_OF_DATES.filter((d) => d >= '2020-11-12'));
    for (const asOf of changed.filter((d) => d < '2020-11-20')) {
      expect(pa(before, asOf)).toMatchObject({ won: 1, 'won so far': 0 });
      expect(pa(after, asOf)).toMatchObject({ ...pa(before, asOf), won: 0, 'won so far': 1 });
      const others = (data: typeof before) => rowsOn(data, asOf).filter((r) => r.state !== 'PA');
      expect(others(after)).toEqual(others(before));
    }
    expect(pa(after, '2020-11-20')).toMatchObject({ won: pa(before, '2020-11-20').won - 1 });
    expect(pa(after, '2020-11-20')['lost on appeal']).toBe(pa(before, '2020-11-20')['lost on appeal'] + 1);
  });

  test("changes the case's standing and rulings as its page shows them", () => {
    const view = (data: typeof before) =>
      createSite(data, published)
        .cases()
        .find((c) => c.case.id === reversal.case_id)!;
    expect(view(before).status).toBe('won');
    expect(view(after).status).toBe('lost on appeal');
    expect(view(after).rulings.map((r) => r.ruling.date)).toEqual([...view(before).rulings.map((r) => r.ruling.date), '2020-11-20']);
  });

  test('adds one entry to the feed, at the top of its day', () => {
    const entries = (data: typeof before) =>
      rulingsFeed(createSite(data, published), new URL('https://example.org/')).split('<entry>').length - 1;
    expect(entries(after)).toBe(entries(before) + 1);
    expect(rulingsFeed(createSite(after, published), new URL('https://example.org/'))).toContain(
      'https://example.org/cases/pa-trump-v-boockvar-id-cure/#ruling-2020-11-20-supreme-court-of-pennsylvania-reversed-defendants',
    );
  });
});
