/**
 * Column builders for the data contract. Every column of every CSV is one of these, so each
 * kind of value (a date, a link, a word from a fixed list) is checked the same way everywhere
 * and carries the words the error messages and the data dictionary use.
 *
 * A column's schema sees the trimmed cell, or `undefined` when the cell is empty; the loader
 * decides emptiness once, so optional columns are plain `.optional()` schemas and the JSON
 * Schema generated from them describes the published records truthfully.
 */
import { z } from 'zod';

import { suggest } from './suggest.ts';

export interface ColumnMeta {
  /** What the column holds, for the data dictionary. */
  description: string;
  /** What a valid value looks like, used in every error message for this column. */
  expected: string;
  /** A value that passes, for the data dictionary. */
  example: string;
  /** Allowed values, for columns that take a word from a fixed list. */
  values?: readonly string[];
  /** Whether a cell may hold several of the values, separated by spaces. */
  multiple?: boolean;
  /** What each allowed value means, so a suggestion can say what it suggests. */
  meanings?: Readonly<Record<string, string>>;
  /** `url` for the source columns, whose sites must be in the publishers registry; `text` for free text. */
  format?: 'url' | 'host' | 'text';
  /** For an archived copy's address: the source column it is a copy of. */
  archiveOf?: string;
  /**
   * The column only overrides or adds to what the site works out without it (an archived copy
   * instead of the derived one, the day a site closed), so a file may leave it out without notice.
   */
  overrideOnly?: boolean;
  /**
   * Prose that may state our own numbers only as {count …} tokens, which the site replaces with
   * the number the data gives (src/story/data-prose.ts), so a count written in a data file can
   * never go stale.
   */
  counts?: boolean;
  /**
   * The part of the column's checks other tools can run too, written next to the check itself
   * and published in the data package and the JSON Schemas (src/data/contract-files.ts).
   */
  portable: PortableConstraints;
}

/**
 * Constraints in the terms of Frictionless Table Schema. Each `pattern` is anchored with ^ and $
 * itself: the spec anchors patterns implicitly, but tableschema-js does not, and anchors written
 * out mean the same to both.
 */
export interface PortableConstraints {
  type: 'string' | 'date' | 'integer';
  pattern?: string;
  maxLength?: number;
  /** Dates as YYYY-MM-DD, numbers as numbers. */
  minimum?: string | number;
  maximum?: string | number;
}

/**
 * What every text cell must also meet that a pattern cannot say in the regular expressions the
 * specs share (they have no look-ahead): listed with the rules only our validator checks.
 */
export const TEXT_RULES = [
  'No text cell holds HTML markup such as <b> or </p> (a lone "<", as in "< 1%", is fine).',
  'No text cell holds a number a spreadsheet turned into scientific notation, such as 2.02E+09.',
];
/** The same for source addresses. */
export const URL_RULES = [
  'No source address carries a user name or password (https://user:password@…).',
  'No source address carries a tracking parameter (utm_source, fbclid and the like), or any query parameter its site does not need: the parameters a site needs are listed in the query column of publishers.csv.',
];

/** The metadata of a column built here. Throws when a schema was not built by this module. */
export function columnMeta(schema: z.ZodType): ColumnMeta {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  const meta = inner.meta() as Partial<ColumnMeta> | undefined;
  if (!meta?.description || !meta.expected) throw new Error('column schema without column metadata');
  return meta as ColumnMeta;
}

export function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

const withMeta = <T extends z.ZodType>(schema: T, meta: ColumnMeta): T => schema.meta({ ...meta }) as T;

// A spreadsheet evaluates a cell that starts with one of these as a formula (CSV injection),
// so such text must not be published as data that readers download and open.
const FORMULA_START = /^[=+\-@\t\r]/;
/** The same rule as a pattern of the whole value: the first character is none of those. */
const NOT_FORMULA = '^[^=+\\-@\\t\\r][\\s\\S]*$';
// Any tag-like sequence: `<b>`, `</p>`, `<script …>`, `<!-- -->`. A lone `<` (as in "< 1%") passes.
const MARKUP = /<\/?[a-z!][^>]*>/i;
// 2.02E+09, 2,02E+09, 1E+15: how a spreadsheet shows a long number (a docket typed as digits) once it
// has taken the cell for a number. Saved that way, the lost digits are gone from the file.
const SCIENTIFIC = /^\d+(?:[.,]\d+)?E[+-]\d+$/i;

interface TextOptions {
  description: string;
  example: string;
  max: number;
  expected?: string;
  /** Whether the text may hold {count …} tokens for our own numbers (see ColumnMeta.counts). */
  counts?: boolean;
}

export function text({ description, example, max, expected, counts }: TextOptions) {
  const expects = expected ?? `plain text of at most ${max} characters${counts ? ', our own numbers written as {count …}' : ''}`;
  const schema = z
    .string()
    .max(max, { error: (issue) => `is ${String(issue.input).length} characters long, ${String(issue.input).length - max} too many` })
    .refine((v) => !FORMULA_START.test(v), {
      error: (issue) =>
        `starts with "${String(issue.input).charAt(0)}", so a spreadsheet would run it as a formula; reword it or drop that first character`,
    })
    .refine((v) => !MARKUP.test(v), {
      error: (issue) =>
        `contains HTML markup ${String(String(issue.input).match(MARKUP)?.[0])}; this site shows text exactly as written, so remove the tag`,
    })
    .refine((v) => !SCIENTIFIC.test(v), {
      error:
        'looks like a number a spreadsheet reformatted into scientific notation, which drops digits; format the column as text and type the value again from the source',
    });
  return withMeta(schema, {
    description,
    example,
    expected: expects,
    format: 'text',
    ...(counts ? { counts } : {}),
    portable: { type: 'string', pattern: NOT_FORMULA, maxLength: max },
  });
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

export function slug({ description, example }: { description: string; example: string }) {
  const schema = z.string().max(80, { error: 'is longer than 80 characters' }).regex(SLUG, {
    error: 'is not a slug',
  });
  return withMeta(schema, {
    description,
    example,
    expected: 'lowercase letters, digits and single hyphens, such as "pa-kelly-v-pennsylvania"',
    portable: { type: 'string', pattern: SLUG_PATTERN, maxLength: 80 },
  });
}

export function stateCode({ description, example }: { description: string; example: string }) {
  const schema = z.string().regex(/^[A-Z]{2}$/, { error: 'is not a two-letter code' });
  return withMeta(schema, {
    description,
    example,
    expected: 'a two-letter code in capitals listed in states.csv, such as "PA"',
    portable: { type: 'string', pattern: '^[A-Z]{2}$' },
  });
}

export function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  { description, meanings }: { description: string; meanings?: Readonly<Record<T[number], string>> },
) {
  const schema = z.enum(values, { error: 'is not an allowed value' });
  return withMeta(schema, {
    description,
    example: values[0],
    expected: `one of ${values.map((v) => `"${v}"`).join(', ')}`,
    values,
    ...(meanings ? { meanings } : {}),
    portable: { type: 'string' },
  });
}

/**
 * Several slugs separated by single spaces (ids of judges, say), and optionally one word that
 * may stand alone instead (`unsigned`). Whether each id exists is a rule across files (rules.ts).
 */
export function slugList({ description, example, also = [] }: { description: string; example: string; also?: readonly string[] }) {
  const schema = z.string().check((ctx) => {
    const words = ctx.value.split(' ');
    const bad = words.find((w) => !SLUG.test(w));
    if (bad !== undefined) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: bad === '' ? 'has a doubled or stray space' : `has "${bad}", which is not an id`,
      });
    } else if (words.length > 1 && words.some((w) => also.includes(w))) {
      const word = words.find((w) => also.includes(w))!;
      ctx.issues.push({ code: 'custom', input: ctx.value, message: `has "${word}", which stands alone, not beside ids` });
    } else if (new Set(words).size < words.length) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: 'names the same id twice' });
    }
  });
  const alone = also.map((w) => ` or "${w}" alone`).join('');
  return withMeta(schema, {
    description,
    example,
    expected: `ids separated by single spaces${alone}, such as "${example}"`,
    portable: { type: 'string', pattern: `^${SLUG_PATTERN.slice(1, -1)}( ${SLUG_PATTERN.slice(1, -1)})*$`, maxLength: 600 },
  });
}

/** Words from a fixed list separated by single spaces, each checked, with the nearest word suggested. */
export function wordsFrom<const T extends readonly [string, ...string[]]>(
  values: T,
  { description, meanings }: { description: string; meanings?: Readonly<Record<T[number], string>> },
) {
  const schema = z.string().check((ctx) => {
    const words = ctx.value.split(' ');
    const bad = words.find((w) => !(values as readonly string[]).includes(w));
    if (bad !== undefined) {
      const guess = bad === '' ? undefined : suggest(bad, values);
      const hint = guess ? `; did you mean "${guess}"${meanings ? ` (${meanings[guess as T[number]]})` : ''}?` : '';
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: bad === '' ? 'has a doubled or stray space' : `has "${bad}", which is not an allowed value${hint}`,
      });
    } else if (new Set(words).size < words.length) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: 'names the same value twice' });
    }
  });
  // The values are words and hyphens, which mean themselves in a pattern outside brackets.
  const alternatives = values.join('|');
  return withMeta(schema, {
    description,
    example: values[0],
    expected: `one or more of ${values.map((v) => `"${v}"`).join(', ')}, separated by single spaces`,
    values,
    multiple: true,
    ...(meanings ? { meanings } : {}),
    portable: { type: 'string', pattern: `^(${alternatives})( (${alternatives}))*$` },
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// 11/4/20, 11/04/2020, 4.11.2020: what a spreadsheet shows after it has turned a date into its own type.
const LOCALE_DATE = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/;
// 2020-11-4: what is left of an ISO date once a spreadsheet has shown it without leading zeros.
const UNPADDED_DATE = /^\d{4}-\d{1,2}-\d{1,2}$/;

function describeBadDate(input: unknown): string {
  const value = String(input);
  if (ISO_DATE.test(value)) return 'is not a date on the calendar';
  if (LOCALE_DATE.test(value)) {
    return 'looks like a date a spreadsheet reformatted; format the column as text and type the date as YYYY-MM-DD';
  }
  if (/^\d{5}$/.test(value)) return 'looks like a spreadsheet date serial number; format the column as text and type YYYY-MM-DD';
  if (UNPADDED_DATE.test(value)) {
    return 'looks like a date a spreadsheet reformatted without leading zeros; format the column as text and type the date as YYYY-MM-DD';
  }
  return 'is not a date in the form YYYY-MM-DD';
}

interface DateOptions {
  description: string;
  example: string;
  /** Earliest allowed date (inclusive), YYYY-MM-DD. */
  from: string;
  /** Latest allowed date (inclusive): a fixed date, or a function for "no later than today". */
  to: string | (() => string);
  toLabel?: string;
  /** See ColumnMeta.overrideOnly. */
  overrideOnly?: boolean;
}

export function isoDate({ description, example, from, to, toLabel, overrideOnly }: DateOptions) {
  const latest = () => (typeof to === 'function' ? to() : to);
  const range = `from ${from} to ${toLabel ?? latest()}`;
  const schema = z.iso
    .date({ error: (issue) => describeBadDate(issue.input) })
    .refine((v) => v >= from && v <= latest(), { error: `is outside the period this file covers` });
  // A latest date of "today" moves with the clock, so only a fixed one is published.
  const portable: PortableConstraints = { type: 'date', minimum: from, ...(typeof to === 'string' ? { maximum: to } : {}) };
  return withMeta(schema, {
    description,
    example,
    expected: `a date as YYYY-MM-DD, ${range}`,
    portable,
    ...(overrideOnly ? { overrideOnly } : {}),
  });
}

export function httpsUrl({ description, example, archiveOf }: { description: string; example: string; archiveOf?: string }) {
  const schema = z.string().check((ctx) => {
    const problem = urlProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });
  return withMeta(schema, {
    description,
    example,
    expected: archiveOf ? 'a full https:// address of an archived copy of the page' : 'a full https:// address of a public page',
    format: 'url',
    ...(archiveOf ? { archiveOf, overrideOnly: true } : {}),
    portable: { type: 'string', pattern: HTTPS_URL_PATTERN },
  });
}

/** https://, a host with at least one dot, then an optional path, query or fragment, no spaces. */
const HTTPS_URL_PATTERN = '^https://[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+([/?#]\\S*)?$';

function urlProblem(value: string): string | undefined {
  if (/^http:\/\//i.test(value)) return 'is an http:// address, which browsers flag as insecure';
  if (!value.startsWith('https://')) {
    return /^https?:/i.test(value)
      ? 'is not a well-formed web address (it needs two slashes after "https:")'
      : 'is not an https:// address';
  }
  if (!isWellFormedHttpsUrl(value)) return 'is not a well-formed web address';
  // https://user:password@host/… would publish the credentials on every page that cites it.
  const { username, password } = new URL(value);
  if (username || password) return 'carries a user name or password before "@"; cite the public address, without them';
  const tracking = [...new URL(value).searchParams.keys()].find((key) => TRACKING_PARAMETER.test(key));
  if (tracking) return `carries the tracking parameter "${tracking}"; cite the address without it`;
  return undefined;
}

/** Campaign and click tags that share links pick up: they identify the sharer, not the page. */
const TRACKING_PARAMETER = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|maca)$/i;

function isWellFormedHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // A host needs at least one dot and no trailing dot: "https://localhost" or "https://wiki.org."
  // are typos in a source list, not public pages.
  return url.protocol === 'https:' && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname);
}

const HOST = /^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** A site's host name as its addresses have it, in lowercase and without "www.". */
export function hostName({ description, example }: { description: string; example: string }) {
  const schema = z.string().regex(HOST, {
    error: (issue) =>
      /^www\./i.test(String(issue.input)) ? 'starts with "www.", which is left out' : 'is not a host name in lowercase, without a path',
  });
  return withMeta(schema, {
    description,
    example,
    expected: 'a host name such as "detroitnews.com" (lowercase, no "www.", no path)',
    format: 'host',
    // The spec's patterns have no look-ahead, so the "no www." part is checked by us alone.
    portable: { type: 'string', pattern: '^[a-z0-9\\-]+(\\.[a-z0-9\\-]+)+$' },
  });
}

export function yesNo({ description }: { description: string }) {
  return oneOf(['yes', 'no'] as const, { description });
}

export function wholeNumber({ description, example, min, max }: { description: string; example: string; min: number; max: number }) {
  const schema = z
    .string()
    .regex(/^\d+$/, { error: 'is not a whole number' })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: 'is out of range' });
  return withMeta(schema, {
    description,
    example,
    expected: `a whole number from ${min} to ${max}, digits only`,
    portable: { type: 'integer', minimum: min, maximum: max },
  });
}
