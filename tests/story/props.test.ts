import { describe, expect, test } from 'vitest';

import { chartIdOf, checkProps, formatPropProblem, STORY_COMPONENTS, type StoryContext } from '../../src/story/props.ts';
import { chartData } from '../helpers/chart-fixture.ts';

const data = chartData();
const context: StoryContext = { data, statesWithCases: ['PA', 'MI', 'GA'] };
const problems = (component: string, props: Record<string, unknown>) =>
  checkProps(component, new Map(Object.entries(props)), context).map((p) => formatPropProblem(component, p));

describe('story component props', () => {
  test('good props pass', () => {
    expect(problems('Count', { plaintiff: 'trump campaign', asOf: '2020-11-18', status: 'ended', states: 'AZ, GA' })).toEqual([]);
    expect(problems('LawsuitsByState', { asOf: '2020-11-18', embed: false })).toEqual([]);
    expect(problems('StateCases', { state: 'PA' })).toEqual([]);
    expect(problems('ScrollSequence', { label: 'x', steps: [{ asOf: '2020-11-03', name: 'Election Day' }] })).toEqual([]);
  });

  test('a typo in a value from the contract names the nearest valid value', () => {
    expect(problems('Count', { plaintiff: 'trump campaing' })).toEqual([
      '<Count> plaintiff "trump campaing": is not an allowed value (expected one of "trump campaign", "republican party", "electors", "members of congress", "other candidates", "state legislators", "state attorney general", "voters and groups"); did you mean "trump campaign"?',
    ]);
    expect(problems('Count', { claim: 'certifcation' })[0]).toMatch(/did you mean "certification"\?$/);
    expect(problems('Count', { status: 'dismised' })[0]).toMatch(
      /^<Count> status "dismised": is not a status a case can have .*; did you mean "dismissed"\?$/,
    );
  });

  test('an impossible or out-of-period date is refused', () => {
    expect(problems('Count', { asOf: '2020-13-03' })).toEqual([
      '<Count> asOf "2020-13-03": is not a date on the calendar (expected a date as YYYY-MM-DD, from 2020-11-03 to 2021-12-31)',
    ]);
    expect(problems('Count', { asOf: '2019-11-03' })[0]).toMatch(/is outside the period this file covers/);
    // A chart is published for the days of its timeline only.
    expect(problems('Step', { asOf: '2021-06-01', title: 'Late' })[0]).toMatch(/is not a day the charts are published for/);
  });

  test('unknown states, charts and props are refused', () => {
    expect(problems('Count', { state: 'ZZ' })[0]).toMatch(/^<Count> state "ZZ": is not a state code listed in states.csv/);
    expect(problems('StateCases', { state: 'AZ' })).toEqual([
      '<StateCases> state "AZ": is not a state with at least one case (expected one of PA, MI, GA)',
    ]);
    expect(problems('Step', { title: 'x', chart: 'lawsuit-by-state' })[0]).toMatch(
      /chart "lawsuit-by-state": .*did you mean "lawsuits-by-state"/,
    );
    // A chart that cannot be shown as of a date cannot be stepped through.
    expect(problems('Step', { title: 'x', chart: 'timeline' })[0]).toMatch(/is not a chart that can be shown as of a date/);
    expect(problems('Count', { plaintif: 'electors' })[0]).toMatch(
      /^<Count> plaintif: is not a prop of <Count> .*; did you mean "plaintiff"\?$/,
    );
  });

  test('a missing required prop is named', () => {
    expect(problems('Quote', { speaker: 'A judge', sourceName: 'opinion' })).toEqual([
      '<Quote> source: is missing (<Quote> needs ruling, or speaker, source and sourceName)',
    ]);
    expect(problems('StateCases', {})).toEqual(['<StateCases> state: is missing (<StateCases> needs it)']);
    expect(problems('ScrollSequence', { label: 'x', steps: [{ asOf: '2020-11-03' }] })[0]).toMatch(/step 1 has no name/);
  });

  test('a count is of cases, places or judges, and only judges are grouped by bench', () => {
    expect(problems('Count', { judges: true, bench: 'trump', state: 'PA', ground: 'too-late' })).toEqual([]);
    expect(problems('Count', { places: true, judges: true })).toEqual([
      '<Count> judges: cannot go with places: a <Count> counts cases, places or judges',
    ]);
    expect(problems('Count', { bench: 'trump' })).toEqual(['<Count> bench: goes with judges (<Count judges bench="…" />)']);
    expect(problems('Count', { judges: true, bench: 'Trump' })[0]).toMatch(
      /^<Count> bench "Trump": is not a group of who put judges on the bench/,
    );
    expect(problems('Count', { ground: 'no-standin' })[0]).toMatch(/did you mean "no-standing"\?$/);
  });

  test('a fact states exactly one thing', () => {
    expect(problems('Fact', { status: 'won' })[0]).toMatch(/is missing: a <Fact> states exactly one of count, cases/);
    expect(problems('Fact', { count: '2', cases: 'pa-kelly-v-pennsylvania' })[0]).toMatch(/is one fact too many/);
    expect(problems('Fact', { on: '2020-11-17' })[0]).toMatch(/event: is missing/);
  });

  test('every chart has a component named after it', () => {
    expect(chartIdOf('LawsuitsByState')).toBe('lawsuits-by-state');
    expect(Object.keys(STORY_COMPONENTS)).toEqual(
      expect.arrayContaining(['LawsuitsByState', 'Timeline', 'OutcomeShares', 'Plaintiffs', 'StateCases']),
    );
  });

  test('<Quote> takes a ruling quoted in the data, or words typed with who said them and where', () => {
    const quoted = data.quotes[0]!;
    expect(problems('Quote', { ruling: quoted.ruling })).toEqual([]);
    expect(problems('Quote', { ruling: quoted.ruling, judge: quoted.speaker })).toEqual([]);
    expect(problems('Quote', { speaker: 'CISA', source: 'https://www.voanews.com/a', sourceName: 'VOA' })).toEqual([]);
    const typo = `${quoted.ruling.slice(0, -1)}9`;
    expect(problems('Quote', { ruling: typo })[0]).toMatch(
      new RegExp(`^<Quote> ruling "${typo}": is not a ruling quoted in quotes.csv .*did you mean "${quoted.ruling}"\\?$`),
    );
    expect(problems('Quote', { ruling: quoted.ruling, speaker: 'Someone', source: 'https://www.voanews.com/a' })).toEqual([
      '<Quote> speaker: is not needed with ruling: the quotation, its judge and its source come from quotes.csv',
      '<Quote> source: is not needed with ruling: the quotation, its judge and its source come from quotes.csv',
    ]);
    expect(problems('Quote', { speaker: 'CISA' })).toEqual([
      '<Quote> source: is missing (<Quote> needs ruling, or speaker, source and sourceName)',
      '<Quote> sourceName: is missing (<Quote> needs ruling, or speaker, source and sourceName)',
    ]);
  });
});
