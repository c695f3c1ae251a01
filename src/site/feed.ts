/**
 * The Atom feed of rulings, newest first, one entry per ruling with its date, case, court and a
 * link to the case page; the publications that corrected or updated the data come in it too, so
 * a newsletter following the feed sees corrections. Every date comes from the data, so the same
 * data always makes the same feed.
 */
import { Feed, type Item } from 'feed';
import { escape } from 'html-escaper';

import { formatLong, toDate } from '../data/dates.ts';
import { inSentence } from '../data/labels.ts';
import { PUBLISHER, SITE_NAME } from './config.ts';
import { absolute, RULINGS_FEED, UPDATES_PATH } from './paths.ts';
import { rulingItems } from './rulings.ts';
import type { Site } from './site.ts';

export function rulingsFeed(site: Pick<Site, 'cases' | 'publications' | 'lastChanged'>, siteUrl: URL | undefined): string {
  const feed = new Feed({
    id: absolute(siteUrl, RULINGS_FEED),
    title: `New rulings: ${SITE_NAME}`,
    description:
      'Every ruling in the lawsuits over the 2020 presidential result, newest first, and every update or correction of the data.',
    link: absolute(siteUrl, '/cases/'),
    language: 'en',
    updated: toDate(site.lastChanged),
    generator: false,
    copyright: `Data and text: ${PUBLISHER}, CC BY 4.0`,
    feedLinks: { atom: absolute(siteUrl, RULINGS_FEED) },
    author: { name: PUBLISHER, link: absolute(siteUrl, '/') },
  });
  // The library marks titles, summaries and content as HTML (type="html", in CDATA), so every
  // text from the data is escaped here: a reader then shows "<" as "<" and never runs markup,
  // and no "]]>" in the data can end the CDATA section.
  const entries: Item[] = rulingItems(site).map(({ view, case: c, key }) => {
    const link = absolute(siteUrl, `${c.path}#${key.split('/')[1]}`);
    const sources = view.sources.map((s) => `<a href="${escape(s.url)}">${escape(s.label)}</a>`).join(', ');
    return {
      title: escape(`${c.case.case_name}: ${view.court}, ${inSentence(view.action)}`),
      id: link,
      link,
      date: toDate(view.ruling.date),
      description: escape(`${formatLong(view.ruling.date)}. ${view.ruling.detail} (${c.stateName}; ${c.statusText.toLowerCase()} today.)`),
      content: `<p>${escape(view.ruling.detail)}</p><p>Sources: ${sources}</p>`,
    };
  });
  for (const publication of site.publications) {
    const link = absolute(siteUrl, `${UPDATES_PATH}#update-${publication.date}`);
    entries.push({
      title: `Data updated on ${formatLong(publication.date)}${publication.note ? ', with a correction' : ''}`,
      id: link,
      link,
      date: toDate(publication.date),
      description: escape([publication.note, ...publication.changes].filter(Boolean).join(' ')),
    });
  }
  // Newest first, rulings and updates together; entries of one day keep their order.
  entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => b.entry.date.getTime() - a.entry.date.getTime() || a.i - b.i)
    .forEach(({ entry }) => feed.addItem(entry));
  return feed.atom1();
}
