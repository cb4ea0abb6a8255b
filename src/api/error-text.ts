// The text of an API error: what SCM said (the catalogue's message for the status it was sent with), why,
// the server's own words when they add something, notes, the offline rules related to the code, and the fix.
// The catalogue's prose becomes clauses of the diagnostic (no final full stop; English lower case).
import { entryFor, promisesRetries, textAt, type ApiFailureClass, type CatalogueEntry, type CredentialKind, type Lang, type Text } from '../core/catalogue/index.js';
import { IAM_ACTIONS, PERMISSION_CODES } from '../core/catalogue/iam-actions.js';
import { asClause, listOf, t } from '../core/i18n.js';
import { rulesForCode } from '../core/rules/table.js';
import { CR, CREDENTIAL_KIND } from './credential-messages.js';
import { E, OPERATION } from './messages.js';

export type Operation = 'import' | 'push' | 'batch-push' | 'list' | 'show' | 'delete' | 'deployed-resources' | 'export' | 'notify' | 'deploy';

/** The operations that only read: asking again changes nothing (wire.ts asks again after an unreadable answer, http.ts after a closed connection). */
export const READS: ReadonlySet<Operation> = new Set<Operation>(['list', 'show', 'deployed-resources', 'export']);

/** What is known of an API error: what the description is made from (errors.ts's ScmApiError holds it). */
export interface ApiErrorFields {
  operation: Operation;
  status: number;
  errorCode?: string;
  errorMsg?: string;
  requestId?: string;
  lang?: Lang;
  retryAfterMs?: number;
  /** When the server's Retry-After ends, read against the clock when its answer came. */
  retryAt?: Date;
  /** The time of the server's answer (its Date header), for a request signed with AK/SK. */
  serverTime?: Date;
  /** How far this machine's clock is ahead of the server's (negative: behind). */
  clockOffMs?: number;
  /** The endpoint's own path (`/v2`), when it has one: scm puts it before every API path. */
  endpointPath?: string;
  /** How the request was authenticated: a note about the other kind (APIGW.0301's AK lock under a token) is not said. */
  credential?: CredentialKind;
  /** Where that credential came from ("SCM_AUTH_TOKEN", "ak/sk in /p/.scmrc"), in `lang`: never its value. */
  credentialFrom?: string;
  /** The retries asked for (--retries): with none, a fix that says scm retries by itself is not said. */
  retries?: number;
}

/**
 * The error code as one: a numeric error_code ({"error_code":400}, IAM's {"code":401}) is the HTTP status again,
 * not a code, so it is read as absent: the diagnostic says the status and the server's words, the hint is the
 * one for a refusal with no code, and --json's error_code is null.
 */
export const errorCodeOf = (code: string | undefined): string | undefined => (code !== undefined && /^\d+$/.test(code) ? undefined : code);

/** How far off a clock may be before the gateway refuses an AK/SK signature (X-Sdk-Date) as expired. */
const CLOCK_WINDOW_MS = 15 * 60_000;

/** A clock difference as people say it: 2 h 5 min, 1 天 20 分钟. */
function span(ms: number, lang: Lang): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const parts: Array<[number, string, string]> = [[Math.floor(minutes / 1440), 'd', '天'], [Math.floor((minutes % 1440) / 60), 'h', '小时'], [minutes % 60, 'min', '分钟']];
  return parts.filter(([n]) => n > 0).map(([n, en, zh]) => `${n} ${lang === 'zh' ? zh : en}`).join(' ');
}

export interface ApiErrorText {
  message: string;
  hint?: string;
}

/** The IAM action `op` needs, with its alias, or that Huawei publishes none (core/catalogue/iam-actions.ts). */
function actionOf(op: Operation, lang: Lang): string {
  const [action, ...aliases]: readonly string[] = IAM_ACTIONS[op];
  if (action === undefined) return t(lang, E.iamUnpublished);
  return aliases.length > 0 ? t(lang, E.iamAlias, { action, alias: aliases.join(', ') }) : action;
}

/** The entry's fix: for the credential used alone, and where it came from, when the call says so. */
function fixFor(entry: CatalogueEntry, text: { fix: Text }, f: ApiErrorFields, lang: Lang): string {
  const own = f.credential ? entry.fixFor?.[f.credential] : undefined;
  if (!own) return asClause(text.fix[lang], lang);
  return fromWhere(asClause(own[lang], lang), f, lang);
}

/** Credentials refused with no code scm knows: the kind used, and where from, when known; else both kinds. */
function credentialsHint(f: ApiErrorFields, lang: Lang): string {
  if (!f.credential) return t(lang, CR.credentials);
  return fromWhere(t(lang, f.credential === 'aksk' ? CR.credentialsAksk : CR.credentialsToken), f, lang);
}

/** A fix about the credential used, with where it came from when the call says so (never its value). */
function fromWhere(fix: string, f: ApiErrorFields, lang: Lang): string {
  return f.credential && f.credentialFrom ? t(lang, CR.usedFrom, { fix, what: t(lang, CREDENTIAL_KIND[f.credential]), from: f.credentialFrom }) : fix;
}

/**
 * `fired`: the rules that fired offline on this input, when the caller knows them. Only those are said to
 * have "caught" the error; without that knowledge every related rule is "related", never a claim.
 */
export function describeApiError(f: ApiErrorFields, klass: ApiFailureClass, lang: Lang, fired?: readonly string[]): ApiErrorText {
  const code = errorCodeOf(f.errorCode);
  const entry = code === undefined ? undefined : entryFor(code);
  const text = entry ? textAt(entry, f.status) : undefined;
  // A 429 no catalogue entry explains (a gateway's or proxy's page, a bare "Too Many Requests", a code scm does not
  // know): throttled all the same, said so with its own advice; the page's words follow as the server's.
  const throttled = f.status === 429 && !(entry && text);
  const said = (f.errorMsg ?? '').trim();
  const words = text ? text.message[lang] : throttled ? t(lang, E.throttled) : said;
  // Words with no code: "certificate not found (HTTP 404, no error code)", not "no error code certificate not found".
  const wordsAlone = code === undefined && words !== '';
  const ref = f.requestId
    ? t(lang, wordsAlone ? E.refNoCodeWithId : E.refWithId, { status: f.status, id: f.requestId })
    : t(lang, wordsAlone ? E.refNoCode : E.ref, { status: f.status });
  const what = wordsAlone ? words : [code ?? t(lang, E.noCode), words].filter(Boolean).join(' ');
  const lines = [t(lang, E[klass], { op: t(lang, OPERATION[f.operation]), what, ref })];
  // Credentials refused while this clock is further off than the gateway allows: that is the cause, whatever else.
  const clockOff = klass === 'auth' && f.serverTime !== undefined && f.clockOffMs !== undefined && Math.abs(f.clockOffMs) > CLOCK_WINDOW_MS;
  if (clockOff) lines.push(t(lang, f.clockOffMs! > 0 ? CR.clockAhead : CR.clockBehind, { span: span(f.clockOffMs!, lang), server: `${f.serverTime!.toISOString().slice(0, 19).replace('T', ' ')} UTC` }));
  // "No such API" behind an endpoint with a path of its own: that path is the likeliest cause.
  if (f.status === 404 && f.endpointPath && (code === undefined || code === 'APIGW.0101')) lines.push(t(lang, E.endpointPath, { path: f.endpointPath }));
  if (throttled && said) lines.push(t(lang, E.serverSaid, { text: said }));
  // Retry-After: 0 (or a date already past) asks no wait: "wait 0s" would be a wait for nothing.
  if (f.status === 429 && f.retryAfterMs !== undefined && f.retryAfterMs > 0) lines.push(t(lang, E.askedToWait, { seconds: Math.ceil(f.retryAfterMs / 1000) }));
  // A 403 no catalogue code explains (IAM's own {"error":{"code":403,"message":"Policy doesn't allow ..."}}): a
  // permission refused, not credentials that are wrong: the action the request needs, and a hint to grant it.
  const forbidden = klass === 'auth' && f.status === 403 && !(entry && text);
  if (forbidden) lines.push(t(lang, E.iamAction, { action: actionOf(f.operation, lang) }));
  if (entry && text) {
    lines.push(t(lang, E.why, { text: asClause(text.description[lang], lang) }));
    const said = f.errorMsg?.trim();
    // The server's words only when they add something ("Backend timeout" is the catalogue's "Backend timeout.").
    const same = (a: string, b: string): boolean => a.replace(/[.\u3002\s]+$/, '').toLowerCase() === b.replace(/[.\u3002\s]+$/, '').toLowerCase();
    if (said && !same(said, text.message.en) && !same(said, text.message.zh)) lines.push(t(lang, E.serverSaid, { text: said }));
    for (const note of entry.notes ?? []) {
      if (note.credential && f.credential && note.credential !== f.credential) continue;
      lines.push(t(lang, E.note, { text: asClause(note[lang], lang) }));
    }
    if (PERMISSION_CODES.has(entry.code)) lines.push(t(lang, E.iamAction, { action: actionOf(f.operation, lang) }));
    const rules = rulesForCode(entry.code, f.operation).map((r) => r.id);
    const caught = fired ? rules.filter((r) => fired.includes(r)) : [];
    if (caught.length > 0) lines.push(t(lang, E.caughtOffline, { cmd: 'scm validate', rules: listOf(lang, caught) }));
    // A command that works: `scm explain` takes rule ids (`scm validate` would read them as file names).
    else if (rules.length > 0) lines.push(t(lang, E.relatedRules, { cmd: `scm explain ${rules.join(' ')}`, rules: listOf(lang, rules) }));
  }
  const hint = clockOff ? t(lang, CR.setClock) : throttled ? t(lang, f.retries === 0 ? E.throttledNotRetried : E.throttledHint) : entry && text && f.retries === 0 && promisesRetries(text.fix)
    ? t(lang, E.notRetried, { cmd: `scm explain ${entry.code}` })
    : entry && text
    ? t(lang, E.fixMore, { fix: fixFor(entry, text, f, lang), cmd: `scm explain ${entry.code}` })
    : code
      ? t(lang, E.unknownCode, { code })
      : klass === 'unavailable' ? t(lang, E.tryLater) : forbidden ? t(lang, IAM_ACTIONS[f.operation].length > 0 ? CR.forbidden : CR.forbiddenUnnamed) : klass === 'auth' ? credentialsHint(f, lang)
        : klass === 'rejected' && code === undefined ? t(lang, E.notScm, { status: f.status }) : undefined;
  return { message: lines.join('\n'), ...(hint ? { hint } : {}) };
}
