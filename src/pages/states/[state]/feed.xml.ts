/** /states/<code>/feed.xml: the Atom feed of the rulings in one state's cases. */
import type { APIRoute } from 'astro';

import { stateSlug } from '../../../site/chart-versions.ts';
import { site } from '../../../site/current-site.ts';
import { stateFeed } from '../../../site/feed.ts';

export function getStaticPaths() {
  return site.statesWithCases.map((code) => ({ params: { state: stateSlug(code) }, props: { code } }));
}

export const GET: APIRoute<{ code: string }> = ({ props, site: siteUrl }) =>
  new Response(stateFeed(site, props.code, site.stateName(props.code), siteUrl), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
