/**
 * 1200×630 cards for social sharing (og:image), drawn at build time so a shared link shows the
 * data as it stood when the site was built. Each stands alone in a feed: what it is about, the
 * key figures in type large enough for a thumbnail, the key to its colours and the data's date.
 *
 * Two columns: on the left what the card is about and its figures, on the right the chart, the
 * state's cases or the case's rulings. Rather than spread a little content thinly, each column
 * sets its type as large as the room allows, so the card is filled from margin to margin; a
 * unit test measures how much of each card is left blank.
 */
import { escape } from 'html-escaper';

import { shortCaseLines } from '../charts/case-names.ts';
import type { ChartPicture } from '../charts/chart.ts';
import { dateLine } from '../charts/key-figures.ts';
import { flattenTheme, patternDefs, statusFill, statusStroke, swatchMarkup, THEME_COLORS } from '../charts/theme.ts';
import { formatLong } from '../data/dates.ts';
import { COURT_LABEL, PLAINTIFF_IN_SENTENCE } from '../data/labels.ts';
import { COURT_LEVELS, type Favoured } from '../data/schema.ts';
import { type CaseStatus, STATUS_ORDER } from '../data/status.ts';
import type { CaseView } from './cases.ts';
import { type Block, chartBlock, keyBlock, rasterise, stack, standaloneSize, textBlock } from './chart-files.ts';
import type { ChartVersion } from './chart-versions.ts';
import { CHART_KICKER, SITE_NAME, SOURCE_LINE } from './config.ts';
import { imagePath, pngScale, shareCardPath } from './paths.ts';
import { FONT_FAMILY, textWidth } from './text-layout.ts';

const WIDTH = 1200;
const HEIGHT = 630;
const MARGIN = { x: 40, y: 30 };
/** Lines of running text set close: large type needs little leading, and a card has no room to spare. */
const LEADING = 1.18;
const GUTTER = 32;
const LEFT = 430;
const RIGHT = WIDTH - 2 * MARGIN.x - LEFT - GUTTER;
const ROOM = HEIGHT - 2 * MARGIN.y;
const GAP = 18;

const colors = THEME_COLORS.light;
const FAVOURED_FILL: Record<Favoured, string> = {
  plaintiffs: 'var(--status-won)',
  defendants: 'var(--status-dismissed)',
  neither: 'var(--status-awaiting-ruling-edge)',
};

/** The card: a heading across its width, if any, then the two columns. */
function card(left: Block, right: Block, heading: Block = { markup: '', height: 0 }): string {
  const below = MARGIN.y + (heading.height ? heading.height + GAP : 0);
  // The shorter column sits level with the middle of the taller one.
  const top = (block: Block) => below + Math.max(0, (Math.max(left.height, right.height) - block.height) / 2);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONT_FAMILY}" font-size="13">`,
    `<defs>${patternDefs()}</defs>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${colors.background}"/>`,
    `<g fill="${colors.text}" color="${colors.text}">`,
    `<g transform="translate(${MARGIN.x},${MARGIN.y})">${heading.markup}</g>`,
    `<g transform="translate(${MARGIN.x},${top(left)})">${left.markup}</g>`,
    `<g transform="translate(${MARGIN.x + LEFT + GUTTER},${top(right)})">${right.markup}</g>`,
    '</g>',
    '</svg>',
  ].join('');
  return flattenTheme(svg, 'light');
}

/** The block `make` draws in the largest of `sizes` (largest first) that fits `room` px, else in the smallest. */
function largestFitting(sizes: readonly number[], room: number, make: (size: number) => Block): Block {
  for (const size of sizes) {
    const block = make(size);
    if (block.height <= room) return block;
  }
  return make(sizes.at(-1)!);
}

/** A card's small print, `width` wide: when its figures were last updated, and where they come from. */
const credit = (dataDate: string | undefined, width: number): Block =>
  stack(
    [
      textBlock(dateLine(dataDate), { size: 20, width, fill: colors.muted }),
      textBlock(`Source: ${SOURCE_LINE}.`, { size: 18, width, fill: colors.muted }),
    ],
    2,
  );

const SIZES = [80, 76, 72, 68, 64, 60, 56, 52, 48, 44, 40, 36, 32, 30, 28, 26, 24, 22, 20, 18, 16];
const upTo = (max: number) => SIZES.filter((s) => s <= max);

/**
 * A key figure on a line of its own: "55 lawsuits" as a large number and its words, and
 * "States flipped: none" as its words and the answer in bold.
 */
function figureLine(item: string, size: number, width: number): Block & { width: number } {
  let small = Math.round(size * 0.6);
  const numbered = /^(\d+) (.*)$/.exec(item);
  if (numbered) {
    const [, number, words] = numbered;
    const indent = textWidth(number!, size, true) + size * 0.25;
    // Long words set smaller, rather than the number, so the figures stay large.
    while (small > size * 0.4 && indent + textWidth(words!, small) > width) small -= 1;
    return {
      markup:
        `<text x="0" y="${size * 0.8}" font-size="${size}" font-weight="bold">${number}</text>` +
        `<text x="${indent}" y="${size * 0.8}" font-size="${small}">${escape(words!)}</text>`,
      height: size * 1.02,
      width: indent + textWidth(words!, small),
    };
  }
  const [words, answer = ''] = item.split(/: (?=[^:]*$)/);
  const label = answer ? `${words}: ` : words!;
  // A line of words only may set smaller than the figures' words to stay in the column.
  const widthAt = (px: number) => textWidth(label, px) + textWidth(answer, px, true);
  while (small > 12 && widthAt(small) > width) small -= 1;
  return {
    markup:
      `<text x="0" y="${small}" font-size="${small}">${escape(label)}</text>` +
      `<text x="${textWidth(label, small)}" y="${small}" font-size="${small}" font-weight="bold">${escape(answer)}</text>`,
    height: small * 1.3,
    width: textWidth(label, small) + textWidth(answer, small, true),
  };
}

/** The heading of a chart or state card, across its width: the site, and the title. */
function heading(title: string): Block {
  return stack(
    [
      textBlock(CHART_KICKER, { size: 22, width: WIDTH - 2 * MARGIN.x, fill: colors.muted }),
      textBlock(title, { size: 36, width: WIDTH - 2 * MARGIN.x, bold: true, lineHeight: 1.12 }),
    ],
    6,
  );
}

/** The room the columns have below a heading. */
const roomBelow = (head: Block) => ROOM - head.height - GAP;

/** How many of a card's cases have each status. */
export type StatusTally = Partial<Record<CaseStatus, number>>;

/**
 * Every case as a share of one column `height` px tall, stacked in the charts' order and
 * colours: the figures beside it at a glance, and the colours of the key.
 */
function shareColumn(tally: StatusTally, height: number): Block {
  const total = STATUS_ORDER.reduce((n, s) => n + (tally[s] ?? 0), 0);
  let y = 0;
  const markup = STATUS_ORDER.filter((s) => tally[s])
    .map((status) => {
      const h = (tally[status]! / total) * height;
      const { stroke, strokeWidth, strokeDasharray } = statusStroke(status);
      const rect = `<rect x="0" y="${y}" width="${SHARE_BAR}" height="${h}" fill="${statusFill(status)}" stroke="${stroke}" stroke-width="${strokeWidth}"${strokeDasharray ? ` stroke-dasharray="${strokeDasharray}"` : ''}/>`;
      y += h;
      return rect;
    })
    .join('');
  return { markup, height: total ? height : 0 };
}

const SHARE_BAR = 16;

/**
 * The left column of a chart or state card: the key figures as large as fit beside a column of
 * the cases' shares, and the data's date; with the title on top when the card has no heading.
 */
function figuresColumn(chart: ChartPicture, tally: StatusTally, room: number, title?: string): Block {
  const head = title
    ? stack(
        [
          textBlock(CHART_KICKER, { size: 22, width: LEFT, fill: colors.muted }),
          textBlock(title, { size: 34, width: LEFT, bold: true, lineHeight: 1.12 }),
        ],
        6,
      )
    : { markup: '', height: 0 };
  const date = credit(chart.dataDate, LEFT);
  const indent = SHARE_BAR + 16;
  const figuresRoom = room - head.height - date.height - (title ? 2 : 1) * GAP;
  const figures = largestFitting(upTo(80), figuresRoom, (size) => {
    const lines = chart.keyFigures.map((item) => figureLine(item, size, LEFT - indent));
    // A line too wide for the column counts as too tall, so a smaller size is tried.
    return size > 16 && lines.some((line) => line.width > LEFT - indent) ? { markup: '', height: Infinity } : stack(lines, 0);
  });
  // The share column runs the full height left for the figures, whatever size they came out.
  const shares = shareColumn(tally, figuresRoom);
  const beside: Block = {
    markup: `${shares.markup}<g transform="translate(${indent},${(figuresRoom - figures.height) / 2})">${figures.markup}</g>`,
    height: Math.max(figuresRoom, figures.height),
  };
  return stack([head, beside, date], GAP);
}

/**
 * The chart drawn as large as the column allows, never narrower than the phone width it is
 * designed for: drawn narrower than the column, then scaled up to fill it, its text with it.
 */
function chartColumn(chart: ChartPicture, columnRoom: number): Block & { scale: number } {
  const key = keyBlock(chart, RIGHT, 20);
  const room = columnRoom - key.height - (key.height ? GAP : 0);
  const scale = Math.max(1, Math.min(room / chart.height, RIGHT / 280));
  const drawn = chartBlock(chart, RIGHT / scale);
  const column = stack(
    [key, { markup: `<g transform="scale(${scale})">${drawn.markup}</g>`, height: Math.min(room, chart.height * scale) }],
    GAP,
  );
  return { ...column, scale };
}

/** The scale a chart needs for its text to read in a feed's thumbnail. */
const READABLE = 1.25;

/**
 * A card for a chart: the story's headline, a chart's embed page. The title runs across the
 * card when the chart leaves room for it, which also fills the width of a chart with little
 * drawn yet (the first days of the scroll sequence); a tall chart keeps the height, its title
 * on top of the figures.
 */
export function chartCardSvg(title: string, chart: ChartPicture, allCases: StatusTally): string {
  // The cases' shares in status colours belong beside a chart that colours statuses; beside
  // any other (the judges) they would be colours its key does not explain.
  const tally = chart.statuses.length > 0 ? allCases : {};
  const head = heading(title);
  const below = chartColumn(chart, roomBelow(head));
  if (below.scale >= READABLE) return card(figuresColumn(chart, tally, roomBelow(head)), below, head);
  return card(figuresColumn(chart, tally, ROOM, title), chartColumn(chart, ROOM));
}

/** A list item: a swatch, and text beside it. */
function marked(swatch: string, size: number, body: Block): Block {
  return {
    markup: `${swatch}<g transform="translate(${size * 1.5},${-size * 0.08})">${body.markup}</g>`,
    height: Math.max(size, body.height),
  };
}

/**
 * A card for a state page: its figures on the left, and each of its cases on the right, marked
 * as the charts mark its outcome. The fewer the cases, the more is said of each: a long list
 * names them, a shorter one adds how each ended, one or two cases their summaries too.
 */
export function stateCardSvg(title: string, chart: ChartPicture, cases: readonly CaseView[]): string {
  const statuses = STATUS_ORDER.filter((s) => cases.some((c) => c.status === s));
  const ordered = [...cases].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  const head = heading(title);
  const key = keyBlock({ statuses, sides: [], keyMarks: [] }, RIGHT, 18);
  const room = roomBelow(head) - key.height - GAP;
  const detail = ordered.length <= 2 ? 'summary' : ordered.length <= 4 ? 'outcome' : 'name';
  const item = (c: CaseView, size: number) => {
    const width = RIGHT - size * 1.5;
    const ended = c.history.endedOn ? `, ${formatLong(c.history.endedOn)}` : '';
    const parts = [
      // The short names the charts use ("Trump campaign v. …"), so a name fits its line whole.
      textBlock(shortCaseLines(c.case.case_name, Infinity, 1)[0]!, {
        size,
        width,
        bold: detail !== 'name',
        maxLines: detail === 'name' ? 1 : 2,
        lineHeight: 1.15,
      }),
    ];
    if (detail !== 'name') parts.push(textBlock(`${c.statusText}${ended}`, { size: Math.round(size * 0.8), width, fill: colors.muted }));
    if (detail === 'summary') parts.push(textBlock(c.case.summary, { size: Math.round(size * 0.8), width, lineHeight: LEADING }));
    return marked(swatchMarkup(c.status, size), size, stack(parts, 2));
  };
  const list = largestFitting(upTo(detail === 'summary' ? 56 : 40), room, (size) =>
    stack(
      ordered.map((c) => item(c, size)),
      size * (detail === 'name' ? 0.4 : 0.6),
    ),
  );
  const tally: StatusTally = {};
  for (const c of cases) tally[c.status] = (tally[c.status] ?? 0) + 1;
  return card(figuresColumn(chart, tally, roomBelow(head)), stack([key, list], GAP), head);
}

/** One ruling as the case card lists it: a mark for whom it favoured, its date and what the court did. */
function rulingLine(view: CaseView['rulings'][number], size: number): Block {
  const mark = `<rect x="0" y="${size * 0.15}" width="${size * 0.9}" height="${size * 0.9}" fill="${FAVOURED_FILL[view.ruling.favoured]}"/>`;
  const text = textBlock(`${formatLong(view.ruling.date)}: ${view.court}, ${view.action.toLowerCase()}`, {
    size,
    width: RIGHT - size * 1.5,
    lineHeight: LEADING,
  });
  return marked(mark, size, text);
}

/**
 * How high a case went: every court level, the highest first, those that ruled in it marked in
 * the colour of their last ruling's side, the others faint.
 */
function courtLadder(view: CaseView, size: number): Block {
  const levels = [...COURT_LEVELS].reverse();
  const last = new Map(view.rulings.map((r) => [r.ruling.court_level, r.ruling.favoured]));
  const row = size * 1.45;
  const markup = levels
    .map((level, i) => {
      const side = last.get(level);
      const y = i * row;
      const mark = side
        ? `<rect x="0" y="${y + size * 0.12}" width="${size * 0.9}" height="${size * 0.9}" fill="${FAVOURED_FILL[side]}"/>`
        : `<rect x="${size * 0.3}" y="${y + size * 0.42}" width="${size * 0.3}" height="${size * 0.3}" fill="${colors.grid}"/>`;
      const label = `<text x="${size * 1.5}" y="${y + size * 0.9}" font-size="${size}"${side ? ' font-weight="bold"' : ` fill="${colors.muted}"`}>${COURT_LABEL[level]}</text>`;
      return mark + label;
    })
    .join('');
  return { markup, height: levels.length * row - (row - size) };
}

const RULINGS_KEY = 'Blue: a ruling against the plaintiffs. Orange: for them. Grey: for neither side.';

/** The smallest type a card's summary is set in before sentences are left out. */
const SUMMARY_MIN = 20;

/**
 * As much of a case's summary as fits whole sentences into `room`: all of it in the largest type
 * up to 36 px that fits, else its first sentences at no less than 20 px; only a first sentence too
 * long for the room is cut, with an ellipsis, so a reader never gets a fragment where a sentence fits.
 */
function summaryBlock(summary: string, room: number): Block {
  const sentences = summary.match(/[^.!?]+(?:[.!?]+["”’)]*|$)\s*/g)?.map((s) => s.trim()) ?? [summary];
  for (let count = sentences.length; count >= 1; count--) {
    const text = sentences.slice(0, count).join(' ');
    const block = largestFitting(upTo(36), room, (size) => textBlock(text, { size, width: RIGHT, lineHeight: LEADING }));
    if (block.height <= room && textBlock(text, { size: SUMMARY_MIN, width: RIGHT, lineHeight: LEADING }).height <= room) return block;
  }
  return textBlock(sentences[0]!, {
    size: SUMMARY_MIN,
    width: RIGHT,
    lineHeight: LEADING,
    maxLines: Math.max(1, Math.floor(room / (SUMMARY_MIN * LEADING))),
  });
}

/** A card for a case page: the case, how high it went and when it was filed; how it ended and the rulings that took it there. */
export function caseCardSvg(view: CaseView, dataDate: string): string {
  const c = view.case;
  const head = textBlock(`${SITE_NAME} · ${view.stateName}`, { size: 22, width: LEFT, fill: colors.muted });
  const facts = stack(
    [
      textBlock(
        `Filed ${c.filed_date ? formatLong(c.filed_date) : 'on a date not confirmed'} by ${PLAINTIFF_IN_SENTENCE[c.plaintiff_type]}`,
        {
          size: 22,
          width: LEFT,
        },
      ),
      credit(dataDate, LEFT),
    ],
    6,
  );
  const name = largestFitting(upTo(64), ROOM - head.height - facts.height - courtLadder(view, 20).height - 3 * GAP, (size) =>
    textBlock(c.case_name, { size, width: LEFT, bold: true, lineHeight: 1.1 }),
  );
  // The ladder takes what room the name leaves, in type up to 28 px.
  const ladder = largestFitting(upTo(28), ROOM - head.height - name.height - facts.height - 3 * GAP, (size) => courtLadder(view, size));
  const left = stack([head, name, ladder, facts], GAP);

  const ended = view.history.endedOn ? `, ${formatLong(view.history.endedOn)}` : '';
  const outcomeText = textBlock(`${view.statusText}${ended}`, { size: 30, width: RIGHT - 54, bold: true, lineHeight: 1.15 });
  const outcome = marked(swatchMarkup(view.status, 36), 36, outcomeText);
  const legend = view.rulings.length ? textBlock(RULINGS_KEY, { size: 18, width: RIGHT, fill: colors.muted }) : { markup: '', height: 0 };
  // The rulings in the largest type that leaves the summary at least three lines of 20 px.
  const rulingRoom = ROOM - outcome.height - legend.height - 3 * GAP - 3 * 25;
  const rulings = largestFitting(upTo(28), rulingRoom, (size) =>
    stack(
      view.rulings.map((r) => rulingLine(r, size)),
      size * 0.35,
    ),
  );
  const summaryRoom = ROOM - outcome.height - rulings.height - legend.height - (view.rulings.length ? 3 : 1) * GAP;
  const summary = summaryBlock(c.summary, summaryRoom);
  return card(left, stack([outcome, rulings, legend, summary], GAP));
}

export const chartCardPng = (title: string, chart: ChartPicture, tally: StatusTally) =>
  rasterise(chartCardSvg(title, chart, tally), { mode: 'width', value: WIDTH });
export const stateCardPng = (title: string, chart: ChartPicture, cases: readonly CaseView[]) =>
  rasterise(stateCardSvg(title, chart, cases), { mode: 'width', value: WIDTH });
export const caseCardPng = (view: CaseView, dataDate: string) => rasterise(caseCardSvg(view, dataDate), { mode: 'width', value: WIDTH });

/**
 * The image a chart version's embed page shares: its card, or for one day of the scroll
 * sequence that day's chart as a PNG, which already carries its title, figures, key and date; a
 * card for each of 150 days would add more to the build than all the other cards together.
 */
export function shareImage(
  version: Pick<ChartVersion, 'slug' | 'options' | 'png'>,
  chart: ChartPicture,
): { path: string; width: number; height: number } {
  if (version.options.asOf && version.png) {
    const { width, height } = standaloneSize(chart);
    return { path: imagePath(version, 'png'), width: width * pngScale(version), height: height * pngScale(version) };
  }
  return { path: shareCardPath.chart(version), width: WIDTH, height: HEIGHT };
}
