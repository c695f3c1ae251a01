/** The short report a clean validation prints: rows per file, then cases by state and outcome. */
import { DATA_FILES, type Dataset } from '../../src/data/files.ts';
import { STATUS_ORDER } from '../../src/data/status.ts';
import { casesAsOf, countBy } from '../../src/data/tallies.ts';

export function summaryLines(data: Dataset): string[] {
  const files = DATA_FILES.map((f) => `${f.file} ${data[f.key].length} rows`);
  const rows = casesAsOf(data);
  const byState = new Map<string, typeof rows>();
  for (const row of rows) byState.set(row.case.state, [...(byState.get(row.case.state) ?? []), row]);
  const states = [...byState.keys()].sort((a, b) => byState.get(b)!.length - byState.get(a)!.length || a.localeCompare(b));

  const header = ['state', 'cases', ...STATUS_ORDER];
  const table = [
    header,
    ...states.map((state) => {
      const counts = countBy(byState.get(state)!, (r) => r.status);
      return [state, String(byState.get(state)!.length), ...STATUS_ORDER.map((s) => String(counts.get(s) ?? 0))];
    }),
  ];
  const totals = countBy(rows, (r) => r.status);
  table.push(['all', String(rows.length), ...STATUS_ORDER.map((s) => String(totals.get(s) ?? 0))]);
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const layout = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');

  return [files.join(' · '), '', 'Cases by state and outcome:', ...table.map((r) => `  ${layout(r)}`)];
}
