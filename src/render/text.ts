// Small text-layout helpers shared by the human renderers: display width, padding, tables, wrapping.
import { eastAsianWidth } from 'get-east-asian-width';
import { shown } from '../core/visible.js';

/** Printable ASCII: one column per character (most of what scm prints; the fast path). */
const PLAIN = /^[\x20-\x7e]*$/;

/** Combining marks, zero-width spaces and joiners, variation selectors: no column of their own. */
const zeroWidth = (cp: number): boolean => (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0x2060 || (cp >= 0xfe00 && cp <= 0xfe0f);

/**
 * Columns a terminal gives `s`: East Asian wide and fullwidth characters take two (Unicode's table, through
 * get-east-asian-width; string-width would add grapheme segmentation, whose Intl.Segmenter and emoji regular
 * expression cost ~70 ms at start-up). Colour codes take none. Character codes rather than a regular
 * expression per character: `scm --help --lang zh` measures a few thousand ideographs.
 */
export function displayWidth(s: string): number {
  if (PLAIN.test(s)) return s.length;
  const text = s.includes('\x1b') ? s.replace(/\x1b\[[0-9;]*m/g, '') : s;
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp < 0x7f) w += cp >= 0x20 ? 1 : 0;
    else if (!zeroWidth(cp)) w += eastAsianWidth(cp);
  }
  return w;
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/**
 * Left-aligned columns separated by two spaces; the last column is not padded. Cells are made safe for the
 * terminal here (core/visible.ts): they hold names and messages from certificates and from SCM.
 */
export function table(cellsOf: string[][], fit?: { width: number; wrap: number }): string {
  const rows = cellsOf.map((row) => row.map(shown));
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  // On a terminal, the column `wrap` (a sentence: delete's note, prune's plan) is broken into lines that keep
  // the table within the width, rather than left for the terminal to fold back to the first column.
  const room = fit && fit.width > 0 ? fit.width - widths.reduce((a, w, i) => a + (i === fit.wrap ? 0 : w + 2), 0) : 0;
  const folded = fit && room >= 20 && room < widths[fit.wrap]!;
  if (folded) widths[fit.wrap] = room;
  const line = (row: string[]): string => row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i]!))).join('  ').trimEnd();
  return rows.flatMap((row) => {
    if (!folded || displayWidth(row[fit.wrap]!) <= room) return [line(row)];
    const parts = breakLines(row[fit.wrap]!, room);
    return parts.map((part, k) => line(row.map((cell, i) => (i === fit.wrap ? part : k === 0 ? cell : ''))));
  }).join('\n') + '\n';
}

// Chinese line breaking: a line may break between any two ideographs, but never before closing punctuation
// (，。）…) nor after opening punctuation (（“…), which therefore stick to their neighbours.
// Written as \u escapes: one non-ASCII character in dist/cli.js makes V8 hold all 500 kB of it as a two-byte
// string, which costs start-up time (measured: ~+8 ms on --help).
const CLOSING = new Set('\uff0c\u3002\u3001\uff1b\uff1a\uff01\uff1f\uff09\u300b\u300d\u300f\u3011\u3009\u201d\u2019%\u2026\u2014\u00b7,.;:!?)]}');
const OPENING = new Set('\uff08\u300a\u300c\u300e\u3010\u3008\u201c\u2018([{');
const WIDE = '\u2e80-\uffff';
const TOKENS = new RegExp(`[${WIDE}]|[^\\s${WIDE}]+|\\s+`, 'g');
/** A token of TOKENS is blank when its first character is (a run of white space). */
const SPACE = /^\s/;

/** Printable ASCII as TOKENS splits it (runs of spaces and of the rest), without compiling TOKENS: --help. */
function plainTokens(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || (text.charCodeAt(i) === 32) !== (text.charCodeAt(start) === 32)) {
      out.push(text.slice(start, i));
      start = i;
    }
  }
  return out;
}

/** Words and single ideographs, with punctuation glued to the word it must stay with. */
function tokens(text: string): string[] {
  if (PLAIN.test(text)) return plainTokens(text);
  const out: string[] = [];
  for (const token of text.match(TOKENS) ?? []) {
    const last = out[out.length - 1];
    if (last !== undefined && !SPACE.test(token) && !SPACE.test(last) && (CLOSING.has(token[0]!) || OPENING.has(last[last.length - 1]!))) out[out.length - 1] = last + token;
    else out.push(token);
  }
  return out;
}

/** `text` (one paragraph) broken into lines of at most `room` columns where it can be. */
export function breakLines(text: string, room: number): string[] {
  // Most of --help: plain ASCII that fits, single-spaced, nothing to do.
  if (text.length <= room && text !== '' && PLAIN.test(text) && !text.includes('  ') && text.trim() === text) return [text];
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let space = false;
  for (const token of tokens(text)) {
    if (SPACE.test(token)) {
      space = line !== '';
      continue;
    }
    const w = displayWidth(token);
    if (line && width + (space ? 1 : 0) + w > room) {
      lines.push(line);
      line = '';
      width = 0;
      space = false;
    }
    // A word wider than a whole line (a long path in a narrow terminal) is cut rather than left to overflow.
    if (w > room) {
      const chars = [...token];
      let cut = '';
      for (const ch of chars) {
        if (displayWidth(cut + ch) > room) {
          lines.push(cut);
          cut = '';
        }
        cut += ch;
      }
      line = cut;
      width = displayWidth(cut);
      continue;
    }
    if (space) {
      line += ' ';
      width += 1;
      space = false;
    }
    line += token;
    width += w;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * Wraps `text` to `width` columns, indenting continuation lines by `indent` spaces. Width 0 means no
 * wrapping (piped output stays one line per field, friendlier to grep).
 */
export function wrap(text: string, width: number, indent: number): string {
  if (width <= 0 || displayWidth(text) + indent <= width) return text;
  return breakLines(text, Math.max(20, width - indent)).join(`\n${' '.repeat(indent)}`);
}
