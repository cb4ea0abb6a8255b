// What happened to each certificate a batch meant to delete (scm delete, scm prune), in words and in JSON:
// deleted, already gone, failed (and why), or not attempted because the batch stopped.
import type { DeleteResult } from '../api/delete.js';
import { t, type Lang } from '../core/i18n.js';
import { O } from '../core/inventory/messages.js';
import { InterruptedError } from '../errors.js';
import type { Style } from '../io/style.js';

export function outcomeText(r: DeleteResult, lang: Lang, style: Style): string {
  if (r.result === 'deleted') return style.green(r.confirmed !== undefined ? t(lang, O.deletedConfirmed, { status: r.confirmed }) : t(lang, r.lookedUp ? O.deletedLookedUp : r.answerLost ? O.deletedAnswerLost : O.deleted));
  if (r.result === 'interrupted') return style.red(t(lang, O.interrupted));
  if (r.result === 'refused') return style.red(t(lang, O.refusedLate));
  if (r.result === 'failed') return style.red(t(lang, O.failed, { why: (r.error?.message ?? '').split('\n')[0]! }));
  return r.result === 'already-deleted' ? t(lang, O['already-deleted']) : style.yellow(t(lang, O['not-attempted']));
}

export function outcomeJson(r: DeleteResult): Record<string, unknown> {
  return { result: r.result, error: r.error ? r.error.toJSON() : null, requestId: r.requestId ?? null };
}

/** `"interrupted": true` for a document whose batch Ctrl-C or SIGTERM stopped (as push and rotate have it). */
export function interruptedJson(stop: unknown): Record<string, unknown> {
  return stop instanceof InterruptedError ? { interrupted: true } : {};
}

/** The first failure, which decides the exit status after every row was printed. */
export function firstFailure(results: readonly DeleteResult[], stoppedBy: unknown): unknown {
  return stoppedBy ?? results.find((r) => r.result === 'failed')?.error;
}
