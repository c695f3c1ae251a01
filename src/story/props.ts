/**
 * What each story component accepts, checked before a page is built: a typo in a prop must stop
 * the build, not publish a wrong number. The allowed values come from the data contract (the
 * schema's columns, the statuses derived from it, the chart registry) and from the data itself
 * (the states listed, the cases there are), never from a second list.
 */
import type { z } from 'zod';

import { CHARTS, STORY_CHARTS } from '../charts/index.ts';
import { BENCH_GROUPS } from '../data/bench.ts';
import { columnMeta, isoDate } from '../data/columns.ts';
import type { Dataset } from '../data/files.ts';
import { ELECTION_DAY, STORY_END } from '../data/period.ts';
import { GROUNDS, lawsuitColumns } from '../data/schema.ts';
import { STATUS_ORDER } from '../data/status.ts';
import { suggest } from '../data/suggest.ts';
import { AS_OF_DATES } from '../site/chart-versions.ts';
import { STATUS_GROUPS } from '../site/count.ts';
import { FACT_ASSERTIONS } from './facts.ts';

/** What the checks need of the data: the states listed, those with cases, the case ids. */
export interface StoryContext {
  data: Pick<Dataset, 'states' | 'lawsuits' | 'rulings' | 'events' | 'quotes'>;
  statesWithCases: readonly string[];
}

/** One problem with one prop, worded like a data problem: what is wrong, what is expected. */
export interface PropProblem {
  prop: string;
  value?: string;
  message: string;
  /** The value is well formed but this data folder lacks it (a state with no row): stale, not malformed. */
  missingFromData?: boolean;
}

/**
 * A prop's problem: a message for a malformed value, or `{ missing }` for a well-formed value
 * this data folder does not have (a state with no row), which makes the prose stale, not wrong.
 */
type Verdict = string | { missing: string } | undefined;
type Check = (value: unknown, context: StoryContext) => Verdict;
const messageOf = (verdict: Exclude<Verdict, undefined>) => (typeof verdict === 'string' ? verdict : verdict.missing);

interface PropRule {
  check: Check;
  required?: boolean;
  /** The values a typo is matched against for "did you mean". */
  values?: (context: StoryContext) => readonly string[];
}

type Contract = Record<string, PropRule>;

const describe = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

const text: PropRule = { check: (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : 'is not text (expected some words)') };
const flag: PropRule = {
  check: (v) => (typeof v === 'boolean' ? undefined : 'is not true or false (expected the bare prop, or {true} or {false})'),
};

function fromSchema(schema: z.ZodType, values?: PropRule['values']): PropRule {
  const meta = columnMeta(schema);
  return {
    check: (v) => {
      const result = schema.safeParse(v);
      return result.success ? undefined : `${result.error.issues[0]?.message ?? 'is not valid'} (expected ${meta.expected})`;
    },
    ...(values ? { values } : meta.values ? { values: () => meta.values! } : {}),
  };
}

function listed(what: string, values: (context: StoryContext) => readonly string[], fromData = false): PropRule {
  return {
    check: (v, context) => {
      const allowed = values(context);
      if (typeof v === 'string' && allowed.includes(v)) return undefined;
      const shown = allowed.length <= 20 ? `one of ${allowed.join(', ')}` : `${what}`;
      const message = `is not ${what} (expected ${shown})`;
      return fromData ? { missing: message } : message;
    },
    values,
  };
}

/** Any day of the story: an as-of date for a count. */
const storyDate = fromSchema(isoDate({ description: 'A day of the story.', example: '2020-11-18', from: ELECTION_DAY, to: STORY_END }));
/** A day an as-of chart is published for. */
const chartDate: PropRule = {
  check: (v) => {
    const problem = storyDate.check(v, undefined as never);
    if (problem) return problem;
    return AS_OF_DATES.includes(v as string)
      ? undefined
      : `is not a day the charts are published for (expected a date from ${AS_OF_DATES[0]} to ${AS_OF_DATES.at(-1)})`;
  },
};
const stateCode = fromSchema(lawsuitColumns.state);
const stateListed = inData(
  stateCode,
  listed('a state code listed in states.csv', (c) => c.data.states.map((s) => s.code), true),
);
const stateWithCases = inData(
  stateCode,
  listed('a state with at least one case', (c) => c.statesWithCases, true),
);
const caseStatus = listed('a status a case can have', () => [...STATUS_ORDER, ...STATUS_GROUPS]);
const plaintiff = fromSchema(lawsuitColumns.plaintiff_type);
const claim = fromSchema(lawsuitColumns.claim);

/** A value that must be well formed (checked first), then present in the data folder. */
function inData(format: PropRule, listing: PropRule): PropRule {
  return { ...listing, check: (v, context) => format.check(v, context) ?? listing.check(v, context) };
}

function commaList(item: PropRule): PropRule {
  return {
    check: (v, context) => {
      if (typeof v !== 'string') return 'is not a comma-separated list (expected values separated by commas)';
      for (const part of v.split(',').map((s) => s.trim())) {
        const verdict = item.check(part, context);
        if (verdict === undefined) continue;
        const message = `has "${part}", which ${messageOf(verdict)}`;
        return typeof verdict === 'string' ? message : { missing: message };
      }
      return undefined;
    },
  };
}

const steps: PropRule = {
  check: (v, context) => {
    if (!Array.isArray(v) || v.length === 0) return 'is not a list of steps (expected [{ asOf: "YYYY-MM-DD", name: "…" }, …])';
    for (const [i, step] of v.entries()) {
      if (typeof step !== 'object' || step === null) return `step ${i + 1} is not { asOf, name }`;
      const { asOf, name } = step as Record<string, unknown>;
      const problem = chartDate.check(asOf, context);
      if (problem) return `step ${i + 1} has asOf ${describe(asOf)}, which ${messageOf(problem)}`;
      if (text.check(name, context)) return `step ${i + 1} has no name (expected a short name for the step link)`;
    }
    return undefined;
  },
};

/** The props every count of cases takes (`<Count>` and `<Fact>` filter cases the same way). */
const CASE_FILTERS: Contract = {
  asOf: storyDate,
  status: caseStatus,
  state: stateListed,
  states: commaList(stateListed),
  plaintiff,
  claim,
  ground: listed('a ground listed in the schema', () => GROUNDS),
  changedResult: flag,
};

const kebab = (name: string) => name.replace(/[a-z0-9][A-Z]/g, (pair) => `${pair[0]}-${pair[1]}`).toLowerCase();
const pascal = (id: string) => id.replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase());

/** A chart component takes the options its chart is published with (see the chart's `supports`). */
function chartContract(chartId: string): Contract {
  const chart = CHARTS.find((c) => c.id === chartId)!;
  const contract: Contract = { embed: flag };
  if (chart.supports.asOf) contract.asOf = chartDate;
  if (chart.supports.state) contract.state = { ...stateWithCases, required: chart.supports.stateRequired ?? false };
  return contract;
}

const chartWithDates = listed('a chart that can be shown as of a date', () => CHARTS.filter((c) => c.supports.asOf).map((c) => c.id));

// What a fact states is compared with the data, not checked against it here: a case id or state
// the data lacks makes the fact stale (reported with the data), not the prop malformed.
const slugFormat = fromSchema(lawsuitColumns.id);
const codeFormat = stateCode;

/** A ruling with a quotation in quotes.csv, named as "case-id/YYYY-MM-DD". */
const quotedRuling = listed(
  'a ruling quoted in quotes.csv (case-id/YYYY-MM-DD)',
  (c) => [...new Set(c.data.quotes.map((q) => q.ruling))],
  true,
);

/** Every component a writer may use in MDX, by the name it is imported as. */
export const STORY_COMPONENTS: Record<string, Contract> = {
  Count: { ...CASE_FILTERS, places: flag, judges: flag, bench: listed('a group of who put judges on the bench', () => BENCH_GROUPS) },
  Fact: {
    ...CASE_FILTERS,
    count: { check: (v) => (/^\d+$/.test(String(v)) ? undefined : 'is not a whole number (expected digits, such as "2")') },
    cases: commaList(slugFormat),
    lastFiled: storyDate,
    firstFiled: storyDate,
    mostCases: commaList(codeFormat),
    inStates: commaList(codeFormat),
    event: slugFormat,
    on: storyDate,
  },
  Quote: {
    ruling: quotedRuling,
    judge: slugFormat,
    speaker: text,
    context: text,
    source: fromSchema(lawsuitColumns.source_url),
    sourceName: text,
  },
  ScrollSequence: { label: { ...text, required: true }, steps: { ...steps, required: true } },
  Step: { asOf: { ...chartDate, required: true }, title: { ...text, required: true }, since: chartDate, chart: chartWithDates },
  Totals: {},
  Definitions: { list: { ...listed('a list the methodology defines', () => ['grounds', 'selections']), required: true } },
  ValidatorRules: {},
  ...Object.fromEntries(STORY_CHARTS.map((chart) => [pascal(chart.id), chartContract(chart.id)])),
};

/** The chart a chart component draws: `<LawsuitsByState>` draws `lawsuits-by-state`. */
export const chartIdOf = (component: string) => kebab(component);

/** Every problem with the props of one element of a known component; [] when they are fine. */
export function checkProps(component: string, props: ReadonlyMap<string, unknown>, context: StoryContext): PropProblem[] {
  const contract = STORY_COMPONENTS[component];
  if (!contract) return [];
  const problems: PropProblem[] = [];
  const names = Object.keys(contract);
  for (const [prop, value] of props) {
    const rule = contract[prop];
    if (!rule) {
      const guess = suggest(prop, names);
      const expected = names.length > 0 ? `one of ${names.join(', ')}` : 'no props';
      problems.push({
        prop,
        message: `is not a prop of <${component}> (expected ${expected})${guess ? `; did you mean "${guess}"?` : ''}`,
      });
      continue;
    }
    const verdict = rule.check(value, context);
    if (verdict === undefined) continue;
    const guess = typeof value === 'string' && rule.values ? suggest(value, rule.values(context)) : undefined;
    problems.push({
      prop,
      value: describe(value),
      message: `${messageOf(verdict)}${guess ? `; did you mean "${guess}"?` : ''}`,
      ...(typeof verdict === 'string' ? {} : { missingFromData: true }),
    });
  }
  for (const [prop, rule] of Object.entries(contract)) {
    if (rule.required && !props.has(prop)) problems.push({ prop, message: `is missing (<${component}> needs it)` });
  }
  if (component === 'Quote') {
    // Either the judges' words from the data (ruling, and judge when a ruling has several
    // quotations), or words typed here with who said them and where.
    const typed = ['speaker', 'source', 'sourceName'];
    if (props.has('ruling')) {
      for (const prop of [...typed, 'context'].filter((p) => props.has(p)))
        problems.push({ prop, message: 'is not needed with ruling: the quotation, its judge and its source come from quotes.csv' });
      const judge = props.get('judge');
      const ruling = props.get('ruling');
      if (typeof judge === 'string' && !context.data.quotes.some((q) => q.ruling === ruling && q.speaker === judge))
        problems.push({
          prop: 'judge',
          value: judge,
          message: `has no quotation of ${String(ruling)} in quotes.csv`,
          missingFromData: true,
        });
    } else {
      if (props.has('judge')) problems.push({ prop: 'judge', message: 'goes with ruling (a quotation from quotes.csv)' });
      for (const prop of typed.filter((p) => !props.has(p)))
        problems.push({ prop, message: 'is missing (<Quote> needs ruling, or speaker, source and sourceName)' });
    }
  }
  if (component === 'Count') {
    // A count is of cases, of places or of judges, never two at once.
    if (props.get('places') === true && props.get('judges') === true)
      problems.push({ prop: 'judges', message: 'cannot go with places: a <Count> counts cases, places or judges' });
    if (props.has('bench') && props.get('judges') !== true)
      problems.push({ prop: 'bench', message: 'goes with judges (<Count judges bench="…" />)' });
  }
  if (component === 'Fact') {
    const stated = FACT_ASSERTIONS.filter((a) => props.has(a));
    if (props.has('on') !== props.has('event')) {
      problems.push({ prop: props.has('on') ? 'event' : 'on', message: 'is missing: a <Fact> about an event gives both event and on' });
    }
    if (stated.length !== 1) {
      problems.push({
        prop: stated[1] ?? 'count',
        message: `${stated.length === 0 ? 'is missing' : 'is one fact too many'}: a <Fact> states exactly one of ${FACT_ASSERTIONS.join(', ')}`,
      });
    }
  }
  return problems;
}

/** "plaintiff "trump campaing": is not an allowed value (expected …); did you mean …" */
export function formatPropProblem(component: string, problem: PropProblem): string {
  const value = problem.value === undefined ? '' : ` ${JSON.stringify(problem.value)}`;
  return `<${component}> ${problem.prop}${value}: ${problem.message}`;
}
