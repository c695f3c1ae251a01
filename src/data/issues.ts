/** One problem found in the data, and the one way it is printed everywhere. */

export interface DataIssue {
  /** Path of the file as the user should see it, relative to the working directory. */
  file: string;
  /** Physical line in the file, 1-based; 0 when the problem is about the file as a whole. */
  line: number;
  /** The column the problem is in, or "header" / "row" / "file". */
  column: string;
  /** The offending value, when there is one. */
  value?: string;
  /** What is wrong, then what is expected in brackets, then a suggestion if one is known. */
  message: string;
}

// Long or multi-line values would break the one-line-per-problem layout a terminal user scans.
function showValue(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '⏎');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

/** `data/lawsuits.csv:12: outcome "dismised": is not an allowed value (expected …); did you mean "dismissed"?` */
export function formatIssue(issue: DataIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  const what = issue.value === undefined ? issue.column : `${issue.column} ${JSON.stringify(showValue(issue.value))}`;
  return `${where}: ${what}: ${issue.message}`;
}

export function sortIssues(issues: DataIssue[]): DataIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    const sorted = sortIssues(issues);
    super(`The data has ${sorted.length} problem${sorted.length === 1 ? '' : 's'}:\n${sorted.map(formatIssue).join('\n')}`);
    this.name = 'DataValidationError';
    this.issues = sorted;
  }
}
