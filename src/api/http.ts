// One HTTP exchange with a timeout, on node:http(s) (node-fetch.ts), or on undici's fetch with EnvHttpProxyAgent
// when HTTPS_PROXY/HTTP_PROXY is set (undici is imported only then). Failures become ApiNetworkError.
import { InterruptedError } from '../errors.js';
import { ApiNetworkError, type Operation } from './errors.js';
import { redactHeaders, redactUrl, type Scrub } from './redact.js';
import { nodeFetch } from './node-fetch.js';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  text: string;
  requestId?: string;
  header(name: string): string | undefined;
}

type FetchLike = (url: string, init: Record<string, unknown>) => Promise<{ status: number; headers: { get(n: string): string | null }; text(): Promise<string> }>;

export interface TransportOptions {
  env: Record<string, string | undefined>;
  timeoutMs: number;
  signal: AbortSignal;
  scrub: Scrub;
  trace?: (line: string) => void;
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

function errorCode(e: unknown): string | undefined {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const o = cur as { code?: unknown; errors?: unknown[]; cause?: unknown };
    if (typeof o.code === 'string') return o.code;
    if (Array.isArray(o.errors) && o.errors.length > 0) cur = o.errors[0];
    else cur = o.cause;
  }
  return undefined;
}

/** The innermost message (fetch says only "fetch failed"; the cause says why, e.g. "bad port"). */
function rootMessage(e: unknown): string {
  let msg = e instanceof Error ? e.message : String(e);
  for (let cur: unknown = e, depth = 0; cur instanceof Error && depth < 5; depth++, cur = cur.cause) msg = cur.message || msg;
  return msg;
}

const NOT_SENT = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const TLS = /^(CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_SSL_)/;

function networkError(e: unknown, req: HttpRequest, operation: Operation, timedOut: boolean, timeoutMs: number, proxy?: string): ApiNetworkError {
  // Behind a proxy, a refused or failed connection is as likely the proxy's as the endpoint's: say which way it went.
  const where = `${req.method} ${req.url.origin}${req.url.pathname}${proxy ? ` via proxy ${proxy}` : ''}`;
  if (timedOut) {
    return new ApiNetworkError(`no answer within ${timeoutMs / 1000}s: ${where}`, { operation, delivered: 'unknown', retryable: true, hint: 'raise --timeout, or check the network and any proxy (HTTPS_PROXY/NO_PROXY)', cause: e });
  }
  const code = errorCode(e) ?? rootMessage(e);
  if (code === 'ENOTFOUND') return new ApiNetworkError(`cannot resolve ${req.url.hostname} (${code}): ${where}`, { operation, delivered: 'no', retryable: false, hint: 'check --endpoint/--region and DNS', cause: e });
  if (code === 'bad port') return new ApiNetworkError(`fetch refuses to connect to port ${req.url.port}: ${where}`, { operation, delivered: 'no', retryable: false, hint: 'run the emulator (or your endpoint) on another port', cause: e });
  if (TLS.test(code)) {
    return new ApiNetworkError(`TLS failure talking to ${req.url.host} (${code})`, { operation, delivered: 'no', retryable: false, hint: 'a proxy that inspects TLS needs its CA in NODE_EXTRA_CA_CERTS', cause: e });
  }
  if (NOT_SENT.has(code)) {
    const hint = proxy ? 'check the proxy in HTTPS_PROXY/HTTP_PROXY, or list the endpoint in NO_PROXY' : 'check the endpoint and network; is the emulator running?';
    return new ApiNetworkError(`cannot connect to ${req.url.host} (${code}): ${where}`, { operation, delivered: 'no', retryable: true, hint, cause: e });
  }
  return new ApiNetworkError(`connection to ${req.url.host} failed (${code}): ${where}`, { operation, delivered: 'unknown', retryable: true, hint: 'check the network and any proxy (HTTPS_PROXY/NO_PROXY)', cause: e });
}

export async function createTransport(o: TransportOptions): Promise<Transport> {
  let fetchImpl: FetchLike = o.fetch ?? (nodeFetch() as unknown as FetchLike);
  let dispatcher: unknown;
  let proxy: string | undefined;
  const httpsProxy = pick(o.env, 'HTTPS_PROXY', 'https_proxy');
  const httpProxy = pick(o.env, 'HTTP_PROXY', 'http_proxy');
  if (!o.fetch && (httpsProxy || httpProxy)) {
    const undici = await import('undici');
    // Values are passed explicitly (never read from process.env): commands only see ctx.env.
    dispatcher = new undici.EnvHttpProxyAgent({ httpProxy, httpsProxy, noProxy: pick(o.env, 'NO_PROXY', 'no_proxy') });
    fetchImpl = undici.fetch as unknown as FetchLike;
    proxy = redactUrl(httpsProxy || httpProxy);
  }

  async function send(req: HttpRequest, operation: Operation): Promise<HttpResponse> {
    if (o.signal.aborted) throw new InterruptedError();
    const timeout = AbortSignal.timeout(o.timeoutMs);
    const signal = AbortSignal.any([o.signal, timeout]);
    o.trace?.(`→ ${req.method} ${req.url.href}${proxy ? ` via proxy ${proxy}` : ''}`);
    for (const [k, v] of Object.entries(redactHeaders(req.headers))) o.trace?.(`    ${k}: ${o.scrub(v)}`);
    if (req.body !== undefined) o.trace?.(`    (body: ${Buffer.byteLength(req.body)} bytes, not shown)`);
    const started = Date.now();
    try {
      const res = await fetchImpl(req.url.href, { method: req.method, headers: req.headers, body: req.body, signal, redirect: 'manual', ...(dispatcher ? { dispatcher } : {}) });
      const text = await res.text();
      const requestId = res.headers.get('x-request-id') ?? undefined;
      o.trace?.(`← ${res.status} after ${Date.now() - started} ms${requestId ? `, request id ${requestId}` : ''}, ${Buffer.byteLength(text)} bytes`);
      if (res.status >= 400 && text) o.trace?.(`    ${o.scrub(text).slice(0, 2000)}`);
      return { status: res.status, text, ...(requestId ? { requestId } : {}), header: (n) => res.headers.get(n) ?? undefined };
    } catch (e) {
      if (o.signal.aborted) throw new InterruptedError();
      const err = networkError(e, req, operation, timeout.aborted, o.timeoutMs, proxy);
      o.trace?.(`✗ ${err.message} after ${Date.now() - started} ms`);
      throw err;
    }
  }
  return { send, ...(proxy ? { proxy } : {}) };
}
