/** Social share cards: the story's headline chart, and each state's chart for its page. */
import type { APIRoute } from 'astro';

import { data } from '../../data/site-data.ts';
import { stateName } from '../../data/state-names.ts';
import { shareCardPng } from '../../site/chart-files.ts';
import { chart, STATES_WITH_CASES, stateSlug } from '../../site/charts.ts';

interface Card {
  title: string;
  chartId: string;
  state?: string;
}

export function getStaticPaths() {
  const cards: { params: { file: string }; props: Card }[] = [
    { params: { file: 'story.png' }, props: { title: 'Lawsuits over the 2020 election, by state', chartId: 'lawsuits-by-state' } },
  ];
  for (const code of STATES_WITH_CASES) {
    const name = stateName(data, code);
    cards.push({
      params: { file: `states/${stateSlug(code)}.png` },
      props: { title: `How the lawsuits in ${name} ended`, chartId: 'outcome-shares', state: code },
    });
  }
  return cards;
}

export const GET: APIRoute<Card> = ({ props }) => {
  const { chart: rendered } = chart(props.chartId, props.state ? { state: props.state } : {});
  return new Response(new Uint8Array(shareCardPng(props.title, rendered)), { headers: { 'Content-Type': 'image/png' } });
};
