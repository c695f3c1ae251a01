/**
 * The only inline scripts of the site, and how their hashes are written for the content security
 * policy. Each runs before the first paint, which a deferred module script would do too late.
 */
import { createHash } from 'node:crypto';

/**
 * Story pages: mark the page as scripted, so controls that need JavaScript take their place
 * before the first paint instead of pushing the page down later, and apply the theme the
 * reader chose earlier.
 */
export const THEME_BOOT = `document.documentElement.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`;

/**
 * Embed pages start light (the html element says so, for readers without JavaScript too), as
 * the article around them most likely is: ?theme=dark makes one dark, and ?theme=auto follows
 * the reader's own setting; any other value leaves it light.
 */
export const EMBED_THEME_BOOT = `var m=/[?&]theme=(dark|light|auto)(?:&|$)/.exec(location.search);if(m){if(m[1]==='auto')delete document.documentElement.dataset.theme;else document.documentElement.dataset.theme=m[1]}`;

export const sha256 = (source: string): `sha256-${string}` => `sha256-${createHash('sha256').update(source).digest('base64')}`;
