// Backoff with full jitter for retryable failures (408, 429, 5xx, connection errors), honouring Retry-After and the
// operation's deadline; and the two questions every failure answers: may it be retried, may it have taken
// effect (src/api/errors.ts). A request that creates something is never re-sent on "maybe" without a look.
// A Retry-After longer than scm will wait is never cut short: the retries stop and say when to try again.
import { InterruptedError } from '../errors.js';
import { RetryLaterError, ScmApiError } from './errors.js';
import type { Deadline } from './deadline.js';

export { parseRetryAfter } from './retry-after.js';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  baseMs: number;
  maxMs: number;
  /** Longest Retry-After scm waits for; a longer one ends the retries (RetryLaterError), never cut short. */
  maxRetryAfterMs: number;
  random: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** The operation's time limit: a wait that does not fit ends the retries. */
  deadline?: Deadline;
}

export const abortableSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new InterruptedError());
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new InterruptedError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

export function defaultPolicy(retries: number): RetryPolicy {
  return { retries, baseMs: 400, maxMs: 8000, maxRetryAfterMs: 30_000, random: Math.random, sleep: abortableSleep };
}

/** Wait before retry number `attempt` (0-based): random in [0, min(max, base*2^attempt)], at least Retry-After. */
export function backoffMs(attempt: number, policy: RetryPolicy, retryAfterMs?: number): number {
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  const jitter = Math.round(policy.random() * cap);
  return retryAfterMs === undefined ? jitter : Math.max(retryAfterMs, jitter);
}

interface Failure {
  retryable?: unknown;
  retryAfterMs?: unknown;
  mayHaveTakenEffect?: unknown;
}

/** May the same request be sent again (after backoff)? */
export const mayRetry = (e: unknown): boolean => typeof e === 'object' && e !== null && (e as Failure).retryable === true;

/**
 * May the server have acted on the failed request? An interruption or an error scm does not know (a bug)
 * counts as "maybe": the safe answer for a request that creates something.
 */
export function mayHaveTakenEffect(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return true;
  const flag = (e as Failure).mayHaveTakenEffect;
  return typeof flag === 'boolean' ? flag : true;
}

/**
 * Might the failed request still be running at the server? scm stopped waiting (a timeout), or the gateway did
 * (504): a look made now may not see what the request will still do, so a target found without the
 * certificate is not sent again (the rerun looks first and sends only what is missing).
 */
export function mayStillRun(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const f = e as { timedOut?: unknown; status?: unknown; mayHaveTakenEffect?: unknown };
  return f.timedOut === true || (f.status === 504 && f.mayHaveTakenEffect === true);
}

const retryAfterOf = (e: unknown): number | undefined => {
  const v = typeof e === 'object' && e !== null ? (e as Failure).retryAfterMs : undefined;
  return typeof v === 'number' ? v : undefined;
};

/**
 * The wait before retry number `n` (0-based) after `error`. Throws RetryLaterError when the server's
 * Retry-After is longer than scm waits (the cap, or what is left of the deadline): a retry sent sooner than
 * the server said would be turned away again. Rethrows `error` when the backoff would pass the deadline.
 */
export function nextWait(n: number, error: unknown, policy: RetryPolicy): number {
  const retryAfter = retryAfterOf(error);
  const left = policy.deadline ? policy.deadline.remainingMs() : Infinity;
  if (retryAfter !== undefined && error instanceof ScmApiError && (retryAfter > policy.maxRetryAfterMs || retryAfter >= left)) {
    const byDeadline = left <= policy.maxRetryAfterMs;
    throw new RetryLaterError(error as ScmApiError & { retryAfterMs: number }, { limitMs: Math.max(0, byDeadline ? left : policy.maxRetryAfterMs), byDeadline });
  }
  const wait = backoffMs(n, policy, retryAfter);
  if (wait >= left) throw error;
  return wait;
}

/**
 * Runs `attempt` until it succeeds, fails for good, or the retries are spent; `onRetry` reports each wait.
 * For requests that change nothing (reads): a failure of unknown outcome is simply asked again.
 */
export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  policy: RetryPolicy,
  signal: AbortSignal,
  onRetry?: (error: unknown, waitMs: number, n: number) => void,
): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (e) {
      if (!mayRetry(e) || n >= policy.retries) throw e;
      const wait = nextWait(n, e, policy);
      onRetry?.(e, wait, n + 1);
      await policy.sleep(wait, signal);
    }
  }
}
