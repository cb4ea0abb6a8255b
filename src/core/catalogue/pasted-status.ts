// The HTTP status that came with a code in pasted text, for the codes whose meaning depends on it: the
// gateway's APIGW.0201 is a malformed request with 400 and a backend failure (worth retrying) with 502 or 504.
// Explaining a pasted `Backend timeout.` body or scm's own `APIGW.0201 Backend timeout. (HTTP 504)` line as
// the 400 ("send valid request parameters", exit 4) would send the user the wrong way.
import type { CatalogueEntry } from './types.js';

/** `HTTP 502` (scm's own lines, logs), `HTTP/1.1 502` (curl -i), `"status": 502`, `status_code=502`. */
const STATUS_NEAR = /\bHTTP(?:\/\d(?:\.\d)?)?[ :]+([1-5]\d\d)\b|\bstatus(?:[ _]?code)?["']?\s*[:=]\s*([1-5]\d\d)\b/gi;

function statuses(text: string): number[] {
  return [...text.matchAll(STATUS_NEAR)].map((m) => Number(m[1] ?? m[2]));
}

/**
 * The status for a code found at `index` in `text`: one on the code's own line, else the one status the
 * whole text names (curl -i prints it on a line of its own). Undefined when none, or several, are named.
 */
export function statusAround(text: string, index: number): number | undefined {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  const own = statuses(text.slice(start, end === -1 ? undefined : end));
  if (own.length > 0) return own[0];
  const all = [...new Set(statuses(text))];
  return all.length === 1 ? all[0] : undefined;
}

const plain = (s: string): string => s.trim().replace(/[.\u3002]+$/u, '').toLowerCase();

/** The status whose published message is the one the server sent (`Backend unavailable.` is 502). */
export function statusOfMessage(entry: CatalogueEntry | undefined, message: string | undefined): number | undefined {
  if (!entry?.variants || message === undefined) return undefined;
  const said = plain(message);
  return entry.variants.find((v) => plain(v.message.en) === said || plain(v.message.zh) === said)?.status;
}
