/**
 * A spreadsheet round trip, then `npm run data:format`: `git diff` shows only the line whose cell
 * the desk changed, however the spreadsheet quoted, padded and ended the lines.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { ROOT, runScript } from '../helpers/run.ts';
import { EXCEL_CSV_UTF8, LIBREOFFICE_QUOTED, resave } from '../helpers/spreadsheet.ts';

const git = (cwd: string, ...args: string[]) => {
  const result = spawnSync('git', ['-c', 'user.name=Desk', '-c', 'user.email=desk@example.org', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};

describe.each([
  ['LibreOffice, every text cell quoted', LIBREOFFICE_QUOTED],
  ['Excel, with a byte-order mark, CRLF and padding', EXCEL_CSV_UTF8],
])('after a save by %s that changes one cell', (_name, style) => {
  test('npm run data:format leaves a git diff of one line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lawsuits-format-'));
    cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
    git(dir, 'init', '--quiet');
    git(dir, 'add', '.');
    git(dir, 'commit', '--quiet', '-m', 'data');
    const file = path.join(dir, 'lawsuits.csv');
    const edited = readFileSync(file, 'utf8').replace('Costantino v. City of Detroit', 'Costantino v. Detroit');
    writeFileSync(file, resave(edited, style));
    expect(git(dir, 'diff', '--numstat', '--', 'lawsuits.csv')).not.toMatch(/^1\t1\t/);

    const { status, stdout } = runScript('scripts/data-format.ts', { DATA_DIR: dir });
    expect(status).toBe(0);
    expect(stdout).toContain('lawsuits.csv');
    expect(git(dir, 'diff', '--numstat')).toBe('1\t1\tlawsuits.csv\n');
    expect(git(dir, 'diff', '--unified=0', '--', 'lawsuits.csv')).toMatch(/^\+mi-costantino-v-detroit,Costantino v\. Detroit,/m);
  });
});

test('a file saved in a Windows code page is named and left exactly as it was', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lawsuits-format-'));
  cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
  const file = path.join(dir, 'rulings.csv');
  const bytes = Buffer.from(readFileSync(file, 'utf8').replace('Judge Daniel Kiley', 'Judge Daniel Kíley'), 'latin1');
  writeFileSync(file, bytes);
  const { status, stderr } = runScript('scripts/data-format.ts', { DATA_DIR: dir });
  expect(status).toBe(1);
  expect(stderr).toMatch(/rulings\.csv:\d+: file "Kíley": is not UTF-8: .*\nNot rewritten\./);
  expect(readFileSync(file).equals(bytes)).toBe(true);
});
