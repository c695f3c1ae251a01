/** Who filed the suits and how they fared: plaintiff type × outcome, stacked like the headline. */
import { formatLong } from '../data/dates.ts';
import { PLAINTIFF_LABEL } from '../data/labels.ts';
import type { Dataset } from '../data/load.ts';
import { PLAINTIFF_TYPES, type PlaintiffType } from '../data/schema.ts';
import { STATUS_ORDER } from '../data/status.ts';
import { casesAsOf } from '../data/tallies.ts';
import { plural } from '../data/wording.ts';
import { type ChartDefinition, type ChartOptions } from './chart.ts';
import { keyFigures } from './key-figures.ts';
import { describeCounts, emptyCounts, statusBarsPlot, type StatusCounts, statusesIn } from './stacked-status-bars.ts';
import { statusLabel } from './theme.ts';

export interface PlaintiffRow extends StatusCounts {
  plaintiff_type: PlaintiffType;
  plaintiffs: string;
  total: number;
}

function rows(data: Dataset, options: ChartOptions): PlaintiffRow[] {
  const byType = new Map<PlaintiffType, PlaintiffRow>();
  for (const { case: c, status } of casesAsOf(data, options.asOf)) {
    if (options.state && c.state !== options.state) continue;
    const row = byType.get(c.plaintiff_type) ?? {
      plaintiff_type: c.plaintiff_type,
      plaintiffs: PLAINTIFF_LABEL[c.plaintiff_type],
      total: 0,
      ...emptyCounts(),
    };
    row[status] += 1;
    row.total += 1;
    byType.set(c.plaintiff_type, row);
  }
  // Most suits first; ties keep the contract's order.
  return [...byType.values()].sort(
    (a, b) => b.total - a.total || PLAINTIFF_TYPES.indexOf(a.plaintiff_type) - PLAINTIFF_TYPES.indexOf(b.plaintiff_type),
  );
}

export const plaintiffs: ChartDefinition<PlaintiffRow> = {
  id: 'plaintiffs',
  name: 'Who filed, and how they fared',
  supports: { asOf: false, state: true },
  statuses: (rows) => statusesIn(rows),
  title: (_data, options) => `Who filed the lawsuits and how they fared${options.asOf ? `, as of ${formatLong(options.asOf)}` : ''}`,
  columns: [
    { field: 'plaintiffs', label: 'Filed by' },
    { field: 'total', label: 'Lawsuits' },
    ...STATUS_ORDER.map((status) => ({ field: status, label: statusLabel(status) })),
  ],
  rows,
  keyFigures: (_rows, data, options) => keyFigures(data, options),
  describe(rows) {
    const total = rows.reduce((n, r) => n + r.total, 0);
    return `Horizontal bar chart of ${plural(total, 'lawsuit')} by who filed them: ${rows
      .map((r) => `${r.plaintiffs} ${r.total} (${describeCounts(r)})`)
      .join('; ')}.`;
  },
  plot: (rows) =>
    statusBarsPlot(
      rows.map((r) => ({ label: r.plaintiffs, total: r.total, counts: r })),
      { xMax: Math.max(0, ...rows.map((r) => r.total)) },
    ),
};
