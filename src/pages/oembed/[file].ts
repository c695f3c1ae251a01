/**
 * oEmbed (https://oembed.com) for each embed page. A static site cannot answer ?url= queries, so
 * each embed page links its own JSON in its <head> (oEmbed discovery), which is how consumers find it.
 */
import type { APIRoute } from 'astro';

import { CHART_VERSIONS, type ChartVersion, renderVersion } from '../../site/charts.ts';
import { PUBLISHER, SITE_NAME } from '../../site/config.ts';
import { embedTarget, iframeSnippet } from '../../site/embed-code.ts';
import { absolute, imagePath, oembedPath } from '../../site/paths.ts';

export function getStaticPaths() {
  return CHART_VERSIONS.map((version) => ({ params: { file: oembedPath(version).split('/').pop()! }, props: { version } }));
}

export const GET: APIRoute<{ version: ChartVersion }> = ({ props, site }) => {
  const chart = renderVersion(props.version);
  const target = embedTarget(site, props.version, chart);
  const height = target.fallbackHeight;
  const html = iframeSnippet(target);
  const body = {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    provider_name: SITE_NAME,
    provider_url: absolute(site, '/'),
    author_name: PUBLISHER,
    html,
    width: target.imageWidth,
    height,
    thumbnail_url: absolute(site, imagePath(props.version, 'png')),
    thumbnail_width: target.imageWidth * 2,
    thumbnail_height: Math.round((chart.height.wide + (chart.statusLegend ? 92 : 70)) * 2),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json+oembed' } });
};
