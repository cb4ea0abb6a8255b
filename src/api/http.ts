// One HTTP exchange with a timeout, on node:http(s) (node-fetch.ts), or on undici's fetch with a ProxyAgent
// (proxy-agents.ts) when HTTPS_PROXY/HTTP_PROXY is set (undici, the agents and NO_PROXY's matching are imported
// only then: with them node:net and node:diagnostics_channel, which a run without a proxy does not need). Failures become ApiNetworkError (which one:
// network-error.ts); a proxy that did not let the request through is said as such (proxy-refusal.ts: nothing
// reached SCM). The answer's body is read by read-body.ts.
import { t, type Lang } from '../core/i18n.js';
import { InterruptedError } from '../errors.js';
import type { Deadline } from './deadline.js';
import { isLoopback } from './endpoints.js';
import { READS, type Operation } from './errors.js';
import { BadResponseError } from './exchange-errors.js';
import { OP_NAME } from './messages.js';
import { N, TRACE } from './exchange-messages.js';
import { cutOff, networkError } from './network-error.js';
import { redactHeaders, redactUrl, type Scrub } from './redact.js';
import { headerRequestId } from './request-id.js';
import { MAX_BODY, nodeFetch } from './node-fetch.js';
import { PROXY_NAMES, proxyHostPort, proxyVar, type ProxyVar } from './proxy-vars.js';
import { proxyRefusal } from './proxy-refusal.js';
import type { ProxyAgents } from './proxy-agents.js';
import { readText, type FetchAnswer } from './read-body.js';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'DELETE';
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

export { MAX_BODY };

export interface HttpResponse {
  status: number;
  /** At most MAX_BODY bytes of the body: an error answer that goes on is cut (`truncated`), a success is refused. */
  text: string;
  truncated?: boolean;
  requestId?: string;
  header(name: string): string | undefined;
}

type FetchLike = (url: string, init: Record<string, unknown>) => Promise<FetchAnswer>;

/** Server text in a --debug trace: scrubbed over more than is shown (a secret cut in half is still found). */
const TRACE_SHOWN = 2000;
const SCRUBBED = 64 * 1024;

export interface TransportOptions {
  env: Record<string, string | undefined>;
  timeoutMs: number;
  signal: AbortSignal;
  scrub: Scrub;
  trace?: (line: string) => void;
  lang: Lang;
  /** The time limit of the whole operation (src/api/deadline.ts). */
  deadline?: Deadline;
  /** Tests inject a fetch; production picks the built-in one or undici's. */
  fetch?: FetchLike;
}

export interface Transport {
  send(req: HttpRequest, operation: Operation): Promise<HttpResponse>;
  /** The proxy in use, for --debug (credentials removed). */
  proxy?: string;
}

const pick = (env: Record<string, string | undefined>, ...names: string[]): string =>
  names.map((n) => env[n]).find((v) => v !== undefined && v !== '') ?? '';

export async function createTransport(o: TransportOptions): Promise<Transport> {
  const direct: FetchLike = o.fetch ?? (nodeFetch() as unknown as FetchLike);
  let fetchImpl = direct;
  let agents: ProxyAgents | undefined;
  let bypasses: ((url: URL, list: string) => boolean) | undefined;
  // Read as URLs first (proxy-vars.ts): `host:port` taken as http://, anything unusable a ConfigError (exit 2).
  // The lower-case name first when both are set, as curl, wget and undici's own EnvHttpProxyAgent take them.
  const httpsVar = proxyVar(o.env, PROXY_NAMES.https, o.lang);
  const httpVar = proxyVar(o.env, PROXY_NAMES.http, o.lang);
  let proxyName: string | undefined;
  if (!o.fetch && (httpsVar || httpVar)) {
    // Values are passed explicitly (never read from process.env): commands only see ctx.env. NO_PROXY is decided
    // by proxied() below (bypassesProxy, no-proxy.ts): undici is handed only what goes through the proxy (proxy-agents.ts).
    const [undici, { proxyAgents }, noProxyRules] = await Promise.all([import('undici'), import('./proxy-agents.js'), import('./no-proxy.js')]);
    agents = proxyAgents(undici);
    bypasses = noProxyRules.bypassesProxy;
    fetchImpl = undici.fetch as unknown as FetchLike;
    proxyName = redactUrl((httpsVar ?? httpVar)!.url);
  }

  /**
   * A loopback endpoint (the local emulator) goes through a proxy only when the proxy is on this machine too: a
   * remote proxy would get the request in clear text (plain http is allowed on loopback) and reach its own
   * loopback, not ours. The proxy for the URL's scheme, as EnvHttpProxyAgent picks it.
   */
  const onThisMachine = (url: string | undefined): boolean => {
    try {
      return url !== undefined && isLoopback(new URL(url).hostname);
    } catch {
      return false;
    }
  };
  const noProxy = pick(o.env, ...PROXY_NAMES.no);
  /** The variable EnvHttpProxyAgent takes the proxy for `url` from: http_proxy for http, else https_proxy or http_proxy. */
  const proxyFor = (url: URL): ProxyVar | undefined => (url.protocol === 'http:' ? httpVar : httpsVar ?? httpVar);
  const proxied = (url: URL): boolean => {
    const via = proxyFor(url);
    return agents !== undefined && bypasses !== undefined && via !== undefined && !bypasses(url, noProxy) && (!isLoopback(url.hostname) || onThisMachine(via.url));
  };

  async function send(req: HttpRequest, operation: Operation): Promise<HttpResponse> {
    if (o.signal.aborted) throw new InterruptedError();
    const via = proxied(req.url) ? proxyFor(req.url)! : undefined;
    const viaProxy = via !== undefined;
    const proxy = via ? redactUrl(via.url) : undefined;
    // The operation's deadline cuts this request's timeout to what is left of it.
    const left = o.deadline ? o.deadline.remainingMs() : Infinity;
    if (left <= 0) throw o.deadline!.error(operation, 'no');
    const limitMs = Math.min(o.timeoutMs, left);
    const timeout = AbortSignal.timeout(limitMs);
    const signal = AbortSignal.any([o.signal, timeout]);
    o.trace?.(t(o.lang, proxy ? TRACE.viaProxy : TRACE.request, { method: req.method, url: req.url.href, proxy: proxy ?? '' }));
    for (const [k, v] of Object.entries(redactHeaders(req.headers))) o.trace?.(`    ${k}: ${o.scrub(v)}`);
    if (req.body !== undefined) o.trace?.(t(o.lang, TRACE.body, { bytes: Buffer.byteLength(req.body) }));
    const started = Date.now();
    let res: Awaited<ReturnType<FetchLike>>;
    let requestId: string | undefined;
    let body: { text: string; truncated: boolean };
    // Only the exchange itself is in here: what fails in it is the connection's (or an unreadable answer);
    // anything after it is not, and is never taken for a connection failure (which re-sends an import).
    // Anything but a read goes out on a connection of its own (node-fetch.ts; behind a proxy, an agent of its own,
    // closed below): one the server or the proxy had closed while it was kept alive would cut it off unread, and an
    // import or push cut off is looked up before it is sent again.
    const fresh = !READS.has(operation);
    const lease = via ? agents!.take(via, fresh) : undefined;
    let again: ReturnType<ProxyAgents['take']> | undefined;
    const call = (dispatcher: unknown): Promise<FetchAnswer> => (viaProxy ? fetchImpl : direct)(req.url.href, { method: req.method, headers: req.headers, body: req.body, signal, redirect: 'manual', ...(dispatcher ? { dispatcher } : { fresh }) });
    try {
      try {
        res = await call(lease?.dispatcher);
      } catch (e) {
        // A read behind a proxy cut off unanswered (a kept-alive connection closed at the other end): sent again
        // at once through an agent of its own, no retry spent, as node-fetch.ts does without a proxy.
        if (!lease || fresh || signal.aborted || !cutOff(e)) throw e;
        again = agents!.take(via!, true);
        res = await call(again.dispatcher);
      }
      // Server text like any other: a request id can quote what was sent (a stretch of the private key), and
      // it goes into error messages and --json as it is, so it is scrubbed here, once, where it enters.
      // An OpenStack-style service names the request in X-Openstack-Request-Id only (request-id.ts).
      requestId = headerRequestId((n) => res.headers.get(n), o.scrub);
      body = await readText(res, operation, requestId, o);
    } catch (e) {
      if (o.signal.aborted) throw new InterruptedError();
      if (e instanceof BadResponseError) {
        o.trace?.(t(o.lang, TRACE.failed, { why: e.message, ms: Date.now() - started }));
        throw e;
      }
      const words = via ? agents!.words() : undefined;
      const said = words ? { ...words, reason: o.scrub(words.reason), said: o.scrub(words.said) } : undefined;
      const refused = via ? await proxyRefusal(e, req.url, via, operation, o.lang, said) : undefined;
      const err = refused ?? (timeout.aborted && limitMs < o.timeoutMs ? o.deadline!.error(operation, 'unknown') : networkError(e, req, operation, timeout.aborted, { timeoutMs: o.timeoutMs, lang: o.lang, ...(via ? { proxy: { shown: proxy!, host: proxyHostPort(via), name: via.name } } : {}) }));
      o.trace?.(t(o.lang, TRACE.failed, { why: err.message, ms: Date.now() - started }));
      throw err;
    } finally {
      await lease?.done();
      await again?.done();
    }
    // A UTF-8 byte order mark (a gateway writing "UTF-8 with BOM") is no part of the JSON: JSON.parse refuses it.
    const text = body.text.replace(/^\uFEFF/, '');
    const truncated = body.truncated;
    o.trace?.(t(o.lang, requestId ? TRACE.answerWithId : TRACE.answer, { status: res.status, ms: Date.now() - started, id: requestId ?? '', bytes: Buffer.byteLength(text) }));
    if (truncated) o.trace?.(t(o.lang, TRACE.cut, { bytes: MAX_BODY }));
    if (res.status >= 400 && text) o.trace?.(`    ${o.scrub(text.slice(0, SCRUBBED)).slice(0, TRACE_SHOWN)}`);
    // A success that goes on for megabytes is no SCM answer: nothing in it is to be trusted (and an import
    // whose answer cannot be used is looked up, as after any). An error answer is read from its start.
    if (truncated && res.status < 400) {
      const ref = requestId ? t(o.lang, N.requestId, { id: requestId }) : '';
      throw new BadResponseError(t(o.lang, N.tooLarge, { op: t(o.lang, OP_NAME[operation]), status: res.status, mb: MAX_BODY >> 20, ref }), { operation, ...(requestId ? { requestId } : {}), hint: t(o.lang, N.badResponseHint) });
    }
    const headers = res.headers;
    return { status: res.status, text, ...(truncated ? { truncated } : {}), ...(requestId ? { requestId } : {}), header: (n) => headers.get(n) ?? undefined };
  }
  return { send, ...(proxyName ? { proxy: proxyName } : {}) };
}
