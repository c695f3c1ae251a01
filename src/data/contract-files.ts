/**
 * The data contract as files others can use: a JSON Schema per table (for the JSON downloads)
 * and a Frictionless data package (for the CSV downloads), both generated from the Zod schemas.
 */
import { z } from 'zod';

import { columnMeta, isOptional } from './columns.ts';
import { type AnyDataFile, DATA_FILES } from './files.ts';

/** A column whose example parses to a number holds whole numbers. */
const isInteger = (schema: z.ZodType) => typeof schema.safeParse(columnMeta(schema).example).data === 'number';

export function tableJsonSchema(table: AnyDataFile, id: string): Record<string, unknown> {
  const generated = z.toJSONSchema(z.object(table.columns), { io: 'output', unrepresentable: 'any' }) as {
    properties: Record<string, Record<string, unknown>>;
  } & Record<string, unknown>;
  for (const [name, schema] of Object.entries<z.ZodType>(table.columns)) {
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
    resources: DATA_FILES.map((table) => ({
      name: table.name,
      path: table.file,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: table.title,
      description: table.description,
      schema: {
        fields: Object.entries<z.ZodType>(table.columns).map(([name, schema]) => frictionlessField(name, schema)),
        ...(table.primaryKey ? { primaryKey: [...table.primaryKey] } : {}),
      },
    })),
  };
}
