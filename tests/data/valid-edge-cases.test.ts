/** Files that look unusual but are valid CSV must load exactly like the plain base file. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { loadDataset } from '../../src/data/load.ts';
import { dataDirWith, FIXTURES } from '../helpers/data-dir.ts';

const base = loadDataset(dataDirWith());
const valid = readdirSync(path.join(FIXTURES, 'valid')).filter((f) => f.endsWith('.csv'));

describe('valid edge cases load', () => {
  test('the base fixture itself is valid', () => {
    expect(base.ok).toBe(true);
  });

  test.each(valid)('%s', (fixture) => {
    const result = loadDataset(dataDirWith({ 'lawsuits.csv': { fixture: `valid/${fixture}` } }));
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok || !base.ok) return;
    expect(result.data.lawsuits.map((c) => c.id)).toEqual(base.data.lawsuits.map((c) => c.id));
    // Everything but the multi-line summary some of these fixtures carry is identical.
    const strip = (c: (typeof result.data.lawsuits)[number]) => ({ ...c, summary: undefined });
    expect(result.data.lawsuits.slice(1).map(strip)).toEqual(base.data.lawsuits.slice(1).map(strip));
  });

  test('a quoted cell keeps its commas, quotes and line breaks', () => {
    const result = loadDataset(dataDirWith({ 'lawsuits.csv': { fixture: 'valid/excel-utf8.csv' } }));
    expect(result.ok && result.data.lawsuits[0]?.summary).toBe(
      'Said machines overrode voters\' choices.\nEnded by agreement, "as moot",\nonce the ballots could not matter.',
    );
    expect(result.ok && result.data.lawsuits[0]?.case_name).toBe('Donald J. Trump for President, Inc. v. Hobbs');
  });
});
