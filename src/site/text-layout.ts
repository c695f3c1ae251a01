/**
 * Text set in the font the image files are drawn with (DejaVu Sans, shipped as an npm package so
 * a PNG looks the same on every machine): how wide a string is, and where it wraps. SVG has no
 * line breaking of its own, so the files, share cards and the iframe's fallback height all lay
 * their text out here, from the font's own advance widths (read with fontkitten).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { create, type Font } from 'fontkitten';

// Resolved from the project root: during a build this module runs from a bundle elsewhere.
const fontDir = path.join(path.dirname(createRequire(path.resolve('package.json')).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => path.join(fontDir, f));
export const FONT_FAMILY = 'DejaVu Sans, system-ui, sans-serif';

let loaded: { regular: Font; bold: Font } | undefined;
function fonts() {
  if (!loaded) {
    const [regular, bold] = FONT_FILES.map((file) => create(readFileSync(file)) as Font);
    loaded = { regular: regular!, bold: bold! };
  }
  return loaded;
}

/** Width in px of `text` at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  const font = bold ? fonts().bold : fonts().regular;
  let units = 0;
  for (const glyph of font.glyphsForString(text)) units += glyph.advanceWidth;
  return (units / font.unitsPerEm) * size;
}

/**
 * `text` broken into lines no wider than `width` px, at spaces but never at a no-break space
 * (U+00A0), which holds words together as it does in a browser; a word longer than a line keeps
 * a line of its own.
 */
export function wrapText(text: string, size: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (line && textWidth(tried, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  if (line) lines.push(line);
  return lines;
}
