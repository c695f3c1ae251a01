/** Where each published file of a chart version lives, so pages and endpoints agree. */
import type { CaseStatus } from '../data/status.ts';
import type { ChartVersion } from './chart-versions.ts';

export const dataPath = (version: Pick<ChartVersion, 'slug'>, format: 'csv' | 'json') => `/data/charts/${version.slug}.${format}`;
export const imagePath = (version: Pick<ChartVersion, 'slug'>, format: 'light.svg' | 'dark.svg' | 'png') =>
  `/charts/${version.slug}.${format}`;
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
