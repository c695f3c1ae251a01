/** The writer's guide: generated from the contracts, and every example in it valid on the real data. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { COMPONENT_DOCS } from '../../scripts/lib/component-docs.ts';
import { GENERATED_SECTIONS, sectionText } from '../../scripts/lib/generated-docs.ts';
import { loadDataset } from '../../src/data/load.ts';
import { checkStory, formatStoryProblem } from '../../src/story/check.ts';
import { storyContext } from '../../src/story/check-files.ts';
import { STORY_COMPONENTS } from '../../src/story/props.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const loaded = loadDataset(path.join(ROOT, 'data'));
if (!loaded.ok) throw new Error('data/ is invalid');
const context = storyContext(loaded.data);

describe("the writer's guide", () => {
  test('docs/writing.md holds the part generated from the current contracts (run npm run docs:data if this fails)', () => {
    const section = GENERATED_SECTIONS.find((s) => s.file === 'docs/writing.md')!;
    const guide = readFileSync(path.join(ROOT, section.file), 'utf8');
    expect(guide.slice(guide.indexOf(section.start), guide.indexOf(section.end) + section.end.length)).toBe(sectionText(section));
  });

  test('documents every component the checker knows, and every prop of each', () => {
    expect(Object.keys(COMPONENT_DOCS).sort()).toEqual(Object.keys(STORY_COMPONENTS).sort());
    for (const [name, contract] of Object.entries(STORY_COMPONENTS)) {
      expect(Object.keys(COMPONENT_DOCS[name]!.props).sort(), name).toEqual(Object.keys(contract).sort());
    }
  });

  test.each(Object.entries(COMPONENT_DOCS))('every example of <%s> passes the checks on the real data', (name, doc) => {
    for (const example of doc.examples) {
      const source = `import ${name} from '${doc.file}';\n\n## Example\n\n${example}\n`;
      expect(checkStory('docs/writing.md', source, context).map(formatStoryProblem), example).toEqual([]);
    }
  });
});
