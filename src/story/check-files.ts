/**
 * Every story file checked against one dataset, for `npm run validate` and the build: the bad
 * props (always errors) and the stale facts (errors unless stale prose is allowed on purpose).
 */
import { readFileSync } from 'node:fs';

import { stateOrder } from '../charts/lawsuits-by-state.ts';
import type { Dataset } from '../data/files.ts';
import { displayPath } from '../data/load.ts';
import { checkStory, type StoryProblem } from './check.ts';
import type { StoryContext } from './props.ts';

export function storyContext(data: Dataset): StoryContext & { data: Dataset } {
  return { data, statesWithCases: stateOrder(data) };
}

export function checkStoryFiles(files: readonly string[], data: Dataset): StoryProblem[] {
  const context = storyContext(data);
  return files.flatMap((file) => checkStory(displayPath(file), readFileSync(file, 'utf8'), context));
}
