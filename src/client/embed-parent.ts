/**
 * The one-line script a host page adds next to our iframes: it sizes each of our frames to the
 * height its chart reports. It trusts a message only when it has the right shape, comes from
 * one of this page's own iframes that points at our site, and comes from that frame's origin.
 * Served as /embed.js; everything is inside one function so it adds nothing to the host's globals.
 */
import { isHeightMessage, MEASURE, VERSION } from './embed-protocol.ts';

(() => {
  const flag = '__lawsuitsEmbedParent';
  const w = window as unknown as Record<string, unknown>;
  if (w[flag]) return; // pasted twice on one page
  w[flag] = true;

  const script = document.currentScript as HTMLScriptElement | null;
  const siteOrigin = script ? new URL(script.src, location.href).origin : location.origin;

  const frames = () =>
    [...document.querySelectorAll<HTMLIFrameElement>('iframe')].filter((frame) => {
      try {
        return new URL(frame.src, location.href).origin === siteOrigin;
      } catch {
        return false;
      }
    });

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== siteOrigin || !isHeightMessage(event.data)) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame) return;
    frame.style.height = `${Math.ceil(event.data.height)}px`;
    frame.setAttribute('height', String(Math.ceil(event.data.height)));
  });

  // Frames that loaded before this script ran have already reported; ask them again.
  const ask = () => {
    for (const frame of frames()) frame.contentWindow?.postMessage({ type: MEASURE, version: VERSION }, siteOrigin);
  };
  ask();
  if (document.readyState !== 'complete') window.addEventListener('load', ask, { once: true });
})();
