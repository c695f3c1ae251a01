/**
 * How each status looks, in every chart, legend and table: one colour per theme, a texture and
 * a symbol, so a status reads without colour too. Charts refer to the CSS custom properties
 * named here; the page stylesheet defines them for light and dark, and `flattenTheme` swaps in
 * the literal colours where no stylesheet exists (SVG and PNG downloads, `<img>` embeds).
 *
 * The colours start from Okabe & Ito's colour-blind-safe set; the light ones are darkened until
 * each has at least 3:1 contrast on white, the dark ones kept bright for at least 3:1 on #16181d.
 */
import { STATUS_LABEL } from '../data/labels.ts';
import { type CaseStatus, STATUS_ORDER } from '../data/status.ts';

export type Theme = 'light' | 'dark';
/** `hatch` marks the open statuses (the case was not over); the final ones are solid. */
export type Texture = 'solid' | 'hatch';

export interface StatusStyle {
  label: string;
  slug: string;
  light: string;
  dark: string;
  texture: Texture;
  /** A Plot symbol, for marks that show one case at a time. */
  symbol: 'circle' | 'hexagon' | 'wye' | 'square' | 'diamond' | 'cross' | 'triangle' | 'star';
}

/**
 * Hues group the statuses: grey for no ruling yet, orange for the plaintiffs' wins (hatched
 * while the case went on), purple, blue, pink and green for the ways a suit was turned down,
 * brown for the suits dropped. Stacking order and direct labels tell them apart as well.
 */
export const STATUS_STYLE: Record<CaseStatus, StatusStyle> = {
  'awaiting ruling': {
    label: STATUS_LABEL['awaiting ruling'],
    slug: 'awaiting-ruling',
    light: '#858585',
    dark: '#9a9a9a',
    texture: 'hatch',
    symbol: 'circle',
  },
  'won so far': {
    label: STATUS_LABEL['won so far'],
    slug: 'won-so-far',
    light: '#b86e00',
    dark: '#f0b43c',
    texture: 'hatch',
    symbol: 'hexagon',
  },
  'lost so far': {
    label: STATUS_LABEL['lost so far'],
    slug: 'lost-so-far',
    light: '#7a5aa6',
    dark: '#b9a2e0',
    texture: 'hatch',
    symbol: 'wye',
  },
  dismissed: { label: STATUS_LABEL['dismissed'], slug: 'dismissed', light: '#0b5f96', dark: '#7fb8e6', texture: 'solid', symbol: 'square' },
  denied: { label: STATUS_LABEL['denied'], slug: 'denied', light: '#b2548a', dark: '#e39bc4', texture: 'solid', symbol: 'diamond' },
  'lost on appeal': {
    label: STATUS_LABEL['lost on appeal'],
    slug: 'lost-on-appeal',
    light: '#007a59',
    dark: '#3cc79a',
    texture: 'solid',
    symbol: 'cross',
  },
  withdrawn: {
    label: STATUS_LABEL['withdrawn'],
    slug: 'withdrawn',
    light: '#8a6a3f',
    dark: '#cfae7e',
    texture: 'solid',
    symbol: 'triangle',
  },
  won: { label: STATUS_LABEL['won'], slug: 'won', light: '#b86e00', dark: '#f0b43c', texture: 'solid', symbol: 'star' },
};

/** Colours of the page around the charts, per theme, also used when flattening a download. */
export const THEME_COLORS: Record<
  Theme,
  { background: string; text: string; muted: string; grid: string; texture: string; link: string; focus: string; surface: string }
> = {
  light: {
    background: '#ffffff',
    text: '#1b1e24',
    muted: '#5b6270',
    grid: '#d9dce1',
    texture: 'rgba(255,255,255,0.75)',
    link: '#0b5f96',
    focus: '#b86e00',
    surface: '#f3f4f6',
  },
  dark: {
    background: '#16181d',
    text: '#eceff4',
    muted: '#a7afbd',
    grid: '#3a3f49',
    texture: 'rgba(0,0,0,0.55)',
    link: '#8cc4f0',
    focus: '#f0b43c',
    surface: '#22252c',
  },
};

/** Text drawn over marks: a halo of the background behind it keeps it readable on any fill or line. */
export const HALO = { stroke: 'var(--chart-background)', strokeWidth: 3.5, paintOrder: 'stroke' } as const;
/** A bar's own label, written inside its start on a slightly see-through halo. */
export const BAR_LABEL = { ...HALO, strokeOpacity: 0.85, fill: 'var(--chart-text)', fontWeight: 600, textAnchor: 'start', dx: 6 } as const;

export const statusVar = (status: CaseStatus) => `--status-${STATUS_STYLE[status].slug}`;
export const patternId = (status: CaseStatus) => `pattern-${STATUS_STYLE[status].slug}`;
/** The fill a chart mark uses for a status: its texture, which carries its colour. */
export const statusFill = (status: CaseStatus) => `url(#${patternId(status)})`;
export const statusLabel = (status: CaseStatus) => STATUS_STYLE[status].label;

/** Plot colour scale settings shared by every chart that colours by status. */
export function statusColorScale(statuses: readonly CaseStatus[] = STATUS_ORDER) {
  return { type: 'ordinal' as const, domain: [...statuses], range: statuses.map(statusFill) };
}

function texture(kind: Texture): string {
  // Wide, thin stripes: enough to say "not over" at a glance without the busy look of a pattern.
  return kind === 'hatch' ? '<path d="M-2,2 l4,-4 M0,10 l10,-10 M8,12 l4,-4" stroke="var(--chart-texture)" stroke-width="1.5"/>' : '';
}

/** The `<pattern>` elements every status fill refers to; a page includes them once. */
export function patternDefs(): string {
  return STATUS_ORDER.map((status) => {
    const style = STATUS_STYLE[status];
    return (
      `<pattern id="${patternId(status)}" width="10" height="10" patternUnits="userSpaceOnUse">` +
      `<rect width="10" height="10" fill="var(${statusVar(status)})"/>${texture(style.texture)}</pattern>`
    );
  }).join('');
}

/** The custom properties of one theme, as CSS declarations. */
export function themeDeclarations(theme: Theme): string {
  const c = THEME_COLORS[theme];
  const statuses = STATUS_ORDER.map((s) => `${statusVar(s)}: ${STATUS_STYLE[s][theme]};`);
  return [
    `--chart-background: ${c.background};`,
    `--chart-text: ${c.text};`,
    `--chart-muted: ${c.muted};`,
    `--chart-grid: ${c.grid};`,
    `--chart-texture: ${c.texture};`,
    `--link: ${c.link};`,
    `--focus: ${c.focus};`,
    `--surface: ${c.surface};`,
    ...statuses,
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
