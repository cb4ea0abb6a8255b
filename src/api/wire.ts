// The wire under every SCM call: signs each request (AK/SK or X-Auth-Token), sends it through the transport,
// reads the answer (JSON, an SCM error body even under 200, a redirect, an HTML page) and turns each failure
// into a typed error (ScmApiError, BadResponseError). Which calls may be retried is the client's business
// (client.ts); `retrying` is here so that every retry is announced the same way.
import type { Lang } from '../core/i18n.js';
import { t } from '../core/i18n.js';
import { signRequest } from '../core/sign/index.js';
import { queryString } from '../core/sign/encode.js';
import { cutSaid, errorFields, pageText } from './error-body.js';
import { missingCredentials, READS, ScmApiError, type Operation } from './errors.js';
import { BadResponseError } from './exchange-errors.js';
import type { HttpResponse, Transport } from './http.js';
import { OP_NAME, P } from './messages.js';
import { N } from './exchange-messages.js';
import type { Scrub } from './redact.js';
import { parseRetryAfter, withRetry, type RetryPolicy } from './retry.js';
import { parseHttpDate } from './retry-after.js';
import { snakeMembers } from './member-case.js';
import type { Auth } from './types.js';

export interface ClientOptions {
  endpoint: URL;
  auth?: Auth;
  /** Where `auth` came from, in `lang` ("SCM_AUTH_TOKEN", "ak/sk in /p/.scmrc"): a refusal's hint names it. */
  authFrom?: string;
  transport: Transport;
  retry: RetryPolicy;
  signal: AbortSignal;
  now: () => Date;
  lang: Lang;
  /** Applied to every text the server sends back before scm shows it (secrets, key material). */
  scrub: Scrub;
  userAgent: string;
  /** Told before each retry and lookup (a progress line on stderr), in `lang`. */
  onRetry?: (message: string) => void;
}

type Method = 'GET' | 'POST' | 'DELETE';
type Query = Record<string, string | number | boolean | undefined>;

/** How much of a server's text is scrubbed before what is kept of it is cut (error-body.ts's cutSaid). */
const SCRUBBED = 64 * 1024;
/** An error code as Huawei's services write them: SCM.0010, APIGW.0301, APIG.0201. */
const HUAWEI_CODE = /^[A-Za-z][A-Za-z0-9]*\.\d{3,4}$/;
/** A code that says nothing went wrong: zeros alone, bare or after a service's prefix (0, 0000, SCM.0000). */
const SUCCESS_CODE = /^(?:[A-Za-z][A-Za-z0-9]*\.)?0+$/;

/** The first line of an error, for progress notes. */
export const firstLine = (e: unknown): string => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

export class Wire {
  constructor(protected readonly o: ClientOptions) {}

  get endpoint(): URL {
    return this.o.endpoint;
  }

  get lang(): Lang {
    return this.o.lang;
  }

  get retryPolicy(): RetryPolicy {
    return this.o.retry;
  }

  get signal(): AbortSignal {
    return this.o.signal;
  }

  /** The client's clock (SCM_NOW in tests), for what depends on the time: whether a leaf has expired. */
  now(): Date {
    return this.o.now();
  }

  /**
   * Words of the server's that scm shows (a batch-push message, a deploy failure_info, a resource name):
   * scrubbed, then cut to what a diagnostic shows, as an error_msg is, so no answer floods the terminal.
   */
  protected said(text: string): string {
    return cutSaid(this.o.scrub(text.slice(0, SCRUBBED)));
  }

  /** A progress note (stderr), when the command asked for them. */
  note(message: string): void {
    this.o.onRetry?.(message);
  }

  /** The exact URL and headers a request would carry (also used by --dry-run). */
  prepare(method: Method, path: string, query: Query = {}, body?: string): { url: URL; headers: Record<string, string> } {
    const url = new URL(`${this.o.endpoint.href.replace(/\/+$/, '')}${path}`);
    url.search = queryString(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)] as const])));
    const headers: Record<string, string> = {};
    // Every POST says application/json, a bodiless one too (ExportCertificate): the SDKs send it on every request,
    // and a gateway may refuse a POST without it. A GET or DELETE keeps none (nothing to describe).
    if (body !== undefined || method === 'POST') headers['Content-Type'] = 'application/json';
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

  /** An answer scm cannot use (exit 5), with the request id when there is one. */
  protected bad(op: Operation, res: HttpResponse, message: typeof N[keyof typeof N], params: Record<string, string | number> = {}, hint: typeof N[keyof typeof N] = N.badResponseHint): BadResponseError {
    const ref = res.requestId ? t(this.o.lang, N.requestId, { id: res.requestId }) : '';
    return new BadResponseError(t(this.o.lang, message, { op: t(this.o.lang, OP_NAME[op]), status: res.status, ref, ...params }), { operation: op, ...(res.requestId ? { requestId: res.requestId } : {}), hint: t(this.o.lang, hint), unread: true });
  }

  protected async exchange(op: Operation, method: Method, path: string, query?: Query, body?: unknown): Promise<{ res: HttpResponse; json: unknown }> {
    if (!this.o.auth) throw missingCredentials(this.o.lang);
    const text = body === undefined ? undefined : JSON.stringify(body);
    const { url, headers } = this.prepare(method, path, query, text);
    // res.requestId: X-Request-Id, else X-Openstack-Request-Id (http.ts, request-id.ts): the id every message below quotes.
    const res = await this.o.transport.send({ method, url, headers, ...(text !== undefined ? { body: text } : {}) }, op);
    if (res.status >= 400) throw this.failed(op, res, errorFields(res.text, { truncated: res.truncated === true }));
    // scm follows no redirect (the signed request would go elsewhere): say where it pointed, and what to check.
    // Only a 303 (See Other) answers a request that was acted on; any other redirect moved it, unprocessed.
    if (res.status >= 300 && res.status < 400 && res.header('location')) {
      const ref = res.requestId ? t(this.o.lang, N.requestId, { id: res.requestId }) : '';
      const location = this.o.scrub(res.header('location')!.slice(0, 300));
      throw new BadResponseError(t(this.o.lang, N.redirect, { op: t(this.o.lang, OP_NAME[op]), status: res.status, location, ref }), { operation: op, ...(res.requestId ? { requestId: res.requestId } : {}), hint: t(this.o.lang, N.redirectHint), moved: res.status !== 303 });
    }
    if (res.status < 200 || res.status >= 300) throw this.bad(op, res, N.unexpectedStatus);
    if (res.text.trim() === '') return { res, json: undefined };
    let json: unknown;
    try {
      json = snakeMembers(JSON.parse(res.text));
    } catch {
      // An HTML page (a proxy's block page, a captive portal, a web console) is not SCM's answer: said so, by its title.
      const page = pageText(res.text.slice(0, SCRUBBED).trim());
      if (page.startsWith('HTML: ')) throw this.bad(op, res, N.htmlPage, { title: this.o.scrub(page.slice(6)).slice(0, 120) }, N.htmlPageHint);
      throw this.bad(op, res, N.notJson);
    }
    // A success status with an SCM error body (`error_code` at the top) is that error, not a success: a proxy or
    // a gateway policy may answer 200 over the service's refusal.
    const refused = json as { error_code?: unknown; error_msg?: unknown; request_id?: unknown } | null;
    // A code of zeros ("0", "SCM.0000") under a success status is a success wrapper ({"error_code":"0","error_msg":"success"}), no refusal.
    if (typeof refused?.error_code === 'string' && refused.error_code.trim() !== '' && !SUCCESS_CODE.test(refused.error_code.trim())) {
      const id = typeof refused.request_id === 'string' && refused.request_id.trim() !== '' ? { requestId: refused.request_id.trim() } : {};
      throw this.failed(op, res, { code: refused.error_code, ...(typeof refused.error_msg === 'string' ? { msg: refused.error_msg } : {}), ...id });
    }
    // The other error shapes ({"error":{"code","message"}}, {"code","message"}) only with a code of Huawei's form
    // (SCM.0010, APIGW.0301): {"code":200,"message":"success"} is a success wrapper, not a refusal.
    const other = errorFields(res.text);
    if (other.code !== undefined && HUAWEI_CODE.test(other.code.trim()) && !SUCCESS_CODE.test(other.code.trim())) throw this.failed(op, res, other);
    return { res, json };
  }

  /** The server's error answer as an ScmApiError: its code and words (scrubbed), request id and Retry-After. */
  private failed(op: Operation, res: HttpResponse, { code, msg, requestId: bodyId }: { code?: string; msg?: string; requestId?: string }): ScmApiError {
    const now = this.o.now();
    // The server's clock (its Date header): a Retry-After date is measured against it, not against this machine's.
    const answeredAt = parseHttpDate(res.header('date'), now);
    const retryAfterMs = parseRetryAfter(res.header('retry-after'), now, answeredAt);
    // For a refused AK/SK signature: a clock off by more than 15 minutes signs requests the gateway calls expired
    // (error-text.ts says by how much).
    const serverTime = this.o.auth?.kind === 'aksk' ? answeredAt : undefined;
    // An HTML page (a proxy's, a load balancer's) is quoted by its title, not as markup.
    const head = res.text.slice(0, SCRUBBED).trim();
    const fallback = head ? this.o.scrub(pageText(head).replace(/\s+/g, ' ').slice(0, 200)) : undefined;
    return new ScmApiError({
      operation: op, status: res.status, lang: this.o.lang, retries: this.o.retry.retries,
      ...(this.o.auth ? { credential: this.o.auth.kind, ...(this.o.authFrom ? { credentialFrom: this.o.authFrom } : {}) } : {}),
      ...(code ? { errorCode: code.slice(0, 100) } : {}),
      // Scrubbed over more than is kept, so that a secret the cut falls inside is still found whole.
      ...(msg !== undefined ? { errorMsg: this.said(msg) } : code ? {} : fallback ? { errorMsg: fallback } : {}),
      // X-Request-Id, else the id the error body names (scrubbed where it enters, as http.ts does the header's).
      ...(res.requestId ? { requestId: res.requestId } : bodyId ? { requestId: this.o.scrub(bodyId.slice(0, 200)) } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs, retryAt: new Date(now.getTime() + retryAfterMs) } : {}),
      ...(serverTime !== undefined ? { serverTime: new Date(serverTime), clockOffMs: now.getTime() - serverTime } : {}),
      ...(this.o.endpoint.pathname.replace(/\/+$/, '') ? { endpointPath: this.o.scrub(this.o.endpoint.pathname.replace(/\/+$/, '')) } : {}),
    });
  }

  /** For requests that change nothing, or change it the same way twice (reads, delete). */
  protected retrying<T>(op: Operation, fn: () => Promise<T>): Promise<T> {
    // A read's answer that could not be read (invalid JSON, a 200 without the list: cut short on the way, or a
    // proxy's page) is asked once more, as a connection reset mid-body is; a second one is the answer (exit 5).
    // Never a write's (its answer may hide an effect: looked up, never re-sent), nor a redirect (the same again).
    let unread = 0;
    const attempt = async (): Promise<T> => {
      try {
        return await fn();
      } catch (e) {
        if (e instanceof BadResponseError && e.unread && READS.has(op) && unread++ === 0) throw e.again();
        throw e;
      }
    };
    return withRetry(attempt, this.o.retry, this.o.signal, (e, waitMs, n) => {
      const why = e instanceof ScmApiError ? `HTTP ${e.status}${e.errorCode ? ` ${e.errorCode}` : ''}` : firstLine(e);
      this.note(t(this.o.lang, P.retry, { op: t(this.o.lang, OP_NAME[op]), why, n, max: this.o.retry.retries, seconds: (waitMs / 1000).toFixed(1) }));
    });
  }
}
