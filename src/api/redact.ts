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
 */
const PIECE = String.raw`(?:[A-Za-z0-9+/=]|\\/){16,}`;
const BASE64_RUN = new RegExp(String.raw`${PIECE}(?:(?:\\[nr]|\r?\n)+${PIECE})*`, 'g');
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
    return out.replace(BASE64_RUN, (run) => {
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
