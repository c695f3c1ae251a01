/**
 * One state's cases, each a line from its filing to its outcome, ending in a symbol for how it
 * ended (shape and colour both say it), with the case name above the line. For state pages.
 */
import * as Plot from '@observablehq/plot';

import { formatLong, toDate } from '../data/dates.ts';
import type { Dataset } from '../data/load.ts';
import { stateName } from '../data/state-names.ts';
import { caseHistories, type CaseStatus, finalStatus, isOpen, STATUS_ORDER, statusOn } from '../data/status.ts';
import { type ChartDefinition, type ChartOptions, LAYOUT_WIDTH, plural } from './chart.ts';
import { describeCounts, emptyCounts } from './stacked-status-bars.ts';
import { STATUS_STYLE, statusLabel, statusVar } from './theme.ts';
import { lastDay, TIMELINE_START } from './timeline.ts';

export interface StateCaseRow {
  id: string;
  case_name: string;
  filed_date: string;
  outcome: string;
  outcome_date: string;
  status: CaseStatus;
}

function rows(data: Dataset, options: ChartOptions): StateCaseRow[] {
  return caseHistories(data)
    .filter((h) => h.case.state === options.state)
    .flatMap((h): StateCaseRow[] => {
      const c = h.case;
      const status = options.asOf ? statusOn(h, options.asOf) : finalStatus(h);
      if (status === 'not filed') return [];
      const ended = !isOpen(status);
      return [
        {
          id: c.id,
          case_name: c.case_name,
          filed_date: c.filed_date ?? h.knownFrom,
          outcome: statusLabel(status),
          outcome_date: ended ? (h.endedOn ?? '') : '',
          status,
        },
      ];
    })
    .sort((a, b) => (a.filed_date || a.outcome_date).localeCompare(b.filed_date || b.outcome_date) || a.id.localeCompare(b.id));
}

export const stateCases: ChartDefinition<StateCaseRow> = {
  id: 'state-cases',
  name: 'The cases in one state',
  supports: { asOf: false, state: true, stateRequired: true },
  statusLegend: true,
  title: (data, options) => {
    const name = stateName(data, options.state ?? '');
    return `${name}: each lawsuit from filing to outcome${options.asOf ? `, as of ${formatLong(options.asOf)}` : ''}`;
  },
  columns: [
    { field: 'case_name', label: 'Case' },
    { field: 'filed_date', label: 'Filed' },
    { field: 'outcome', label: 'Outcome' },
    { field: 'outcome_date', label: 'Outcome date' },
  ],
  rows,
  describe(rows, data, options) {
    const name = stateName(data, options.state ?? '');
    const counts = emptyCounts();
    for (const r of rows) counts[r.status] += 1;
    const later = rows.filter((r) => r.outcome_date > lastDay(options)).length;
    return [
      `Timeline of ${plural(rows.length, 'lawsuit')} in ${name}: ${describeCounts(counts)}.`,
      ...rows.map(
        (r) =>
          `${r.case_name}: filed ${r.filed_date ? formatLong(r.filed_date) : 'on an unconfirmed date'}, ${r.outcome_date ? `${r.outcome.toLowerCase()} ${formatLong(r.outcome_date)}` : r.outcome.toLowerCase()}.`,
      ),
      later ? `${plural(later, 'case')} ended after ${formatLong(lastDay(options))}, past the chart's right edge.` : '',
    ]
      .filter(Boolean)
      .join(' ');
  },
  plot(rows, _data, options, layout) {
    const last = lastDay(options);
    const clamp = (iso: string) => toDate(iso > last ? last : iso);
    const lines = rows.map((r) => ({
      ...r,
      start: toDate(r.filed_date || r.outcome_date || TIMELINE_START),
      end: clamp(r.outcome_date || last),
      beyond: r.outcome_date > last,
    }));
    const rowHeight = 40;
    return {
      width: LAYOUT_WIDTH[layout],
      height: Math.max(1, rows.length) * rowHeight + 44,
      marginLeft: 12,
      marginRight: 20,
      marginTop: 18,
      marginBottom: 28,
      x: { type: 'utc', domain: [toDate(TIMELINE_START), toDate(last)], ticks: layout === 'narrow' ? 3 : 6, grid: true, label: null },
      y: { domain: rows.map((r) => r.id), axis: null, padding: 0 },
      symbol: { domain: [...STATUS_ORDER], range: STATUS_ORDER.map((s) => STATUS_STYLE[s].symbol) },
      color: { type: 'ordinal', domain: [...STATUS_ORDER], range: STATUS_ORDER.map((s) => `var(${statusVar(s)})`) },
      marks: [
        Plot.ruleY(lines, { y: 'id', x1: 'start', x2: 'end', stroke: 'var(--chart-muted)', strokeWidth: 2, dy: 6 }),
        Plot.dot(
          lines.filter((l) => !isOpen(l.status)),
          {
            x: 'end',
            y: 'id',
            symbol: 'status',
            fill: 'status',
            stroke: 'var(--chart-text)',
            strokeWidth: 0.75,
            r: 6,
            dy: 6,
            title: (l: StateCaseRow) => `${l.case_name}: ${l.outcome.toLowerCase()} ${l.outcome_date}`,
          },
        ),
        Plot.text(
          lines.filter((l) => l.beyond),
          {
            x: 'end',
            y: 'id',
            text: (l: StateCaseRow) => `→ ${l.outcome_date.slice(0, 4)}`,
            dy: 6,
            dx: -14,
            textAnchor: 'end',
            fill: 'var(--chart-muted)',
          },
        ),
        // Names start at the left edge so a late filing cannot push its name off the chart.
        Plot.text(lines, {
          y: 'id',
          frameAnchor: 'left',
          text: 'case_name',
          textAnchor: 'start',
          dy: -8,
          fill: 'var(--chart-text)',
          fontSize: 13,
          lineWidth: (LAYOUT_WIDTH[layout] - 32) / 13,
          textOverflow: 'ellipsis',
        }),
      ],
    };
  },
};
