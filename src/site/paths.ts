/** Where each published file of a chart version lives, so pages and endpoints agree. */
import type { ChartVersion } from './charts.ts';

export const dataPath = (version: Pick<ChartVersion, 'key'>, format: 'csv' | 'json') => `/data/charts/${version.key}.${format}`;
export const imagePath = (version: Pick<ChartVersion, 'key'>, format: 'light.svg' | 'dark.svg' | 'png') =>
  `/charts/${version.key}.${format}`;
export const oembedPath = (version: Pick<ChartVersion, 'key'>) => `/oembed/${version.key}.json`;
export const statePath = (code: string) => `/states/${code.toLowerCase()}/`;
export const EMBED_PARENT_SCRIPT = '/embed.js';

/** An absolute URL on the published site. */
export const absolute = (site: URL | undefined, path: string) => new URL(path, site ?? 'http://localhost:4321').toString();
