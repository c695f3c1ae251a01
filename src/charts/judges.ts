/**
 * Who ruled against the suits: every judge who joined a ruling that went against the plaintiffs
 * (not as a dissenter), counted once however often they did, one bar per group of who put them
 * on the bench (bench.ts), coloured by the party behind the group so the answer to "judges of one
 * side only?" reads at a glance. Rulings whose judges cannot be named (unsigned orders, or judges
 * not yet confirmed) are not in the bars; the text alternative says how many there were.
 */
import {
  BENCH_GROUPS,
  BENCH_LABEL,
  BENCH_PARTY,
  type BenchGroup,
  benchGroup,
  judgesAgainst as judgesOf,
  rulingsAgainst,
} from '../data/bench.ts';
import type { Dataset } from '../data/load.ts';
import { stateName } from '../data/state-names.ts';
import { plural } from '../data/wording.ts';
import type { ChartDefinition, ChartOptions, KeyMark } from './chart.ts';
import { labelledBarsPlot } from './stacked-status-bars.ts';
import { type PartySide, partyVar } from './theme.ts';

export interface JudgeGroupRow {
  group: BenchGroup;
  label: string;
  /** Republican or Democratic: of whoever appointed them, or of their ticket; empty for neither. */
  party: string;
  /** Judges of this group who joined at least one ruling against the plaintiffs. */
  judges: number;
  /** Their names, for the table, parted by semicolons since a name can hold a comma ("Timothy C. Batten, Sr."). */
  names: string;
}

const sideOf = (group: BenchGroup): PartySide =>
  BENCH_PARTY[group] === 'Republican' ? 'republican' : BENCH_PARTY[group] === 'Democratic' ? 'democratic' : 'none';

const SIDE_LABEL: Record<PartySide, string> = {
  republican: 'Appointed by a Republican or elected as one',
  democratic: 'Appointed by a Democrat or elected as one',
  none: 'No party, or not confirmed',
};

/** The cases in the chart's scope. */
const scope = (data: Dataset, options: ChartOptions) =>
  new Set(data.lawsuits.filter((c) => !options.state || c.state === options.state).map((c) => c.id));

const judgesAgainst = (data: Dataset, options: ChartOptions) => judgesOf(data, scope(data, options));

/** Rulings against the plaintiffs whose judges are not named in the data. */
const unnamed = (data: Dataset, options: ChartOptions) =>
  rulingsAgainst(data, scope(data, options)).filter((r) => r.judges.length === 0).length;

function rows(data: Dataset, options: ChartOptions): JudgeGroupRow[] {
  const judges = judgesAgainst(data, options);
  return BENCH_GROUPS.map((group) => {
    const members = judges.filter((j) => benchGroup(j) === group);
    return {
      group,
      label: BENCH_LABEL[group],
      party: BENCH_PARTY[group] ?? '',
      judges: members.length,
      names: members.map((j) => j.name).join('; '),
    };
  }).filter((row) => row.judges > 0);
}

const where = (data: Dataset, options: ChartOptions) => (options.state ? ` in ${stateName(data, options.state)}` : '');
const onSide = (rows: readonly JudgeGroupRow[], side: PartySide) =>
  rows.filter((r) => sideOf(r.group) === side).reduce((sum, r) => sum + r.judges, 0);

export const judges: ChartDefinition<JudgeGroupRow> = {
  id: 'judges',
  name: 'Who ruled against the suits',
  supports: { asOf: false, state: true },
  statuses: () => [],
  title: (data, options) =>
    `Who ruled against them: the ${plural(judgesAgainst(data, options).length, 'judge')} who turned the suits down${where(data, options)}, by how they reached the bench`,
  columns: [
    { field: 'label', label: 'How they reached the bench' },
    { field: 'party', label: 'Party' },
    { field: 'judges', label: 'Judges' },
    { field: 'names', label: 'Names' },
  ],
  rows,
  keyFigures(rows) {
    const total = rows.reduce((sum, r) => sum + r.judges, 0);
    if (total === 0) return [];
    const trump = rows.find((r) => r.group === 'trump')?.judges ?? 0;
    // Parts that add up to the whole, Trump's appointees named as a part of the Republican figure.
    return [
      plural(total, 'judge'),
      `${onSide(rows, 'republican')} Republican-appointed or elected`,
      `${trump} of them appointed by Trump`,
      `${onSide(rows, 'democratic')} Democratic-appointed or elected`,
      `${onSide(rows, 'none')} neither, or not confirmed`,
    ];
  },
  keyMarks: (rows): KeyMark[] =>
    (['republican', 'democratic', 'none'] as const)
      .filter((side) => onSide(rows, side) > 0)
      .map((side) => ({
        label: `${SIDE_LABEL[side]} (${onSide(rows, side)})`,
        swatch: `<rect x="-7" y="-7" width="14" height="14" fill="var(${partyVar(side)})"/>`,
      })),
  describe(rows, data, options) {
    const skipped = unnamed(data, options);
    const unnamedNote = skipped
      ? ` ${plural(skipped, 'ruling')} against them ${skipped === 1 ? 'was' : 'were'} unsigned or made by judges not yet confirmed, and ${skipped === 1 ? 'is' : 'are'} not counted.`
      : '';
    if (rows.length === 0) return `No named judge ruled against the suits${where(data, options)}.${unnamedNote}`;
    const total = rows.reduce((sum, r) => sum + r.judges, 0);
    return `Horizontal bar chart of the ${plural(total, 'judge')} who joined at least one ruling against the suits${where(data, options)}, each counted once, by how they reached the bench (a judge who only dissented is not counted): ${onSide(rows, 'republican')} appointed by a Republican or elected as one, ${onSide(rows, 'democratic')} appointed by a Democrat or elected as one and ${onSide(rows, 'none')} with no party or none confirmed. ${rows
      .map((r) => `${r.label} (${r.judges})`)
      .join('; ')}.${unnamedNote}`;
  },
  plot: (rows) =>
    labelledBarsPlot(
      rows.map((r) => ({
        label: r.label,
        total: r.judges,
        parts: [{ style: sideOf(r.group), count: r.judges, title: `${r.label}: ${r.names}` }],
      })),
      Object.fromEntries(
        (['republican', 'democratic', 'none'] as const).map((side) => [
          side,
          { fill: `var(${partyVar(side)})`, stroke: 'var(--chart-background)', strokeWidth: 1 },
        ]),
      ),
      { xMax: Math.max(0, ...rows.map((r) => r.judges)) },
    ),
};
