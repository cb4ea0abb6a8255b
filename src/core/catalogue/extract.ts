// Error codes pulled out of what a user pastes: an API error body, or free text such as a CI log. Pure.
import { normalizeCode, serverCode } from './codes.js';
import { entryFor } from './entries.js';
import { statusAround, statusOfMessage } from './pasted-status.js';
import { statusesOf } from './status-text.js';

export interface FoundCode {
  code: string;
  /** The `error_msg` that came with the code in an API error body. */
  message?: string;
  /** For a code whose meaning depends on it (APIGW.0201): the HTTP status the text gives, or its message means. */
  status?: number;
}

const CODE_IN_TEXT = /\b(?:(?:SCM|APIGW|APIG)[.\-_]?\d{4}|CDN\.\d{8})\b/gi;

function fromErrorObject(value: unknown): FoundCode | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const o = value as Record<string, unknown>;
  const raw = o.error_code ?? o.code;
  if (typeof raw !== 'string') return undefined;
  const code = serverCode(raw);
  const msg = o.error_msg ?? o.message;
  return typeof msg === 'string' ? { code, message: msg } : { code };
}

/**
 * Every error code in `text`: first from an API error body (`{"error_code", "error_msg"}`, also nested one
 * level as the SCM Python SDK expects), else from free text such as a CI log. Order kept, duplicates dropped.
 */
export function extractCodes(text: string): FoundCode[] {
  const found: FoundCode[] = [];
  const add = (f: FoundCode | undefined, status?: number): void => {
    if (!f || found.some((x) => x.code === f.code)) return;
    const entry = entryFor(f.code);
    const at = statusOfMessage(entry, f.message) ?? status;
    const matters = entry?.variants !== undefined && at !== undefined && statusesOf(entry).includes(at);
    found.push(matters ? { ...f, status: at } : f);
  };
  try {
    const body: unknown = JSON.parse(text);
    const bodies = Array.isArray(body) ? body : [body];
    for (const b of bodies) {
      add(fromErrorObject(b), statusAround(text, 0));
      if (typeof b === 'object' && b !== null) for (const nested of Object.values(b)) add(fromErrorObject(nested), statusAround(text, 0));
    }
  } catch {
    // not JSON: fall through to the text scan
  }
  for (const m of text.matchAll(CODE_IN_TEXT)) add({ code: normalizeCode(m[0]) ?? m[0].toUpperCase() }, statusAround(text, m.index));
  return found;
}
