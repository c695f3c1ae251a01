/**
 * Every address the site publishes, written once so pages, endpoints, feeds and the embed code
 * agree: a chart version's data, images, share card and oEmbed file; the state, case and outcome
 * pages and their feeds; and the site-wide pages, the feed and the embed script.
 */
import type { CaseStatus } from '../data/status.ts';
import type { ChartVersion } from './chart-versions.ts';

export const dataPath = (version: Pick<ChartVersion, 'slug'>, format: 'csv' | 'json') => `/data/charts/${version.slug}.${format}`;
export const IMAGE_FORMATS = ['light.svg', 'dark.svg', 'png', 'narrow.light.svg', 'narrow.dark.svg', 'narrow.png'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
/** A chart version's image files; `narrow.…` are drawn in its phone layout (see chart-files.ts). */
export const imagePath = (version: Pick<ChartVersion, 'slug'>, format: ImageFormat) => `/charts/${version.slug}.${format}`;
/**
 * The social cards (og:image) of pages, 1200×630. A chart version's embed page shares the card
 * of what it shows: its case, its state, or the chart itself (see shareImage for one day's).
 */
export const shareCardPath = {
  story: '/share/story.png',
  state: (code: string) => `/share/states/${code.toLowerCase()}.png`,
  case: (id: string) => `/share/cases/${id}.png`,
  chart: (version: Pick<ChartVersion, 'slug' | 'options'>) =>
    version.options.caseId
      ? shareCardPath.case(version.options.caseId)
      : version.options.state
        ? shareCardPath.state(version.options.state)
        : `/share/charts/${version.slug}.png`,
};

/** The scale a version's PNG is drawn at: the many day-by-day versions at 1, to keep builds quick. */
export const pngScale = (version: Pick<ChartVersion, 'options'>) => (version.options.asOf ? 1 : 2);
export const oembedPath = (version: Pick<ChartVersion, 'slug'>) => `/oembed/${version.slug}.json`;
export const statePath = (code: string) => `/states/${code.toLowerCase()}/`;
export const casePath = (id: string) => `/cases/${id}/`;
/** The cases with one outcome (or status so far), for readers without JavaScript: /cases/outcome/lost-on-appeal/ */
export const outcomePath = (status: CaseStatus) => `/cases/outcome/${status.replaceAll(' ', '-')}/`;
/** The data desk's page: the validator's rules and the data dictionary. */
export const DESK_DATA_PATH = '/methodology/data/';
export const RULINGS_FEED = '/rulings.xml';
/** The Atom feed of one case's rulings, beside its page. */
export const caseFeedPath = (id: string) => `${casePath(id)}feed.xml`;
/** The Atom feed of the rulings in one state's cases, beside its page. */
export const stateFeedPath = (code: string) => `${statePath(code)}feed.xml`;
export const UPDATES_PATH = '/updates/';
export const METHODOLOGY_PATH = '/methodology/';
export const EMBED_PARENT_SCRIPT = '/embed.js';

/** An absolute URL on the published site. */
export const absolute = (site: URL | undefined, path: string) => new URL(path, site ?? 'http://localhost:4321').toString();
