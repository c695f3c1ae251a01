/**
 * The generated parts of the guides: the data dictionary in docs/data-desk.md and the story
 * components in docs/writing.md, each between two markers. Everything outside the markers is
 * written by hand and left alone.
 */
import { dictionaryMarkdown } from '../../src/data/dictionary.ts';
import { writingGuideMarkdown } from './writing-guide.ts';

export interface GeneratedSection {
  /** The guide, relative to the project's root. */
  file: string;
  start: string;
  end: string;
  /** Where it comes from, for the notice in the guide and the message when it is stale. */
  from: string;
  content: () => string;
}

export const GENERATED_SECTIONS: readonly GeneratedSection[] = [
  {
    file: 'docs/data-desk.md',
    start: '<!-- dictionary:start -->',
    end: '<!-- dictionary:end -->',
    from: 'src/data/schema.ts',
    content: dictionaryMarkdown,
  },
  {
    file: 'docs/writing.md',
    start: '<!-- components:start -->',
    end: '<!-- components:end -->',
    from: 'src/story/props.ts and scripts/lib/component-docs.ts',
    content: writingGuideMarkdown,
  },
];

export function sectionText(section: GeneratedSection): string {
  const notice = `<!-- Generated from ${section.from} by \`npm run docs:data\`; edit those, not this part. -->`;
  return `${section.start}\n${notice}\n\n${section.content()}\n\n${section.end}`;
}

/** The document with its generated part brought up to date; throws when the markers are missing or out of order. */
export function withSection(doc: string, section: GeneratedSection): string {
  const start = doc.indexOf(section.start);
  const end = doc.indexOf(section.end);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(
      `${section.file}: expected the markers ${section.start} and ${section.end}, in that order, where the generated part goes`,
    );
  }
  return doc.slice(0, start) + sectionText(section) + doc.slice(end + section.end.length);
}
