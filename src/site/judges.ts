/**
 * Who ruled, as pages show it: each judge with how they came to the bench in words, the judges
 * and dissenters of a ruling, its grounds, and the judges' own words, looked up once per dataset.
 */
import { formatLong } from '../data/dates.ts';
import type { Dataset } from '../data/files.ts';
import { GROUND_LABEL } from '../data/labels.ts';
import { rulingIds } from '../data/ruling-ids.ts';
import { type Ground, type Judge, type Ruling, UNCONFIRMED, UNSIGNED } from '../data/schema.ts';
import { type SourceNamer, type SourceView } from './sources.ts';

export interface JudgeView {
  id: string;
  /** "Judge Matthew W. Brann", "Justice David Wecht". */
  title: string;
  court: string;
  /** "appointed by Barack Obama (Democrat) in 2012" */
  appointment: string;
}

export interface QuoteView {
  text: string;
  speaker?: JudgeView;
  /** The ruling quoted: its court and date, as readers see them. */
  ruling: { id: string; court: string; date: string; case_id: string };
  page?: string;
  sources: SourceView[];
}

export interface RulingJudges {
  /** The judges who made it; "unsigned" or "unconfirmed" when none can be named. */
  judges: readonly JudgeView[] | typeof UNSIGNED | typeof UNCONFIRMED | undefined;
  dissent: readonly JudgeView[];
  grounds: readonly { code: Ground; label: string }[];
  quotes: readonly QuoteView[];
}

const PARTY_WORD = { Republican: 'Republican', Democratic: 'Democrat' } as const;

/** How a judge came to the bench, in one phrase. */
function appointmentOf(j: Judge): string {
  const year = j.year ? ` in ${j.year}` : '';
  switch (j.selection) {
    case 'president':
    case 'governor':
      return j.appointed_by
        ? `appointed by ${j.selection === 'governor' ? 'Gov. ' : ''}${j.appointed_by}${j.party ? ` (${PARTY_WORD[j.party]})` : ''}${year}`
        : `appointed by the governor${year}`;
    case 'partisan election':
      return `elected${j.party ? ` as a ${PARTY_WORD[j.party]}` : ''}${year}`;
    case 'nonpartisan election':
      return `elected without a party label${year}`;
    case 'court':
      return `appointed by the court${year}`;
    default:
      return 'how they came to the bench is not confirmed';
  }
}

/** "Justice" on a supreme court, "Judge" elsewhere. */
const titleOf = (j: Judge) => `${/supreme court/i.test(j.court) ? 'Justice' : 'Judge'} ${j.name}`;

export interface WhoRuled {
  judge(id: string): JudgeView | undefined;
  ofRuling(ruling: Ruling): RulingJudges;
  /** A ruling's quotations by its id ("case-id/YYYY-MM-DD"), the majority's first. */
  quotes(rulingId: string): readonly QuoteView[];
}

export function whoRuled(data: Pick<Dataset, 'judges' | 'quotes' | 'rulings'>, name: SourceNamer): WhoRuled {
  const judges = new Map(data.judges.map((j) => [j.id, { id: j.id, title: titleOf(j), court: j.court, appointment: appointmentOf(j) }]));
  const ids = rulingIds(data.rulings);
  const rulingOf = new Map(ids.map((id, i) => [id, data.rulings[i]!]));
  const idOf = new Map(data.rulings.map((r, i) => [r, ids[i]!]));
  const quotes = new Map<string, QuoteView[]>();
  for (const q of data.quotes) {
    const ruling = rulingOf.get(q.ruling);
    if (!ruling) continue;
    const view: QuoteView = {
      text: q.text,
      ruling: { id: q.ruling, court: ruling.court, date: ruling.date, case_id: ruling.case_id },
      sources: name([q.source_url, q.source_url_2]),
      ...(q.page ? { page: q.page } : {}),
      ...(q.speaker && judges.has(q.speaker) ? { speaker: judges.get(q.speaker)! } : {}),
    };
    const dissenting = (ruling.dissent ?? '').split(' ').includes(q.speaker ?? '');
    // The court's own words first, then a dissent's.
    const list = quotes.get(q.ruling) ?? [];
    if (dissenting) list.push(view);
    else list.unshift(view);
    quotes.set(q.ruling, list);
  }
  const named = (cell: string | undefined) => (cell ?? '').split(' ').flatMap((id) => (judges.has(id) ? [judges.get(id)!] : []));
  return {
    judge: (id) => judges.get(id),
    quotes: (id) => quotes.get(id) ?? [],
    ofRuling(ruling) {
      const cell = ruling.judges;
      return {
        judges: cell === UNSIGNED || cell === UNCONFIRMED ? cell : cell ? named(cell) : undefined,
        dissent: named(ruling.dissent),
        grounds: (ruling.grounds ?? '')
          .split(' ')
          .filter(Boolean)
          .map((code) => ({ code: code as Ground, label: GROUND_LABEL[code as Ground] })),
        quotes: quotes.get(idOf.get(ruling) ?? '') ?? [],
      };
    },
  };
}

/** "Judge Matthew W. Brann, ruling of 21 November 2020, p. 2" */
export function quoteCredit(q: QuoteView): string {
  const who = q.speaker ? `${q.speaker.title}, ${q.ruling.court}` : q.ruling.court;
  return `${who}, ruling of ${formatLong(q.ruling.date)}${q.page ? `, p. ${q.page}` : ''}`;
}
