// A planned API request as --dry-run shows it (upload, push, and every command that sends): method, URL,
// headers and body, with the private key and secret headers redacted.
import { redactHeaders, redactPrivateKeys } from '../api/redact.js';
import type { PlannedRequest } from '../api/plan.js';
import type { Style } from '../io/style.js';

/** The request with the private key replaced by a placeholder and secret headers redacted. */
export function redactRequest(req: PlannedRequest): PlannedRequest {
  const body = req.body === undefined ? undefined : Object.fromEntries(Object.entries(req.body).map(([k, v]) => {
    if (k === 'private_key' && typeof v === 'string') return [k, `[redacted: ${v.length}-character private key]`];
    return [k, typeof v === 'string' ? redactPrivateKeys(v) : v];
  }));
  return { method: req.method, url: req.url, headers: redactHeaders(req.headers), ...(body ? { body } : {}) };
}

export function renderDryRun(req: PlannedRequest, style: Style): string {
  const r = redactRequest(req);
  const headers = Object.entries(r.headers).map(([k, v]) => `${k}: ${v}\n`).join('');
  return `${style.bold(`${r.method} ${r.url}`)}\n${headers}${r.body ? `\n${JSON.stringify(r.body, null, 2)}\n` : ''}`;
}
