/**
 * The headline: lawsuits by state, stacked by how they ended, final or as of any date, with the
 * key figures in its header. States keep the order of their final totals and the scale keeps its
 * final length, so the scroll sequence shows bars growing in place from date to date.
 */
import { formatLong } from '../data/dates.ts';
import type { Dataset } from '../data/load.ts';
import { stateName } from '../data/state-names.ts';
import { STATUS_ORDER } from '../data/status.ts';
import { casesAsOf, statusesEverShown } from '../data/tallies.ts';
import { listing, plural } from '../data/wording.ts';
import { type ChartDefinition, type ChartOptions } from './chart.ts';
import { keyFigures } from './key-figures.ts';
import { describeCounts, emptyCounts, statusBarsPlot, type StatusCounts, statusesIn } from './stacked-status-bars.ts';
import { statusLabel } from './theme.ts';

export interface StateRow extends StatusCounts {
  state: string;
  name: string;
  total: number;
}

/** States with at least one case, most cases first (final counts), then by name. */
export function stateOrder(data: Dataset): string[] {
  const totals = new Map<string, number>();
  for (const c of data.lawsuits) totals.set(c.state, (totals.get(c.state) ?? 0) + 1);
  const name = stateNames(data);
  return [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || name(a).localeCompare(name(b)));
}

function stateNames(data: Dataset): (code: string) => string {
  return (code) => stateName(data, code);
}

/**
 * At most this many bars: the places with the most suits, then one bar for all the others. The
 * chart is drawn six times on the story page (the final chart and each scroll step), so its size
 * must not grow with the number of places once there are more than a reader can compare; 15 keep
 * the story's HTML within its 45 KB budget at 10,000 cases (BENCHMARKS.md).
 */
export const MOST_BARS = 15;
/** The code of the bar that gathers the places beyond the first MOST_BARS - 1. */
const OTHER_PLACES = 'other';

function rows(data: Dataset, options: ChartOptions): StateRow[] {
  const name = stateNames(data);
  const order = stateOrder(data).filter((code) => !options.state || code === options.state);
  const capped = order.length > MOST_BARS;
  const own = capped ? order.slice(0, MOST_BARS - 1) : order;
  const byState = new Map(own.map((code) => [code, { state: code, name: name(code), total: 0, ...emptyCounts() } as StateRow]));
  const others = { state: OTHER_PLACES, name: `${order.length - own.length} other places`, total: 0, ...emptyCounts() } as StateRow;
  for (const { case: c, status } of casesAsOf(data, options.asOf)) {
    const row = byState.get(c.state) ?? (capped && order.includes(c.state) ? others : undefined);
    if (!row) continue;
    row[status] += 1;
    row.total += 1;
  }
  return capped ? [...byState.values(), others] : [...byState.values()];
}

export const lawsuitsByState: ChartDefinition<StateRow> = {
  id: 'lawsuits-by-state',
  name: 'Lawsuits by state',
  supports: { asOf: true, state: false },
  // A day's chart keys every status the days show, so the key stays put through the scroll
  // sequence; the final chart keys only the outcomes it draws.
  statuses: (rows, data, options) => (options.asOf ? statusesEverShown(data) : statusesIn(rows)),
  title: (_data, options) =>
    options.asOf ? `Lawsuits by state and their status on ${formatLong(options.asOf)}` : 'Lawsuits by state and how they ended',
  columns: [
    { field: 'name', label: 'State' },
    { field: 'total', label: 'Lawsuits' },
    ...STATUS_ORDER.map((status) => ({ field: status, label: statusLabel(status) })),
  ],
  rows,
  keyFigures: (_rows, data, options) => keyFigures(data, options),
  describe(rows, _data, options) {
    const total = rows.reduce((n, r) => n + r.total, 0);
    const filed = rows.filter((r) => r.total > 0);
    const perState = filed.map((r) => `${r.name} ${r.total} (${describeCounts(r)})`);
    const none = rows.filter((r) => r.total === 0).map((r) => r.name);
    const head = options.asOf ? `By the end of ${formatLong(options.asOf)}, ` : '';
    const count = `${head}${plural(total, 'lawsuit')} had been filed in ${plural(filed.length, 'place')}`;
    const tail = none.length ? ` None yet in ${listing(none)}.` : '';
    return `Horizontal bar chart. ${count}: ${perState.join('; ')}.${tail}`;
  },
  plot(shown, data, options) {
    const bar = (r: StateRow) => ({ label: r.name, total: r.total, counts: r });
    const final = rows(data, options.state ? { state: options.state } : {}).map(bar);
    return statusBarsPlot(shown.map(bar), {
      // The final totals fix the scale, whatever the date, so bars grow in place from day to day.
      xMax: Math.max(0, ...final.map((r) => r.total)),
      fit: final,
      // A day's chart is a step of the scroll sequence, drawn short enough to share a phone
      // screen with its key and the step's text.
      labels: options.asOf ? 'end' : 'above',
    });
  },
};
