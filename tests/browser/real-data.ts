/** The real data the site under test was built from, validated, for tests that compare pages with it. */
import path from 'node:path';

import { loadDataset } from '../../src/data/load.ts';
import { ROOT } from '../helpers/run.ts';

const loaded = loadDataset(path.join(ROOT, 'data'));
if (!loaded.ok) throw new Error('data/ does not validate, so the built site cannot be compared with it');
export const realData = loaded.data;
