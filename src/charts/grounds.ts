/**
 * Why the suits failed: for every suit the courts turned down, the grounds of the latest ruling
 * against it whose reasons are known (case-summary.ts, as in the published table), one bar per
 * ground, stacked by how the suit ended. A suit lost on several grounds counts in each, so the
 * bars add up to more than the suits; the header and the text alternative say so.
 */
import { mainGrounds } from '../data/case-summary.ts';
import { GROUND_LABEL } from '../data/labels.ts';
import type { Dataset } from '../data/load.ts';
import { type Ground, GROUNDS } from '../data/schema.ts';
import { stateName } from '../data/state-names.ts';
import { caseHistories, finalStatus, STATUS_ORDER, TURNED_DOWN } from '../data/status.ts';
import { plural } from '../data/wording.ts';
import { type ChartDefinition, type ChartOptions } from './chart.ts';
import { describeCounts, emptyCounts, statusBarsPlot, type StatusCounts, statusesIn } from './stacked-status-bars.ts';
import { statusLabel } from './theme.ts';

export interface GroundRow extends StatusCounts {
  ground: Ground;
  reason: string;
  /** Suits whose main grounds include this one. */
  total: number;
}

/** The suits courts turned down, with their main grounds. */
function turnedDown(data: Dataset, options: ChartOptions) {
  return caseHistories(data)
    .filter((h) => !options.state || h.case.state === options.state)
    .map((h) => ({ status: finalStatus(h), grounds: (mainGrounds(h.rulings) ?? '').split(' ').filter(Boolean) as Ground[] }))
    .filter((c) => TURNED_DOWN.includes(c.status) && c.status !== 'lost so far');
}

function rows(data: Dataset, options: ChartOptions): GroundRow[] {
  const byGround = new Map<Ground, GroundRow>();
  for (const c of turnedDown(data, options)) {
    for (const ground of c.grounds) {
      const row = byGround.get(ground) ?? { ground, reason: GROUND_LABEL[ground], total: 0, ...emptyCounts() };
      row[c.status] += 1;
      row.total += 1;
      byGround.set(ground, row);
    }
  }
  // The reasons courts gave, most common first; no reasons given, or none confirmed, last.
  const last = (g: Ground) => (g === 'unexplained' || g === 'unconfirmed' ? 1 : 0);
  return [...byGround.values()].sort(
    (a, b) => last(a.ground) - last(b.ground) || b.total - a.total || GROUNDS.indexOf(a.ground) - GROUNDS.indexOf(b.ground),
  );
}

export const grounds: ChartDefinition<GroundRow> = {
  id: 'grounds',
  name: 'Why the suits failed',
  supports: { asOf: false, state: true },
  statuses: (rows) => statusesIn(rows),
  title: (data, options) => {
    const suits = turnedDown(data, options).length;
    const where = options.state ? ` in ${stateName(data, options.state)}` : '';
    return `Why courts rejected ${plural(suits, 'suit')}${where}: the reasons they gave (a suit can count under several)`;
  },
  columns: [
    { field: 'reason', label: 'Reason' },
    { field: 'total', label: 'Suits' },
    ...STATUS_ORDER.filter((s) => TURNED_DOWN.includes(s) && s !== 'lost so far').map((status) => ({
      field: status,
      label: statusLabel(status),
    })),
  ],
  rows,
  describe(rows, data, options) {
    const suits = turnedDown(data, options).length;
    if (rows.length === 0) return 'No suit here was turned down by a court.';
    return `Horizontal bar chart of the reasons courts gave for turning down ${plural(suits, 'suit')}; a suit lost on several grounds counts under each: ${rows
      .map((r) => `${r.reason.toLowerCase()} ${r.total} (${describeCounts(r)})`)
      .join('; ')}.`;
  },
  plot: (rows) =>
    statusBarsPlot(
      rows.map((r) => ({ label: r.reason, total: r.total, counts: r })),
      { xMax: Math.max(0, ...rows.map((r) => r.total)) },
    ),
};
