/**
 * The validated dataset every page and chart reads. Importing this module loads data/ (or
 * DATA_DIR) once per build; invalid data throws here, so no page can render from it.
 */
import { DataValidationError } from './issues.ts';
import { dataDir, type Dataset, loadDataset } from './load.ts';

function load(): Dataset {
  const result = loadDataset(dataDir());
  if (!result.ok) throw new DataValidationError(result.issues);
  return result.data;
}

export const data: Dataset = load();
