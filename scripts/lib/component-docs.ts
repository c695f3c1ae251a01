/**
 * What a writer needs to know of each story component, beside its contract in props.ts: what
 * it does, what each prop means, and an example that passes the checks on the real data. The
 * writer's guide (docs/writing.md) is generated from these and the contracts, and a test runs
 * every example through the same check as `npm run validate`, so the guide cannot drift.
 */
import { CHARTS, STORY_CHARTS } from '../../src/charts/index.ts';
import { BENCH_GROUPS, BENCH_LABEL } from '../../src/data/bench.ts';
import { FACT_ASSERTIONS, type FactAssertion } from '../../src/story/facts.ts';

export interface ComponentDoc {
  /** What it shows, or what it checks. */
  what: string;
  /** The import line the MDX file needs. */
  file: string;
  /** What each prop means; every prop of the contract has an entry. */
  props: Record<string, string>;
  /** MDX that uses it, valid against the real data. */
  examples: readonly string[];
}

/** The props `<Count>` and `<Fact>` share: which cases they mean. */
const CASE_FILTERS: Record<string, string> = {
  asOf: 'Count as things stood at the end of this day (YYYY-MM-DD); without it, as they stand now.',
  status:
    'Only cases with this status on that day: a status such as "dismissed", "won" or "not confirmed" (no ruling on record and an ending we could not confirm), or a group: "open" (still before a court), "ended" (with a known outcome), "turned down" (a court had ruled against them at least once).',
  state: 'Only cases about this state (its code in states.csv, such as "PA").',
  states: 'Only cases about any of these states, codes separated by commas ("AZ,GA,MI").',
  plaintiff: 'Only cases brought by this kind of plaintiff (a value of plaintiff_type, such as "trump campaign").',
  claim: 'Only cases with this main claim (a value of claim, such as "certification").',
  ground:
    'Only suits turned down on this ground (a value of grounds, such as "no-standing"): one of the main grounds of the latest ruling against them whose reasons are known, as the grounds chart counts them.',
  changedResult:
    'Only suits that changed who carried a state: those won outright on a claim that asked to stop, undo or replace a certified result (certification, or fraud and machines).',
};

export const FACT_DOCS: Record<FactAssertion, string> = {
  count: 'How many cases match the filters, as digits: `<Fact status="won" count="2" />`.',
  cases: 'Exactly which cases match, as ids separated by commas, in any order.',
  lastFiled: 'The latest filing date among the matching cases (YYYY-MM-DD).',
  firstFiled: 'The earliest filing date among the matching cases (YYYY-MM-DD).',
  mostCases: 'The state or states with the most matching cases, codes separated by commas.',
  inStates: 'Every state with at least one matching case, codes separated by commas.',
  on: 'The date of the event named by `event` (an id in events.csv); the two go together.',
};

const pascal = (id: string) => id.replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase());

/** A chart component: its chart, where it is published, the options it takes. */
function chartDoc(chartId: string): ComponentDoc {
  const chart = CHARTS.find((c) => c.id === chartId)!;
  const name = pascal(chartId);
  const props: Record<string, string> = {
    embed: 'Show the "Embed this chart" code under the chart (off by default in the story).',
  };
  if (chart.supports.asOf)
    props.asOf = 'Draw it as things stood at the end of this day; only the published days are allowed (the checker lists them).';
  if (chart.supports.state)
    props.state = `Draw it for one state (a state with at least one case)${chart.supports.stateRequired ? '; required' : ''}.`;
  const example = chart.supports.stateRequired ? `<${name} state="PA" />` : `<${name} />`;
  return {
    what: `The chart "${chart.name}", with its text alternative, "Show the data" table, source line, embed code and downloads.`,
    file: `../components/charts/${name}.astro`,
    props,
    examples: [example],
  };
}

export const COMPONENT_DOCS: Record<string, ComponentDoc> = {
  Count: {
    what: 'A number of cases, computed from the data where the sentence stands, so the prose and the charts never disagree.',
    file: '../components/Count.astro',
    props: {
      ...CASE_FILTERS,
      places: 'Count the states (and D.C., and the Supreme Court) with such cases instead of the cases.',
      judges: 'Count the judges who joined a ruling against such cases instead of the cases, each judge once (dissents do not count).',
      bench: `With \`judges\`: only the judges who reached the bench this way, as the judges chart groups them: ${BENCH_GROUPS.map((g) => `"${g}" (${BENCH_LABEL[g].toLowerCase()})`).join(', ')}.`,
    },
    examples: [
      'Courts turned down <Count status="turned down" /> of the suits.',
      'The suits were filed in <Count places /> places.',
      '<Count judges bench="trump" /> of the judges who ruled against them were Trump appointees.',
    ],
  },
  Fact: {
    what: 'Shows nothing: it states a fact the prose around it relies on. Every validation and build compares it with the data, and when a data change makes it false, names the file, section and line to reread.',
    file: '../components/Fact.astro',
    props: {
      ...CASE_FILTERS,
      ...Object.fromEntries(FACT_ASSERTIONS.map((a) => [a, FACT_DOCS[a]])),
      event: 'The id of the event (events.csv) whose date `on` states.',
    },
    examples: ['<Fact status="won" count="2" />', '<Fact event="krebs-fired" on="2020-11-17" />', '<Fact mostCases="PA" />'],
  },
  Quote: {
    what: "A quotation with who said it and where. For a judge's words, name the ruling: the words, the judge, how they came to the bench and the source come from quotes.csv, so no quotation is typed twice. Other words are typed between the tags with their speaker and source.",
    file: '../components/Quote.astro',
    props: {
      ruling: 'A ruling quoted in quotes.csv, as "case-id/YYYY-MM-DD".',
      judge: "Which judge's words, when quotes.csv has several for the ruling (a dissent): a judge id.",
      speaker: 'Who said the words typed between the tags (without ruling).',
      context: 'Where and when they said it, such as "on Twitter, 17 November 2020".',
      source: 'The address where the words can be read; it meets the sourcing standard like any link.',
      sourceName: 'The publisher of that address, as readers know it.',
    },
    examples: [
      '<Quote ruling="pa-trump-v-boockvar-mdpa/2020-11-21" />',
      '<Quote speaker="Chris Krebs" context="on Twitter, 17 November 2020" source="https://abc7.com/politics/trump-fires-cybersecurity-chief-for-saying-election-was-secure/8051157/" sourceName="ABC7">\n  Honored to serve.\n</Quote>',
    ],
  },
  ScrollSequence: {
    what: 'The headline chart stepped through dates as the reader scrolls (or presses Next), one `<Step>` per date; without JavaScript the steps read as a list of charts.',
    file: '../components/ScrollSequence.astro',
    props: {
      label: 'What the sequence shows, for screen readers and the step links.',
      steps:
        'The steps as `{[{ asOf: "YYYY-MM-DD", name: "…" }, …]}`, in order; each asOf a published day, each name its step\'s title (the links read "3 Nov · Election Day").',
    },
    examples: [
      '<ScrollSequence label="How the count grew" steps={[{ asOf: "2020-11-03", name: "Election Day" }, { asOf: "2020-11-18", name: "After the firing" }]}>\n  <Step asOf="2020-11-03" title="Election Day">The first suits are filed.</Step>\n  <Step asOf="2020-11-18" since="2020-11-03" title="After the firing">Most suits had been turned down.</Step>\n</ScrollSequence>',
    ],
  },
  Step: {
    what: 'One step of a `<ScrollSequence>`: its text, shown beside the chart of its date.',
    file: '../components/Step.astro',
    props: {
      asOf: 'The day the chart shows at this step (one of the sequence steps); required.',
      title: 'The step heading, after its date ("18 Nov · …"), the same as its name in the sequence steps.',
      since: 'The day of the step before, so the step says what changed since then ("Since 7 Nov: 16 more filed, …").',
      chart: 'Which chart the step draws, when not the headline chart (a chart that can be shown as of a date).',
    },
    examples: [
      '<Step asOf="2020-11-18" since="2020-11-07" title="The week Krebs was fired">By now most suits had been turned down at least once.</Step>',
    ],
  },
  Definitions: {
    what: 'The words of one of the fixed lists of the data with what each means, from the schema: why courts turned suits down ("grounds"), or how judges came to the bench ("selections").',
    file: '../components/Definitions.astro',
    props: { list: '"grounds" or "selections".' },
    examples: ['<Definitions list="grounds" />'],
  },
  Totals: {
    what: 'The table of totals by outcome, as on the methodology page.',
    file: '../components/Totals.astro',
    props: {},
    examples: ['<Totals />'],
  },
  ValidatorRules: {
    what: "The rules only the project's validator checks, listed from the data registry (for pages written for the desk).",
    file: '../components/ValidatorRules.astro',
    props: {},
    examples: ['<ValidatorRules />'],
  },
  ...Object.fromEntries(STORY_CHARTS.map((chart) => [pascal(chart.id), chartDoc(chart.id)])),
};
