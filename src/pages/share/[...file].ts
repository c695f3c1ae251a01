/** Social share cards: the story's headline chart, and each state's chart for its page. */
import type { APIRoute } from 'astro';

import { shareCardPng } from '../../site/chart-files.ts';
import { stateSlug } from '../../site/chart-versions.ts';
import { site } from '../../site/current-site.ts';

interface Card {
  title: string;
  chartId: string;
  state?: string;
}

export function getStaticPaths() {
  const cards: { params: { file: string }; props: Card }[] = [
    { params: { file: 'story.png' }, props: { title: 'Lawsuits over the 2020 election, by state', chartId: 'lawsuits-by-state' } },
  ];
  for (const code of site.statesWithCases) {
    const name = site.stateName(code);
    cards.push({
      params: { file: `states/${stateSlug(code)}.png` },
      props: { title: `How the lawsuits in ${name} ended`, chartId: 'outcome-shares', state: code },
    });
  }
  return cards;
}

export const GET: APIRoute<Card> = ({ props }) => {
  const { chart: rendered } = site.publishedChart(props.chartId, props.state ? { state: props.state } : {});
  return new Response(new Uint8Array(shareCardPng(props.title, rendered)), { headers: { 'Content-Type': 'image/png' } });
};
