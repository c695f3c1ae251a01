/**
 * oEmbed (https://oembed.com) for each embed page. A static site cannot answer ?url= queries, so
 * each embed page links its own JSON in its <head> (oEmbed discovery), which is how consumers find it.
 */
import type { APIRoute } from 'astro';
import { CHART_VERSIONS, renderVersion, type ChartVersion } from '../../site/charts.ts';
import { PUBLISHER, SITE_NAME } from '../../site/config.ts';
import { iframeSnippet } from '../../site/embed-code.ts';
import { fallbackHeight } from '../../site/embed-size.ts';
import { absolute, EMBED_PARENT_SCRIPT, imagePath, oembedPath } from '../../site/paths.ts';

export function getStaticPaths() {
  return CHART_VERSIONS.map((version) => ({ params: { file: oembedPath(version).split('/').pop()! }, props: { version } }));
}

export const GET: APIRoute<{ version: ChartVersion }> = ({ props, site }) => {
  const chart = renderVersion(props.version);
  const height = fallbackHeight(chart);
  const html = iframeSnippet({
    embedUrl: absolute(site, props.version.embedPath),
    scriptUrl: absolute(site, EMBED_PARENT_SCRIPT),
    lightSvgUrl: absolute(site, imagePath(props.version, 'light.svg')),
    darkSvgUrl: absolute(site, imagePath(props.version, 'dark.svg')),
    title: chart.title,
    description: chart.description,
    fallbackHeight: height,
    imageWidth: 680,
    imageHeight: chart.height.wide,
  });
  const body = {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    provider_name: SITE_NAME,
    provider_url: absolute(site, '/'),
    author_name: PUBLISHER,
    html,
    width: 680,
    height,
    thumbnail_url: absolute(site, imagePath(props.version, 'png')),
    thumbnail_width: 1360,
    thumbnail_height: Math.round((chart.height.wide + (chart.statusLegend ? 92 : 70)) * 2),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json+oembed' } });
};
