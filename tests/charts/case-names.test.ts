import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { generateLawsuits } from '../../scripts/lib/synthetic.ts';
import { shortCaseLines } from '../../src/charts/case-names.ts';
import { LINE_CHARACTERS } from '../../src/charts/time-axis.ts';
import { loadDataset } from '../../src/data/load.ts';

const loaded = loadDataset(path.resolve(import.meta.dirname, '../../data'));
if (!loaded.ok) throw new Error('data/ is invalid');

describe('short case names for chart rows', () => {
  test('name the campaign and the parties as a reporter would on second reference', () => {
    expect(shortCaseLines('Donald J. Trump for President, Inc. v. Philadelphia County Board of Elections')).toEqual([
      'Trump campaign v. Philadelphia',
      'County election board',
    ]);
    expect(shortCaseLines('Kelly v. Commonwealth of Pennsylvania')).toEqual(['Kelly v. Pennsylvania']);
    expect(shortCaseLines('In re Canvass of Absentee and Mail-in Ballots of November 3, 2020 General Election (Philadelphia)')).toEqual([
      'In re Canvass (Philadelphia)',
    ]);
    expect(shortCaseLines('Ziccarelli v. Allegheny County Board of Elections (In re 2,349 Ballots)')).toEqual([
      'Ziccarelli v. Allegheny County',
      'election board',
    ]);
  });

  test('cut a name that is still too long at a word, with an ellipsis', () => {
    const lines = shortCaseLines(
      'In re Enforcement of Election Laws and Securing Ballots Cast or Received After 7:00 P.M. on November 3, 2020',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/\w…$/);
    expect(
      shortCaseLines('Supercalifragilisticexpialidocious-and-so-on-without-any-space v. Someone Else Entirely Longer', 20),
    ).toHaveLength(2);
  });

  test.each([
    ['the real data', loaded.data.lawsuits.map((c) => c.case_name)],
    ['1,000 synthetic cases', generateLawsuits(loaded.data.states, { cases: 1000 }).lawsuits.map((c) => c.case_name)],
  ])('every name in %s fits in two lines of the narrowest chart', (_what, names) => {
    for (const name of names) {
      const lines = shortCaseLines(name);
      expect(lines.length, name).toBeLessThanOrEqual(2);
      for (const line of lines) expect(line.length, name).toBeLessThanOrEqual(LINE_CHARACTERS);
    }
  });
});
