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
    expect(checkStory('s.mdx', '<Count state="pa" />\n', context).map((p) => p.kind)).toEqual(['error']);
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

  test.each([
    ['raw HTML with an unquoted attribute', 'Intro.\n\n<img src=x onerror=alert(1)>\n', 3, 1],
    ['a tag never closed', '## A\n\nText <b>bold text.\n\nMore.\n', 3, 6],
    ['a lone brace in prose', 'Fine.\n\nThe set {a, b\n', 3, 9],
    ['a component never closed', '<Quote speaker="x" source="https://www.ajc.com/a">\nWords\n', 1, 1],
  ])('MDX that cannot be read (%s) is one error at its line and column, with what to do', (_, source, line, column) => {
    const problems = checkStory('src/pages/story.mdx', source, context);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'error', line, column });
    const message = formatStoryProblem(problems[0]!);
    expect(message).toMatch(
      new RegExp(`^src/pages/story\\.mdx:${line}:${column}: .+; in MDX "<" starts a component .*the page was not built$`),
    );
    expect(message).not.toMatch(/\n\s+at /);
  });

  test('event handlers and elements that load or run things are refused wherever they stand', () => {
    expect(messages('## A\n\n<img src="x.png" alt="" onError="alert(1)" />\n\n<script>{"alert(1)"}</script>\n')).toEqual([
      "src/pages/story.mdx:3:1: <img> onError: is an event handler, which runs script the page's content security policy blocks; remove it (the story needs no script of its own)",
      "src/pages/story.mdx:5:1: <script> cannot stand in the story: the page's content security policy blocks what it would load or run, so use a story component instead (see docs/writing.md)",
    ]);
  });

  test('a component imported under another name is checked against its own contract', () => {
    const source = 'import Outcomes from \'../components/charts/OutcomeShares.astro\';\n\n## GA\n\n<Outcomes state="GQ" />\n';
    expect(messages(source)).toEqual([
      expect.stringMatching(
        /^src\/pages\/story\.mdx:5:1: <Outcomes> \(OutcomeShares\) state "GQ": is not a state with at least one case .*did you mean "GA"\?$/,
      ),
    ]);
  });
});
