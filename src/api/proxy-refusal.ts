// A proxy that does not let scm's request through: its CONNECT answered with anything but 200 (or, without a
// tunnel, a 407). The request never got past the proxy, so nothing can have reached SCM. undici says only
// "Proxy response (403) !== 200" (RequestAbortedError), which networkError() took for a connection cut off after
// sending: "connection failed (UND_ERR_ABORTED)", retried, and an import looked up as if it might have landed.
// Now one message naming the proxy (credentials never shown), its status and reason (its own reason phrase and
// page when proxy-words.ts kept them), "nothing was sent to SCM",
// and never "may have taken effect" (no lookup before sending again). By the contract's exit codes and retries:
// - 407: credentials missing or refused (ProxyAuthError, exit 3, never retried); the proxy URL itself was usable
//   (one that is not is exit 2, proxy-vars.ts).
// - 5xx (502: it cannot reach SCM, 503, 504): the proxy's failure, as a network failure: retried, exit 5 after.
// - any other (403: a policy refusal, 405: no CONNECT): exit 5, SCM could not be reached from here, and not
//   retried ("never retried: other 4xx"; the same policy refuses again). Not exit 3: the AK/SK never left this
//   machine and the proxy's own credentials are asked with a 407; not exit 4: SCM rejected nothing.
import { t, type Lang } from '../core/i18n.js';
import { CredentialsError } from '../errors.js';
import { ApiNetworkError } from './exchange-errors.js';
import type { Operation } from './errors.js';
import { N } from './exchange-messages.js';
import type { ProxyVar } from './proxy-vars.js';
import type { ProxyWords } from './proxy-words.js';
import { redactUrl } from './redact.js';

/** undici's words: a CONNECT answered NNN (tunnel), or a proxied request answered 407 (no tunnel). */
const SAID = /Proxy response \((\d{3})\) !== 200|Proxy Authentication Required \((407)\)/;

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

/** The proxy answered the CONNECT with `proxyStatus` (not 200, not 407): exit 5, retried only for a 5xx. */
export class ProxyRefusedError extends ApiNetworkError {
  readonly proxyStatus: number;

  constructor(message: string, o: { operation: Operation; status: number; hint: string }) {
    super(message, { operation: o.operation, delivered: 'no', retryable: o.status >= 500 && o.status <= 599, hint: o.hint });
    this.proxyStatus = o.status;
  }
}

/** The status the proxy refused with, if this failure (or what caused it) says so. */
export function proxyStatusOf(e: unknown): number | undefined {
  for (let cur: unknown = e, depth = 0; cur instanceof Error && depth < 5; depth++, cur = cur.cause) {
    const m = SAID.exec(cur.message);
    if (m) return Number(m[1] ?? m[2]);
  }
  return undefined;
}

/**
 * The error for a request to `url` through the proxy of `from` (the variable EnvHttpProxyAgent took for this URL)
 * that the proxy did not let through, or undefined when `e` is some other failure.
 */
export async function proxyRefusal(e: unknown, url: URL, from: ProxyVar, operation: Operation, lang: Lang, words?: ProxyWords): Promise<ProxyAuthError | ProxyRefusedError | undefined> {
  const status = proxyStatusOf(e);
  if (status === undefined) return undefined;
  const proxy = redactUrl(from.url).replace(/\/$/, '');
  if (status === 407) return proxyAuthError(from, proxy, operation, lang);
  const target = `${url.hostname}:${url.port || (url.protocol === 'http:' ? 80 : 443)}`;
  // The proxy's own words when they were kept for this refusal (proxy-words.ts): its reason phrase, its page.
  const own = words && words.status === status && words.target === target ? words : undefined;
  // Else only the status is in undici's words; its standard reason is said with it. node:http is loaded (undici).
  const { STATUS_CODES } = await import('node:http');
  const reason = own?.reason || STATUS_CODES[status];
  const facts = { proxy, name: from.name, target, host: url.hostname, status: reason ? `${status} ${reason}` : String(status) };
  const upstream = status >= 500 && status <= 599;
  const hint = upstream ? N.proxyUpstreamHint : status === 403 ? N.proxyForbiddenHint : N.proxyRefusedHint;
  const said = own?.said ? t(lang, N.proxySaid, { said: own.said }) : '';
  return new ProxyRefusedError(t(lang, upstream ? N.proxyUpstream : N.proxyRefused, facts) + said, { operation, status, hint: t(lang, hint, facts) });
}

/** The error for a 407 from the proxy in `from`: asked for credentials, or refused the ones in the URL. */
function proxyAuthError(from: ProxyVar, proxy: string, operation: Operation, lang: Lang): ProxyAuthError {
  let given = false;
  try {
    const u = new URL(from.url);
    given = u.username !== '' || u.password !== '';
  } catch {
    // proxy-vars.ts has read it as a URL already.
  }
  const facts = { proxy, name: from.name };
  return new ProxyAuthError(t(lang, given ? N.proxyAuthRefused : N.proxyAuthAsked, facts), { operation, hint: t(lang, given ? N.proxyAuthRefusedHint : N.proxyAuthAskedHint, facts) });
}
