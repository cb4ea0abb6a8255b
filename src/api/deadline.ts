// One time limit for a whole operation (an upload: import, lookups and retries; a push): --timeout ×
// (retries + 1), plus the longest backoff the retries of one request can wait, plus a second for the work in
// between (signing, reading answers). The clock starts with the first request. Each request's timeout is cut
// to what is left, and a retry whose wait does not fit is not made, so the operation ends (exit 5) by then.
import { t, type Lang, type Text } from '../core/i18n.js';
import { DeadlineError } from './exchange-errors.js';
import type { Operation } from './errors.js';
import { OPERATION } from './messages.js';
import { N } from './exchange-messages.js';

export interface Deadline {
  /** Milliseconds left before the operation must stop; the first call starts the clock (the first request). */
  remainingMs(): number;
  /** Stops the clock: the next request starts it again, for the next phase (the pushes after an upload). */
  restart(phase?: Text): void;
  /** The error for running out while doing `operation`; `delivered`: whether that request may have arrived. */
  error(operation: Operation, delivered: 'no' | 'unknown'): DeadlineError;
  readonly budgetMs: number;
}

/** Time for what happens between requests (signing, parsing, local work), on top of timeouts and waits. */
export const GRACE_MS = 1000;

/** The longest total of backoff waits before `retries` retries (each wait is at most min(max, base·2ⁿ)). */
export function backoffAllowanceMs(retries: number, policy: { baseMs: number; maxMs: number }): number {
  let total = 0;
  for (let n = 0; n < retries; n++) total += Math.min(policy.maxMs, policy.baseMs * 2 ** n);
  return total;
}

export interface DeadlineOptions {
  timeoutMs: number;
  retries: number;
  policy: { baseMs: number; maxMs: number };
  lang: Lang;
  /** What the limit is for, in a sentence ("the upload"). */
  phase: Text;
  clock?: () => number;
}

export function createDeadline(o: DeadlineOptions): Deadline {
  const clock = o.clock ?? Date.now;
  const backoffMs = backoffAllowanceMs(o.retries, o.policy);
  const budgetMs = o.timeoutMs * (o.retries + 1) + backoffMs + GRACE_MS;
  // Started by the first request, so that it gets its whole --timeout whatever came before (reading files).
  let start: number | undefined;
  let phase = o.phase;
  const seconds = (ms: number): string => String(Math.round(ms / 100) / 10);
  const started = (): number => (start ??= clock());
  return {
    budgetMs,
    remainingMs: () => started() + budgetMs - clock(),
    restart(next) {
      start = undefined;
      if (next) phase = next;
    },
    error(operation, delivered) {
      const message = t(o.lang, N.deadline, { seconds: seconds(clock() - started()), during: t(o.lang, OPERATION[operation]), op: phase[o.lang], timeout: seconds(o.timeoutMs), retries: o.retries, backoff: seconds(backoffMs), grace: seconds(GRACE_MS) });
      return new DeadlineError(message, { operation, delivered, hint: t(o.lang, N.deadlineHint) });
    },
  };
}
