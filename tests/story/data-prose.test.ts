/** Our own numbers in the data files' prose: computed from {count …} tokens, never typed. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { publishedTallyColumns } from '../../src/data/schema.ts';
import { countCases } from '../../src/site/count.ts';
import { formatStoryProblem } from '../../src/story/check.ts';
import { storyContext } from '../../src/story/check-files.ts';
import { checkDataProse, renderDataProse } from '../../src/story/data-prose.ts';
import { chartData } from '../helpers/chart-fixture.ts';

const data = chartData();
const context = storyContext(data);

/** A data folder whose published-tallies.csv holds one row with these texts. */
function folderWith(counts: string, differs: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lawsuits-prose-'));
  const header = Object.keys(publishedTallyColumns).join(',');
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
  writeFileSync(
    path.join(dir, 'published-tallies.csv'),
    `${header}\nx-1,X,10,2021-01-06,${quote(counts)},${quote(differs)},https://www.usatoday.com/a\n`,
  );
  return dir;
}

const problems = (counts: string, differs: string) => {
  const dir = folderWith(counts, differs);
  return checkDataProse(dir, context).map((p) => formatStoryProblem({ ...p, file: p.file.replace(dir, 'data') }));
};

describe('count tokens in data prose', () => {
  test('render as the numbers the data gives, with the props of <Count>', () => {
    const text = 'Our total is {count}; by 23 Nov {count asOf=2020-11-23} were on file, {count asOf=2020-11-23 status=ended} ended.';
    expect(renderDataProse(text, data)).toBe(
      `Our total is ${data.lawsuits.length}; by 23 Nov ${countCases(data, { asOf: '2020-11-23' })} were on file, ${countCases(data, { asOf: '2020-11-23', status: 'ended' })} ended.`,
    );
    expect(renderDataProse('{count plaintiff=trump campaign states=GA,MI}', data)).toBe(
      String(countCases(data, { plaintiff: 'trump campaign', states: ['GA', 'MI'] })),
    );
  });

  test('well-formed tokens and other figures pass', () => {
    expect(problems('USA Today counted 62 suits.', 'Our total is {count}; {count asOf=2020-11-03} were filed on Election Day.')).toEqual(
      [],
    );
  });

  test('a bad prop is reported at its file, line and column, with the nearest value', () => {
    expect(problems('Fine.', 'Our total is {count plaintif=trump campaign}.')).toEqual([
      expect.stringMatching(
        /^data\/published-tallies\.csv:2:\d+: \{count\} plaintif: is not a prop of <Count> .*did you mean "plaintiff"\?$/,
      ),
    ]);
    expect(problems('Fine.', 'By then {count asOf=2020-11-31} were filed.')[0]).toMatch(/asOf "2020-11-31": is not a date on the calendar/);
  });

  test('a typed count of our own data, or a malformed token, is refused', () => {
    expect(problems('By 9 Dec 49 suits were on file in our data.', 'Our total is 54, {counts}.')).toEqual([
      expect.stringMatching(/^data\/published-tallies\.csv:2:\d+: "49 suits were on file in our data" types one of our own numbers/),
      expect.stringMatching(/^data\/published-tallies\.csv:2:\d+: \{counts\}: is not a count token/),
      expect.stringMatching(/^data\/published-tallies\.csv:2:\d+: "Our total is 54" types one of our own numbers/),
    ]);
  });
});
