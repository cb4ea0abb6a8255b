// Text from outside scm (certificate names and subjects, file names, what SCM answers) made safe for a terminal:
// a control character or a bidirectional override in it could recolour, clear or rewrite the screen, fake a line
// of output or reorder what a person reads. The human renderers apply this one rule where such text enters
// what they print (i18n.ts t() for every message parameter, render/text.ts table() for every cell); --json keeps
// the real values, which JSON escapes itself.

/**
 * C0 controls (a newline, a tab, ESC), DEL and C1 controls; the bidirectional embeddings and overrides
 * (U+202A-U+202E) and isolates (U+2066-U+2069). Nothing else: CJK and other Unicode print as they are.
 */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const EACH = new RegExp(UNSAFE.source, 'g');

const hex = (n: number, digits: number): string => n.toString(16).toUpperCase().padStart(digits, '0');

/**
 * `text` with each unsafe character shown as an escape: `\1B` for a control (the form Node and OpenSSL give a
 * distinguished name, `CN=a\1B[2J`, so a subject and a SAN read alike), `\u202E` for a bidi override.
 */
export function visible(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(EACH, (c) => {
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\${hex(n, 2)}` : `\\u${hex(n, 4)}`;
  });
}

/** The colour codes scm's own styles write (io/style.ts: bold, dim, red, green, yellow, cyan, and their ends). */
const COLOUR = /\x1b\[(?:1|2|22|3[1-6]|39)m/g;

/**
 * Styled text scm made (io/style.ts registers each): t() and table() take it as it is. A style registers only
 * text whose every control is one of its colour codes, so text from outside that holds another control (ESC
 * of its own, a newline) is never let through by being styled.
 */
const OURS = new Set<string>();

/** `styled` (what a style made of `input`), registered as scm's own when `input` holds nothing unsafe but colour. */
export function ours(input: string, styled: string): string {
  if (!UNSAFE.test(input.replace(COLOUR, ''))) OURS.add(styled);
  return styled;
}

/** A message parameter or a table cell as it is printed: text a style of scm's made as it is, else made safe. */
export const shown = (value: string): string => (OURS.has(value) ? value : visible(value));

/** How much of a server's message scm shows (the rest is cut, with …): a diagnostic is not the place for more. */
export const SAID_MAX = 500;

/** `text` cut to SAID_MAX characters, with … when something was left out. */
export function cutSaid(text: string): string {
  return text.length > SAID_MAX ? `${text.slice(0, SAID_MAX)}…` : text;
}
