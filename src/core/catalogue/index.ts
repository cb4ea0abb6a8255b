// Lookups over the error catalogue: code normalisation, rule ids, search, "did you mean", and pulling
// codes out of API error bodies or log text. Pure: no I/O.
import { ruleById, RULES, rulesForCode } from '../rules/table.js';
import { nearest } from '../similar.js';
import type { RuleMeta } from '../rules/types.js';
import { GATEWAY_CODES } from './gateway-codes.js';
import { PUBLISHED_CODES } from './published-codes.js';
import { SEED_CODES } from './seed-codes.js';
import { statusAround, statusOfMessage } from './pasted-status.js';
import { statusesOf, textAt } from './status-text.js';
import type { CatalogueEntry, Lang } from './types.js';

export type { CatalogueEntry, CredentialKind, Lang, Note, Text, Origin, StatusVariant } from './types.js';

const byCode = (a: CatalogueEntry, b: CatalogueEntry): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Every explained code, SCM codes first (sorted), then gateway codes. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  ...[...SEED_CODES, ...PUBLISHED_CODES].sort(byCode),
  ...[...GATEWAY_CODES].sort(byCode),
];

const index = new Map(CATALOGUE.map((entry) => [entry.code, entry]));

export function entryFor(code: string): CatalogueEntry | undefined {
  return index.get(code);
}

/**
 * Canonical form of an error code as users type it: SCM.0014, scm.0014, SCM0014, scm-0014, 0014 and 14 all
 * become SCM.0014; APIG.0301 and apigw0301 become APIGW.0301. Returns undefined for anything else.
 */
export function normalizeCode(input: string): string | undefined {
  const s = input.trim().toUpperCase();
  const digits = /^\d{1,4}$/.exec(s);
  if (digits) return `SCM.${s.padStart(4, '0')}`;
  const m = /^(SCM|APIGW|APIG)[.\-_ ]?(\d{1,4})$/.exec(s);
  if (!m) return undefined;
  const prefix = m[1] === 'SCM' ? 'SCM' : 'APIGW';
  return `${prefix}.${m[2]!.padStart(4, '0')}`;
}

/**
 * A code as a server sent it: a prefixed one normalised (`scm.14` is SCM.0014), anything else kept as sent. A
 * bare number there is not an SCM code (`{"error":{"code":"401"}}` from a gateway is an HTTP status), unlike
 * a number the user types to `scm explain`.
 */
export function serverCode(raw: string): string {
  const s = raw.trim();
  return /^\d+$/.test(s) ? s : (normalizeCode(s) ?? s);
}

export type Resolved =
  | { kind: 'code'; query: string; entry: CatalogueEntry; rules: RuleMeta[] }
  | { kind: 'rule'; query: string; rule: RuleMeta; entry: CatalogueEntry | undefined; rules: RuleMeta[] }
  | { kind: 'unknown'; query: string; suggestions: string[] };

/**
 * A query as it was copied: full-width letters, digits and dots from a Chinese IME (ＳＣＭ．００１４) made
 * plain (NFKC), and the quotes, brackets and sentence punctuation around it dropped (`SCM.0014.`, `“SCM.0014”，`).
 */
export function tidyQuery(query: string): string {
  // After NFKC the full-width ，；：！？（） are ASCII; what is left here is written as escapes (dist/ is ASCII).
  return query.normalize('NFKC').trim().replace(/^["'`\u201c\u2018(\[\u3010\u300a]+/u, '').replace(/["'`\u201d\u2019)\]\u3011\u300b.,;:!?\u3002\u3001]+$/u, '').trim();
}

/**
 * Other services' codes that an SCM code explains, as they show in a deployment's failure rows and consoles:
 * CDN without its agency to read SCM (certimate#868) is the CDN permission of SCM.0212, whose note names it.
 */
const FOREIGN_CODES: Readonly<Record<string, string>> = { 'CDN.00010198': 'SCM.0212' };

/** Resolve one user query: an error code in any accepted form, or a `validate` rule id. */
export function resolve(query: string): Resolved {
  const tidy = tidyQuery(query);
  const code = normalizeCode(tidy) ?? FOREIGN_CODES[tidy.toUpperCase()];
  const entry = code === undefined ? undefined : entryFor(code);
  if (entry) return { kind: 'code', query, entry, rules: rulesForCode(entry.code) };
  const rule = ruleById(tidy.toLowerCase());
  if (rule) {
    const ruleEntry = rule.code === null ? undefined : entryFor(rule.code);
    return { kind: 'rule', query, rule, entry: ruleEntry, rules: ruleEntry ? rulesForCode(ruleEntry.code) : [rule] };
  }
  return { kind: 'unknown', query, suggestions: suggest(tidy) };
}

/**
 * The nearest known codes or rule ids for something we do not know (at most three). A code with no near
 * spelling (SCM.9999) still gets the known codes of its family nearest in number: the contract promises the
 * nearest codes for every unknown code, and "none" leaves the user with only `--list`.
 */
export function suggest(query: string, limit = 3): string[] {
  const code = normalizeCode(query) ?? longCode(query);
  const target = code ?? query.trim().toLowerCase();
  const candidates = code ? CATALOGUE.map((e) => e.code) : [...RULES.map((rule) => rule.id), ...CATALOGUE.map((e) => e.code)];
  const near = nearest(target, candidates, limit, code ? undefined : (s) => s.toLowerCase());
  if (near.length > 0 || !code) return near;
  const [family, number] = code.split('.') as [string, string];
  const distance = (c: string): number => Math.abs(Number(c.split('.')[1]) - Number(number));
  return candidates
    .filter((c) => c.startsWith(`${family}.`) && /^\d+$/.test(c.split('.')[1] ?? ''))
    .sort((a, b) => distance(a) - distance(b) || (a < b ? -1 : 1))
    .slice(0, limit);
}

// A digit too many (SCM.12345, 12345) is still a code of its family: its nearest codes, not a word's none.
function longCode(query: string): string | undefined {
  const m = /^(?:(SCM|APIGW|APIG)[.\-_ ]?)?(\d{5,})$/.exec(query.trim().toUpperCase());
  return m ? `${m[1] === undefined || m[1] === 'SCM' ? 'SCM' : 'APIGW'}.${m[2]!}` : undefined;
}

const entryText = (e: CatalogueEntry): string =>
  [e.code, e.message, e.description, e.fix, ...(e.notes ?? [])]
    .map((t) => (typeof t === 'string' ? t : `${t.en}\n${t.zh}`))
    .join('\n')
    .toLowerCase();

/** Entries whose code or text (either language) contains every word of `keywords`. */
export function search(keywords: string): CatalogueEntry[] {
  const words = keywords.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return CATALOGUE.filter((e) => {
    const text = `${entryText(e)}\n${rulesForCode(e.code).map((rule) => `${rule.id} ${rule.title.en} ${rule.title.zh}`).join('\n').toLowerCase()}`;
    return words.every((w) => text.includes(w));
  });
}

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

export { langFromEnv } from '../i18n.js';

export type ApiFailureClass = 'auth' | 'rejected' | 'unavailable';

// 408 (Request Timeout) is a timeout on the way, a gateway or proxy that gave up waiting, not a refusal of the
// request: retried as a 5xx is (the request may have reached SCM: writes look before they re-send).
const classOfStatus = (s: number): ApiFailureClass => (s === 401 || s === 403 ? 'auth' : s === 408 || s === 429 || s >= 500 ? 'unavailable' : 'rejected');

/**
 * How to treat an API error: credentials refused, request rejected, or service unavailable (retryable).
 * By the status the server actually sent: one code can mean several things (the gateway's APIGW.0201 is a
 * malformed request with 400 and a backend timeout with 504). The catalogue decides for an SCM code whose
 * odd status is a documented quirk (SCM.0013 with 500, SCM.0010 with 403: rejections, not outages); for an
 * SCM business code (not the gateway's) it knows as a rejection or a credentials error, sent with any 5xx:
 * SCM itself answered and said no, so it is that rejection, not retried (the contract retries "every 5xx
 * that is not a known SCM rejection"; an SCM code whose own status is 5xx, SCM.4001, stays retryable; a 408, a
 * timeout on the way, is read as a 5xx is); and
 * a credentials code (APIGW.0301, SCM.1000 ...) sent with another 4xx still means the credentials, but for an
 * SCM code with 404 (the certificate asked for is not there); a known code under a 2xx is judged by its own status.
 */
export function classifyApiError(status: number, code?: string): ApiFailureClass {
  const known = code === undefined ? undefined : entryFor(serverCode(code));
  if (known?.quirkStatuses?.includes(status)) return classOfStatus(known.status);
  // An error body under a success status (a proxy or gateway policy answering 200 over it): the status says
  // nothing about the failure, so a known code is what its own status makes it (APIGW.0301 under 200: credentials).
  if (known && status >= 200 && status < 300) return classOfStatus(known.status);
  if (known && (status >= 500 || status === 408) && known.code.startsWith('SCM.') && classOfStatus(known.status) !== 'unavailable') return classOfStatus(known.status);
  const actual = classOfStatus(status);
  // Except an SCM code with 404: SCM's credentials codes come with 401/403 (or 500), so a 404 with one is about
  // the certificate asked for (a server that answers an id it does not hold with 404 SCM.0002), not the credentials.
  if (status === 404 && known?.code.startsWith('SCM.')) return actual;
  if (actual === 'rejected' && known && classOfStatus(known.status) === 'auth' && status >= 400 && status < 500) return 'auth';
  return actual;
}

export { statusesOf, textAt };
export { promisesRetries } from './gateway-entry.js';
