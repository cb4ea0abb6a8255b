// What a failed HTTP exchange was, from the error Node or undici threw: a name that does not resolve, a bad
// port, TLS refused (and why: a CA not trusted, another name, dates), no TLS or no HTTP at the other end, a
// connection refused, a timeout. Each becomes an ApiNetworkError saying whether the request may have reached
// SCM and whether it may be sent again. Apart from http.ts, which sends, because this only reads the failure.
import { t, type Lang } from '../core/i18n.js';
import { ApiNetworkError } from './exchange-errors.js';
import type { Operation } from './errors.js';
import { N } from './exchange-messages.js';
import type { CutAnswer } from './node-fetch.js';

function errorCode(e: unknown): string | undefined {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const o = cur as { code?: unknown; errors?: unknown[]; cause?: unknown };
    if (typeof o.code === 'string') return o.code;
    if (Array.isArray(o.errors) && o.errors.length > 0) cur = o.errors[0];
    else cur = o.cause;
  }
  return undefined;
}

/**
 * A request cut off with no answer on a connection the other end closed (a reset, a write after its close, or
 * undici's "other side closed"): behind a proxy, what a read on a kept-alive connection the server or the proxy
 * had closed meets; such a read is sent again at once (http.ts), as node-fetch.ts does without a proxy.
 */
export const cutOff = (e: unknown): boolean => ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'].includes(errorCode(e) ?? '');

/** The innermost message (fetch says only "fetch failed"; the cause says why, e.g. "bad port"). */
function rootMessage(e: unknown): string {
  let msg = e instanceof Error ? e.message : String(e);
  for (let cur: unknown = e, depth = 0; cur instanceof Error && depth < 5; depth++, cur = cur.cause) msg = cur.message || msg;
  return msg;
}

const NOT_SENT = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const TLS = /^(CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_SSL_)/;
/** A TLS handshake answered by something that is not TLS (a plain-HTTP emulator behind https://). */
const NOT_TLS = /^(EPROTO|ERR_SSL_WRONG_VERSION_NUMBER|ERR_SSL_PACKET_LENGTH_TOO_LONG)$|wrong version number|packet length too long/i;

/** What a TLS verification failure means, by its code: a CA not trusted, another name, or dates (or the clock). */
function tlsHint(code: string): typeof N[keyof typeof N] {
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return N.tlsNameHint;
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') return N.tlsDatesHint;
  if (/SELF_SIGNED|UNABLE_TO_GET_ISSUER|UNABLE_TO_VERIFY_LEAF|CERT_UNTRUSTED/.test(code)) return N.tlsUntrustedHint;
  return N.tlsHint;
}

/** The proxy a request went through: its URL as shown (no credentials), its host:port, and its variable. */
export interface ViaProxy {
  shown: string;
  host: string;
  name: string;
}

export function networkError(e: unknown, req: { method: string; url: URL }, operation: Operation, timedOut: boolean, o: { timeoutMs: number; lang: Lang; proxy?: ViaProxy }): ApiNetworkError {
  const lang = o.lang;
  const host = req.url.host;
  // Behind a proxy, a refused or failed connection is as likely the proxy's as the endpoint's: say which way it went.
  const bare = `${req.method} ${req.url.origin}${req.url.pathname}`;
  const where = o.proxy ? t(lang, N.viaProxy, { where: bare, proxy: o.proxy.shown }) : bare;
  // The answer began and stopped before its end (the connection closed, or the time ran out): said with how much came.
  const cut = typeof e === 'object' && e !== null ? (e as { cut?: CutAnswer }).cut : undefined;
  if (timedOut) {
    const said = cut ? t(lang, cut.total !== undefined ? N.timeoutMidBody : N.timeoutMidBodyAt, { seconds: o.timeoutMs / 1000, status: cut.status, got: cut.got, total: cut.total ?? 0, where }) : t(lang, N.timeout, { seconds: o.timeoutMs / 1000, where });
    return new ApiNetworkError(said, { operation, delivered: 'unknown', retryable: true, hint: t(lang, N.timeoutHint), cause: e, timedOut: true });
  }
  if (cut) return new ApiNetworkError(t(lang, cut.total !== undefined ? N.cutOff : N.cutOffAt, { status: cut.status, got: cut.got, total: cut.total ?? 0, where }), { operation, delivered: 'unknown', retryable: true, hint: t(lang, N.cutOffHint), cause: e });
  const code = errorCode(e) ?? rootMessage(e);
  const no = (message: string, hint: string, retryable = false): ApiNetworkError => new ApiNetworkError(message, { operation, delivered: 'no', retryable, hint, cause: e });
  // Behind a proxy, scm's only connection is to the proxy (the proxy resolves and reaches the endpoint, and says
  // so in its answer): a name not resolved or a connection refused is the proxy's, and is said with its host:port.
  if (o.proxy && (code === 'ENOTFOUND' || NOT_SENT.has(code))) {
    const facts = { proxy: o.proxy.host, name: o.proxy.name, code, where };
    return no(t(lang, code === 'ENOTFOUND' ? N.proxyNotResolved : N.proxyCannotConnect, facts), t(lang, N.proxyCannotConnectHint, facts), code !== 'ENOTFOUND');
  }
  if (code === 'ENOTFOUND') return no(t(lang, N.notResolved, { host: req.url.hostname, code, where }), t(lang, N.notResolvedHint));
  if (code === 'bad port') return no(t(lang, N.badPort, { port: req.url.port, where }), t(lang, N.badPortHint));
  // Checked before other TLS errors: a retry would meet the same plain-HTTP server.
  if (req.url.protocol === 'https:' && (NOT_TLS.test(code) || NOT_TLS.test(rootMessage(e)))) return no(t(lang, N.notTls, { host, code }), t(lang, N.notTlsHint, { host }));
  if (TLS.test(code)) return no(t(lang, N.tls, { host, code }), t(lang, tlsHint(code), { host, name: req.url.hostname }));
  // Node's HTTP parser could not read the answer (an SSH banner, no status line, headers past its limit): the
  // port does not serve HTTP scm can read, and asking again meets the same; the request may have been read.
  if (code.startsWith('HPE_')) return new ApiNetworkError(t(lang, N.notHttp, { host, code, where }), { operation, delivered: 'unknown', retryable: false, hint: t(lang, N.notHttpHint), cause: e });
  if (NOT_SENT.has(code)) return no(t(lang, N.cannotConnect, { host, code, where }), t(lang, N.cannotConnectHint), true);
  return new ApiNetworkError(t(lang, N.failed, { host, code, where }), { operation, delivered: 'unknown', retryable: true, hint: t(lang, N.failedHint), cause: e });
}
