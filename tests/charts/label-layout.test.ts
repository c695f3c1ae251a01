import { describe, expect, test } from 'vitest';

import { beside, crosses, NARROWEST, Occupied } from '../../src/charts/label-layout.ts';

describe('labels beside marks in a fluid chart', () => {
  const span = beside(0.2, 60, 10, 'start');
  const box = { ...span, y1: 0, y2: 15 };

  test('a label takes the gap between it and its mark, so a line there, clear at 280 px but not when wider, counts', () => {
    // 4 px right of the mark at 280 px: inside the gap now, inside the label text at 1200 px.
    expect(crosses({ at: 0.2 + 4 / NARROWEST, y1: -10, y2: 10 }, box)).toBe(true);
    expect(crosses({ at: 0.2 - 4 / NARROWEST, y1: -10, y2: 10 }, box)).toBe(false);
    expect(crosses({ at: 0.2 + 80 / NARROWEST, y1: -10, y2: 10 }, box)).toBe(false);
  });

  test('the line at its own mark never counts, nor a line above or below the label', () => {
    expect(crosses({ at: 0.2, y1: -100, y2: 100 }, box)).toBe(false);
    expect(crosses({ at: 0.3, y1: 20, y2: 40 }, box)).toBe(false);
  });

  test('a label must stay in the frame and off other labels and lines', () => {
    const taken = new Occupied();
    expect(taken.free({ ...beside(0.9, 60, 10, 'start'), y1: 0, y2: 15 })).toBe(false);
    expect(taken.free(box)).toBe(true);
    taken.add(box, { at: 0.2, y1: 15, y2: 40 });
    expect(taken.free({ ...beside(0.25, 60, 10, 'start'), y1: 5, y2: 20 })).toBe(false);
    // A later label whose leader would run down through the first one is refused.
    expect(taken.free({ ...beside(0.3, 40, 10, 'start'), y1: -40, y2: -25 }, { at: 0.3, y1: -25, y2: 20 })).toBe(false);
  });
});
