/// <reference types="astro/client" />
declare module 'virtual:chart-theme.css';

declare module 'virtual:lawsuits/dataset' {
  import type { Dataset } from './data/files.ts';
  import type { Publication } from './data/publication-record.ts';
  const dataset: Dataset;
  export default dataset;
  /** Every publication that changed the data, oldest first. */
  export const publications: Publication[];
  /** The day the data last changed, YYYY-MM-DD. */
  export const lastChanged: string;
  /** The day of the update that added each ruling, by ruling key (src/data/publication-record.ts rulingsAddedOn). */
  export const rulingsAddedOn: Record<string, string>;
}

// For plain `tsc`, which cannot read .astro files; `astro check` types them from their source.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
