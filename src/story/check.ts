/**
 * One story file against the contract and the data: every story component's props, and every
 * stated fact. Problems carry the file, line and column, like data problems, so a writer's typo
 * and a data desk's stale sentence are reported the way a bad cell is.
 */
import type { Dataset } from '../data/files.ts';
import { suggest } from '../data/suggest.ts';
import { countQuery } from '../site/count.ts';
import { storyParts } from './elements.ts';
import { checkFact, FACT_ASSERTIONS, type FactAssertion } from './facts.ts';
import { linkProblem } from './links.ts';
import { checkProps, formatPropProblem, STORY_COMPONENTS, type StoryContext } from './props.ts';

export interface StoryProblem {
  file: string;
  line: number;
  column: number;
  /**
   * `prop`: a malformed prop, always an error. `stale`: a stated fact the data no longer supports,
   * or a prop naming something this data folder lacks; an error unless stale prose is allowed.
   */
  kind: 'prop' | 'stale';
  message: string;
}

export function checkStory(
  file: string,
  source: string,
  context: StoryContext & { data: Pick<Dataset, 'lawsuits' | 'rulings' | 'events' | 'publishers'> },
): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const { elements, links } = storyParts(source);
  // A quotation's source is cited like a link, so it meets the same standard.
  const quoteSources = elements.flatMap((e) => {
    const source = e.props.get('source');
    return source?.kind === 'value' && typeof source.value === 'string' ? [{ url: source.value, position: e.position }] : [];
  });
  for (const link of [...links, ...quoteSources].sort(
    (a, b) => a.position.line - b.position.line || a.position.column - b.position.column,
  )) {
    const problem = linkProblem(link.url, context);
    if (problem) problems.push({ file, ...link.position, ...problem });
  }
  for (const element of elements) {
    if (!(element.name in STORY_COMPONENTS)) continue;
    const at = { file, line: element.position.line, column: element.position.column };
    const props = new Map<string, unknown>();
    for (const [name, prop] of element.props) {
      if (prop.kind === 'value') props.set(name, prop.value);
      else
        problems.push({
          ...at,
          kind: 'prop',
          message: `<${element.name}> ${name}={${prop.source}}: is an expression that cannot be checked (write it as a plain value)`,
        });
    }
    const propProblems = checkProps(element.name, props, context);
    for (const problem of propProblems) {
      problems.push({ ...at, kind: problem.missingFromData ? 'stale' : 'prop', message: formatPropProblem(element.name, problem) });
    }
    if (element.name !== 'Fact' || propProblems.length > 0) continue;

    const assertion = FACT_ASSERTIONS.find((a) => props.has(a)) as FactAssertion;
    const event = typeof props.get('event') === 'string' ? (props.get('event') as string) : undefined;
    const stale = checkFact(context.data, assertion, String(props.get(assertion)), countQuery(Object.fromEntries(props)), event);
    if (!stale) continue;
    const where = element.section ? `section "${element.section}"` : 'the opening';
    const unknown = unknownIds(context.data, assertion, stale.stated);
    problems.push({
      ...at,
      kind: 'stale',
      message:
        `${where}: <Fact ${assertion}> states ${JSON.stringify(stale.stated)}, but the data now gives ${JSON.stringify(stale.actual)}; ` +
        `reread the prose of this ${element.section ? 'section' : 'part'}, then update the fact to match${unknown}`,
    });
  }
  return problems;
}

/** " (no case has the id x; did you mean y?)" for a stated id the data does not have. */
function unknownIds(data: Pick<Dataset, 'lawsuits' | 'rulings' | 'events'>, assertion: FactAssertion, stated: string): string {
  const known = assertion === 'cases' ? data.lawsuits.map((c) => c.id) : [];
  const missing = stated.split(', ').find((id) => known.length > 0 && !known.includes(id));
  if (missing === undefined) return '';
  const guess = suggest(missing, known);
  return ` (no case has the id "${missing}"${guess ? `; did you mean "${guess}"?` : ''})`;
}

export function formatStoryProblem(problem: StoryProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}
