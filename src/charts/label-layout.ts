/**
 * Where labels go beside their marks in a fluid chart, so that no label meets another, runs off
 * the frame or is crossed by a line, at any width.
 *
 * Fluid charts (fluid.ts) place marks at a share of the width but keep text at a fixed size. A
 * label anchored at a mark, beside it on the side with room, only moves away from other labels and
 * lines as the chart widens; so a layout checked at the narrowest width holds at every width. This
 * module checks it there, in pixels. Plot has no label placement, and the small layout libraries
 * (labella.js and the like) space labels along one axis without knowing about the lines they must
 * avoid, so it is written here.
 */

/** The narrowest width a chart is drawn for, in px (DESIGN.md: 280 to 1200). */
export const NARROWEST = 280;

/** Chart text is 13 px; these are generous average advances, so estimates err on the wide side. */
const CHARACTER = { regular: 7.4, bold: 8 } as const;

/** The drawn width of a line of chart text, estimated. */
export function textWidth(text: string, bold = false): number {
  return Math.ceil(text.length * CHARACTER[bold ? 'bold' : 'regular']);
}

/** A rectangle in px at the narrowest width: x across, y down (y is the same at every width). */
export interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  /**
   * For a label beside a mark: the mark's x, one edge of the box, so the gap to the label is
   * kept clear too. A line exactly at the mark (its own leader, or the path leaving it) is fine.
   */
  mark?: number;
}

/** A vertical line at a share `at` (0 to 1) of the width, from y1 to y2. */
export interface Rule {
  at: number;
  y1: number;
  y2: number;
}

/** Space kept between a label and anything else, px. */
const CLEARANCE = 3;

/**
 * Where a label of `width` px goes beside a mark at share `at` of the width, `gap` px from it: to
 * its right (anchored at its start) or its left (at its end). It may not fit in the frame there;
 * Occupied.free says.
 */
export function beside(
  at: number,
  width: number,
  gap: number,
  side: 'start' | 'end',
): { anchor: 'start' | 'end'; x1: number; x2: number; dx: number; mark: number } {
  const x = at * NARROWEST;
  if (side === 'start') return { anchor: 'start', x1: x, x2: x + gap + width, dx: gap, mark: x };
  return { anchor: 'end', x1: x - gap - width, x2: x, dx: -gap, mark: x };
}

const meets = (a: Box, b: Box) => a.x1 < b.x2 + CLEARANCE && b.x1 < a.x2 + CLEARANCE && a.y1 < b.y2 + CLEARANCE && b.y1 < a.y2 + CLEARANCE;

/** Whether a vertical line runs through a box (its mark's own x excepted). */
export function crosses(rule: Rule, box: Box): boolean {
  if (!(rule.y1 < box.y2 && rule.y2 > box.y1)) return false;
  const x = rule.at * NARROWEST;
  if (box.mark !== undefined && Math.abs(x - box.mark) < 0.5) return false;
  const left = box.mark === box.x1 ? box.x1 : box.x1 - CLEARANCE;
  const right = box.mark === box.x2 ? box.x2 : box.x2 + CLEARANCE;
  return x > left && x < right;
}

/** What is already drawn: labels and the vertical lines they must keep clear of. */
export class Occupied {
  readonly boxes: Box[] = [];
  readonly rules: Rule[] = [];

  /** Whether a label here, with a vertical leader `leader` (or none), touches nothing drawn and stays in the frame. */
  free(box: Box, leader?: Rule): boolean {
    if (box.x1 < 0 || box.x2 > NARROWEST) return false;
    if (this.boxes.some((b) => meets(b, box))) return false;
    if (this.rules.some((r) => crosses(r, box))) return false;
    return !leader || !this.boxes.some((b) => crosses(leader, b));
  }

  add(box: Box, leader?: Rule): void {
    this.boxes.push(box);
    if (leader) this.rules.push(leader);
  }
}
