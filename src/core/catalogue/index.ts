// Lookups over the error catalogue: a query resolved to a code or a rule id, search, "did you mean"; and, from
// the files beside it, the catalogue (entries.ts), code forms (codes.ts), codes pulled out of pasted text
// (extract.ts) and how an API failure is treated (failure-class.ts). Pure: no I/O.
import { ruleById, RULES, rulesForCode } from '../rules/table.js';
import { nearest } from '../similar.js';
import type { RuleMeta } from '../rules/types.js';
import { normalizeCode } from './codes.js';
import { CATALOGUE, entryFor } from './entries.js';
import { statusesOf, textAt } from './status-text.js';
import type { CatalogueEntry } from './types.js';

export type { CatalogueEntry, CredentialKind, Lang, Note, Text, Origin, StatusVariant } from './types.js';
export { CATALOGUE, entryFor } from './entries.js';
export { normalizeCode, serverCode } from './codes.js';
export { extractCodes, type FoundCode } from './extract.js';
export { classifyApiError, type ApiFailureClass } from './failure-class.js';

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

export { langFromEnv } from '../i18n.js';

export { statusesOf, textAt };
export { promisesRetries } from './gateway-entry.js';
