/**
 * The generated part of the writer's guide (docs/writing.md): every story component with what
 * it does, its props (required or not, what each means) and examples, and every form of
 * `<Fact>`, from the same contracts the checker uses (props.ts) and their docs (component-docs.ts).
 */
import { FACT_ASSERTIONS } from '../../src/story/facts.ts';
import { STORY_COMPONENTS } from '../../src/story/props.ts';
import { COMPONENT_DOCS, FACT_DOCS } from './component-docs.ts';

// A pipe would end a Markdown table cell early.
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function writingGuideMarkdown(): string {
  const sections = Object.keys(STORY_COMPONENTS)
    .sort()
    .map((name) => {
      const doc = COMPONENT_DOCS[name];
      if (!doc) throw new Error(`story component <${name}> has no entry in src/story/component-docs.ts`);
      const contract = STORY_COMPONENTS[name]!;
      const props = Object.keys(contract);
      const lines = [`### \`<${name}>\``, '', doc.what, '', '```mdx', `import ${name} from '${doc.file}';`, '```', ''];
      if (props.length > 0) {
        lines.push('| Prop | Required | What it means |', '| --- | --- | --- |');
        for (const prop of props) {
          const meaning = doc.props[prop];
          if (!meaning) throw new Error(`prop ${prop} of <${name}> has no description in src/story/component-docs.ts`);
          lines.push(`| \`${prop}\` | ${contract[prop]!.required ? 'yes' : 'no'} | ${cell(meaning)} |`);
        }
      } else lines.push('It takes no props.');
      lines.push('', ...doc.examples.flatMap((example) => ['```mdx', example, '```', '']));
      return lines.join('\n').trimEnd();
    });
  const facts = [
    '### The forms of `<Fact>`',
    '',
    'A `<Fact>` states exactly one of these, with the filters of `<Count>` choosing the cases:',
    '',
    '| Prop | What it states |',
    '| --- | --- |',
    ...FACT_ASSERTIONS.map((a) => `| \`${a}\` | ${cell(FACT_DOCS[a])} |`),
  ];
  return [...sections, facts.join('\n')].join('\n\n');
}
