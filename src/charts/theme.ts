/**
 * How each status looks, in every chart, legend, table and file: a fill and an edge colour per
 * theme, a texture and a symbol, so a status reads without colour too. Charts refer to the CSS
 * custom properties named here; the page stylesheet defines them for light and dark, and
 * `flattenTheme` swaps in the literal colours where no stylesheet exists (SVG and PNG files,
 * `<img>` embeds, share cards).
 *
 * The colours carry the story, the way a graphics desk would colour it:
 * - one hue family, blue, for every way a suit was turned down, strongest for the furthest it
 *   went (lost on appeal) and an open, hatched tint of the same blue for "lost so far";
 * - a neutral grey for the suits dropped;
 * - one accent, orange, for the wins, with the same open, hatched treatment for "won so far";
 * - quiet, near-background marks for "no ruling yet" and "outcome not confirmed", which say
 *   what we do not know yet rather than compete with what we do.
 * Blue against orange is the pair that survives every common colour-vision deficiency; inside
 * the blue family the shades are far apart in lightness, which the simulations keep.
 *
 * The rules, enforced by tests/charts/theme.test.ts in both themes:
 * - every pair of fills is at least 8 ΔE2000 apart, for normal vision and under simulated
 *   deuteranopia, protanopia and tritanopia (culori's filters at full severity);
 * - every status's edge (its fill when solid, its outline when the fill is a light tint) has at
 *   least 3:1 contrast with the background: WCAG 2.2 SC 1.4.11, non-text contrast.
 * Stacking order, the hatching of "so far", the dashed outline of "not confirmed" and the direct
 * labels keep the statuses apart for anyone who cannot tell two of them by colour.
 */
import { STATUS_LABEL } from '../data/labels.ts';
import { type CaseStatus, STATUS_ORDER } from '../data/status.ts';

export type Theme = 'light' | 'dark';
/**
 * `solid`: a final outcome, filled with its colour. `hatch`: a ruling so far, the case not over:
 * a light tint crossed by thin lines of its family's colour, outlined in it. `plain`: a light
 * neutral, outlined. `dashed`: almost the background, with a dashed outline.
 */
export type Texture = 'solid' | 'hatch' | 'plain' | 'dashed';

export interface StatusStyle {
  label: string;
  slug: string;
  /** The fill in each theme. */
  light: string;
  dark: string;
  /** The outline in each theme, at least 3:1 on the background; the fill itself when solid. */
  edge: Record<Theme, string>;
  texture: Texture;
  /** A Plot symbol, for marks that show one case at a time. */
  symbol: 'circle' | 'hexagon' | 'wye' | 'square' | 'diamond' | 'cross' | 'triangle' | 'star' | 'times';
}

/** A solid status is its own edge; the others name the outline their light fill needs. */
const style = (
  status: CaseStatus,
  { edge, ...rest }: Omit<StatusStyle, 'label' | 'slug' | 'edge'> & { edge?: StatusStyle['edge'] },
): StatusStyle => ({
  label: STATUS_LABEL[status],
  slug: status.replaceAll(' ', '-'),
  ...rest,
  edge: edge ?? { light: rest.light, dark: rest.dark },
});

const BLUE = { light: '#2d62a8', dark: '#7eaee8' };
const ORANGE = { light: '#c46a00', dark: '#f0a540' };
const GREY = { light: '#767676', dark: '#8f939b' };

export const STATUS_STYLE: Record<CaseStatus, StatusStyle> = {
  'lost on appeal': style('lost on appeal', { light: '#0b2f63', dark: '#c6dcf7', texture: 'solid', symbol: 'cross' }),
  dismissed: style('dismissed', { ...BLUE, texture: 'solid', symbol: 'square' }),
  denied: style('denied', { light: '#5f95d6', dark: '#3f78c2', texture: 'solid', symbol: 'diamond' }),
  'lost so far': style('lost so far', { light: '#c4daf3', dark: '#1c3350', edge: BLUE, texture: 'hatch', symbol: 'wye' }),
  withdrawn: style('withdrawn', { light: '#8a8a8a', dark: '#8f939b', texture: 'solid', symbol: 'triangle' }),
  won: style('won', { ...ORANGE, texture: 'solid', symbol: 'star' }),
  'won so far': style('won so far', { light: '#f7d2a2', dark: '#4f3414', edge: ORANGE, texture: 'hatch', symbol: 'hexagon' }),
  'awaiting ruling': style('awaiting ruling', { light: '#cccccc', dark: '#3a3d44', edge: GREY, texture: 'plain', symbol: 'circle' }),
  'not confirmed': style('not confirmed', { light: '#f5f5f5', dark: '#1c1e23', edge: GREY, texture: 'dashed', symbol: 'times' }),
};

/**
 * The one chart coloured by party, who put the judges on the bench: the red and blue readers
 * already read as the parties, kept away from the status blues by hue (a purple-leaning blue)
 * and a grey, darker than the dropped suits' grey, for no party or none confirmed. Tested with
 * the status colours in tests/charts/theme.test.ts.
 */
export const PARTY_STYLE = {
  republican: { light: '#b83a32', dark: '#f2907f' },
  democratic: { light: '#4b3fa8', dark: '#a99cf0' },
  none: { light: '#8a8a8a', dark: '#6e727c' },
} as const;
export type PartySide = keyof typeof PARTY_STYLE;
export const partyVar = (side: PartySide) => `--party-${side}`;

/** Colours of the page around the charts, per theme, also used when flattening a download. */
export const THEME_COLORS: Record<
  Theme,
  { background: string; text: string; muted: string; grid: string; link: string; focus: string; surface: string }
> = {
  light: {
    background: '#ffffff',
    text: '#1b1e24',
    muted: '#5b6270',
    grid: '#d9dce1',
    link: '#0b5f96',
    focus: '#b86e00',
    surface: '#f3f4f6',
  },
  dark: {
    background: '#16181d',
    text: '#eceff4',
    muted: '#a7afbd',
    grid: '#3a3f49',
    link: '#8cc4f0',
    focus: '#f0b43c',
    surface: '#22252c',
  },
};

/** Text drawn over marks: a halo of the background behind it keeps it readable on any fill or line. */
export const HALO = { stroke: 'var(--chart-background)', strokeWidth: 3.5, paintOrder: 'stroke' } as const;

export const statusVar = (status: CaseStatus) => `--status-${STATUS_STYLE[status].slug}`;
const statusEdgeVar = (status: CaseStatus) => `--status-${STATUS_STYLE[status].slug}-edge`;
const patternId = (status: CaseStatus) => `pattern-${STATUS_STYLE[status].slug}`;
/**
 * The fill a chart mark uses for a status: its colour, or for a hatched one its pattern, which
 * carries its colour. Flat colours need no pattern, whose tiles can show seams when scaled.
 */
export const statusFill = (status: CaseStatus) =>
  STATUS_STYLE[status].texture === 'hatch' ? `url(#${patternId(status)})` : `var(${statusVar(status)})`;
export const statusLabel = (status: CaseStatus) => STATUS_STYLE[status].label;
/** Whether a status's mark needs its outline to stand clear of the background (its fill is a light tint). */
const isOutlined = (status: CaseStatus) => STATUS_STYLE[status].texture !== 'solid';

/**
 * How a mark of a status is stroked: outlined in its edge colour when its fill is a tint, else
 * a hairline of the background that parts it from the mark beside it.
 */
export function statusStroke(status: CaseStatus): { stroke: string; strokeWidth: number; strokeDasharray?: string } {
  const { texture } = STATUS_STYLE[status];
  if (texture === 'solid') return { stroke: 'var(--chart-background)', strokeWidth: 1 };
  return { stroke: `var(${statusEdgeVar(status)})`, strokeWidth: 1.25, ...(texture === 'dashed' ? { strokeDasharray: '3,2' } : {}) };
}

/** A key swatch: a square of `size` px at 0,0 drawn as the chart draws the status. */
export function swatchMarkup(status: CaseStatus, size: number): string {
  const { stroke, strokeWidth, strokeDasharray } = statusStroke(status);
  const outlined = isOutlined(status);
  // A solid swatch gets a faint rim of the text colour so a pale one never melts into the page.
  const rim = outlined
    ? `stroke="${stroke}" stroke-width="${strokeWidth}"`
    : 'stroke="var(--chart-text)" stroke-opacity="0.25" stroke-width="1"';
  const dash = strokeDasharray ? ` stroke-dasharray="${strokeDasharray}"` : '';
  const inset = outlined ? strokeWidth / 2 : 0.5;
  return `<rect x="${inset}" y="${inset}" width="${size - 2 * inset}" height="${size - 2 * inset}" fill="${statusFill(status)}" ${rim}${dash}/>`;
}

/**
 * The `<pattern>` elements the hatched statuses fill with; a page includes them once. Wide, thin
 * stripes of the family colour on its tint: "not over yet" at a glance without a busy pattern.
 */
export function patternDefs(): string {
  return STATUS_ORDER.filter((status) => STATUS_STYLE[status].texture === 'hatch')
    .map(
      (status) =>
        `<pattern id="${patternId(status)}" width="8" height="8" patternUnits="userSpaceOnUse">` +
        `<rect width="8" height="8" fill="var(${statusVar(status)})"/>` +
        `<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="var(${statusEdgeVar(status)})" stroke-width="1" stroke-opacity="0.7"/></pattern>`,
    )
    .join('');
}

/** The custom properties of one theme, as CSS declarations. */
export function themeDeclarations(theme: Theme): string {
  const c = THEME_COLORS[theme];
  const statuses = STATUS_ORDER.flatMap((s) => [
    `${statusVar(s)}: ${STATUS_STYLE[s][theme]};`,
    `${statusEdgeVar(s)}: ${STATUS_STYLE[s].edge[theme]};`,
  ]);
  return [
    `--chart-background: ${c.background};`,
    `--chart-text: ${c.text};`,
    `--chart-muted: ${c.muted};`,
    `--chart-grid: ${c.grid};`,
    `--link: ${c.link};`,
    `--focus: ${c.focus};`,
    `--surface: ${c.surface};`,
    ...statuses,
    ...Object.entries(PARTY_STYLE).map(([side, colours]) => `${partyVar(side as PartySide)}: ${colours[theme]};`),
  ].join(' ');
}

/** Replaces every `var(--…)` of the palette with its colour in one theme, for files without CSS. */
export function flattenTheme(svg: string, theme: Theme): string {
  const values = new Map<string, string>();
  for (const declaration of themeDeclarations(theme).split(';')) {
    const [name, value] = declaration.split(':').map((s) => s.trim());
    if (name && value) values.set(name, value);
  }
  return svg.replace(/var\((--[a-z-]+)\)/g, (whole, name: string) => values.get(name) ?? whole);
}
