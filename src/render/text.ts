// Small text-layout helpers shared by the human renderers.

/** Display width: CJK and other wide characters take two columns. */
export function displayWidth(s: string): number {
  // Most cells are plain ASCII: one column per character (a 1,000-row table measures thousands of them).
  if (/^[\x20-\x7e]*$/.test(s)) return s.length;
  let w = 0;
  for (const ch of s.replace(/\x1b\[[0-9;]*m/g, '')) {
    const cp = ch.codePointAt(0)!;
    w += cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6)) ? 2 : 1;
  }
  return w;
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}

/**
 * Wraps `text` to `width` columns, indenting continuation lines by `indent` spaces. Width 0 means no
 * wrapping (piped output stays one line per field, friendlier to grep).
 */
export function wrap(text: string, width: number, indent: number): string {
  if (width <= 0 || displayWidth(text) + indent <= width) return text;
  const room = Math.max(20, width - indent);
  const lines: string[] = [];
  let line = '';
  // CJK text has no spaces: allow breaks between wide characters as well as at spaces.
  for (const token of text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) ?? []) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    if (line && displayWidth(line) + displayWidth(token) > room) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += token;
  }
  if (line) lines.push(line.trimEnd());
  return lines.join(`\n${' '.repeat(indent)}`);
}
