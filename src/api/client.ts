// The SCM v3 client: signs each request (AK/SK or X-Auth-Token), sends it through the transport, reads the
// JSON answer and turns errors into ScmApiError. push, batch-push, list and show retry on 429/5xx/connection
// errors; import never does here (see import.ts for the safe way to retry it).
import type { Lang } from '../core/catalogue/index.js';
import { signRequest } from '../core/sign/index.js';
import { BadResponseError, missingCredentials, ScmApiError, type Operation } from './errors.js';
import type { HttpResponse, Transport } from './http.js';
import type { Scrub } from './redact.js';
import { parseRetryAfter, withRetry, type RetryPolicy } from './retry.js';
import { PATHS, type Auth, type BatchPushBody, type BatchPushResult, type CertificateDetail, type ImportBody, type ListQuery, type ListResult, type PushBody } from './types.js';

export interface ClientOptions {
  endpoint: URL;
  auth?: Auth;
  transport: Transport;
  retry: RetryPolicy;
  signal: AbortSignal;
  now: () => Date;
  lang: Lang;
  scrub: Scrub;
  userAgent: string;
  /** Told before each retry (for a progress line on stderr). */
  onRetry?: (message: string) => void;
}

/** The `{error_code, error_msg}` of an error body, top-level or nested one level deep; also `{code, message}`. */
export function errorFields(text: string): { code?: string; msg?: string } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {};
  }
  const read = (o: unknown): { code?: string; msg?: string } | undefined => {
    if (typeof o !== 'object' || o === null) return undefined;
    const r = o as Record<string, unknown>;
    const code = r.error_code ?? r.code;
    const msg = r.error_msg ?? r.message;
    if (typeof code !== 'string') return undefined;
    return { code, ...(typeof msg === 'string' ? { msg } : {}) };
  };
  const top = read(body);
  if (top) return top;
  if (typeof body === 'object' && body !== null) for (const v of Object.values(body)) if (read(v)) return read(v)!;
  return {};
}

export class ScmClient {
  constructor(private readonly o: ClientOptions) {}

  get endpoint(): URL {
    return this.o.endpoint;
  }

  /** The exact URL and headers a request would carry (also used by --dry-run). */
  prepare(method: 'GET' | 'POST', path: string, query: Record<string, string | number | boolean | undefined> = {}, body?: string): { url: URL; headers: Record<string, string> } {
    const url = new URL(`${this.o.endpoint.href.replace(/\/+$/, '')}${path}`);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.append(k, String(v));
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const auth = this.o.auth;
    if (auth?.projectId) headers['X-Project-Id'] = auth.projectId;
    if (auth?.kind === 'aksk' && auth.domainId) headers['X-Domain-Id'] = auth.domainId;
    if (auth?.kind === 'aksk' && auth.securityToken) headers['X-Security-Token'] = auth.securityToken;
    let signed = headers;
    if (auth?.kind === 'aksk') signed = signRequest({ method, url, headers, body: body ?? '', date: this.o.now() }, auth).headers;
    else if (auth?.kind === 'token') signed = { ...headers, 'X-Auth-Token': auth.token };
    // User-Agent is sent but not signed: proxies may rewrite it.
    return { url, headers: { ...signed, 'User-Agent': this.o.userAgent } };
  }

  private async exchange(op: Operation, method: 'GET' | 'POST', path: string, query?: Record<string, string | number | boolean | undefined>, body?: unknown): Promise<{ res: HttpResponse; json: unknown }> {
    if (!this.o.auth) throw missingCredentials();
    const text = body === undefined ? undefined : JSON.stringify(body);
    const { url, headers } = this.prepare(method, path, query, text);
    const res = await this.o.transport.send({ method, url, headers, ...(text !== undefined ? { body: text } : {}) }, op);
    if (res.status >= 400) {
      const { code, msg } = errorFields(res.text);
      const retryAfterMs = parseRetryAfter(res.header('retry-after'), this.o.now());
      const fallback = res.text.trim() ? this.o.scrub(res.text.trim().replace(/\s+/g, ' ').slice(0, 200)) : undefined;
      throw new ScmApiError({
        operation: op, status: res.status, lang: this.o.lang,
        ...(code ? { errorCode: code } : {}),
        ...(msg !== undefined ? { errorMsg: this.o.scrub(msg) } : code ? {} : fallback ? { errorMsg: fallback } : {}),
        ...(res.requestId ? { requestId: res.requestId } : {}),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      });
    }
    if (res.status < 200 || res.status >= 300) {
      throw new BadResponseError(`SCM answered ${op} with HTTP ${res.status}, which scm does not expect`, { operation: op, ...(res.requestId ? { requestId: res.requestId } : {}) });
    }
    if (res.text.trim() === '') return { res, json: undefined };
    try {
      return { res, json: JSON.parse(res.text) as unknown };
    } catch {
      throw new BadResponseError(`SCM answered ${op} with HTTP ${res.status} but the body is not valid JSON${res.requestId ? ` (request id ${res.requestId})` : ''}`, { operation: op, ...(res.requestId ? { requestId: res.requestId } : {}) });
    }
  }

  private retrying<T>(op: Operation, fn: () => Promise<T>): Promise<T> {
    return withRetry(fn, this.o.retry, this.o.signal, (e, waitMs, n) => {
      const why = e instanceof ScmApiError ? `HTTP ${e.status}${e.errorCode ? ` ${e.errorCode}` : ''}` : e instanceof Error ? e.message.split('\n')[0] : String(e);
      this.o.onRetry?.(`${op}: ${why}; retry ${n} of ${this.o.retry.retries} in ${(waitMs / 1000).toFixed(1)}s`);
    });
  }

  /** One ImportCertificate call, never retried here: the server may have stored the certificate. */
  async importOnce(body: ImportBody): Promise<{ certificate_id: string; requestId?: string }> {
    const { res, json } = await this.exchange('import', 'POST', PATHS.import, undefined, body);
    const id = (json as { certificate_id?: unknown } | undefined)?.certificate_id;
    if (typeof id !== 'string' || id === '') {
      throw new BadResponseError(`SCM answered the import with HTTP ${res.status} but no certificate_id${res.requestId ? ` (request id ${res.requestId})` : ''}`, { operation: 'import', ...(res.requestId ? { requestId: res.requestId } : {}) });
    }
    return { certificate_id: id, ...(res.requestId ? { requestId: res.requestId } : {}) };
  }

  async push(id: string, body: PushBody): Promise<{ requestId?: string }> {
    return this.retrying('push', async () => {
      const { res } = await this.exchange('push', 'POST', PATHS.push(id), undefined, body);
      return res.requestId ? { requestId: res.requestId } : {};
    });
  }

  async batchPush(id: string, body: BatchPushBody): Promise<{ results: BatchPushResult[]; requestId?: string }> {
    return this.retrying('batch-push', async () => {
      const { res, json } = await this.exchange('batch-push', 'POST', PATHS.batchPush(id), undefined, body);
      const results = (json as { results?: unknown } | undefined)?.results;
      if (!Array.isArray(results)) throw new BadResponseError('SCM answered the batch push without a results list', { operation: 'batch-push', ...(res.requestId ? { requestId: res.requestId } : {}) });
      const rows = results.map((r) => ({ project_name: String((r as BatchPushResult).project_name ?? ''), cert_id: String((r as BatchPushResult).cert_id ?? ''), message: String((r as BatchPushResult).message ?? '') }));
      return { results: rows, ...(res.requestId ? { requestId: res.requestId } : {}) };
    });
  }

  async list(query: ListQuery = {}): Promise<ListResult> {
    return this.retrying('list', async () => {
      const { res, json } = await this.exchange('list', 'GET', PATHS.list, { ...query });
      const body = json as Partial<ListResult> | undefined;
      if (!body || !Array.isArray(body.certificates)) throw new BadResponseError('SCM answered the certificate list without a certificates array', { operation: 'list', ...(res.requestId ? { requestId: res.requestId } : {}) });
      return { certificates: body.certificates, total_count: typeof body.total_count === 'number' ? body.total_count : body.certificates.length };
    });
  }

  async show(id: string): Promise<CertificateDetail> {
    return this.retrying('show', async () => {
      const { res, json } = await this.exchange('show', 'GET', PATHS.show(id));
      if (typeof json !== 'object' || json === null) throw new BadResponseError('SCM answered ShowCertificate without a certificate', { operation: 'show', ...(res.requestId ? { requestId: res.requestId } : {}) });
      return json as CertificateDetail;
    });
  }
}
