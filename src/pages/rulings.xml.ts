/** /rulings.xml: the Atom feed of every ruling and every update of the data, newest first. */
import type { APIRoute } from 'astro';

import { site } from '../site/current-site.ts';
import { rulingsFeed } from '../site/feed.ts';

export const GET: APIRoute = ({ site: siteUrl }) =>
  new Response(rulingsFeed(site, siteUrl), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
