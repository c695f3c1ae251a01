/**
 * The validated dataset as a module (`import dataset from 'virtual:lawsuits/dataset'`): read
 * and checked once per build, or again in `astro dev` whenever a data file changes.
 *
 * Each data file is registered as a watched file of the module, so Vite itself knows that an
 * edit to a CSV makes the module, and every page built from it, stale. Bad data never becomes
 * a module: loading throws the same `file:line` problems `npm run validate` prints.
 */
import path from 'node:path';

import type { Plugin } from 'vite';

import { DATA_FILES } from '../data/files.ts';
import { DataValidationError } from '../data/issues.ts';
import { dataDir, loadDataset } from '../data/load.ts';

export const DATASET_MODULE = 'virtual:lawsuits/dataset';
const RESOLVED = `\0${DATASET_MODULE}`;

export function datasetModule(dir: () => string = () => dataDir()): Plugin {
  return {
    name: 'lawsuits-dataset',
    resolveId: (id) => (id === DATASET_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const folder = dir();
      // Optional files that are missing are watched too, so creating one counts as an edit.
      for (const file of DATA_FILES) this.addWatchFile(path.join(folder, file.file));
      const result = loadDataset(folder);
      if (!result.ok) throw new DataValidationError(result.issues);
      return `export default ${JSON.stringify(result.data)};`;
    },
  };
}
