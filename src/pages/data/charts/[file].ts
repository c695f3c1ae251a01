/** "Get the data" of each published chart version: exactly the rows the chart draws. */
import type { APIRoute } from 'astro';

import type { ChartVersion } from '../../../site/chart-versions.ts';
import { SITE_NAME, SOURCE_LINE } from '../../../site/config.ts';
import { site } from '../../../site/current-site.ts';
import { dataPath } from '../../../site/paths.ts';
import { toCsv } from '../../../site/table-files.ts';

export function getStaticPaths() {
  return site.chartVersions.flatMap((version) =>
    (['csv', 'json'] as const).map((format) => ({
      params: { file: dataPath(version, format).split('/').pop()! },
      props: { version, format },
    })),
  );
}

export const GET: APIRoute<{ version: ChartVersion; format: 'csv' | 'json' }> = ({ props, site: siteUrl }) => {
  const chart = site.render(props.version);
  if (props.format === 'csv') {
    return new Response(toCsv(chart.columns, chart.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const body = {
    chart: chart.chartId,
    title: chart.title,
    description: chart.description,
    options: chart.options,
    source: SOURCE_LINE,
    publisher: SITE_NAME,
    url: new URL(props.version.embedPath, siteUrl).toString(),
    columns: chart.columns,
    rows: chart.rows,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
