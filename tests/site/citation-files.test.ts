/**
 * CITATION.cff and .zenodo.json at the root, so a release can be cited and archived with a DOI:
 * the CFF file is checked against the Citation File Format 1.2.0 JSON Schema (a copy in
 * tests/fixtures, CC BY 4.0 by the CFF authors), and both say what the site's Dataset says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

import { DATASET_DESCRIPTION, DATASET_NAME } from '../../src/site/structured-data.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('CITATION.cff', () => {
  const cff = parse(read('CITATION.cff')) as Record<string, unknown>;

  test('is valid Citation File Format 1.2.0', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(read('tests/fixtures/cff-1.2.0.schema.json')) as object);
    expect(validate(cff) ? [] : validate.errors).toEqual([]);
  });

  test('a file the schema refuses is refused (the check can fail)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(read('tests/fixtures/cff-1.2.0.schema.json')) as object);
    expect(validate({ ...cff, authors: [] })).toBe(false);
    expect(validate({ ...cff, 'date-released': '1 December 2026' })).toBe(false);
  });

  test("names the dataset as the site's structured data does, under the data's licence", () => {
    expect(cff['title']).toBe(DATASET_NAME);
    expect(String(cff['abstract']).replace(/\s+/g, ' ').trim()).toBe(DATASET_DESCRIPTION);
    expect(cff['license']).toBe('CC-BY-4.0');
  });
});

describe('.zenodo.json', () => {
  const zenodo = JSON.parse(read('.zenodo.json')) as Record<string, unknown>;

  test('has what Zenodo needs to archive a release as a data set', () => {
    expect(zenodo).toMatchObject({ title: DATASET_NAME, upload_type: 'dataset', license: 'cc-by-4.0', access_right: 'open' });
    expect(zenodo['creators']).toEqual([{ name: 'The Lawsuits Desk' }]);
    expect(zenodo['description']).toBe(DATASET_DESCRIPTION);
  });
});
