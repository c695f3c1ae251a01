/** The data dictionary comes from the schemas, and the data desk's guide is kept in step with it. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { GENERATED_SECTIONS, sectionText, withSection } from '../../scripts/lib/generated-docs.ts';
import { isOptional } from '../../src/data/columns.ts';
import { dataDictionary, dictionaryMarkdown } from '../../src/data/dictionary.ts';
import { DATA_FILES } from '../../src/data/files.ts';
import { loadDataset } from '../../src/data/load.ts';
import { RULING_ACTIONS } from '../../src/data/schema.ts';
import { dataDirWith } from '../helpers/data-dir.ts';
import { ROOT } from '../helpers/run.ts';

const GUIDE = path.join(ROOT, 'docs/data-desk.md');
const schemas: Record<string, Record<string, Parameters<typeof isOptional>[0]>> = Object.fromEntries(
  DATA_FILES.map((f) => [f.file, f.columns]),
);

describe('dataDictionary', () => {
  const dictionary = dataDictionary();

  test('lists every file and every column in header order', () => {
    expect(dictionary.map((f) => f.file)).toEqual(Object.keys(schemas));
    for (const file of dictionary) {
      expect(file.columns.map((c) => c.name)).toEqual(Object.keys(schemas[file.file]!));
    }
  });

  test('says which columns are required, exactly as the validator decides', () => {
    for (const file of dictionary) {
      const columns = schemas[file.file]!;
      for (const column of file.columns) expect(column.required, `${file.file} ${column.name}`).toBe(!isOptional(columns[column.name]!));
    }
    const lawsuits = dictionary[0]!.columns;
    expect(lawsuits.find((c) => c.name === 'id')!.required).toBe(true);
    expect(lawsuits.find((c) => c.name === 'docket')!.required).toBe(false);
  });

  test('carries descriptions, expectations, examples and the allowed values of fixed lists', () => {
    const action = dictionary.find((f) => f.file === 'rulings.csv')!.columns.find((c) => c.name === 'action')!;
    expect(action.values).toEqual(RULING_ACTIONS);
    expect(action.expected).toBe(`one of ${RULING_ACTIONS.map((a) => `"${a}"`).join(', ')}`);
    expect(action.meanings?.withdrawn).toBe('the plaintiffs dropped the case or their appeal');
    for (const column of dictionary.flatMap((f) => f.columns)) {
      expect(column.description.length, column.name).toBeGreaterThan(10);
      expect(column.example, column.name).not.toBe('');
    }
  });

  test('says which files may be left out, as the loader treats them', () => {
    for (const file of dictionary) {
      const dir = dataDirWith();
      rmSync(path.join(dir, file.file), { force: true });
      const result = loadDataset(dir);
      const missing = result.ok ? [] : result.issues.filter((i) => i.file.endsWith(file.file) && i.message.startsWith('is missing'));
      expect(missing.length === 0, file.file).toBe(file.optional);
    }
  });

  test('renders a Markdown table per file, with pipes escaped', () => {
    const markdown = dictionaryMarkdown();
    expect(markdown).toContain('### lawsuits.csv');
    expect(markdown).toContain('### rulings.csv');
    expect(markdown).toContain('| `ended` | yes | Whether the case is over');
    // The published lawsuits table's derived columns are listed apart, never as columns to type.
    expect(markdown).toMatch(/also has these columns, worked out from the other files[^]*\| `outcome` \| no \| How the case ended/);
    const withPipe = dictionaryMarkdown([
      {
        file: 'x.csv',
        row: 'a test',
        optional: true,
        columns: [{ name: 'a', description: 'one | two', required: true, expected: 'text', example: 'x' }],
        derived: [],
      },
    ]);
    expect(withPipe).toContain('| `a` | yes | one \\| two | text | `x` |');
  });
});

describe('docs/data-desk.md', () => {
  const guide = readFileSync(GUIDE, 'utf8');

  const dictionary = GENERATED_SECTIONS.find((s) => s.file === 'docs/data-desk.md')!;

  test('holds the dictionary generated from the current schemas (run npm run docs:data if this fails)', () => {
    const section = guide.slice(guide.indexOf(dictionary.start), guide.indexOf(dictionary.end) + dictionary.end.length);
    expect(section).toBe(sectionText(dictionary));
    expect(withSection(guide, dictionary)).toBe(guide);
  });

  test('a document without the markers is refused with a message', () => {
    expect(() => withSection('# no markers\n', dictionary)).toThrow(
      `docs/data-desk.md: expected the markers ${dictionary.start} and ${dictionary.end}`,
    );
  });

  test('every message quoted in the error table is one the validator prints', () => {
    const sources = readdirSync(path.join(ROOT, 'src/data'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(path.join(ROOT, 'src/data', f), 'utf8'))
      .join('\n');
    const table = guide.slice(guide.indexOf('## Reading an error'), guide.indexOf('## What changed'));
    const quoted = table
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...line.split(' | ')[0]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
    expect(quoted.length).toBeGreaterThan(30);
    for (const fragment of quoted) expect(sources, fragment).toContain(fragment);
  });
});
