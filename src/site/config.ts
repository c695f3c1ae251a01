/** Names and words the whole site shares. */
export const SITE_NAME = 'The 2020 election lawsuits';
export const PUBLISHER = 'The Lawsuits Desk';
/** The publisher's name inside a sentence ("By the Lawsuits Desk."). */
export const PUBLISHER_IN_TEXT = 'the Lawsuits Desk';
export const SOURCE_LINE = 'Court records and news reports compiled by the Lawsuits Desk';
/**
 * The line above a chart's title wherever the chart travels alone (embeds, image files, share
 * cards), so a reader who meets it out of context knows whose suits and which election it shows.
 */
export const CHART_KICKER = '2020 election suits by Trump’s side';

/** The story's sections for the site navigation. */
export const NAV = [
  { href: '/', label: 'Story' },
  { href: '/cases/', label: 'Cases' },
  { href: '/states/', label: 'States' },
  { href: '/methodology/', label: 'Methodology' },
  { href: '/updates/', label: 'Updates' },
] as const;
