/** Each published chart version as an image file: light and dark SVG, and a PNG. */
import type { APIRoute } from 'astro';

import { chartPng, standaloneSvg } from '../../site/chart-files.ts';
import type { ChartVersion } from '../../site/chart-versions.ts';
import { site } from '../../site/current-site.ts';
import { imagePath } from '../../site/paths.ts';

const FORMATS = ['light.svg', 'dark.svg', 'png'] as const;
type Format = (typeof FORMATS)[number];

export function getStaticPaths() {
  return site.chartVersions.flatMap((version) =>
    FORMATS.filter((format) => format !== 'png' || version.png).map((format) => ({
      params: { file: imagePath(version, format).split('/').pop()! },
      props: { version, format },
    })),
  );
}

export const GET: APIRoute<{ version: ChartVersion; format: Format }> = ({ props }) => {
  const chart = site.render(props.version);
  if (props.format === 'png') {
    const png = chartPng(chart, props.version.options.asOf ? 1 : 2);
    return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
  }
  const theme = props.format === 'dark.svg' ? 'dark' : 'light';
  return new Response(standaloneSvg(chart, theme), { headers: { 'Content-Type': 'image/svg+xml' } });
};
