/** Names and words the whole site shares. */
export const SITE_NAME = 'The 2020 election lawsuits';
export const PUBLISHER = 'The Lawsuits Desk';
export const SOURCE_LINE = 'Court records and news reports compiled by the Lawsuits Desk';

/** The story's sections for the site navigation. */
export const NAV = [
  { href: '/', label: 'Story' },
  { href: '/cases/', label: 'Cases' },
  { href: '/states/', label: 'States' },
  { href: '/methodology/', label: 'Methodology' },
  { href: '/updates/', label: 'Updates' },
] as const;
