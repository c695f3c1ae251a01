/**
 * The registry of the data desk's files: the one list every consumer reads (the loader, the
 * published downloads and data package, the data dictionary, the change report, the dev
 * server's watcher, the canonical formatter). Adding a file is one entry here.
 *
 * Each entry names its columns (the Zod contract in schema.ts), its keys and its references to
 * other files; the loader checks those, and the published data package declares them, so an
 * independent validator can check them too.
 */
import type { z } from 'zod';

import { lawsuitDerivedColumns } from './derived-columns.ts';
import {
  disagreementColumns,
  eventColumns,
  judgeColumns,
  lawsuitColumns,
  publishedTallyColumns,
  publisherColumns,
  quoteColumns,
  rulingColumns,
  stateColumns,
  UNCONFIRMED,
  UNSIGNED,
} from './schema.ts';

export type Columns = Record<string, z.ZodType>;
export type RecordOf<C extends Columns> = z.output<z.ZodObject<C>>;

/** A column whose values must be listed in a column of another file. */
export interface Reference<C extends Columns> {
  field: keyof C & string;
  /** The `key` of the file referred to (checked when this module loads). */
  file: string;
  /** The column of that file that lists the allowed values. */
  column: string;
  /** For a cell that holds several values separated by spaces (judges' ids): each one is checked. */
  several?: true;
  /** Words allowed instead of a listed value (`unsigned`). */
  also?: readonly string[];
}

export interface DataFile<K extends string = string, C extends Columns = Columns> {
  /** The property of the dataset that holds this file's records. */
  key: K;
  /** The file's name in the data folder. */
  file: string;
  /** The name of the published resource: /data/<name>.csv, .json and .schema.json. */
  name: string;
  title: string;
  description: string;
  /** What one row stands for, completing "Each row is …". */
  row: string;
  /** Whether a data folder may leave the file out; the site then has nothing of that kind. */
  optional: boolean;
  /** Whether the file may hold a header and no rows (no case has had a ruling yet). */
  emptyAllowed?: boolean;
  columns: C;
  /**
   * Columns the site adds to the published table, worked out from other files (never typed in
   * the CSV); described in the data package and JSON Schema with the others.
   */
  derived?: Columns;
  /** The columns that identify a row: no two rows may share them. */
  primaryKey?: readonly (keyof C & string)[];
  references?: readonly Reference<C>[];
  /**
   * Whether rows carry sources (source_url, source_url_2) that must come from publishers.csv, at
   * least one of them of a kind that may stand alone (not a reference work).
   */
  sourced?: boolean;
  /**
   * Rules between cells, rows or files that only this project's validator checks, in plain
   * words: published with the data package and on the methodology page.
   */
  rules?: readonly string[];
}

const define = <K extends string, C extends Columns>(file: DataFile<K, C>) => file;

export const STATES = define({
  key: 'states',
  file: 'states.csv',
  name: 'states',
  title: 'States',
  description: 'State codes and names; every code used elsewhere is listed here.',
  row: 'a state code the other files may use',
  optional: false,
  columns: stateColumns,
  primaryKey: ['code'],
});

export const LAWSUITS = define({
  key: 'lawsuits',
  file: 'lawsuits.csv',
  name: 'lawsuits',
  title: 'Lawsuits',
  description: 'One row per lawsuit, appeals folded into the case they came from; its rulings are in rulings.csv.',
  row: 'a lawsuit, with its appeals folded in',
  optional: false,
  columns: lawsuitColumns,
  derived: lawsuitDerivedColumns,
  primaryKey: ['id'],
  references: [{ field: 'state', file: 'states', column: 'code' }],
  sourced: true,
  rules: [
    'No two cases share a docket in the same court.',
    'Every id in related is the id of another case.',
    'A case that has ended (ended = yes) has at least one ruling in rulings.csv, and a case with none is still open (ended = no).',
    'A case whose last ruling is a withdrawal, a settlement or a mootness ending has ended (ended = yes).',
    'A case has a filing date or at least one ruling, so it can be placed in time.',
  ],
});

export const RULINGS = define({
  key: 'rulings',
  file: 'rulings.csv',
  name: 'rulings',
  title: 'Rulings',
  description: 'One row per decision of a court in a case, and the endings that came from the parties (withdrawn, settled, moot).',
  row: 'a decision of a court in a case, or an ending by the parties',
  optional: false,
  emptyAllowed: true,
  columns: rulingColumns,
  primaryKey: ['case_id', 'date', 'court', 'favoured', 'action'],
  references: [
    { field: 'case_id', file: 'lawsuits', column: 'id' },
    { field: 'judges', file: 'judges', column: 'id', several: true, also: [UNSIGNED, UNCONFIRMED] },
    { field: 'dissent', file: 'judges', column: 'id', several: true },
  ],
  sourced: true,
  rules: [
    'Each id in judges and dissent is the id of a judge in judges.csv (judges may instead be "unsigned", or "unconfirmed" when no reliable source names them); no judge is in both.',
    'A withdrawal or settlement by the parties names no judges; every other ruling names its judges, "unsigned" or "unconfirmed" (a notice until it does).',
    'Grounds are given only for rulings that went against the plaintiffs, and every such ruling gives at least one (a notice until it does).',
    'A ruling is not dated before the case was filed.',
    'An appeal ruling ("affirmed", "reversed", "appeal dismissed", "certiorari denied") in a court above the one where the case began comes on or after a ruling of a lower court in the same case.',
    '"affirmed" and "reversed" follow an earlier ruling of a lower court that went for one side: "affirmed" goes for the same side, "reversed" for the other.',
    '"granted relief" goes for the plaintiffs; "denied relief", "dismissed", "appeal dismissed", "leave denied" and "certiorari denied" go against them (or for neither, when they decided someone else\'s request); "withdrawn", "settled" and "moot" go for neither.',
    '"certiorari denied" is a ruling of the U.S. Supreme Court.',
    'A case ends by withdrawal, settlement or mootness at most once in each court.',
  ],
});

export const JUDGES = define({
  key: 'judges',
  file: 'judges.csv',
  name: 'judges',
  title: 'Judges',
  description: 'Every judge named in rulings.csv, once, with the court and how they came to the bench.',
  row: 'a judge who ruled in one of the cases',
  optional: true,
  columns: judgeColumns,
  primaryKey: ['id'],
  sourced: true,
  rules: [
    "A judge appointed by a president or a governor names who appointed them (appointed_by) and that person's party.",
    'A judge elected in a partisan election names the party they ran for; a nonpartisan election or an appointment by a court has no party.',
  ],
});

export const QUOTES = define({
  key: 'quotes',
  file: 'quotes.csv',
  name: 'quotes',
  title: "Judges' words",
  description: 'Quotations from the rulings, with the judge who wrote them and where they can be read.',
  row: 'a quotation from a ruling',
  optional: true,
  columns: quoteColumns,
  primaryKey: ['ruling', 'speaker'],
  references: [{ field: 'speaker', file: 'judges', column: 'id' }],
  sourced: true,
  rules: [
    'ruling names a ruling in rulings.csv as case-id/YYYY-MM-DD (with /2, /3 for further rulings of that case on that day, in file order).',
    'speaker, when given, is one of the judges of that ruling or one who dissented; for an unsigned order, only one who dissented.',
  ],
});

export const EVENTS = define({
  key: 'events',
  file: 'events.csv',
  name: 'events',
  title: 'Events',
  description: 'Dated events of the story, for the timeline.',
  row: 'a dated event of the story',
  optional: false,
  columns: eventColumns,
  primaryKey: ['id'],
  references: [{ field: 'state', file: 'states', column: 'code' }],
  sourced: true,
});

export const PUBLISHERS = define({
  key: 'publishers',
  file: 'publishers.csv',
  name: 'publishers',
  title: 'Publishers',
  description: 'Every site a source may come from, with the publisher readers know and the kind of source it is.',
  row: 'a site whose pages may be cited as sources',
  optional: false,
  columns: publisherColumns,
  primaryKey: ['domain'],
});

export const DISAGREEMENTS = define({
  key: 'disagreements',
  file: 'disagreements.csv',
  name: 'disagreements',
  title: 'Source disagreements',
  description: 'Where sources disagree on a fact, the value chosen, the other value and why.',
  row: 'a fact on which our sources disagree',
  optional: true,
  columns: disagreementColumns,
  rules: [
    'chosen_source and alternative_source come from sites listed in publishers.csv.',
    'subject is the id of a case in lawsuits.csv or of an event in events.csv.',
    'column is a column of that file, and chosen is exactly the value that row holds there; for a case, column may also be a column of rulings.csv, and then one of its rulings holds chosen.',
  ],
});

export const PUBLISHED_TALLIES = define({
  key: 'publishedTallies',
  file: 'published-tallies.csv',
  name: 'published-tallies',
  title: 'Published tallies',
  description: 'Totals others have published, beside ours.',
  row: 'a total of the lawsuits published by someone else',
  optional: true,
  columns: publishedTallyColumns,
  primaryKey: ['id'],
  rules: ['source_url comes from a site listed in publishers.csv.'],
});

/** Every file, in the order the loader reads them and the data dictionary lists them. */
export const DATA_FILES = [LAWSUITS, RULINGS, JUDGES, QUOTES, EVENTS, STATES, PUBLISHERS, DISAGREEMENTS, PUBLISHED_TALLIES] as const;

export type AnyDataFile = (typeof DATA_FILES)[number];

/** The same registry with each entry seen as a plain DataFile, for code that reads any file alike. */
export const FILE_SPECS = DATA_FILES as unknown as readonly DataFile[];
export type DataFileKey = AnyDataFile['key'];

/** The validated records of every file, by the file's key. */
export type Dataset = { [F in AnyDataFile as F['key']]: RecordOf<F['columns']>[] };

for (const spec of DATA_FILES) {
  for (const reference of (spec as unknown as DataFile).references ?? []) {
    if (!DATA_FILES.some((f) => f.key === reference.file)) throw new Error(`${spec.file} refers to an unknown file "${reference.file}"`);
  }
}

/** A dataset with no rows in any file. */
export function emptyDataset(): Dataset {
  return Object.fromEntries(DATA_FILES.map((f) => [f.key, []])) as unknown as Dataset;
}
