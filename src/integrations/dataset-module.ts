/**
 * The validated dataset as a module (`import dataset, { publications, lastChanged, rulingsAddedOn } from
 * 'virtual:lawsuits/dataset'`): read and checked once per build, or again in `astro dev`
 * whenever a data file or the publication record changes.
 *
 * Each file is registered as a watched file of the module, so Vite itself knows that an edit to
 * a CSV makes the module, and every page built from it, stale. Bad data never becomes a module:
 * loading throws the same `file:line` problems `npm run validate` prints.
 */
import path from 'node:path';

import type { Plugin } from 'vite';

import { DATA_FILES } from '../data/files.ts';
import { DataValidationError } from '../data/issues.ts';
import { dataDir, displayPath, loadDataset } from '../data/load.ts';
import { dataLastChanged, formatRecordProblem, readRecord, RECORD_FILE, rulingsAddedOn } from '../data/publication-record.ts';
import { buildDay } from '../site/build-info.ts';

const DATASET_MODULE = 'virtual:lawsuits/dataset';
const RESOLVED = `\0${DATASET_MODULE}`;

export function datasetModule(dir: () => string = () => dataDir()): Plugin {
  return {
    name: 'lawsuits-dataset',
    resolveId: (id) => (id === DATASET_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const folder = dir();
      // Optional files that are missing are watched too, so creating one counts as an edit.
      for (const file of [...DATA_FILES.map((f) => f.file), RECORD_FILE]) this.addWatchFile(path.join(folder, file));
      const result = loadDataset(folder);
      if (!result.ok) throw new DataValidationError(result.issues);
      const read = readRecord(folder);
      if (!read.ok) throw new Error(formatRecordProblem(read, displayPath(read.file)));
      const lastChanged = dataLastChanged(read.record, result.data, buildDay());
      return [
        `export default ${JSON.stringify(result.data)};`,
        `export const publications = ${JSON.stringify(read.record.publications)};`,
        `export const lastChanged = ${JSON.stringify(lastChanged)};`,
        `export const rulingsAddedOn = ${JSON.stringify(Object.fromEntries(rulingsAddedOn(read.record, result.data, lastChanged)))};`,
      ].join('\n');
    },
  };
}
