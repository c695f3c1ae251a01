/**
 * Makes a Plot SVG fill any width with its text at a fixed size, the way an HTML chart reflows.
 *
 * Plot draws a chart at DESIGN_WIDTH pixels. This pass rewrites every horizontal position as a
 * percentage of that width (rect x and width, line x1 and x2, circle cx, the x of texts and of
 * symbols), keeps vertical positions and text sizes in pixels, and puts lines and areas, whose
 * path data cannot take percentages, in a nested SVG that stretches them sideways only (their
 * strokes keep their width). The root then says width="100%" and keeps its pixel height, so the
 * chart is exactly as wide as its container and its text is the page's size at every width.
 *
 * Only what Plot writes for the marks this project uses is handled; anything else (a rotation,
 * a horizontal transform on a group) throws, so a chart that would come out wrong cannot ship.
 */
export const DESIGN_WIDTH = 1000;

const SVG_NS = 'http://www.w3.org/2000/svg';
const TRANSLATE = /^translate\(\s*(-?[\d.e]+)\s*(?:[, ]\s*(-?[\d.e]+))?\s*\)$/;
/** Groups whose paths are drawn in data coordinates and are stretched instead. */
const STRETCHED = new Set(['line', 'area']);

const percent = (px: number) => `${Number(((px / DESIGN_WIDTH) * 100).toFixed(3))}%`;

function translation(element: Element): { x: number; y: number } | undefined {
  const transform = element.getAttribute('transform');
  if (!transform) return undefined;
  const match = TRANSLATE.exec(transform.trim());
  if (!match) throw new Error(`fluid charts support only translate(), not ${transform} on <${element.tagName}>`);
  return { x: Number(match[1]), y: Number(match[2] ?? 0) };
}

function toPercent(element: Element, attribute: string): void {
  const value = element.getAttribute(attribute);
  if (value === null || value.endsWith('%')) return;
  if (!/^-?[\d.e]+$/.test(value)) throw new Error(`fluid charts need a number in ${attribute}="${value}" on <${element.tagName}>`);
  element.setAttribute(attribute, percent(Number(value)));
}

function stretch(group: Element, height: number): void {
  const document = group.ownerDocument;
  const frame = document.createElementNS(SVG_NS, 'svg');
  frame.setAttribute('width', '100%');
  frame.setAttribute('height', String(height));
  frame.setAttribute('viewBox', `0 0 ${DESIGN_WIDTH} ${height}`);
  frame.setAttribute('preserveAspectRatio', 'none');
  frame.setAttribute('overflow', 'visible');
  group.replaceWith(frame);
  frame.append(group);
  for (const path of Array.from(group.querySelectorAll('path'))) path.setAttribute('vector-effect', 'non-scaling-stroke');
}

function visit(element: Element, height: number): void {
  const tag = element.tagName.toLowerCase();
  if (tag === 'g') {
    const label = element.getAttribute('aria-label') ?? '';
    const offset = translation(element);
    if (STRETCHED.has(label)) {
      if (offset && offset.x !== 0) throw new Error(`fluid charts cannot shift a stretched ${label} sideways`);
      stretch(element, height);
      return;
    }
    // A group's own offset stays in pixels: it is a fixed nudge (dx, dy) applied after the percentages.
    for (const child of Array.from(element.children)) visit(child, height);
    return;
  }
  switch (tag) {
    case 'rect':
      toPercent(element, 'x');
      toPercent(element, 'width');
      break;
    case 'line':
      toPercent(element, 'x1');
      toPercent(element, 'x2');
      break;
    case 'circle':
      toPercent(element, 'cx');
      break;
    case 'text': {
      const at = translation(element);
      if (at) {
        element.setAttribute('transform', `translate(0,${at.y})`);
        element.setAttribute('x', percent(at.x));
        for (const span of Array.from(element.querySelectorAll('tspan'))) if (span.hasAttribute('x')) span.setAttribute('x', percent(at.x));
      } else toPercent(element, 'x');
      break;
    }
    case 'path': {
      // Symbols and ticks: placed by a translate; put them in a viewport at the right percentage.
      const at = translation(element);
      if (!at) break;
      const place = element.ownerDocument.createElementNS(SVG_NS, 'svg');
      place.setAttribute('x', percent(at.x));
      place.setAttribute('overflow', 'visible');
      element.setAttribute('transform', `translate(0,${at.y})`);
      element.replaceWith(place);
      place.append(element);
      break;
    }
    case 'title':
    case 'desc':
    case 'defs':
    case 'pattern':
    case 'svg':
      break;
    default:
      throw new Error(`fluid charts do not handle <${tag}> yet`);
  }
}

/** Rewrites a Plot SVG drawn at DESIGN_WIDTH in place, so it fills any width. */
export function fluidify(svg: Element): void {
  if (svg.getAttribute('width') !== String(DESIGN_WIDTH)) throw new Error(`fluid charts must be drawn at width ${DESIGN_WIDTH}`);
  const height = Number(svg.getAttribute('height'));
  for (const child of Array.from(svg.children)) visit(child, height);
  svg.removeAttribute('viewBox');
  svg.setAttribute('width', '100%');
}
