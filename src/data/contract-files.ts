/**
 * The data contract as files others can use: a Frictionless data package for the CSV downloads
 * and a JSON Schema per table for the JSON downloads. Both are generated from the Zod contract:
 * each column's portable constraints (columns.ts), each file's keys and references (files.ts),
 * and, in plain words, the rules only our validator can check.
 */
import { type z } from 'zod';

import { columnMeta, isOptional, type PortableConstraints, TEXT_RULES, URL_RULES } from './columns.ts';
import { type AnyDataFile, DATA_FILES, type DataFile } from './files.ts';
import { STANDALONE_KINDS } from './source-rules.ts';

/** The Data Package profile the package declares, and its descriptor is tested against. */
export const PACKAGE_PROFILE = 'tabular-data-package';

const resourceName = (key: string) => {
  const file = DATA_FILES.find((f) => f.key === key);
  if (!file) throw new Error(`no data file with the key "${key}"`);
  return file.name;
};

/** The rules of a file that no Table Schema constraint expresses, in plain words. */
export function validatorRules(table: AnyDataFile): string[] {
  const rules = [...(table.rules ?? [])];
  if (table.sourced) {
    rules.push(
      `Every source address comes from a site listed in publishers.csv, and each row has at least one source of a kind that may stand alone (${STANDALONE_KINDS.join(', ')}), not only a reference work.`,
    );
  }
  const formats = Object.values<z.ZodType>(table.columns).map((schema) => columnMeta(schema).format);
  if (formats.includes('text')) rules.push(...TEXT_RULES);
  if (formats.includes('url')) rules.push(...URL_RULES);
  return rules;
}

/** The columns of a published table: the file's own, then those the site works out (files.ts `derived`). */
export function publishedColumns(table: AnyDataFile): [string, z.ZodType][] {
  return [...Object.entries<z.ZodType>(table.columns), ...Object.entries<z.ZodType>((table as unknown as DataFile).derived ?? {})];
}

const isDerived = (table: AnyDataFile, name: string) => name in ((table as unknown as DataFile).derived ?? {});

const unique = (table: AnyDataFile, name: string) => table.primaryKey?.length === 1 && table.primaryKey[0] === name;

function tableField(table: AnyDataFile, name: string, schema: z.ZodType) {
  const meta = columnMeta(schema);
  const { type, pattern, maxLength, minimum, maximum }: PortableConstraints = meta.portable;
  const constraints: Record<string, unknown> = { required: !isOptional(schema) };
  if (unique(table, name)) constraints.unique = true;
  if (meta.values && !meta.multiple) constraints.enum = [...meta.values];
  if (pattern) constraints.pattern = pattern;
  if (maxLength !== undefined) constraints.maxLength = maxLength;
  if (minimum !== undefined) constraints.minimum = minimum;
  if (maximum !== undefined) constraints.maximum = maximum;
  return {
    name,
    type,
    ...(type === 'date' ? { format: 'default' } : meta.format === 'url' ? { format: 'uri' } : {}),
    description: isDerived(table, name) ? `Worked out by the site, never typed: ${meta.description}` : meta.description,
    example: meta.example,
    constraints,
  };
}

function tableSchema(table: AnyDataFile) {
  // A cell of several ids cannot be a Table Schema foreign key; those are in the rules instead.
  const single = ((table as unknown as DataFile).references ?? []).filter((r) => !r.several);
  return {
    fields: publishedColumns(table).map(([name, schema]) => tableField(table, name, schema)),
    // Empty cells are missing values, as our loader reads them.
    missingValues: [''],
    ...(table.primaryKey ? { primaryKey: [...table.primaryKey] } : {}),
    ...(single.length
      ? {
          foreignKeys: single.map((r) => ({
            fields: [r.field],
            reference: { resource: resourceName(r.file), fields: [r.column] },
          })),
        }
      : {}),
  };
}

function resourceDescription(table: AnyDataFile): string {
  const rules = validatorRules(table);
  if (rules.length === 0) return table.description;
  return `${table.description} Rules only our validator checks: ${rules.map((r, i) => `(${i + 1}) ${r}`).join(' ')}`;
}

export function dataPackage(siteUrl: string, updated: string): Record<string, unknown> {
  return {
    profile: PACKAGE_PROFILE,
    name: 'election-lawsuits-2020',
    title: 'Lawsuits over the 2020 US presidential election',
    description:
      'Every lawsuit filed from Election Day to 6 January 2021 to stop, change or overturn the count or certification of the 2020 presidential vote, every ruling in them, and their sources.',
    homepage: siteUrl,
    version: updated,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources: DATA_FILES.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: `${table.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: table.title,
      description: resourceDescription(table),
      schema: tableSchema(table),
    })),
  };
}

/** The same constraints in JSON Schema terms, for one record of the JSON download. */
function jsonProperty(schema: z.ZodType): Record<string, unknown> {
  const meta = columnMeta(schema);
  const { type, pattern, maxLength, minimum, maximum } = meta.portable;
  const property: Record<string, unknown> = { description: meta.description };
  if (type === 'integer') {
    Object.assign(property, { type: 'integer', examples: [Number(meta.example)] });
    if (minimum !== undefined) property.minimum = minimum;
    if (maximum !== undefined) property.maximum = maximum;
    return property;
  }
  Object.assign(property, { type: 'string', examples: [meta.example] });
  if (meta.values && !meta.multiple) property.enum = [...meta.values];
  if (pattern) property.pattern = pattern;
  if (maxLength !== undefined) property.maxLength = maxLength;
  if (type === 'date') {
    property.format = 'date';
    // formatMinimum and formatMaximum compare dates (JSON Schema's vocabulary for formats, as Ajv implements it).
    if (minimum !== undefined) property.formatMinimum = minimum;
    if (maximum !== undefined) property.formatMaximum = maximum;
  } else if (meta.format === 'url') property.format = 'uri';
  property.$comment = `Expected: ${meta.expected}.`;
  return property;
}

export function tableJsonSchema(table: AnyDataFile, id: string): Record<string, unknown> {
  const columns = publishedColumns(table);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: table.title,
    description: resourceDescription(table),
    type: 'array',
    items: {
      type: 'object',
      properties: Object.fromEntries(columns.map(([name, schema]) => [name, jsonProperty(schema)])),
      required: columns.filter(([, schema]) => !isOptional(schema)).map(([name]) => name),
      additionalProperties: false,
    },
    ...(table.primaryKey?.length === 1 ? { $comment: `No two records share ${table.primaryKey[0]}.` } : {}),
  };
}
