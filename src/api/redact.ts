// Keeping secrets out of every output: header redaction for --debug and --dry-run, and a scrubber that
// removes known secret values (SK, tokens) from text the server sends back, which can quote them.

import { hider, REDACTED } from '../core/hide.js';

export { REDACTED };

const SECRET_HEADERS = new Set(['x-auth-token', 'x-security-token', 'proxy-authorization', 'cookie']);

/** Headers safe to print: tokens hidden, the signature of Authorization hidden (AK and signed headers kept). */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (SECRET_HEADERS.has(lower)) out[name] = REDACTED;
    else if (lower === 'authorization') out[name] = value.replace(/Signature=[0-9a-fA-F]+/, `Signature=${REDACTED}`).replace(/^(Bearer|Basic)\s+.*/i, `$1 ${REDACTED}`);
    else out[name] = value;
  }
  return out;
}

export type Scrub = (text: string) => string;

/** The base64 bodies of the PEM private keys in `pem` (newlines removed). */
export function privateKeyBodies(pem: string): string[] {
  return [...pem.matchAll(/-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----([\s\S]*?)-----END \1-----/g)]
    .map((m) => m[2]!.split('\n').filter((l) => !/^[A-Za-z-]+:/.test(l)).join('').replace(/\s+/g, ''))
    .filter((b) => b.length > 0);
}

/**
 * Stretches of base64, through what a server's JSON or a log puts inside them: a `/` escaped as `\/`, line
 * breaks real or escaped (`\n`, `\r`) between pieces of 16 characters or more (a PEM's lines are 64; a short
 * word on the next line is not taken in). Judged on the base64 alone (joined), so a key echoed in lines or with
 * escaped slashes is still seen as the key; long enough that matching one to a key's body means it is quoted.
 * Found by a scan in one pass, not a regular expression: one with an alternation under a quantifier overflows
 * V8's backtracking stack on a run of some megabytes (an 11 MB error_msg of one letter did).
 */
const PIECE = 16;
const BACKSLASH = 0x5c;
const isBase64 = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f || c === 0x3d;
/** Length of the base64 unit at `i` (a letter, or an escaped slash), 0 when there is none. */
const unitAt = (s: string, i: number): number => (isBase64(s.charCodeAt(i)) ? 1 : s.charCodeAt(i) === BACKSLASH && s.charCodeAt(i + 1) === 0x2f ? 2 : 0);
/** The end of the line breaks (real, or escaped as \n \r) from `i`; `i` when there are none. */
function breaksEnd(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === BACKSLASH && (s[i + 1] === 'n' || s[i + 1] === 'r')) i += 2;
    else if (c === 0x0d && s.charCodeAt(i + 1) === 0x0a) i += 2;
    else if (c === 0x0a) i += 1;
    else return i;
  }
}
/** From `i`: the end of the base64 units there and how many there are. */
function pieceFrom(s: string, i: number): { end: number; units: number } {
  let units = 0;
  for (let n = unitAt(s, i); n > 0; n = unitAt(s, i)) {
    i += n;
    units++;
  }
  return { end: i, units };
}
/** Every run in `text` replaced by `replace(run)`: pieces of PIECE units or more, joined across line breaks. */
function replaceRuns(text: string, replace: (run: string) => string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length;) {
    const piece = pieceFrom(text, i);
    if (piece.units < PIECE) {
      i = Math.max(piece.end, i + 1);
      continue;
    }
    let end = piece.end;
    for (;;) {
      const next = breaksEnd(text, end);
      if (next === end) break;
      const more = pieceFrom(text, next);
      if (more.units < PIECE) break;
      end = more.end;
    }
    out += text.slice(last, i) + replace(text.slice(i, end));
    last = end;
    i = end;
  }
  return last === 0 ? text : out + text.slice(last);
}
const joined = (run: string): string => run.replace(/\\\//g, '/').replace(/\\[nr]|\r?\n/g, '');
const WINDOW = 24;

/** Does `run` share a stretch of WINDOW characters with one of the key bodies? */
function quotesKey(run: string, bodies: readonly string[]): boolean {
  for (let i = 0; i + WINDOW <= run.length; i += Math.max(1, Math.floor(WINDOW / 3))) {
    const piece = run.slice(i, i + WINDOW);
    if (bodies.some((b) => b.includes(piece))) return true;
  }
  return bodies.some((b) => b.includes(run.slice(-WINDOW)));
}

/**
 * Replaces every occurrence of each secret (SK, tokens), `x-security-token:VALUE` lines, PEM private keys, and
 * any base64 stretch that quotes one of `privateKeys` (a server error that echoes a line of the key sent).
 */
export function scrubber(secrets: readonly string[], o: { privateKeys?: readonly string[] } = {}): Scrub {
  const bodies = (o.privateKeys ?? []).flatMap(privateKeyBodies).filter((b) => b.length >= WINDOW);
  const hide = hider(secrets, REDACTED);
  return (text) => {
    let out = hide(text);
    // The gateway's APIGW.0301 message quotes the canonical request, signed header values included.
    out = out.replace(/(x-security-token|x-auth-token)(:\s*|=)[^|\n,;\s]+/gi, `$1$2${REDACTED}`);
    out = redactPrivateKeys(out);
    if (bodies.length === 0) return out;
    return replaceRuns(out, (run) => {
      const base64 = joined(run);
      return base64.length >= WINDOW && quotesKey(base64, bodies) ? REDACTED : run;
    });
  };
}

/** URL without user:password (proxy URLs may carry them). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.username || u.password ? `${u.protocol}//${REDACTED}@${u.host}${u.pathname === '/' ? '' : u.pathname}` : u.href;
  } catch {
    return REDACTED;
  }
}

/** PEM private keys anywhere in `text`, replaced by a placeholder saying what was there. */
export function redactPrivateKeys(text: string): string {
  return text.replace(/-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----[\s\S]*?-----END \1-----/g, (_m, kind: string) => `[redacted ${kind.toLowerCase()}]`);
}
