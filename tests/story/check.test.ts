import { describe, expect, test } from 'vitest';

import { checkStory, formatStoryProblem } from '../../src/story/check.ts';
import { storyContext } from '../../src/story/check-files.ts';
import { chartData } from '../helpers/chart-fixture.ts';

const context = storyContext(chartData());
const messages = (source: string) => checkStory('src/pages/story.mdx', source, context).map(formatStoryProblem);

describe('a story checked against the data', () => {
  test('a clean story has no problems', () => {
    expect(messages('## Wins\n\n<Fact status="won" count="1" />\n\nThe <Count status="won" /> win.\n')).toEqual([]);
  });

  test('a bad prop is reported at its file, line and column', () => {
    expect(messages('# T\n\nThey brought <Count plaintiff="trump campaing" /> suits.\n')).toEqual([
      'src/pages/story.mdx:3:14: <Count> plaintiff "trump campaing": is not an allowed value (expected one of "trump campaign", "republican party", "electors", "members of congress", "other candidates", "state legislators", "state attorney general", "voters and groups"); did you mean "trump campaign"?',
    ]);
  });

  test('a stale fact names the section to reread, the stated and the actual value', () => {
    const problems = checkStory('src/pages/story.mdx', '## The one win\n\n<Fact status="won" count="2" />\n', context);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.kind).toBe('stale');
    expect(formatStoryProblem(problems[0]!)).toBe(
      'src/pages/story.mdx:3:1: section "The one win": <Fact count> states "2", but the data now gives "1"; reread the prose of this section, then update the fact to match',
    );
  });

  test('a stated case id the data lacks is stale, with the nearest id', () => {
    const [problem] = checkStory('s.mdx', '<Fact status="won" cases="pa-trump-v-boockvar-id-cur" />\n', context);
    expect(problem?.kind).toBe('stale');
    expect(problem?.message).toMatch(
      /the opening: .*\(no case has the id "pa-trump-v-boockvar-id-cur"; did you mean "pa-trump-v-boockvar-id-cure"\?\)$/,
    );
  });

  test('a well-formed state this data folder lacks makes the prose stale; a malformed one is a bad prop', () => {
    expect(checkStory('s.mdx', '<Count state="ZZ" />\n', context).map((p) => p.kind)).toEqual(['stale']);
    expect(checkStory('s.mdx', '<Count state="pa" />\n', context).map((p) => p.kind)).toEqual(['prop']);
  });

  test('an expression that cannot be read is a problem, not a silent pass', () => {
    expect(messages('<Count asOf={someDate} />\n')).toEqual([
      's.mdx:1:1: <Count> asOf={someDate}: is an expression that cannot be checked (write it as a plain value)'.replace(
        's.mdx',
        'src/pages/story.mdx',
      ),
    ]);
  });

  test('components that are not story components are left alone', () => {
    expect(messages('<aside class="note">An aside.</aside>\n<Unknown foo="bar" />\n')).toEqual([]);
  });
});
