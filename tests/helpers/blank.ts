/**
 * How much of an image is blank: the share of its pixel rows, and of its columns, in which every
 * pixel is the background colour (within a small tolerance for anti-aliasing). Self-contained,
 * so a browser test can run it in the page on a canvas's pixels.
 */
export function blankShare(
  rgba: ArrayLike<number>,
  width: number,
  height: number,
  background: readonly [number, number, number] = [255, 255, 255],
): { rows: number; columns: number } {
  const TOLERANCE = 8;
  const rowInk = new Array<boolean>(height).fill(false);
  const columnInk = new Array<boolean>(width).fill(false);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const differs =
        Math.abs(rgba[i]! - background[0]) > TOLERANCE ||
        Math.abs(rgba[i + 1]! - background[1]) > TOLERANCE ||
        Math.abs(rgba[i + 2]! - background[2]) > TOLERANCE;
      if (differs) {
        rowInk[y] = true;
        columnInk[x] = true;
      }
    }
  }
  return { rows: rowInk.filter((ink) => !ink).length / height, columns: columnInk.filter((ink) => !ink).length / width };
}
