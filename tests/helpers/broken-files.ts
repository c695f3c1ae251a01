/**
 * Damaged data files, each written as the base fixture with one kind of damage, shared by the
 * loader's tests and the tests of the commands the desk runs.
 */
import type { Edit } from './fixture-edits.ts';

// Lines of the base file: 2 az-trump-v-hobbs, 3 ga-wood-v-raffensperger-ndga, 4 ga-pearson-v-kemp, 5 mi-costantino-v-detroit.
export const BROKEN_LAWSUITS: Record<string, readonly Edit[]> = {
  'missing-column': [{ dropColumn: 'claim' }],
  'extra-column': [{ addColumn: 'notes' }],
  'renamed-column': [{ renameColumn: ['ended', 'endd'] }],
  'empty-required': [{ line: 3, set: { case_name: '' } }],
  'unknown-enum': [
    { line: 2, set: { summary: 'Ended by agreement, "as moot",\nonce the ballots could not matter.' } },
    { line: 4, set: { plaintiff_type: 'electrs' } },
  ],
  'spreadsheet-date': [{ line: 5, set: { filed_date: '11/9/20' } }],
  'impossible-date': [{ line: 2, set: { filed_date: '2020-11-31' } }],
  'date-out-of-range': [{ line: 3, set: { filed_date: '2002-11-13' } }],
  'unknown-state': [{ line: 5, set: { state: 'ZZ' } }],
  'lowercase-state': [{ line: 5, set: { state: 'mi' } }],
  'duplicate-id': [{ after: 5, copyOf: 2, set: { docket: 'CV2020-999999' } }],
  'duplicate-docket': [{ line: 4, set: { docket: '1:20-cv-04651-SDG' } }],
  'http-url': [{ line: 3, set: { source_url: 'http://www.democracydocket.com/cases/georgia-wood-v-raffensperger/' } }],
  'malformed-url': [{ line: 4, set: { source_url: 'https:/www.democracydocket.com/cases/georgia-certification-challenge/' } }],
  'tracking-url': [
    {
      line: 3,
      set: {
        source_url:
          'https://law.justia.com/cases/federal/appellate-courts/ca11/20-14418/20-14418-2020-12-05.html?utm_source=twitter&utm_medium=social',
      },
    },
  ],
  'credentials-url': [
    { line: 4, set: { source_url_2: 'https://desk:hunter2@www.democracydocket.com/cases/georgia-certification-challenge/' } },
  ],
  'unneeded-query': [
    {
      line: 2,
      set: {
        source_url: 'https://www.azcentral.com/story/news/politics/elections/2020/11/13/trump-lawsuit/6277110002/?cid=twitter_azcentral',
      },
    },
  ],
  'formula-cells': [
    { line: 2, set: { case_name: '=HYPERLINK("https://evil.example","click")' } },
    { line: 3, set: { plaintiffs: '+1 voters' } },
    { line: 4, set: { summary: '-dismissed' } },
    { line: 5, set: { court: '@SUM(A1:A2)' } },
  ],
  'html-in-text': [{ line: 3, set: { summary: 'Asked to <script>alert(1)</script> stop certification.' } }],
  'stray-quote': [{ line: 3, rewrite: (text) => text.replace(',Wood v. Raffensperger,', ',3" Wood v. Raffensperger,') }],
  'unquoted-comma': [{ line: 4, rewrite: (text) => text.replace(',Pearson v. Kemp,', ',Pearson, v. Kemp,') }],
  'unclosed-quote': [{ line: 5, rewrite: (text) => text.replace(',Poll challengers', ',"Poll challengers') }],
};

// Lines of the base file: 2 az-trump-v-hobbs; 3-5 ga-wood-v-raffensperger-ndga (district, 11th Cir.,
// Supreme Court); 6-9 ga-pearson-v-kemp (granted relief, appeal dismissed, dismissed, withdrawn);
// 10-13 mi-costantino-v-detroit (trial, appeals, supreme court, trial again).
export const BROKEN_RULINGS: Record<string, readonly Edit[]> = {
  'unknown-case': [{ line: 3, set: { case_id: 'ga-wood-v-rafensperger-ndga' } }],
  'before-filing': [{ line: 10, set: { date: '2020-11-05' } }],
  'appeal-before-ruling-below': [{ line: 4, set: { date: '2020-11-15' } }],
  'ended-without-ruling': [{ line: 2, remove: true }],
  'two-endings': [{ after: 9, copyOf: 9, set: { date: '2021-01-20' } }],
  'nothing-to-reverse': [
    {
      after: 2,
      copyOf: 2,
      set: {
        date: '2020-11-20',
        court: 'Arizona Court of Appeals',
        court_level: 'state appellate',
        docket: '',
        action: 'reversed',
        favoured: 'plaintiffs',
      },
    },
  ],
  'reversal-same-side': [{ line: 12, set: { action: 'reversed' } }],
  'unknown-action': [{ line: 8, set: { action: 'dismised' } }],
  'favoured-mismatch': [{ line: 6, set: { favoured: 'defendants' } }],
  'certiorari-below-supreme': [{ line: 4, set: { action: 'certiorari denied' } }],
  'unregistered-site': [{ line: 11, set: { source_url: 'https://www.example-blog.com/costantino-appeal' } }],
  'reference-only': [
    {
      line: 12,
      set: {
        source_url: 'https://en.wikipedia.org/wiki/Post-election_lawsuits_related_to_the_2020_U.S._presidential_election_from_Michigan',
        source_url_2: '',
      },
    },
  ],
  'duplicate-ruling': [{ after: 10, copyOf: 10 }],
};
