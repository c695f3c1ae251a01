/** `npm run build`: validate the data, then build the site into dist/ (or OUT_DIR) atomically. */
import { validateAndBuild } from './lib/validate-and-build.ts';

await validateAndBuild();
