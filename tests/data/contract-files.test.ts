/**
 * The published contract checked by tools that are not ours: the Frictionless data package with
 * datapackage-js and tableschema-js (the Frictionless JavaScript libraries), the JSON Schemas
 * with Ajv. The real data passes with its keys and foreign keys checked; a planted fault of each
 * kind the specs can express is reported at its row; and the package cannot quietly lose a
 * constraint, because each is checked against the column kind it comes from.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { Package } from 'datapackage';
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';

import { columnMeta, isOptional } from '../../src/data/columns.ts';
import { dataPackage, PACKAGE_PROFILE, tableJsonSchema, validatorRules } from '../../src/data/contract-files.ts';
import { DATA_FILES, type DataFile } from '../../src/data/files.ts';
import { loadDataset } from '../../src/data/load.ts';
import { PACKAGE_FILE, publishedDataFiles } from '../../src/site/data-files.ts';
import { ROOT } from '../helpers/run.ts';

const loaded = loadDataset(path.join(ROOT, 'data'));
if (!loaded.ok) throw new Error('data/ is invalid');
const real = loaded.data;
const SITE = new URL('https://example.org/');

/** The published data folder written to disk, with edits to the records (header first) of its CSVs. */
function publishedFolder(edit: (file: string, records: string[][]) => void = () => {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lawsuits-package-'));
  for (const [name, body] of publishedDataFiles(real, SITE, '2026-12-01')) {
    if (!name.endsWith('.csv')) {
      writeFileSync(path.join(dir, name), body);
      continue;
    }
    const records = parse(body) as string[][];
    edit(name, records);
    writeFileSync(path.join(dir, name), stringify(records, { record_delimiter: '\n' }));
  }
  return dir;
}

interface Problem {
  resource: string;
  row?: number;
  message: string;
}

/** Every problem datapackage-js finds in a folder: the descriptor's, then each row's. */
async function frictionlessProblems(dir: string): Promise<Problem[]> {
  const dataPackage = await Package.load(path.join(dir, PACKAGE_FILE));
  if (!dataPackage.valid) return dataPackage.errors.map((e: Error) => ({ resource: PACKAGE_FILE, message: e.message }));
  // Foreign keys are resolved by reading the files referred to without forceCast, so they are
  // checked once every file's own rows are clean, as a Frictionless validator reports them.
  for (const relations of [false, true]) {
    const problems: Problem[] = [];
    for (const resource of dataPackage.resources) {
      const rows = await resource.read({ forceCast: true, relations });
      for (const row of rows as unknown[]) {
        if (!(row instanceof Error)) continue;
        const error = row as Error & { rowNumber?: number; errors?: Error[] };
        const detail = error.errors?.map((e) => e.message).join('; ');
        problems.push({ resource: resource.name, row: error.rowNumber, message: detail ? `${error.message}: ${detail}` : error.message });
      }
    }
    if (problems.length > 0) return problems;
  }
  return [];
}

/** Sets one cell of a CSV's records (row 1 is the header) and writes them back. */
function setCell(records: string[][], row: number, column: string, value: string) {
  records[row - 1]![records[0]!.indexOf(column)] = value;
}

describe('the data package, read by datapackage-js', () => {
  test(`is a valid ${PACKAGE_PROFILE} descriptor and the real data passes it, keys and foreign keys included`, async () => {
    expect(await frictionlessProblems(publishedFolder())).toEqual([]);
  }, 60_000);

  // Each fault on a data row well inside the file; row numbers count the header as row 1.
  const faults: [string, string, number, string, string, RegExp][] = [
    ['a plain-http source', 'lawsuits.csv', 5, 'source_url', 'http://www.example.com/story', /pattern/i],
    ['a text cell that starts like a formula', 'lawsuits.csv', 7, 'summary', '=1+1', /pattern/i],
    ['a filing date before Election Day', 'lawsuits.csv', 9, 'filed_date', '2020-10-01', /minimum/i],
    ['a filing date after the inauguration', 'lawsuits.csv', 9, 'filed_date', '2021-03-01', /maximum/i],
    ['a state code not in states.csv', 'lawsuits.csv', 11, 'state', 'ZZ', /foreign key/i],
    ['a ruling of a case not in lawsuits.csv', 'rulings.csv', 6, 'case_id', 'pa-no-such-case', /foreign key/i],
    ['a value outside a closed list', 'rulings.csv', 8, 'favoured', 'both', /enum/i],
    ['a date that is not on the calendar', 'rulings.csv', 10, 'date', '2020-11-31', /date/i],
    ['an empty required cell', 'lawsuits.csv', 13, 'case_name', '', /required/i],
    ['a text longer than allowed', 'lawsuits.csv', 15, 'summary', 'x'.repeat(400), /maxLength/i],
  ];
  test.each(faults)(
    'reports %s at its row',
    async (_what, file, row, column, value, message) => {
      const dir = publishedFolder((name, lines) => {
        if (name === file) setCell(lines, row, column, value);
      });
      const problems = await frictionlessProblems(dir);
      const resource = DATA_FILES.find((f) => `${f.name}.csv` === file)!.name;
      expect(problems.filter((p) => p.resource === resource && p.row === row)).toEqual([
        expect.objectContaining({ message: expect.stringMatching(message) }),
      ]);
    },
    60_000,
  );

  test('reports two rows with the same id', async () => {
    const dir = publishedFolder((name, records) => {
      if (name === 'lawsuits.csv') records[5] = [...records[4]!];
    });
    const problems = await frictionlessProblems(dir);
    expect(problems).toContainEqual(expect.objectContaining({ resource: 'lawsuits', row: 6, message: expect.stringMatching(/unique/i) }));
  }, 60_000);

  test('refuses a descriptor that breaks its profile', async () => {
    const dir = publishedFolder();
    const descriptor = JSON.parse(readFileSync(path.join(dir, PACKAGE_FILE), 'utf8')) as { resources: { name: string }[] };
    descriptor.resources[0]!.name = 'Not A Valid Name';
    writeFileSync(path.join(dir, PACKAGE_FILE), JSON.stringify(descriptor));
    const problems = await frictionlessProblems(dir);
    expect(problems[0]).toMatchObject({ resource: PACKAGE_FILE });
  }, 60_000);
});

describe('the generated package keeps every constraint of the contract', () => {
  const descriptor = dataPackage('https://example.org/', '2026-12-01') as {
    resources: { name: string; description: string; schema: { fields: Field[]; primaryKey?: string[]; foreignKeys?: ForeignKey[] } }[];
  };
  interface Field {
    name: string;
    type: string;
    constraints: Record<string, unknown>;
  }
  interface ForeignKey {
    fields: string[];
    reference: { resource: string; fields: string[] };
  }
  const cases = DATA_FILES.flatMap((file) =>
    Object.entries<z.ZodType>(file.columns).map(([column, schema]) => {
      const resource = descriptor.resources.find((r) => r.name === file.name)!;
      return { file: file.file, column, schema, field: resource.schema.fields.find((f) => f.name === column)! };
    }),
  );

  test.each(cases)('$file $column', ({ column, schema, field }) => {
    const meta = columnMeta(schema);
    expect(field, column).toBeDefined();
    expect(field.constraints.required).toBe(!isOptional(schema));
    const pattern = field.constraints.pattern as string | undefined;
    const matches = (value: string) => pattern !== undefined && new RegExp(pattern).test(value);
    if (meta.values && !meta.multiple) expect(field.constraints.enum).toEqual([...meta.values]);
    if (meta.multiple) {
      // A list of words is a pattern of those words separated by spaces.
      expect(matches(meta.values!.slice(0, 2).join(' '))).toBe(true);
      expect(matches(`${meta.values![0]}  ${meta.values![1]}`)).toBe(false);
      expect(matches(`${meta.values![0]} other`)).toBe(false);
    }
    if (meta.format === 'text') {
      expect(matches('=1+1'), 'a formula passes').toBe(false);
      expect(matches('-1')).toBe(false);
      expect(matches(meta.example)).toBe(true);
      expect(field.constraints.maxLength).toBeTypeOf('number');
    }
    if (meta.format === 'url') {
      expect(field.type).toBe('string');
      expect(matches('http://example.com/a'), 'plain http passes').toBe(false);
      expect(matches('https://example.com/a b')).toBe(false);
      expect(matches(meta.example)).toBe(true);
    }
    if (meta.expected.startsWith('a date')) {
      expect(field.type).toBe('date');
      expect(field.constraints.minimum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test.each(DATA_FILES.map((f) => [f.file, f] as const))('%s keeps its keys and references', (_name, file) => {
    const resource = descriptor.resources.find((r) => r.name === file.name)!;
    expect(resource.schema.primaryKey).toEqual(file.primaryKey ? [...file.primaryKey] : undefined);
    // A cell of several ids is not a Table Schema foreign key; the rules in the description say it.
    expect(resource.schema.foreignKeys ?? []).toEqual(
      ((file as unknown as DataFile).references ?? [])
        .filter((r) => !r.several)
        .map((r) => ({
          fields: [r.field],
          reference: { resource: DATA_FILES.find((f) => f.key === r.file)!.name, fields: [r.column] },
        })),
    );
    for (const rule of validatorRules(file)) expect(resource.description).toContain(rule);
  });

  test('the dates of the period are in the package as minimum and maximum', () => {
    const filed = descriptor.resources.find((r) => r.name === 'lawsuits')!.schema.fields.find((f) => f.name === 'filed_date')!;
    expect(filed.constraints).toMatchObject({ minimum: '2020-11-03', maximum: '2021-01-20' });
  });
});

describe('the JSON Schemas, read by Ajv', () => {
  const newAjv = () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv, { mode: 'full', keywords: true });
    return ajv;
  };

  test.each(DATA_FILES.map((f) => [f.name, f] as const))('the %s download passes its schema', (_name, file) => {
    const validate = newAjv().compile(tableJsonSchema(file, `https://example.org/data/${file.name}.schema.json`));
    const rows = JSON.parse(publishedDataFiles(real, SITE, '2026-12-01').get(`${file.name}.json`)!) as unknown[];
    expect(validate(rows), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  const lawsuits = DATA_FILES.find((f) => f.key === 'lawsuits')!;
  const validate = newAjv().compile(tableJsonSchema(lawsuits, 'https://example.org/data/lawsuits.schema.json'));
  const rows = () => JSON.parse(publishedDataFiles(real, SITE, '2026-12-01').get('lawsuits.json')!) as Record<string, unknown>[];
  test.each([
    ['a plain-http source', 'source_url', 'http://example.com/a', 'pattern'],
    ['a formula-leading text', 'summary', '+1 voters', 'pattern'],
    ['a date outside the period', 'filed_date', '2021-02-01', 'formatMaximum'],
    ['an unknown value', 'claim', 'fraud', 'enum'],
  ])('reports %s at its record', (_what, column, value, keyword) => {
    const records = rows();
    records[3]![column] = value;
    expect(validate(records)).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: `/3/${column}`, keyword }));
  });
});
