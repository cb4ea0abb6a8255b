// Backoff with full jitter for retryable failures (429, 5xx, connection errors), honouring Retry-After.
import { InterruptedError } from '../errors.js';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  baseMs: number;
  maxMs: number;
  /** Longest Retry-After we honour; longer waits are cut to this. */
  maxRetryAfterMs: number;
  random: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
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
  return retryAfterMs === undefined ? jitter : Math.max(Math.min(retryAfterMs, policy.maxRetryAfterMs), jitter);
}

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

export interface Retryable {
  retryable: boolean;
  retryAfterMs?: number;
}

const isRetryable = (e: unknown): e is Retryable => typeof e === 'object' && e !== null && (e as Retryable).retryable === true;

/** Runs `attempt` until it succeeds, fails for good, or the retries are spent; `onRetry` reports each wait. */
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
      if (!isRetryable(e) || n >= policy.retries) throw e;
      const wait = backoffMs(n, policy, e.retryAfterMs);
      onRetry?.(e, wait, n + 1);
      await policy.sleep(wait, signal);
    }
  }
}
