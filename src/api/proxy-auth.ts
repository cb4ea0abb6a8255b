// A proxy that answers 407 Proxy Authentication Required to scm's CONNECT: the request never got past the proxy,
// so it is not a connection failure that may have reached SCM (that was "connection failed (UND_ERR_ABORTED)",
// retried, and an import looked up as if it might have landed). It is credentials missing or refused: exit 3,
// as the contract gives for credentials (HTTP 401/403), never retried, nothing looked up. A 407 is the proxy's
// 401; the proxy URL itself was usable (one that is not is exit 2, proxy-vars.ts). Credentials are never shown.
import { t, type Lang } from '../core/i18n.js';
import { CredentialsError } from '../errors.js';
import type { Operation } from './errors.js';
import { N } from './messages.js';
import type { ProxyVar } from './proxy-vars.js';
import { redactUrl } from './redact.js';

/** undici's words for it: the CONNECT answered 407 (tunnel), or a proxied request answered 407 (no tunnel). */
const SAID_407 = /Proxy response \(407\)|Proxy Authentication Required \(407\)/;

export class ProxyAuthError extends CredentialsError {
  readonly operation: Operation;
  /** Nothing reached SCM: the same proxy would refuse the same request again, and there is nothing to look up. */
  readonly retryable = false;
  readonly mayHaveTakenEffect = false;
  readonly delivered = 'no' as const;

  constructor(message: string, o: { operation: Operation; hint: string }) {
    super(message, { hint: o.hint });
    this.operation = o.operation;
  }
}

/** Does this failure (or what caused it) say the proxy answered 407? */
export function isProxy407(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur instanceof Error && depth < 5; depth++, cur = cur.cause) {
    if (SAID_407.test(cur.message)) return true;
  }
  return false;
}

/** The error for a 407 from the proxy in `from`: asked for credentials, or refused the ones in the URL. */
export function proxyAuthError(from: ProxyVar, operation: Operation, lang: Lang): ProxyAuthError {
  let given = false;
  try {
    const u = new URL(from.url);
    given = u.username !== '' || u.password !== '';
  } catch {
    // proxy-vars.ts has read it as a URL already.
  }
  const proxy = redactUrl(from.url).replace(/\/$/, '');
  const facts = { proxy, name: from.name };
  return new ProxyAuthError(t(lang, given ? N.proxyAuthRefused : N.proxyAuthAsked, facts), { operation, hint: t(lang, given ? N.proxyAuthRefusedHint : N.proxyAuthAskedHint, facts) });
}
