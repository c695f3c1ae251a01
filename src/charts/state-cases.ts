/**
 * One state's cases, each a row: its short name, then a line from filing to the ruling that
 * decided it, ending in a symbol for the outcome (shape and colour both say it). Where the case
 * went on after that ruling without a change of outcome, a dotted line runs on to the day it
 * closed. Rows are set apart by a rule, and each name sits just above its own line. For state pages.
 */
import * as Plot from '@observablehq/plot';

import { formatLong, toDate } from '../data/dates.ts';
import type { Dataset } from '../data/load.ts';
import { stateName } from '../data/state-names.ts';
import { caseHistories, type CaseStatus, finalStatus, isOpen, STATUS_ORDER, statusOn } from '../data/status.ts';
import { plural } from '../data/wording.ts';
import { shortCaseLines } from './case-names.ts';
import { type ChartDefinition, type ChartOptions, type KeyMark } from './chart.ts';
import { DESIGN_WIDTH } from './fluid.ts';
import { lineSwatch, symbolSwatch } from './mark-swatch.ts';
import { describeCounts, emptyCounts } from './stacked-status-bars.ts';
import { HALO, STATUS_STYLE, statusLabel, statusVar } from './theme.ts';
import { lastDay, monthAxis, monthNames, TIMELINE_START } from './time-axis.ts';

export interface StateCaseRow {
  id: string;
  case_name: string;
  filed_date: string;
  outcome: string;
  /** The day of the ruling that decided the outcome. */
  decided_date: string;
  /** The day the case closed: its last ruling, later than the deciding one when the case went on. */
  closed_date: string;
  status: CaseStatus;
  /** yes, no (still open) or not confirmed, as lawsuits.csv says. */
  ended: string;
  /** For a case not decided: the last day known of it (its last ruling, or its filing). */
  last_known: string;
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
          decided_date: ended ? (h.decidedOn ?? '') : '',
          closed_date: ended ? (h.endedOn ?? '') : '',
          status,
          ended: c.ended,
          last_known: h.rulings.at(-1)?.date ?? h.knownFrom,
        },
      ];
    })
    .sort((a, b) => a.filed_date.localeCompare(b.filed_date) || a.id.localeCompare(b.id));
}

/** How the line after the deciding ruling, and an open or unconfirmed ending, are drawn (and keyed). */
const WENT_ON = { stroke: 'var(--chart-muted)', strokeWidth: 1.5, strokeDasharray: '1.5,3' } as const;
const LINE = { stroke: 'var(--chart-muted)', strokeWidth: 2 } as const;
const UNDECIDED = { r: 5, fill: 'var(--chart-background)', stroke: 'var(--chart-muted)', strokeWidth: 1.5 } as const;
const UNDECIDED_LABEL: Record<string, string> = { 'not confirmed': 'Ending not confirmed', no: 'Still before a court' };

/** "Dec 2021" */
const monthYear = (iso: string) => toDate(iso).toLocaleString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Row geometry, in px: name lines, the gap to the line, room under it, the note line, the gap to the rule. */
const NAME_LINE = 16;
const TO_LINE = 10;
const UNDER_LINE = 12;
const NOTE = 16;
const GAP = 10;
const AXIS = 22;

export const stateCases: ChartDefinition<StateCaseRow> = {
  id: 'state-cases',
  name: 'The cases in one state',
  supports: { asOf: false, state: true, stateRequired: true },
  // The key shows the end symbols as drawn (keyMarks), not the status squares of the bar charts.
  statuses: () => [],
  keyMarks(rows) {
    const marks: KeyMark[] = STATUS_ORDER.filter((s) => !isOpen(s) && rows.some((r) => r.status === s)).map((s) => ({
      label: statusLabel(s),
      swatch: symbolSwatch(STATUS_STYLE[s].symbol, `var(${statusVar(s)})`),
    }));
    if (rows.some((r) => r.closed_date > r.decided_date))
      marks.push({ label: 'Went on, outcome unchanged', swatch: lineSwatch(WENT_ON.stroke, WENT_ON.strokeWidth, WENT_ON.strokeDasharray) });
    for (const [ended, label] of Object.entries(UNDECIDED_LABEL))
      if (rows.some((r) => isOpen(r.status) && r.ended === ended))
        marks.push({
          label,
          swatch: `<circle r="${UNDECIDED.r}" fill="none" stroke="currentColor" stroke-width="${UNDECIDED.strokeWidth}"/>`,
        });
    return marks;
  },
  title: (data, options) => {
    const name = stateName(data, options.state ?? '');
    return `${name}: each lawsuit from filing to outcome${options.asOf ? `, as of ${formatLong(options.asOf)}` : ''}`;
  },
  columns: [
    { field: 'case_name', label: 'Case' },
    { field: 'filed_date', label: 'Filed' },
    { field: 'outcome', label: 'Outcome' },
    { field: 'decided_date', label: 'Decided' },
    { field: 'closed_date', label: 'Closed' },
  ],
  rows,
  describe(rows, data, options) {
    const name = stateName(data, options.state ?? '');
    const counts = emptyCounts();
    for (const r of rows) counts[r.status] += 1;
    const later = rows.filter((r) => r.decided_date > lastDay(options)).length;
    const outcome = (r: StateCaseRow) => {
      if (!r.decided_date)
        return r.ended === 'not confirmed' ? `${r.outcome.toLowerCase()}, ending not confirmed` : r.outcome.toLowerCase();
      const closed = r.closed_date > r.decided_date ? ` (the case closed ${formatLong(r.closed_date)})` : '';
      return `${r.outcome.toLowerCase()} ${formatLong(r.decided_date)}${closed}`;
    };
    return [
      `Timeline of ${plural(rows.length, 'lawsuit')} in ${name}: ${describeCounts(counts)}.`,
      ...rows.map((r) => `${r.case_name}: filed ${formatLong(r.filed_date)}, ${outcome(r)}.`),
      later ? `${plural(later, 'case')} decided after ${formatLong(lastDay(options))}, past the chart's right edge.` : '',
    ]
      .filter(Boolean)
      .join(' ');
  },
  plot(rows, _data, options) {
    const last = lastDay(options);
    const clamp = (iso: string) => toDate(iso > last ? last : iso);
    let y = AXIS + 6;
    const drawn = rows.map((r) => {
      const name = shortCaseLines(r.case_name);
      const top = y;
      const lineY = top + name.length * NAME_LINE + TO_LINE;
      const decided = r.decided_date ? clamp(r.decided_date) : undefined;
      const closed = r.closed_date > r.decided_date ? clamp(r.closed_date) : undefined;
      // A case still before a court runs on to the edge; one whose ending is unknown stops where our knowledge does.
      const open = r.decided_date ? undefined : r.ended === 'no' ? toDate(last) : clamp(r.last_known);
      // A note under the line's right end: where the case went past the chart, or that its ending is unknown.
      const note =
        r.decided_date > last ? `→ ${monthYear(r.decided_date)}` : r.closed_date > last ? `→ closed ${monthYear(r.closed_date)}` : '';
      y = lineY + UNDER_LINE + (note ? NOTE : 0) + GAP;
      return { ...r, name: name.join('\n'), nameY: top, lineY, start: toDate(r.filed_date), decided, closed, open, note, bottom: y };
    });
    type Drawn = (typeof drawn)[number];
    const edge = toDate(last);
    const height = y + AXIS;
    return {
      width: DESIGN_WIDTH,
      height,
      margin: 0,
      // Room for a line's end symbol (up to 20 px across) at either edge at the narrowest width,
      // 280 px, of which 4% is 11 px.
      marginLeft: 40,
      marginRight: 40,
      x: { type: 'utc', domain: [toDate(TIMELINE_START), edge], axis: null },
      y: { type: 'identity', axis: null },
      symbol: { domain: [...STATUS_ORDER], range: STATUS_ORDER.map((s) => STATUS_STYLE[s].symbol) },
      color: { type: 'ordinal', domain: [...STATUS_ORDER], range: STATUS_ORDER.map((s) => `var(${statusVar(s)})`) },
      marks: [
        // Month names at the top and again at the foot, so a long chart keeps its axis in view.
        ...monthAxis(TIMELINE_START, last, AXIS, height - AXIS),
        ...monthNames(TIMELINE_START, last, height - AXIS + 8),
        Plot.ruleY(drawn.slice(0, -1), { y: (d: Drawn) => d.bottom - GAP / 2, stroke: 'var(--chart-grid)', strokeWidth: 1 }),
        Plot.ruleY(drawn, { y: 'lineY', x1: 'start', x2: (d: Drawn) => d.decided ?? d.open, ...LINE }),
        Plot.ruleY(
          drawn.filter((d) => d.closed),
          { y: 'lineY', x1: 'decided', x2: 'closed', ...WENT_ON },
        ),
        Plot.dot(
          drawn.filter((d) => d.decided),
          {
            x: 'decided',
            y: 'lineY',
            symbol: 'status',
            fill: 'status',
            stroke: 'var(--chart-text)',
            strokeWidth: 0.75,
            r: 6,
            title: (d: Drawn) => `${d.case_name}: ${d.outcome.toLowerCase()} ${formatLong(d.decided_date)}`,
          },
        ),
        Plot.dot(
          drawn.filter((d) => !d.decided),
          { x: 'open', y: 'lineY', ...UNDECIDED, title: (d: Drawn) => `${d.case_name}: ${UNDECIDED_LABEL[d.ended] ?? d.outcome}` },
        ),
        // Under the line's right end, clear of every line.
        Plot.text(
          drawn.filter((d) => d.note),
          {
            x: () => edge,
            y: (d: Drawn) => d.lineY + UNDER_LINE + 4,
            text: 'note',
            textAnchor: 'end',
            lineAnchor: 'top',
            fill: 'var(--chart-muted)',
          },
        ),
        // Names start at the left edge, wrapped for the narrowest screen, so none runs off the
        // chart; on a halo of the background, so the month gridlines stop short of the letters.
        Plot.text(drawn, {
          x: () => toDate(TIMELINE_START),
          y: 'nameY',
          text: 'name',
          textAnchor: 'start',
          lineAnchor: 'top',
          fill: 'var(--chart-text)',
          ...HALO,
        }),
      ],
    };
  },
};
