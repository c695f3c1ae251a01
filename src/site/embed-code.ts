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
  /** Absolute URLs of the light chart image, wide and in the chart's phone layout. */
  lightSvgUrl: string;
  narrowSvgUrl: string;
  title: string;
  description: string;
  /** Height the iframe starts at, and keeps where the parent script is missing. */
  fallbackHeight: number;
  /** Drawn sizes of the images. */
  imageWidth: number;
  imageHeight: number;
  narrowWidth: number;
  narrowHeight: number;
}

/** Screens up to this width get the narrow drawing, whose text stays at its drawn size in a phone's column. */
const NARROW_IMAGE_MEDIA = '(max-width: 599px)';

/** Everything the snippets need to know about one published chart version, on the site at `site`. */
export function embedTarget(site: URL | undefined, version: Pick<ChartVersion, 'slug' | 'embedPath'>, chart: ChartPicture): EmbedTarget {
  return {
    embedUrl: absolute(site, version.embedPath),
    scriptUrl: absolute(site, EMBED_PARENT_SCRIPT),
    lightSvgUrl: absolute(site, imagePath(version, 'light.svg')),
    narrowSvgUrl: absolute(site, imagePath(version, 'narrow.light.svg')),
    title: chart.title,
    description: chart.description,
    fallbackHeight: fallbackHeight(chart),
    imageWidth: standaloneSize(chart).width,
    imageHeight: standaloneSize(chart).height,
    narrowWidth: standaloneSize(chart, 'narrow').width,
    narrowHeight: standaloneSize(chart, 'narrow').height,
  };
}

export function iframeSnippet(t: EmbedTarget): string {
  return [
    `<iframe src="${escape(t.embedUrl)}" title="${escape(t.title)}" width="680" height="${t.fallbackHeight}" loading="lazy" ` +
      `style="width:100%;border:0" data-lawsuits-embed></iframe>`,
    `<script async src="${escape(t.scriptUrl)}"></script>`,
  ].join('\n');
}

/**
 * A <picture>: the phone layout for narrow screens, the wide drawing for the rest; light, like
 * the iframe's default, since the host's theme cannot be known here.
 */
export function imageSnippet(t: EmbedTarget): string {
  return [
    '<picture>',
    `  <source srcset="${escape(t.narrowSvgUrl)}" media="${NARROW_IMAGE_MEDIA}" width="${t.narrowWidth}" height="${t.narrowHeight}">`,
    `  <img src="${escape(t.lightSvgUrl)}" alt="${escape(`${t.title}. ${t.description}`)}" width="${t.imageWidth}" height="${t.imageHeight}" style="max-width:100%;height:auto">`,
    '</picture>',
  ].join('\n');
}
