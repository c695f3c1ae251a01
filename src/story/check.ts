/**
 * One story file against the contract and the data: every story component's props, and every
 * stated fact. Problems carry the file, line and column, like data problems, so a writer's typo
 * and a data desk's stale sentence are reported the way a bad cell is.
 */
import type { Dataset } from '../data/files.ts';
import { suggest } from '../data/suggest.ts';
import { countQuery } from '../site/count.ts';
import { MdxSyntaxError, type StoryElement, storyParts } from './elements.ts';
import { checkFact, FACT_ASSERTIONS, type FactAssertion } from './facts.ts';
import { linkProblem } from './links.ts';
import { checkProps, formatPropProblem, STORY_COMPONENTS, type StoryContext } from './props.ts';

export interface StoryProblem {
  file: string;
  line: number;
  column: number;
  /**
   * `error`: MDX that cannot be read, markup the story may not hold, or a malformed prop: always
   * an error. `stale`: a stated fact the data no longer supports, or a prop naming something this
   * data folder lacks; an error unless stale prose is allowed.
   */
  kind: 'error' | 'stale';
  message: string;
}

export function checkStory(
  file: string,
  source: string,
  context: StoryContext & { data: Pick<Dataset, 'lawsuits' | 'rulings' | 'events' | 'publishers'> },
): StoryProblem[] {
  const problems: StoryProblem[] = [];
  let parts: ReturnType<typeof storyParts>;
  try {
    parts = storyParts(source);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    return [{ file, ...error.position, kind: 'error', message: `${error.reason}; ${SYNTAX_HELP}` }];
  }
  const { elements, links } = parts;
  problems.push(...markupProblems(file, elements));
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
          kind: 'error',
          message: `${tagOf(element)} ${name}={${prop.source}}: is an expression that cannot be checked (write it as a plain value)`,
        });
    }
    const propProblems = checkProps(element.name, props, context);
    for (const problem of propProblems) {
      problems.push({
        ...at,
        kind: problem.missingFromData ? 'stale' : 'error',
        message: formatPropProblem(element.name, problem).replace(`<${element.name}>`, tagOf(element)),
      });
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

/** `<Quote>`, or `<Words> (Quote)` for a component imported under another name. */
const tagOf = (element: StoryElement) => (element.localName ? `<${element.localName}> (${element.name})` : `<${element.name}>`);

// What a writer most often trips on in MDX, said once with every syntax error.
const SYNTAX_HELP =
  'in MDX "<" starts a component and "{" an expression, so write a literal one as &lt; or &#123; (or inside `backticks`), close every tag (<br />), and put every attribute value in quotes (src="…"); the page was not built';

// Elements that would put script, styles or another page into the story; components do those jobs.
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form']);

/** Raw HTML that runs script or escapes the page's styles: refused wherever it stands. */
function markupProblems(file: string, elements: readonly StoryElement[]): StoryProblem[] {
  const problems: StoryProblem[] = [];
  for (const element of elements) {
    const at = { file, line: element.position.line, column: element.position.column, kind: 'error' as const };
    if (FORBIDDEN_ELEMENTS.has(element.name.toLowerCase())) {
      problems.push({
        ...at,
        message: `<${element.name}> cannot stand in the story: the page's content security policy blocks what it would load or run, so use a story component instead (see docs/writing.md)`,
      });
    }
    for (const name of element.props.keys()) {
      if (/^on[a-z]/i.test(name)) {
        problems.push({
          ...at,
          message: `<${element.name}> ${name}: is an event handler, which runs script the page's content security policy blocks; remove it (the story needs no script of its own)`,
        });
      }
    }
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
