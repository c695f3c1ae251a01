/**
 * The generated part of docs/data-desk.md: the data dictionary between two markers. Everything
 * outside the markers is written by hand and left alone.
 */
import { dictionaryMarkdown } from '../../src/data/dictionary.ts';

export const START = '<!-- dictionary:start -->';
export const END = '<!-- dictionary:end -->';

const NOTICE = '<!-- Generated from src/data/schema.ts by `npm run docs:data`; edit the schema, not this table. -->';

export function dictionarySection(): string {
  return `${START}\n${NOTICE}\n\n${dictionaryMarkdown()}\n\n${END}`;
}

/** The document with its dictionary brought up to date; throws when the markers are missing or out of order. */
export function withDictionary(doc: string, file: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`${file}: expected the markers ${START} and ${END}, in that order, where the data dictionary goes`);
  }
  return doc.slice(0, start) + dictionarySection() + doc.slice(end + END.length);
}
