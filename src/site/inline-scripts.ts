/**
 * The only inline script of the story pages: it applies a saved theme before the first paint,
 * which a deferred module script would do too late. Its hash goes into the CSP.
 */
import { createHash } from 'node:crypto';

export const THEME_BOOT = `try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`;

export const sha256 = (source: string) => `sha256-${createHash('sha256').update(source).digest('base64')}`;
