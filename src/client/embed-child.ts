/**
 * Runs inside an embed page: reports the chart's height to the page around it whenever it
 * changes, answers the page's "measure" requests, and applies the URL options. The height is
 * that of the content box, not the document: a document never reports less than the frame's
 * current height, so a frame sized by it could grow but never shrink.
 */
import { HEIGHT, type HeightMessage, isMeasureMessage, VERSION } from './embed-protocol.ts';

export function startEmbed(root: HTMLElement, chart: string): void {
  if (window.parent === window) return; // opened directly, not in a frame

  let last = 0;
  const report = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT, version: VERSION, chart, height };
    // The height of a public chart is no secret, and the host may be any site.
    window.parent.postMessage(message, '*');
  };

  new ResizeObserver(() => report()).observe(root);
  // Chromium stops running ResizeObserver in cross-origin frames that are scrolled out of view,
  // but still delivers resize events; measuring then forces the layout the host needs.
  window.addEventListener('resize', () => report());
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source === window.parent && isMeasureMessage(event.data)) report(true);
  });
  report(true);
}

/**
 * ?state=pa or ?asof=2020-11-18 on an embed address opens the published version for that state
 * or day, if there is one. Anything else is ignored: the value is only compared with the list
 * of published versions, never written into the page.
 */
export function followVariantOption(base: string, current: string, variants: readonly string[]): void {
  const params = new URLSearchParams(location.search);
  const wanted = (params.get('state') ?? params.get('asof') ?? params.get('asOf') ?? '').toLowerCase();
  if (!wanted || wanted === current || !variants.includes(wanted)) return;
  const theme = params.get('theme');
  const keep = theme === 'light' || theme === 'dark' || theme === 'auto' ? `?theme=${theme}` : '';
  location.replace(`${base}${wanted}/${keep}`);
}
