// Errors of the SCM client for an API answer: ScmApiError (exit 3/4/5 by the status the server sent) and a
// Retry-After longer than scm waits (exit 5); failures without such an answer (the network, a deadline, an
// answer scm cannot read) are in src/api/exchange-errors.ts. Each says whether the request may be sent again
// (`retryable`) and, separately, whether the server may have acted on it (`mayHaveTakenEffect`): a 504 from
// the gateway is both, a 408 too (a timeout on the way), a 429 only the first, a 400 neither. The text comes from src/api/error-text.ts; which
// answers mean "SCM does not hold that certificate" is said in src/api/not-held.ts.
import { classifyApiError, serverCode, type ApiFailureClass, type Lang } from '../core/catalogue/index.js';
import { CredentialsError, ExitCode, NetworkError, ScmCliError, type ExitCodeValue } from '../errors.js';
import { BadResponseError } from './exchange-errors.js';
import { describeApiError, errorCodeOf, type ApiErrorFields, type Operation } from './error-text.js';
import { t } from '../core/i18n.js';
import { C, E } from './messages.js';
import { N } from './exchange-messages.js';

export type { ApiErrorFields, Operation } from './error-text.js';
export { READS } from './error-text.js';

const EXIT: Record<ApiFailureClass, ExitCodeValue> = { auth: ExitCode.AUTH, rejected: ExitCode.API, unavailable: ExitCode.NETWORK };


/**
 * Gateway codes for failures inside the gateway itself (no backend, IAM down, its own configuration): the
 * request never reached SCM. APIGW.0201 (502 backend unavailable, 504 backend timeout) and APIGW.0601 are
 * not in this set: the backend may have received the request.
 */
const GATEWAY_ONLY = /^APIGW\.(01\d\d|03\d\d|04\d\d|05\d\d|060[2-9]|061\d|0705|08\d\d)$/;

/** The SCM API (or its gateway) answered with an error. */
export class ScmApiError extends ScmCliError {
  readonly status: number;
  readonly errorCode?: string;
  readonly errorMsg?: string;
  readonly requestId?: string;
  readonly operation: Operation;
  readonly retryAfterMs?: number;
  readonly retryAt?: Date;
  readonly failure: ApiFailureClass;
  readonly lang: Lang;
  private readonly fields: ApiErrorFields;

  constructor(f: ApiErrorFields) {
    const code = f.errorCode === undefined ? undefined : serverCode(f.errorCode);
    const klass = classifyApiError(f.status, code);
    const text = describeApiError({ ...f, ...(code !== undefined ? { errorCode: code } : {}) }, klass, f.lang ?? 'en');
    super(text.message, EXIT[klass], { ...(text.hint ? { hint: text.hint } : {}), ...(code ? { code } : {}) });
    this.fields = { ...f, ...(code !== undefined ? { errorCode: code } : {}) };
    this.failure = klass;
    this.status = f.status;
    this.operation = f.operation;
    if (code !== undefined) this.errorCode = code;
    if (f.errorMsg !== undefined) this.errorMsg = f.errorMsg;
    if (f.requestId !== undefined) this.requestId = f.requestId;
    if (f.retryAfterMs !== undefined) this.retryAfterMs = f.retryAfterMs;
    if (f.retryAt !== undefined) this.retryAt = f.retryAt;
    this.lang = f.lang ?? 'en';
  }

  /** May the same request be sent again? 408, 429 and server failures: yes. Rejections and credentials: no. */
  get retryable(): boolean {
    return this.failure === 'unavailable';
  }

  /**
   * May the server have acted on it? Only a server failure past the gateway, or a 408 (whoever sent it gave up
   * on the request, which may have reached SCM all the same), leaves that open.
   */
  get mayHaveTakenEffect(): boolean {
    if (this.failure !== 'unavailable' || this.status === 429) return false;
    return !(this.errorCode !== undefined && GATEWAY_ONLY.test(this.errorCode));
  }

  /**
   * The same error, told which offline rules fired on this input: "caught offline by" then names only those
   * (an upload with --no-validate, or a warning); every other related rule is listed as related.
   */
  withFiredRules(fired: readonly string[]): ScmApiError {
    const text = describeApiError(this.fields, this.failure, this.fields.lang ?? 'en', fired);
    this.message = text.message;
    return this;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, error_code: errorCodeOf(this.errorCode) ?? null, error_msg: this.errorMsg ?? null, request_id: this.requestId ?? null, operation: this.operation };
  }
}

/**
 * The server asked to wait (Retry-After) longer than scm waits: its cap for Retry-After, or what is left of
 * the operation's time limit. Sending sooner would only be turned away again, so scm stops (exit 5) and says
 * when to try again; the server's answer stays in the message and in --json.
 */
export class RetryLaterError extends NetworkError {
  readonly retryable = false;
  readonly retryAt: Date;
  readonly retryAfterMs: number;
  readonly operation: Operation;
  private readonly api: ScmApiError;

  constructor(cause: ScmApiError & { retryAfterMs: number }, o: { limitMs: number; byDeadline: boolean }) {
    const lang = cause.lang;
    const at = cause.retryAt ?? new Date(Date.now() + cause.retryAfterMs);
    // Rounded up: never tell anyone to come back before the server said.
    const p = { seconds: Math.ceil(cause.retryAfterMs / 1000), at: utc(at), limit: Math.floor(o.limitMs / 100) / 10 };
    const [first, ...more] = cause.message.split('\n');
    // The wait is said in the first line here, with what scm does about it: not again as the 429's own line.
    const rest = more.filter((l) => l !== t(lang, E.askedToWait, { seconds: p.seconds }));
    const asked = t(lang, o.byDeadline ? N.retryAfterDeadline : N.retryAfterCap, { ...p, why: first! });
    super([asked, ...rest].join('\n'), { hint: t(lang, N.retryAfterHint, p), cause, ...(cause.code ? { code: cause.code } : {}) });
    this.api = cause;
    this.retryAt = at;
    this.retryAfterMs = cause.retryAfterMs;
    this.operation = cause.operation;
  }

  get mayHaveTakenEffect(): boolean {
    return this.api.mayHaveTakenEffect;
  }

  override toJSON(): Record<string, unknown> {
    const { type: _type, message: _message, exitCode: _exit, hint: _hint, ...api } = this.api.toJSON();
    return { ...super.toJSON(), ...api, retry_after_seconds: Math.ceil(this.retryAfterMs / 1000), retry_at: this.retryAt.toISOString() };
  }
}

/** A moment as people can compare it with any clock: 2026-05-01 10:02:00 UTC. */
const utc = (d: Date): string => `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

/**
 * What --json says of the API error a wrapper stands for (a page of the list that failed, a lookup that could not
 * decide): its status, codes, request id and Retry-After, as the error itself would say them, so that a script
 * reads the same fields whichever command met it. Nothing when the cause is no API answer.
 */
export function apiFacts(e: unknown): Record<string, unknown> {
  for (let cur = e, depth = 0; cur instanceof Error && depth < 5; cur = cur.cause, depth++) {
    if (cur instanceof ScmApiError || cur instanceof RetryLaterError || cur instanceof BadResponseError) {
      const { type: _type, message: _message, exitCode: _exit, code: _code, hint: _hint, ...facts } = cur.toJSON();
      return facts;
    }
  }
  return {};
}

/** Exit 3, naming the variables to set; --dry-run is suggested only where it works without them. */
export function missingCredentials(lang: Lang = 'en', canDryRun = false): CredentialsError {
  const hint = t(lang, C.noneHint);
  return new CredentialsError(t(lang, C.none), { hint: canDryRun ? t(lang, C.dryRunHint, { hint }) : hint });
}
