// A planned API request as --dry-run shows it (upload, push, and every command that sends): method, URL,
// headers and body, with the private key and secret headers redacted.
import { redactHeaders, redactPrivateKeys } from '../api/redact.js';
import type { PlannedRequest } from '../api/plan.js';
import { t, type Lang } from '../core/i18n.js';
import type { Style } from '../io/style.js';
import { RQ } from './messages.js';

/** The request with the private key replaced by a placeholder and secret headers redacted (for --json: English). */
export const redactRequest = (req: PlannedRequest): PlannedRequest => redacted(req, 'en');

/** The key's length and its PEM label (the form sent); the label only when the text starts with a key's BEGIN line. */
function redactedKey(pem: string, lang: Lang): string {
  const label = /^-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----\r?\n/.exec(pem)?.[1];
  return label ? t(lang, RQ.redactedKeyLabel, { length: pem.length, label }) : t(lang, RQ.redactedKey, { length: pem.length });
}

/** The placeholder is English in JSON (--json never changes with the language), in the user's language in text. */
function redacted(req: PlannedRequest, lang: Lang): PlannedRequest {
  const body = req.body === undefined ? undefined : Object.fromEntries(Object.entries(req.body).map(([k, v]) => {
    if (k === 'private_key' && typeof v === 'string') return [k, redactedKey(v, lang)];
    return [k, typeof v === 'string' ? redactPrivateKeys(v) : v];
  }));
  return { method: req.method, url: req.url, headers: redactHeaders(req.headers), ...(body ? { body } : {}) };
}

export function renderDryRun(req: PlannedRequest, style: Style, lang: Lang = 'en'): string {
  const r = redacted(req, lang);
  const headers = Object.entries(r.headers).map(([k, v]) => `${k}: ${v}\n`).join('');
  return `${style.bold(`${r.method} ${r.url}`)}\n${headers}${r.body ? `\n${JSON.stringify(r.body, null, 2)}\n` : ''}`;
}
