/** Each published chart version as image files: light and dark SVG and a PNG, wide and in its phone layout. */
import type { APIRoute } from 'astro';

import { chartPng, standaloneSvg } from '../../site/chart-files.ts';
import type { ChartVersion } from '../../site/chart-versions.ts';
import { site } from '../../site/current-site.ts';
import { IMAGE_FORMATS, type ImageFormat, imagePath, pngScale } from '../../site/paths.ts';

export function getStaticPaths() {
  return site.chartVersions.flatMap((version) =>
    // Versions without a PNG (one per case, see chart-versions.ts) have none in either layout;
    // the many days of the scroll sequence have their phone layout as SVG only, for the <img> code.
    IMAGE_FORMATS.filter((format) => !format.endsWith('png') || (version.png && (format === 'png' || !version.options.asOf))).map(
      (format) => ({
        params: { file: imagePath(version, format).split('/').pop()! },
        props: { version, format },
      }),
    ),
  );
}

export const GET: APIRoute<{ version: ChartVersion; format: ImageFormat }> = ({ props }) => {
  const chart = site.render(props.version);
  const layout = props.format.startsWith('narrow.') ? 'narrow' : 'wide';
  if (props.format.endsWith('png')) {
    const png = chartPng(chart, pngScale(props.version), layout);
    return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
  }
  const theme = props.format.endsWith('dark.svg') ? 'dark' : 'light';
  return new Response(standaloneSvg(chart, theme, layout), { headers: { 'Content-Type': 'image/svg+xml' } });
};
