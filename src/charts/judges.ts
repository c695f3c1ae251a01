/**
 * Who ruled against the suits: every judge who joined a ruling that went against the plaintiffs
 * (not as a dissenter), counted once however often they did, one bar per group of who put them
 * on the bench (bench.ts). Rulings whose judges cannot be named (unsigned orders, or judges not
 * yet confirmed) are not in the bars; the text alternative says how many there were.
 */
import { BENCH_GROUPS, type BenchGroup, benchGroup, judgesAgainst as judgesOf, rulingsAgainst } from '../data/bench.ts';
import type { Dataset } from '../data/load.ts';
import { stateName } from '../data/state-names.ts';
import { plural } from '../data/wording.ts';
import { type ChartDefinition, type ChartOptions } from './chart.ts';
import { labelledBarsPlot } from './stacked-status-bars.ts';
import { statusFill, statusStroke } from './theme.ts';

export interface JudgeGroupRow {
  group: BenchGroup;
  /** Judges of this group who joined at least one ruling against the plaintiffs. */
  judges: number;
  /** Their names, for the table, parted by semicolons since a name can hold a comma ("Timothy C. Batten, Sr."). */
  names: string;
}

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
    return { group, judges: members.length, names: members.map((j) => j.name).join('; ') };
  }).filter((row) => row.judges > 0);
}

const where = (data: Dataset, options: ChartOptions) => (options.state ? ` in ${stateName(data, options.state)}` : '');

export const judges: ChartDefinition<JudgeGroupRow> = {
  id: 'judges',
  name: 'Who ruled against the suits',
  supports: { asOf: false, state: true },
  statuses: () => [],
  title: (data, options) =>
    `Who ruled against them: the ${plural(judgesAgainst(data, options).length, 'judge')} who turned the suits down${where(data, options)}, by who put them on the bench`,
  columns: [
    { field: 'group', label: 'Put on the bench by' },
    { field: 'judges', label: 'Judges' },
    { field: 'names', label: 'Names' },
  ],
  rows,
  keyFigures(rows) {
    const total = rows.reduce((sum, r) => sum + r.judges, 0);
    if (total === 0) return [];
    const trump = rows.find((r) => r.group === 'Donald Trump')?.judges ?? 0;
    return [plural(total, 'judge'), `${trump} appointed by Trump`];
  },
  describe(rows, data, options) {
    const skipped = unnamed(data, options);
    const unnamedNote = skipped
      ? ` ${plural(skipped, 'ruling')} against them ${skipped === 1 ? 'was' : 'were'} unsigned or made by judges not yet confirmed, and ${skipped === 1 ? 'is' : 'are'} not counted.`
      : '';
    if (rows.length === 0) return `No named judge ruled against the suits${where(data, options)}.${unnamedNote}`;
    const total = rows.reduce((sum, r) => sum + r.judges, 0);
    return `Horizontal bar chart of the ${plural(total, 'judge')} who joined at least one ruling against the suits${where(data, options)}, each counted once, by who put them on the bench: ${rows
      .map((r) => `${r.group} (${r.judges})`)
      .join('; ')}.${unnamedNote}`;
  },
  plot: (rows) =>
    labelledBarsPlot(
      rows.map((r) => ({
        label: r.group,
        total: r.judges,
        parts: [{ style: 'against', count: r.judges, title: `${r.group}: ${r.names}` }],
      })),
      // The colour of suits turned down, which is what these judges did.
      { against: { fill: statusFill('dismissed'), ...statusStroke('dismissed') } },
      { xMax: Math.max(0, ...rows.map((r) => r.judges)) },
    ),
};
