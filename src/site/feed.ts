/**
 * Atom feeds of rulings: the site's feed of every ruling and every update of the data, and a
 * feed per case and per state, so a reader can follow one suit or one state. One entry per
 * ruling, with its date, court, what it did, its sources (each with its archived copy) and the
 * update of the data that added it; the site feed also carries the updates themselves, so a
 * newsletter following it sees corrections. Every date comes from the data and the publication
 * record, so the same data always makes the same feeds.
 */
import { Feed, type Item } from 'feed';
import { escape } from 'html-escaper';

import { formatLong, toDate } from '../data/dates.ts';
import type { CaseView } from './cases.ts';
import { PUBLISHER, SITE_NAME } from './config.ts';
import { absolute, caseFeedPath, RULINGS_FEED, stateFeedPath, statePath, UPDATES_PATH } from './paths.ts';
import { type RulingItem, rulingItems } from './rulings.ts';
import type { Site } from './site.ts';

type FeedSite = Pick<Site, 'cases' | 'publications' | 'lastChanged' | 'addedOn'>;

const updateLink = (siteUrl: URL | undefined, day: string) => absolute(siteUrl, `${UPDATES_PATH}#update-${day}`);

interface FeedHead {
  path: string;
  title: string;
  description: string;
  link: string;
  updated: string;
}

function newFeed(siteUrl: URL | undefined, head: FeedHead): Feed {
  return new Feed({
    id: absolute(siteUrl, head.path),
    title: head.title,
    description: head.description,
    link: absolute(siteUrl, head.link),
    language: 'en',
    updated: toDate(head.updated),
    generator: false,
    copyright: `Data and text: ${PUBLISHER}, CC BY 4.0`,
    feedLinks: { atom: absolute(siteUrl, head.path) },
    author: { name: PUBLISHER, link: absolute(siteUrl, '/') },
  });
}

/**
 * One ruling as an entry. The library marks titles, summaries and content as HTML (type="html",
 * in CDATA), so every text from the data is escaped here: a reader then shows "<" as "<" and never
 * runs markup, and no "]]>" in the data can end the CDATA section. `date` is the entry's date:
 * the ruling's own day in the site feed, the day the update added it in the feeds of one case or
 * state (so a follower hears of a ruling when it reaches the site).
 */
function rulingEntry({ view, case: c, key }: RulingItem, siteUrl: URL | undefined, addedOn: string, date: string): Item {
  const link = absolute(siteUrl, `${c.path}#${key.split('/')[1]}`);
  const sources = view.sources
    .map((s) => `<a href="${escape(s.url)}">${escape(s.label)}</a> (<a href="${escape(s.archive.url)}">archived</a>)`)
    .join(', ');
  const added = `Added to this site in the <a href="${escape(updateLink(siteUrl, addedOn))}">update of ${formatLong(addedOn)}</a>.`;
  return {
    title: escape(`${c.case.case_name}: ${view.court}, ${view.action.toLowerCase()}`),
    id: link,
    link,
    date: toDate(date),
    published: toDate(date),
    description: escape(`${formatLong(view.ruling.date)}. ${view.ruling.detail} (${c.stateName}; ${c.statusText.toLowerCase()} today.)`),
    content: `<p>${formatLong(view.ruling.date)}: ${escape(view.ruling.detail)}</p><p>Sources: ${sources}</p><p>${added}</p>`,
  };
}

/** Newest first; entries of one day keep the order they were given in. */
function addNewestFirst(feed: Feed, entries: readonly Item[]): void {
  entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => b.entry.date.getTime() - a.entry.date.getTime() || a.i - b.i)
    .forEach(({ entry }) => feed.addItem(entry));
}

export function rulingsFeed(site: FeedSite, siteUrl: URL | undefined): string {
  const feed = newFeed(siteUrl, {
    path: RULINGS_FEED,
    title: `New rulings: ${SITE_NAME}`,
    description:
      'Every ruling in the lawsuits over the 2020 presidential result, newest first, and every update or correction of the data.',
    link: '/cases/',
    updated: site.lastChanged,
  });
  const entries: Item[] = rulingItems(site).map((item) =>
    rulingEntry(item, siteUrl, site.addedOn(item.view.ruling), item.view.ruling.date),
  );
  for (const publication of site.publications) {
    const link = updateLink(siteUrl, publication.date);
    entries.push({
      title: `Data updated on ${formatLong(publication.date)}${publication.note ? ', with a correction' : ''}`,
      id: link,
      link,
      date: toDate(publication.date),
      description: escape([publication.note, ...publication.changes].filter(Boolean).join(' ')),
    });
  }
  addNewestFirst(feed, entries);
  return feed.atom1();
}

/** A feed of some cases' rulings, each dated by the update that added it; `updated` is the latest of those days. */
function followedFeed(site: FeedSite, siteUrl: URL | undefined, head: Omit<FeedHead, 'updated'>, cases: readonly CaseView[]): string {
  const ids = new Set(cases.map((c) => c.case.id));
  const items = rulingItems({ cases: () => cases }).filter((item) => ids.has(item.case.case.id));
  const entries = items.map((item) => {
    const added = site.addedOn(item.view.ruling);
    return rulingEntry(item, siteUrl, added, added);
  });
  const days = items.map((item) => site.addedOn(item.view.ruling)).sort();
  const feed = newFeed(siteUrl, { ...head, updated: days.at(-1) ?? site.lastChanged });
  addNewestFirst(feed, entries);
  return feed.atom1();
}

/** The feed of one case: each of its rulings as it reaches the site. */
export function caseFeed(site: FeedSite, view: CaseView, siteUrl: URL | undefined): string {
  return followedFeed(
    site,
    siteUrl,
    {
      path: caseFeedPath(view.case.id),
      title: `${view.case.case_name}: rulings`,
      description: `Every ruling in ${view.case.case_name} (${view.stateName}), as it is added to ${SITE_NAME}.`,
      link: view.path,
    },
    [view],
  );
}

/** The feed of one state (or the Supreme Court's own docket): the rulings of all its cases. */
export function stateFeed(site: FeedSite, code: string, stateName: string, siteUrl: URL | undefined): string {
  return followedFeed(
    site,
    siteUrl,
    {
      path: stateFeedPath(code),
      title: `${stateName}: rulings in the 2020 election lawsuits`,
      description: `Every ruling in the lawsuits over the 2020 presidential result in ${stateName}, as it is added to ${SITE_NAME}.`,
      link: statePath(code),
    },
    site.cases().filter((c) => c.case.state === code),
  );
}
