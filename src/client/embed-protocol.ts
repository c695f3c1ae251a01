/**
 * The messages between an embedded chart and the page around it. Both sides check every message
 * against these shapes and ignore anything else, quietly: other scripts on a page post messages
 * too, and a forged one must not resize anything.
 *
 *   chart → page  { type: 'lawsuits-embed:height', version: 1, chart: '<chart key>', height: 612 }
 *   page → chart  { type: 'lawsuits-embed:measure', version: 1 }
 */
export const HEIGHT = 'lawsuits-embed:height';
export const MEASURE = 'lawsuits-embed:measure';
export const VERSION = 1;
/** No chart is taller than this; anything larger is a mistake or an attack. */
export const MAX_HEIGHT = 10_000;

export interface HeightMessage {
  type: typeof HEIGHT;
  version: typeof VERSION;
  chart: string;
  height: number;
}

export interface MeasureMessage {
  type: typeof MEASURE;
  version: typeof VERSION;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isHeightMessage(data: unknown): data is HeightMessage {
  return (
    isObject(data) &&
    data.type === HEIGHT &&
    data.version === VERSION &&
    typeof data.chart === 'string' &&
    /^[a-z0-9-]{1,120}$/.test(data.chart) &&
    typeof data.height === 'number' &&
    Number.isFinite(data.height) &&
    data.height > 0 &&
    data.height <= MAX_HEIGHT
  );
}

export function isMeasureMessage(data: unknown): data is MeasureMessage {
  return isObject(data) && data.type === MEASURE && data.version === VERSION;
}
