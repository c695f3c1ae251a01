/**
 * One state's cases, each a line from its filing to its outcome, ending in a symbol for how it
 * ended (shape and colour both say it), with the case name above the line. For state pages.
 */
import * as Plot from '@observablehq/plot';

import { formatLong, toDate } from '../data/dates.ts';
import type { Dataset } from '../data/load.ts';
import { stateName } from '../data/state-names.ts';
import { caseHistories, type CaseStatus, finalStatus, isOpen, STATUS_ORDER, statusOn } from '../data/status.ts';
import { type ChartDefinition, type ChartOptions, plural } from './chart.ts';
import { DESIGN_WIDTH } from './fluid.ts';
import { describeCounts, emptyCounts } from './stacked-status-bars.ts';
import { HALO, STATUS_STYLE, statusLabel, statusVar } from './theme.ts';
import { lastDay, monthAxis, TIMELINE_START, wrap } from './time-axis.ts';

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
  statuses: (rows) => STATUS_ORDER.filter((s) => !isOpen(s) && rows.some((r) => r.status === s)),
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
  plot(rows, _data, options) {
    const last = lastDay(options);
    const clamp = (iso: string) => toDate(iso > last ? last : iso);
    const AXIS = 22;
    let y = AXIS + 4;
    const lines = rows.map((r) => {
      const name = wrap(r.case_name);
      const top = y;
      // The name's lines (16 px each) from the row's top, then the line 10 px below them, so an
      // end symbol (up to 8 px above the line) never touches the name's last line.
      y += name.length * 16 + 24;
      return {
        ...r,
        name: name.join('\n'),
        nameY: top,
        lineY: top + name.length * 16 + 10,
        start: toDate(r.filed_date || r.outcome_date || TIMELINE_START),
        end: clamp(r.outcome_date || last),
        beyond: r.outcome_date > last,
      };
    });
    return {
      width: DESIGN_WIDTH,
      height: y + 4,
      margin: 0,
      // Room for a line's end symbol (up to 20 px across) at either edge at the narrowest width,
      // 280 px, of which 4% is 11 px.
      marginLeft: 40,
      marginRight: 40,
      x: { type: 'utc', domain: [toDate(TIMELINE_START), toDate(last)], axis: null },
      y: { type: 'identity', axis: null },
      symbol: { domain: [...STATUS_ORDER], range: STATUS_ORDER.map((s) => STATUS_STYLE[s].symbol) },
      color: { type: 'ordinal', domain: [...STATUS_ORDER], range: STATUS_ORDER.map((s) => `var(${statusVar(s)})`) },
      marks: [
        ...monthAxis(TIMELINE_START, last, AXIS, y),
        Plot.ruleY(lines, { y: 'lineY', x1: 'start', x2: 'end', stroke: 'var(--chart-muted)', strokeWidth: 2 }),
        Plot.dot(
          lines.filter((l) => !isOpen(l.status)),
          {
            x: 'end',
            y: 'lineY',
            symbol: 'status',
            fill: 'status',
            stroke: 'var(--chart-text)',
            strokeWidth: 0.75,
            r: 6,
            title: (l: StateCaseRow) => `${l.case_name}: ${l.outcome.toLowerCase()} ${l.outcome_date}`,
          },
        ),
        // On the line itself, on a halo, so it never meets the name above it when that wraps.
        Plot.text(
          lines.filter((l) => l.beyond),
          {
            x: 'end',
            y: 'lineY',
            text: (l: StateCaseRow) => `→ ${l.outcome_date.slice(0, 4)}`,
            dx: -12,
            textAnchor: 'end',
            fill: 'var(--chart-muted)',
            ...HALO,
          },
        ),
        // Names start at the left edge, wrapped for the narrowest screen, so none runs off the chart.
        Plot.text(lines, {
          x: () => toDate(TIMELINE_START),
          y: 'nameY',
          text: 'name',
          textAnchor: 'start',
          lineAnchor: 'top',
          fill: 'var(--chart-text)',
        }),
      ],
    };
  },
};
