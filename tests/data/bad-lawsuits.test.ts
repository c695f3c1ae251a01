/**
 * Each kind of bad input, written as the base lawsuits.csv with one thing broken, and the exact
 * message the data desk will see.
 */
import { describe, expect, test } from 'vitest';

import { BROKEN_LAWSUITS as broken } from '../helpers/broken-files.ts';
import { dataDirWith, messagesFor } from '../helpers/data-dir.ts';

const COLUMNS =
  'id,case_name,state,court,court_level,docket,filed_date,plaintiffs,plaintiff_type,claim,ended,related,summary,source_url,source_url_2,archive_url,archive_url_2';

const expected: Record<string, string[]> = {
  'missing-column': [`data/lawsuits.csv:1: header "claim": column is missing (expected the columns ${COLUMNS})`],
  'extra-column': [`data/lawsuits.csv:1: header "notes": is not a column of this file (expected the columns ${COLUMNS})`],
  'renamed-column': [
    `data/lawsuits.csv:1: header "endd": is not a column of this file; did you mean "ended"? (expected the columns ${COLUMNS})`,
  ],
  'empty-required': ['data/lawsuits.csv:3: case_name "": is empty (expected plain text of at most 160 characters)'],
  // The row sits after a summary that spans two lines, so it is on line 5, not 4.
  'unknown-enum': [
    'data/lawsuits.csv:5: plaintiff_type "electrs": is not an allowed value (expected one of "trump campaign", "republican party", "electors", "members of congress", "other candidates", "state legislators", "state attorney general", "voters and groups"); did you mean "electors"?',
  ],
  'spreadsheet-date': [
    'data/lawsuits.csv:5: filed_date "11/9/20": looks like a date a spreadsheet reformatted; format the column as text and type the date as YYYY-MM-DD (expected a date as YYYY-MM-DD, from 2020-11-03 to 2021-01-20)',
  ],
  'impossible-date': [
    'data/lawsuits.csv:2: filed_date "2020-11-31": is not a date on the calendar (expected a date as YYYY-MM-DD, from 2020-11-03 to 2021-01-20)',
  ],
  'date-out-of-range': [
    'data/lawsuits.csv:3: filed_date "2002-11-13": is outside the period this file covers (expected a date as YYYY-MM-DD, from 2020-11-03 to 2021-01-20)',
  ],
  'unknown-state': [
    'data/lawsuits.csv:5: state "ZZ": is not listed in data/states.csv (expected one of AZ, GA, MI, PA); did you mean "AZ"?',
  ],
  'lowercase-state': [
    'data/lawsuits.csv:5: state "mi": is not a two-letter code (expected a two-letter code in capitals listed in states.csv, such as "PA")',
  ],
  'duplicate-id': ['data/lawsuits.csv:6: id "az-trump-v-hobbs": is used again, first on line 2 (expected each id once)'],
  'duplicate-docket': [
    'data/lawsuits.csv:4: docket "1:20-cv-04651-SDG": is used again in the same court, first on line 3 (expected each docket once in the same court)',
  ],
  'http-url': [
    'data/lawsuits.csv:3: source_url "http://www.democracydocket.com/cases/georgia-wood-v-raffe…": is an http:// address, which browsers flag as insecure (expected a full https:// address of a public page)',
  ],
  'malformed-url': [
    'data/lawsuits.csv:4: source_url "https:/www.democracydocket.com/cases/georgia-certificatio…": is not a well-formed web address (it needs two slashes after "https:") (expected a full https:// address of a public page)',
  ],
  'tracking-url': [
    'data/lawsuits.csv:3: source_url "https://law.justia.com/cases/federal/appellate-courts/ca1…": carries the tracking parameter "utm_source"; cite the address without it (expected a full https:// address of a public page)',
  ],
  'credentials-url': [
    'data/lawsuits.csv:4: source_url_2 "https://desk:hunter2@www.democracydocket.com/cases/georgi…": carries a user name or password before "@"; cite the public address, without them (expected a full https:// address of a public page)',
  ],
  // Any parameter the site's row in publishers.csv does not list, not only the known tracking ones.
  'unneeded-query': [
    'data/lawsuits.csv:2: source_url "https://www.azcentral.com/story/news/politics/elections/2…": carries the query parameter "cid", which data/publishers.csv does not list as needed by azcentral.com; cite the address without it (or, if the page cannot be found without it, list it in the query column of azcentral.com)',
  ],
  'formula-cells': [
    'data/lawsuits.csv:2: case_name "=HYPERLINK(\\"https://evil.example\\",\\"click\\")": starts with "=", so a spreadsheet would run it as a formula; reword it or drop that first character (expected plain text of at most 160 characters)',
    'data/lawsuits.csv:3: plaintiffs "+1 voters": starts with "+", so a spreadsheet would run it as a formula; reword it or drop that first character (expected plain text of at most 200 characters)',
    'data/lawsuits.csv:4: summary "-dismissed": starts with "-", so a spreadsheet would run it as a formula; reword it or drop that first character (expected plain text of at most 320 characters)',
    'data/lawsuits.csv:5: court "@SUM(A1:A2)": starts with "@", so a spreadsheet would run it as a formula; reword it or drop that first character (expected plain text of at most 120 characters)',
  ],
  'html-in-text': [
    'data/lawsuits.csv:3: summary "Asked to <script>alert(1)</script> stop certification.": contains HTML markup <script>; this site shows text exactly as written, so remove the tag (expected plain text of at most 320 characters)',
  ],
  'stray-quote': [
    'data/lawsuits.csv:3: row: a quote appears inside an unquoted cell (expected the whole cell in quotes, with inner quotes doubled)',
  ],
  'unquoted-comma': [
    'data/lawsuits.csv:4: row: has 18 cells but the header has 17 (expected one cell per column; a comma inside a cell needs the whole cell in "quotes")',
  ],
  'unclosed-quote': ['data/lawsuits.csv:5: row: a quoted cell is never closed (expected a closing " before the end of the file)'],
};

describe('each kind of bad lawsuits.csv is reported with its line, column and a fix', () => {
  test('every kind of damage has its expected messages', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(broken).sort());
  });

  test.each(Object.entries(expected))('%s', (kind, messages) => {
    const dir = dataDirWith({ 'lawsuits.csv': { edits: broken[kind]! } });
    expect(messagesFor(dir)).toEqual(messages);
  });
});
