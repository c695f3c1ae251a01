/**
 * The published limits of the static hosts docs/deploy.md gives recipes for, checked against a
 * built site, so the build warns before a deploy fails or is cut short. Each limit cites the
 * host's own documentation (see docs/deploy.md for the links).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface SiteStats {
  files: number;
  bytes: number;
  /** The largest files, biggest first, with their paths relative to the site. */
  largest: { file: string; bytes: number }[];
  /** The folder holding the most files directly, and how many. */
  fullestFolder: { folder: string; files: number };
  /** The rules of the _headers file, and its longest line. */
  headerRules: number;
  longestHeaderLine: number;
}

const MiB = 1024 * 1024;
const GB = 1000 * 1000 * 1000;

interface Limit {
  host: string;
  check: (s: SiteStats) => string | undefined;
}

const over = (what: string, value: number, limit: number, unit = '') =>
  value > limit ? `${what} ${value.toLocaleString('en-US')}${unit}, over the limit of ${limit.toLocaleString('en-US')}${unit}` : undefined;

const LIMITS: readonly Limit[] = [
  { host: 'Cloudflare Pages (Free plan)', check: (s) => over('files:', s.files, 20_000) },
  { host: 'Cloudflare Pages (paid plans)', check: (s) => over('files:', s.files, 100_000) },
  {
    host: 'Cloudflare Pages',
    check: (s) => {
      const big = s.largest.filter((f) => f.bytes > 25 * MiB);
      return big.length ? `${big.length} file(s) over 25 MiB, the most a file may be: ${big.map((f) => f.file).join(', ')}` : undefined;
    },
  },
  { host: 'Cloudflare Pages', check: (s) => over('_headers rules:', s.headerRules, 100) },
  { host: 'Cloudflare Pages', check: (s) => over('longest _headers line:', s.longestHeaderLine, 2_000, ' characters') },
  {
    host: 'Netlify',
    check: (s) => over(`files in one folder (${s.fullestFolder.folder}):`, s.fullestFolder.files, 54_000),
  },
  {
    host: 'Netlify',
    check: (s) => {
      const big = s.largest.filter((f) => f.bytes > 10 * MiB);
      return big.length
        ? `${big.length} file(s) over 10 MB, which its CDN does not handle well: ${big.map((f) => f.file).join(', ')}`
        : undefined;
    },
  },
  {
    host: 'GitHub Pages',
    check: (s) => (s.bytes > GB ? `the site is ${(s.bytes / GB).toFixed(2)} GB, over the 1 GB a published site may be` : undefined),
  },
];

/** One line per limit the site breaks: "Cloudflare Pages (Free plan): files: 21,000, over the limit of 20,000". */
export function limitWarnings(stats: SiteStats): string[] {
  return LIMITS.flatMap(({ host, check }) => {
    const problem = check(stats);
    return problem ? [`${host}: ${problem}`] : [];
  });
}

/** The figures the limits are about, read from a built site. */
export function siteStats(dir: string): SiteStats {
  const files: { file: string; bytes: number }[] = [];
  const perFolder = new Map<string, number>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const folder = path.relative(dir, entry.parentPath) || '.';
    perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    files.push({ file: path.relative(dir, full), bytes: statSync(full).size });
  }
  const [folder, count] = [...perFolder].sort((a, b) => b[1] - a[1])[0] ?? ['.', 0];
  let headerRules = 0;
  let longestHeaderLine = 0;
  try {
    const lines = readFileSync(path.join(dir, '_headers'), 'utf8').split('\n');
    headerRules = lines.filter((line) => /^\S/.test(line) && !line.startsWith('#')).length;
    longestHeaderLine = Math.max(0, ...lines.map((line) => line.length));
  } catch {
    // No _headers file: nothing to count.
  }
  return {
    files: files.length,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    largest: files.sort((a, b) => b.bytes - a.bytes).slice(0, 20),
    fullestFolder: { folder, files: count },
    headerRules,
    longestHeaderLine,
  };
}
