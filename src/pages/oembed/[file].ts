/**
 * oEmbed (https://oembed.com) for each embed page. A static site cannot answer ?url= queries, so
 * each embed page links its own JSON in its <head> (oEmbed discovery), which is how consumers find it.
 */
import type { APIRoute } from 'astro';

import type { ChartVersion } from '../../site/chart-versions.ts';
import { PUBLISHER, SITE_NAME } from '../../site/config.ts';
import { site } from '../../site/current-site.ts';
import { embedTarget, iframeSnippet } from '../../site/embed-code.ts';
import { absolute, imagePath, oembedPath, pngScale } from '../../site/paths.ts';

export function getStaticPaths() {
  return site.chartVersions.map((version) => ({ params: { file: oembedPath(version).split('/').pop()! }, props: { version } }));
}

export const GET: APIRoute<{ version: ChartVersion }> = ({ props, site: siteUrl }) => {
  const chart = site.render(props.version);
  const target = embedTarget(siteUrl, props.version, chart);
  const height = target.fallbackHeight;
  const html = iframeSnippet(target);
  const body = {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    provider_name: SITE_NAME,
    provider_url: absolute(siteUrl, '/'),
    author_name: PUBLISHER,
    html,
    width: target.imageWidth,
    height,
    // The thumbnail is optional in oEmbed; versions without a PNG (one per case) leave it out.
    ...(props.version.png
      ? {
          thumbnail_url: absolute(siteUrl, imagePath(props.version, 'png')),
          thumbnail_width: target.imageWidth * pngScale(props.version),
          thumbnail_height: target.imageHeight * pngScale(props.version),
        }
      : {}),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json+oembed' } });
};
