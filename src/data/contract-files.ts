/**
 * The data contract as files others can use: a JSON Schema per table (for the JSON downloads)
 * and a Frictionless data package (for the CSV downloads), both generated from the Zod schemas.
 */
import { z } from 'zod';

import { columnMeta, isOptional } from './columns.ts';
import { DATA_FILES } from './load.ts';
import { disagreementColumns, eventColumns, lawsuitColumns, publishedTallyColumns, stateColumns } from './schema.ts';

export interface TableContract {
  name: string;
  file: string;
  title: string;
  description: string;
  /** What one row stands for, completing "Each row is …". */
  row: string;
  /** Whether a data folder may leave the file out. */
  optional: boolean;
  columns: Record<string, z.ZodType>;
}

/** Every file of the contract, in the order the data dictionary lists them. */
export const TABLES: readonly TableContract[] = [
  {
    name: 'lawsuits',
    file: DATA_FILES.lawsuits,
    title: 'Lawsuits',
    description: 'One row per lawsuit, appeals folded into the case they came from.',
    row: 'a lawsuit, with its appeals folded in',
    optional: false,
    columns: lawsuitColumns,
  },
  {
    name: 'events',
    file: DATA_FILES.events,
    title: 'Events',
    description: 'Dated events of the story, for the timeline.',
    row: 'a dated event of the story',
    optional: false,
    columns: eventColumns,
  },
  {
    name: 'states',
    file: DATA_FILES.states,
    title: 'States',
    description: 'State codes and names; every code used elsewhere is listed here.',
    row: 'a state code the other files may use',
    optional: false,
    columns: stateColumns,
  },
  {
    name: 'disagreements',
    file: DATA_FILES.disagreements,
    title: 'Source disagreements',
    description: 'Where sources disagree on a fact, the value chosen, the other value and why.',
    row: 'a fact on which our sources disagree',
    optional: true,
    columns: disagreementColumns,
  },
  {
    name: 'published-tallies',
    file: DATA_FILES.publishedTallies,
    title: 'Published tallies',
    description: 'Totals others have published, beside ours.',
    row: 'a total of the lawsuits published by someone else',
    optional: true,
    columns: publishedTallyColumns,
  },
];

/** A column whose example parses to a number holds whole numbers. */
const isInteger = (schema: z.ZodType) => typeof schema.safeParse(columnMeta(schema).example).data === 'number';

export function tableJsonSchema(table: TableContract, id: string): Record<string, unknown> {
  const generated = z.toJSONSchema(z.object(table.columns), { io: 'output', unrepresentable: 'any' }) as {
    properties: Record<string, Record<string, unknown>>;
  } & Record<string, unknown>;
  for (const [name, schema] of Object.entries(table.columns)) {
    const property = generated.properties[name]!;
    const meta = columnMeta(schema);
    // Our column metadata travels in the schema; map it to standard keywords.
    delete property.expected;
    delete property.values;
    delete property.example;
    property.examples = [isInteger(schema) ? Number(meta.example) : meta.example];
    property.$comment = `Expected: ${meta.expected}.`;
    if (isInteger(schema)) property.type = 'integer';
  }
  return { ...generated, $id: id, title: table.title, description: table.description };
}

function frictionlessField(name: string, schema: z.ZodType) {
  const meta = columnMeta(schema);
  const json = (z.toJSONSchema(isOptional(schema) ? (schema as z.ZodOptional<z.ZodType>).unwrap() : schema, {
    io: 'input',
    unrepresentable: 'any',
  }) ?? {}) as Record<string, unknown>;
  const type = isInteger(schema) ? 'integer' : json.format === 'date' ? 'date' : 'string';
  const constraints: Record<string, unknown> = { required: !isOptional(schema) };
  if (meta.values) constraints.enum = [...meta.values];
  if (typeof json.pattern === 'string' && type === 'string') constraints.pattern = json.pattern;
  if (typeof json.maxLength === 'number') constraints.maxLength = json.maxLength;
  return {
    name,
    type,
    ...(type === 'date' ? { format: 'default' } : {}),
    description: meta.description,
    example: meta.example,
    constraints,
  };
}

export function dataPackage(siteUrl: string, updated: string): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'election-lawsuits-2020',
    title: 'Lawsuits over the 2020 US presidential election',
    description:
      'Every lawsuit filed from Election Day to 6 January 2021 to stop, change or overturn the count or certification of the 2020 presidential vote, with its outcome and sources.',
    homepage: siteUrl,
    version: updated,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources: TABLES.map((table) => ({
      name: table.name,
      path: table.file,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: table.title,
      description: table.description,
      schema: {
        fields: Object.entries(table.columns).map(([name, schema]) => frictionlessField(name, schema)),
        ...(table.columns.id ? { primaryKey: ['id'] } : table.columns.code ? { primaryKey: ['code'] } : {}),
      },
    })),
  };
}
