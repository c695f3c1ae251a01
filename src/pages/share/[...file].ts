/**
 * Social share cards (see src/site/share-cards.ts): the story's headline chart, each state, each
 * case, and each chart's default version (a state's or case's version shares the state or case
 * card).
 */
import type { APIRoute } from 'astro';

import type { ChartOptions } from '../../charts/chart.ts';
import { statusTally } from '../../data/tallies.ts';
import type { CaseView } from '../../site/cases.ts';
import { site } from '../../site/current-site.ts';
import { shareCardPath } from '../../site/paths.ts';
import { caseCardPng, chartCardPng, stateCardPng } from '../../site/share-cards.ts';

type Card =
  | { kind: 'chart'; title: string; chartId: string; options: ChartOptions }
  | { kind: 'state'; code: string }
  | { kind: 'case'; view: CaseView };

const file = (path: string) => path.replace(/^\/share\//, '');

export function getStaticPaths() {
  const cards: { params: { file: string }; props: Card }[] = [
    {
      params: { file: file(shareCardPath.story) },
      props: { kind: 'chart', title: 'How the lawsuits over the 2020 election ended', chartId: 'lawsuits-by-state', options: {} },
    },
  ];
  for (const code of site.statesWithCases)
    cards.push({ params: { file: file(shareCardPath.state(code)) }, props: { kind: 'state', code } });
  for (const view of site.cases()) cards.push({ params: { file: file(shareCardPath.case(view.case.id)) }, props: { kind: 'case', view } });
  // One day's version shares its chart's PNG instead (see shareImage).
  for (const version of site.chartVersions.filter((v) => !v.options.state && !v.options.caseId && !v.options.asOf)) {
    cards.push({
      params: { file: file(shareCardPath.chart(version)) },
      props: { kind: 'chart', title: site.render(version).title, chartId: version.definition.id, options: version.options },
    });
  }
  return cards;
}

export const GET: APIRoute<Card> = ({ props }) => {
  const png =
    props.kind === 'case'
      ? caseCardPng(props.view, site.lastChanged)
      : props.kind === 'state'
        ? stateCardPng(
            `How the lawsuits in ${site.stateName(props.code)} ended`,
            site.publishedChart('outcome-shares', { state: props.code }).chart,
            site.cases().filter((c) => c.case.state === props.code),
          )
        : chartCardPng(props.title, site.publishedChart(props.chartId, props.options).chart, statusTally(site.data, props.options));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
