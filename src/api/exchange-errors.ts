// Failures of an exchange that brought no API error answer: the request lost on the way or cut off
// (ApiNetworkError; DeadlineError when the operation's time ran out), and an answer scm cannot read or a
// redirect it does not follow (BadResponseError). All exit 5; each says whether it may be sent again and
// whether the server may have acted on it. API error answers: src/api/errors.ts.
import { ExitCode, NetworkError, ScmCliError } from '../errors.js';
import type { Operation } from './error-text.js';

/**
 * The request failed on the way: `delivered` says whether the server may have acted on it ('no' for a
 * refused connection, 'unknown' for a timeout or a connection lost after sending), which decides whether a
 * request that creates something may simply be sent again.
 */
export class ApiNetworkError extends NetworkError {
  readonly delivered: 'no' | 'unknown';
  readonly retryable: boolean;
  readonly operation: Operation;
  /** scm stopped waiting for an answer: the request may still be running at the server. */
  readonly timedOut: boolean;

  constructor(message: string, o: { operation: Operation; delivered: 'no' | 'unknown'; retryable: boolean; hint?: string; cause?: unknown; timedOut?: boolean }) {
    super(message, { ...(o.hint ? { hint: o.hint } : {}), cause: o.cause });
    this.delivered = o.delivered;
    this.retryable = o.retryable;
    this.operation = o.operation;
    this.timedOut = o.timedOut === true && o.delivered === 'unknown';
  }

  get mayHaveTakenEffect(): boolean {
    return this.delivered === 'unknown';
  }
}

/** The whole operation ran out of time (src/api/deadline.ts): never retried. */
export class DeadlineError extends ApiNetworkError {
  constructor(message: string, o: { operation: Operation; delivered: 'no' | 'unknown'; hint: string }) {
    super(message, { ...o, retryable: false, timedOut: true });
  }
}

/**
 * A 2xx answer scm cannot use: not JSON, or missing the field the API promises (exit 5). SCM did answer. Or a
 * redirect scm does not follow (`moved`).
 */
export class BadResponseError extends ScmCliError {
  readonly operation: Operation;
  readonly requestId?: string;
  /** True only for a read's first answer that could not be read (wire.ts retrying): asked once more. */
  readonly retryable: boolean;
  /**
   * An answer scm cannot read may hide an effect (an import stored, a push made). A redirect that sends the
   * request elsewhere (301, 302, 307, 308: a console's login page, a proxy) does not: what answered it did not
   * act on it, so nothing is looked up (which would meet the same redirect) and the error keeps its own hint.
   */
  readonly mayHaveTakenEffect: boolean;
  /** A success status whose body could not be read (not JSON, not the shape asked for); not a redirect. */
  readonly unread: boolean;
  constructor(message: string, o: { operation: Operation; requestId?: string; hint: string; unread?: boolean; retryable?: boolean; moved?: boolean }) {
    super(message, ExitCode.NETWORK, { hint: o.hint });
    this.operation = o.operation;
    if (o.requestId !== undefined) this.requestId = o.requestId;
    this.unread = o.unread === true;
    this.retryable = o.retryable === true;
    this.mayHaveTakenEffect = o.moved !== true;
  }

  /** The same failure, to be asked once more (a read: asking again changes nothing). */
  again(): BadResponseError {
    return new BadResponseError(this.message, { operation: this.operation, ...(this.requestId !== undefined ? { requestId: this.requestId } : {}), hint: this.hint ?? '', unread: true, retryable: true });
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operation: this.operation, request_id: this.requestId ?? null };
  }
}
