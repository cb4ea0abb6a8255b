// Errors of the SCM client: API answers (ScmApiError, exit 3/4/5 by the catalogue's classification), network
// failures (exit 5) and answers scm cannot read (exit 5). Messages carry the catalogue's explanation and fix.
import { classifyApiError, entryFor, normalizeCode, type Lang } from '../core/catalogue/index.js';
import { rulesForCode } from '../core/rules/table.js';
import { CredentialsError, ExitCode, NetworkError, ScmCliError, type ExitCodeValue } from '../errors.js';

export type Operation = 'import' | 'push' | 'batch-push' | 'list' | 'show';

const EXIT = { auth: ExitCode.AUTH, rejected: ExitCode.API, unavailable: ExitCode.NETWORK } as const;
const VERB: Record<Operation, string> = { import: 'the import', push: 'the push', 'batch-push': 'the batch push', list: 'listing certificates', show: 'reading the certificate' };

export interface ApiErrorFields {
  operation: Operation;
  status: number;
  errorCode?: string;
  errorMsg?: string;
  requestId?: string;
  lang?: Lang;
}

/** The SCM API (or its gateway) answered with an error. */
export class ScmApiError extends ScmCliError {
  readonly status: number;
  readonly errorCode?: string;
  readonly errorMsg?: string;
  readonly requestId?: string;
  readonly operation: Operation;
  readonly retryAfterMs?: number;

  constructor(f: ApiErrorFields & { retryAfterMs?: number }) {
    const lang = f.lang ?? 'en';
    const code = f.errorCode === undefined ? undefined : (normalizeCode(f.errorCode) ?? f.errorCode);
    const entry = code === undefined ? undefined : entryFor(code);
    const klass = classifyApiError(f.status, code);
    const who = klass === 'auth' ? 'refused the credentials for' : klass === 'unavailable' ? 'could not complete' : 'rejected';
    const ref = [`HTTP ${f.status}`, f.requestId ? `request id ${f.requestId}` : undefined].filter(Boolean).join(', ');
    const lines = [`SCM ${who} ${VERB[f.operation]}: ${code ?? 'no error code'} ${entry ? entry.message[lang] : (f.errorMsg ?? '')}`.trimEnd() + ` (${ref})`];
    if (entry) {
      lines.push(`  why: ${entry.description[lang]}`);
      if (f.errorMsg && f.errorMsg.trim() !== entry.message.en && f.errorMsg.trim() !== entry.message.zh) lines.push(`  server said: ${f.errorMsg.trim()}`);
      for (const note of entry.notes ?? []) lines.push(`  note: ${note[lang]}`);
      const rules = rulesForCode(entry.code).map((r) => r.id);
      if (rules.length > 0) lines.push(`  caught offline by: scm validate (rule ${rules.join(', ')})`);
    }
    const hint = entry
      ? `${entry.fix[lang]}${lang === 'zh' ? '（详见' : ' (more: '}scm explain ${entry.code}${lang === 'zh' ? '）' : ')'}`
      : code
        ? `scm does not know ${code}; search Huawei Cloud's SCM error code page, quoting the request id`
        : klass === 'unavailable' ? 'the service is unavailable; try again later' : undefined;
    super(lines.join('\n'), EXIT[klass] as ExitCodeValue, { ...(hint ? { hint } : {}), ...(code ? { code } : {}) });
    this.status = f.status;
    this.operation = f.operation;
    if (code !== undefined) this.errorCode = code;
    if (f.errorMsg !== undefined) this.errorMsg = f.errorMsg;
    if (f.requestId !== undefined) this.requestId = f.requestId;
    if (f.retryAfterMs !== undefined) this.retryAfterMs = f.retryAfterMs;
  }

  get retryable(): boolean {
    return this.exitCode === ExitCode.NETWORK;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, error_code: this.errorCode ?? null, error_msg: this.errorMsg ?? null, request_id: this.requestId ?? null, operation: this.operation };
  }
}

/**
 * The request failed on the way: `delivered` says whether the server may have acted on it ('no' for a
 * refused connection, 'unknown' for a timeout or a connection lost after sending), which decides whether a
 * non-idempotent import may simply be sent again.
 */
export class ApiNetworkError extends NetworkError {
  readonly delivered: 'no' | 'unknown';
  readonly retryable: boolean;
  readonly operation: Operation;

  constructor(message: string, o: { operation: Operation; delivered: 'no' | 'unknown'; retryable: boolean; hint?: string; cause?: unknown }) {
    super(message, { ...(o.hint ? { hint: o.hint } : {}), cause: o.cause });
    this.delivered = o.delivered;
    this.retryable = o.retryable;
    this.operation = o.operation;
  }
}

/** A 2xx answer scm cannot use: not JSON, or missing the field the API promises (exit 5). */
export class BadResponseError extends ScmCliError {
  readonly operation: Operation;
  readonly requestId?: string;
  constructor(message: string, o: { operation: Operation; requestId?: string; hint?: string }) {
    super(message, ExitCode.NETWORK, { hint: o.hint ?? 'the service sent an answer scm cannot read; rerun with --debug and report it with the request id' });
    this.operation = o.operation;
    if (o.requestId !== undefined) this.requestId = o.requestId;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operation: this.operation, request_id: this.requestId ?? null };
  }
}

/** Exit 3, naming the variables to set. */
export function missingCredentials(): CredentialsError {
  return new CredentialsError('no credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (or SCM_AUTH_TOKEN)', {
    hint: 'also accepted: HW_ACCESS_KEY/HW_SECRET_KEY, or ak/sk in a config file such as ~/.config/scm/config.json (chmod 600); run scm config to see what scm finds; try --dry-run to see the request without sending it',
  });
}
