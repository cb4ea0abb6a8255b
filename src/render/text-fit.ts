// Fitting a table to the terminal: shorten the widest text columns, with an ellipsis, until the rows fit.
import { displayWidth } from './text.js';

/** `s` cut to `width` display columns, ending in … when cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Shrinks the columns `flexible` (indexes) of `rows` so that each line (columns joined by two spaces) fits
 * in `width`, never below `min` columns each; width 0 (not a terminal) leaves the rows as they are.
 */
export function fitColumns(rows: string[][], width: number, flexible: readonly number[], min = 8): string[][] {
  if (width <= 0 || rows.length === 0) return rows;
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  let over = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) - width;
  if (over <= 0) return rows;
  const target = [...widths];
  // Take from the widest flexible column first, one column at a time, down to the minimum.
  while (over > 0) {
    const i = flexible.filter((f) => target[f]! > min).sort((a, b) => target[b]! - target[a]!)[0];
    if (i === undefined) break;
    target[i]!--;
    over--;
  }
  return rows.map((r) => r.map((cell, i) => (flexible.includes(i) ? truncate(cell, target[i]!) : cell)));
}
