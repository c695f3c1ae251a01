/**
 * The snippets other sites paste: an iframe that the parent script resizes, and an <img> of the
 * chart for sites that forbid iframes. Kept as plain functions so tests can check them exactly.
 */
import { escape } from 'html-escaper';

import type { ChartPicture } from '../charts/chart.ts';
import { standaloneSize } from './chart-files.ts';
import type { ChartVersion } from './chart-versions.ts';
import { fallbackHeight } from './embed-size.ts';
import { absolute, EMBED_PARENT_SCRIPT, imagePath } from './paths.ts';

export interface EmbedTarget {
  /** Absolute URL of the embed page. */
  embedUrl: string;
  /** Absolute URL of the parent script. */
  scriptUrl: string;
  /** Absolute URLs of the chart image in each theme. */
  lightSvgUrl: string;
  darkSvgUrl: string;
  title: string;
  description: string;
  /** Height the iframe starts at, and keeps where the parent script is missing. */
  fallbackHeight: number;
  /** Drawn size of the image version. */
  imageWidth: number;
  imageHeight: number;
}

/** Everything the snippets need to know about one published chart version, on the site at `site`. */
export function embedTarget(site: URL | undefined, version: Pick<ChartVersion, 'slug' | 'embedPath'>, chart: ChartPicture): EmbedTarget {
  return {
    embedUrl: absolute(site, version.embedPath),
    scriptUrl: absolute(site, EMBED_PARENT_SCRIPT),
    lightSvgUrl: absolute(site, imagePath(version, 'light.svg')),
    darkSvgUrl: absolute(site, imagePath(version, 'dark.svg')),
    title: chart.title,
    description: chart.description,
    fallbackHeight: fallbackHeight(chart),
    imageWidth: standaloneSize(chart).width,
    imageHeight: standaloneSize(chart).height,
  };
}

export function iframeSnippet(t: EmbedTarget): string {
  return [
    `<iframe src="${escape(t.embedUrl)}" title="${escape(t.title)}" width="680" height="${t.fallbackHeight}" loading="lazy" ` +
      `style="width:100%;border:0" data-lawsuits-embed></iframe>`,
    `<script async src="${escape(t.scriptUrl)}"></script>`,
  ].join('\n');
}

export function imageSnippet(t: EmbedTarget): string {
  return [
    '<picture>',
    `  <source srcset="${escape(t.darkSvgUrl)}" media="(prefers-color-scheme: dark)">`,
    `  <img src="${escape(t.lightSvgUrl)}" alt="${escape(`${t.title}. ${t.description}`)}" width="${t.imageWidth}" height="${t.imageHeight}" style="max-width:100%;height:auto">`,
    '</picture>',
  ].join('\n');
}
