/** The data files of a folder that are not in canonical form, for `validate`'s notices and `data:format`. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { DATA_FILES } from '../../src/data/files.ts';
import { displayPath } from '../../src/data/load.ts';
import { canonicalDifferences, type CanonicalNotice } from './canonical-csv.ts';

export function canonicalNotices(dir: string): CanonicalNotice[] {
  return DATA_FILES.flatMap(({ file }) => {
    const full = path.join(dir, file);
    if (!existsSync(full)) return [];
    const differences = canonicalDifferences(readFileSync(full, 'utf8'));
    return differences.length > 0 ? [{ file: displayPath(full), differences }] : [];
  });
}
