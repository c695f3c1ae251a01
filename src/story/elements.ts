/**
 * The story components an MDX file uses, with their props and where they stand: the line and
 * column of each element and the heading of the section it is in. Parsing is satteri's job (the
 * MDX compiler Astro itself uses), so a file is read exactly as the build reads it; a prop written
 * as an expression (`steps={[…]}`) is read by acorn and kept only when it is a plain literal.
 */
import { type Expression, parse, parseExpressionAt } from 'acorn';
import { defineMdastPlugin, mdxToJs } from 'satteri';

export interface Position {
  line: number;
  column: number;
}

/** A prop as written: a string, `true` for a bare attribute, a literal value, or an expression we cannot read. */
export type PropValue = { kind: 'value'; value: unknown } | { kind: 'unreadable'; source: string };

/** A Markdown link in the prose, `[text](url)`. */
export interface StoryLink {
  url: string;
  position: Position;
}

export interface StoryElement {
  /** The component as the project names it (its file's name), whatever it is imported as. */
  name: string;
  /** The name the MDX file uses for it, when it imports it under another name. */
  localName?: string;
  props: Map<string, PropValue>;
  position: Position;
  /** The heading of the section the element is in; undefined before the first heading. */
  section: string | undefined;
}

interface RawAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

interface RawElement {
  name: string | null;
  attributes: RawAttribute[];
  position?: { start: { line: number; column: number } };
}

/** MDX that cannot be read, with where the reader stopped and why. */
export class MdxSyntaxError extends Error {
  readonly position: Position;
  readonly reason: string;
  constructor(position: Position, reason: string) {
    super(`${position.line}:${position.column}: ${reason}`);
    this.name = 'MdxSyntaxError';
    this.position = position;
    this.reason = reason;
  }
}

/** The compiler's "42:1: Unexpected character … (mdx-jsx:unexpected-character)" as a position and a reason. */
function syntaxError(error: unknown): MdxSyntaxError {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+)(?:-\d+:\d+)?: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(message.trim());
  if (!match) return new MdxSyntaxError({ line: 1, column: 1 }, message);
  return new MdxSyntaxError({ line: Number(match[1]), column: Number(match[2]) }, match[3]!);
}

/**
 * Every JSX element and every Markdown link of an MDX source, each in document order. Throws
 * MdxSyntaxError, with the line and column, when the source is not valid MDX.
 */
export function storyParts(source: string): { elements: StoryElement[]; links: StoryLink[] } {
  const found: { offset: number; element?: RawElement; heading?: string }[] = [];
  const links: StoryLink[] = [];
  const collect = (node: RawElement & { position?: { start: { offset?: number } } }) => {
    found.push({ offset: node.position?.start.offset ?? 0, element: JSON.parse(JSON.stringify(node)) as RawElement });
  };
  const plugin = defineMdastPlugin({
    name: 'story-elements',
    options: { position: true },
    heading(node, context) {
      found.push({ offset: node.position?.start.offset ?? 0, heading: context.textContent(node) });
    },
    link(node) {
      const start = node.position?.start;
      links.push({ url: node.url, position: { line: start?.line ?? 0, column: start?.column ?? 0 } });
    },
    mdxJsxFlowElement: (node) => collect(node as unknown as RawElement),
    mdxJsxTextElement: (node) => collect(node as unknown as RawElement),
  });
  try {
    mdxToJs(source, { mdastPlugins: [plugin] });
  } catch (error) {
    throw syntaxError(error);
  }

  const imported = componentImports(source);
  const elements: StoryElement[] = [];
  let section: string | undefined;
  for (const item of found.sort((a, b) => a.offset - b.offset)) {
    if (item.heading !== undefined) section = item.heading;
    const raw = item.element;
    if (!raw?.name) continue; // a fragment, <>…</>
    const name = imported.get(raw.name) ?? raw.name;
    elements.push({
      name,
      ...(name !== raw.name ? { localName: raw.name } : {}),
      props: new Map(raw.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && a.name ? [[a.name, propValue(a.value)]] : []))),
      position: { line: raw.position?.start.line ?? 0, column: raw.position?.start.column ?? 0 },
      section,
    });
  }
  return { elements, links };
}

/**
 * The components an MDX file imports, by the name it uses: `import Outcomes from
 * '../components/charts/OutcomeShares.astro'` maps Outcomes → OutcomeShares, so a component is
 * checked against its own contract under any name. acorn reads each import statement.
 */
function componentImports(source: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of source.matchAll(/^import\s[^\n]*?from\s*['"][^'"]+\.astro['"];?\s*$/gm)) {
    try {
      const program = parse(line[0], { ecmaVersion: 'latest', sourceType: 'module' });
      for (const statement of program.body) {
        if (statement.type !== 'ImportDeclaration') continue;
        const file = String(statement.source.value)
          .split('/')
          .at(-1)!
          .replace(/\.astro$/, '');
        for (const specifier of statement.specifiers) {
          if (specifier.type === 'ImportDefaultSpecifier') names.set(specifier.local.name, file);
        }
      }
    } catch {
      // Not an import acorn can read: the MDX compiler reports it.
    }
  }
  return names;
}

/** Every JSX element in an MDX source, in document order. */
export const storyElements = (source: string): StoryElement[] => storyParts(source).elements;

function propValue(value: RawAttribute['value']): PropValue {
  if (value === null || value === undefined) return { kind: 'value', value: true };
  if (typeof value === 'string') return { kind: 'value', value };
  try {
    const expression = parseExpressionAt(value.value, 0, { ecmaVersion: 'latest' });
    if (value.value.slice(expression.end).trim() !== '') return { kind: 'unreadable', source: value.value };
    return { kind: 'value', value: literal(expression) };
  } catch {
    return { kind: 'unreadable', source: value.value };
  }
}

class NotALiteral extends Error {}

/** The value of an expression made only of literals (strings, numbers, arrays, plain objects). */
function literal(node: Expression): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      if (node.expressions.length > 0) throw new NotALiteral();
      return node.quasis.map((q) => q.value.cooked).join('');
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') return -node.argument.value;
      throw new NotALiteral();
    case 'ArrayExpression':
      return node.elements.map((element) => {
        if (!element || element.type === 'SpreadElement') throw new NotALiteral();
        return literal(element);
      });
    case 'ObjectExpression':
      return Object.fromEntries(
        node.properties.map((property) => {
          if (property.type !== 'Property' || property.computed || property.kind !== 'init') throw new NotALiteral();
          const key =
            property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : '';
          if (!key) throw new NotALiteral();
          return [key, literal(property.value as Expression)];
        }),
      );
    case 'Identifier':
      if (node.name === 'undefined') return undefined;
      throw new NotALiteral();
    default:
      throw new NotALiteral();
  }
}
