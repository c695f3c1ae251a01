/** /cases/<id>/feed.xml: the Atom feed of one case's rulings. */
import type { APIRoute } from 'astro';

import type { CaseView } from '../../../site/cases.ts';
import { site } from '../../../site/current-site.ts';
import { caseFeed } from '../../../site/feed.ts';

export function getStaticPaths() {
  return site.cases().map((view) => ({ params: { id: view.case.id }, props: { view } }));
}

export const GET: APIRoute<{ view: CaseView }> = ({ props, site: siteUrl }) =>
  new Response(caseFeed(site, props.view, siteUrl), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
