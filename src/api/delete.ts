// Deleting several certificates one after another, politely: a pause between deletes (the gateway throttles
// bursts with APIGW.0308/429, and the client already backs off and retries those), "not held" counted as
// already deleted, and a stop at the first failure that says the service or the credentials are the
// problem (every later delete would fail the same way). What was done before a stop is always returned, so
// the caller can report the partial progress. Used by `scm delete` and `scm prune` (and rotate --delete-old).
// Only SCM's own "not held" (SCM.0008, a 404 with an SCM code) is taken at its word; a 404 from something in
// between (a proxy's HTML page) is checked with ShowCertificate.
// "Not held" after an attempt whose answer was lost is this run's delete (client.ts), not "already deleted";
// and when every retry failed too (a 504 after it took effect, then 502s), ShowCertificate is asked before
// the delete is reported failed: a certificate SCM no longer holds was deleted, by an answer that was lost.
// A success status that does not say the delete is done (202 accepted, 207 partial) is checked the same way.
import { deploymentState } from '../core/inventory/deployment.js';
import { t } from '../core/i18n.js';
import { ExitCode, InterruptedError, ScmCliError } from '../errors.js';
import type { ScmClient } from './client.js';
import { DEPLOYED_BATCH, deploymentsOf } from './deployed.js';
import { ScmApiError } from './errors.js';
import { BadResponseError } from './exchange-errors.js';
import { isNotHeld, scmSaysNotHeld } from './not-held.js';
import { lookAfter } from './look-after.js';
import { N } from './exchange-messages.js';
import type { Deployment } from './types.js';

/**
 * interrupted: sent, then Ctrl-C or SIGTERM came before the answer: it may or may not have been deleted.
 * refused: not sent: the look again just before it (`recheck`) found it deployed, or SCM could not tell.
 */
export type DeleteOutcome = 'deleted' | 'already-deleted' | 'failed' | 'interrupted' | 'not-attempted' | 'refused';

export interface DeleteResult {
  id: string;
  result: DeleteOutcome;
  /** failed: why (already in the client's language); interrupted: the InterruptedError. */
  error?: ScmCliError;
  requestId?: string;
  /** deleted: by an attempt whose answer was lost (a 5xx or timeout); the retry found it gone. */
  answerLost?: true;
  /** deleted: every attempt failed (answers lost), and ShowCertificate then found it gone. */
  lookedUp?: true;
  /** deleted: SCM answered with this status, not 204 or 200 (202 accepted, 207), and ShowCertificate found it gone. */
  confirmed?: number;
  /** refused: what ListDeployedResources said when it was asked again. */
  deployment?: Deployment;
}

/** Pause between two deletes: at most four a second, well under the gateway's default limits. */
export const DELETE_INTERVAL_MS = 250;

export interface DeleteManyOptions {
  intervalMs?: number;
  /** Told before each delete (progress, and the time limit of one delete: restart it here). */
  onStep?: (id: string, index: number, count: number) => void;
  /** Waits `ms` unless the signal aborts first (tests replace it). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /**
   * The caller looked where they are deployed just before: look again during a long batch, so that one
   * deployed meanwhile is not deleted (every id not --force'd: delete, prune, rotate --delete-old).
   */
  recheck?: boolean;
  /** The clock of those looks (tests replace it). */
  clock?: () => number;
}

/** How old the last look may be before a delete: at four deletes a second, a look for every few deletes. */
export const RECHECK_AFTER_MS = 1000;

/** A rejection of this one certificate (4xx) lets the others go on; anything else stops the batch. */
const stops = (e: unknown): boolean => !(e instanceof ScmApiError && e.failure === 'rejected');

/** A failure of the service or the network (exit 5): an earlier attempt may have deleted it all the same. */
const unanswered = (e: unknown): boolean => e instanceof ScmCliError && !(e instanceof InterruptedError) && e.exitCode === ExitCode.NETWORK;

/** A delete SCM answered with a status that does not say it is done, whose certificate is still there (or may be). */
function unconfirmedError(client: ScmClient, id: string, status: number, held: boolean, requestId?: string): BadResponseError {
  const lang = client.lang;
  const ref = requestId ? t(lang, N.requestId, { id: requestId }) : '';
  const look = t(lang, held ? N.deleteStillHeld : N.deleteLookFailed);
  return new BadResponseError(t(lang, N.deleteUnconfirmed, { id, status, look, ref }), { operation: 'delete', ...(requestId ? { requestId } : {}), hint: t(lang, N.deleteUnconfirmedHint, { id }) });
}

/** Waits `ms`, or less when the signal aborts; its listener goes with the wait (a batch of 11 would warn of a leak). */
const pause = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const onAbort = (): void => (clearTimeout(timer), resolve());
    const timer = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

export interface DeleteManyResult {
  /** One per id, in the order given: what happened, or not-attempted after a stop. */
  results: DeleteResult[];
  /** The error that stopped the batch (InterruptedError on Ctrl-C/SIGTERM), if one did. */
  stoppedBy?: unknown;
}

export async function deleteMany(client: ScmClient, ids: readonly string[], o: DeleteManyOptions = {}): Promise<DeleteManyResult> {
  const interval = o.intervalMs ?? DELETE_INTERVAL_MS;
  const sleep = o.sleep ?? pause;
  const clock = o.clock ?? Date.now;
  const results: DeleteResult[] = ids.map((id) => ({ id, result: 'not-attempted' }));
  let lookedAt = clock();
  let looked = new Map<string, Deployment>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (client.signal.aborted) return { results, stoppedBy: new InterruptedError() };
    if (i > 0) await sleep(interval, client.signal);
    if (client.signal.aborted) return { results, stoppedBy: new InterruptedError() };
    o.onStep?.(id, i, ids.length);
    if (o.recheck && (clock() - lookedAt >= RECHECK_AFTER_MS || (looked.size > 0 && !looked.has(id)))) {
      try {
        looked = await deploymentsOf(client, ids.slice(i, i + DEPLOYED_BATCH));
      } catch (e) {
        // Cannot look again: nothing more is deleted on a look that may be out of date.
        return { results, stoppedBy: e };
      }
      lookedAt = clock();
    }
    if (looked.size > 0 && deploymentState(looked.get(id)) !== 'not-deployed') {
      results[i] = { id, result: 'refused', ...(looked.has(id) ? { deployment: looked.get(id)! } : {}) };
      continue;
    }
    try {
      const { requestId, answerLost, unconfirmed } = await client.deleteCertificate(id);
      if (unconfirmed !== undefined) {
        // A 202 or 207 is no "deleted": gone only when ShowCertificate says SCM no longer holds it.
        const look = await lookAfter(client, id).catch((x: unknown) => x);
        if (look instanceof InterruptedError) {
          results[i] = { id, result: 'interrupted', error: look };
          return { results, stoppedBy: look };
        }
        if (look !== 'gone') {
          const error = unconfirmedError(client, id, unconfirmed, look === 'held', requestId);
          results[i] = { id, result: 'failed', error, ...(requestId ? { requestId } : {}) };
          return { results, stoppedBy: error };
        }
      }
      results[i] = { id, result: 'deleted', ...(requestId ? { requestId } : {}), ...(answerLost ? { answerLost } : {}), ...(unconfirmed !== undefined ? { confirmed: unconfirmed } : {}) };
    } catch (e) {
      if (scmSaysNotHeld(e)) {
        results[i] = { id, result: 'already-deleted', ...(e.requestId ? { requestId: e.requestId } : {}) };
        continue;
      }
      if (e instanceof InterruptedError || client.signal.aborted) {
        // Sent, then interrupted: it may or may not have been deleted.
        const stop = e instanceof InterruptedError ? e : new InterruptedError();
        results[i] = { id, result: 'interrupted', error: stop };
        return { results, stoppedBy: stop };
      }
      // Not SCM's word (a 404 from a proxy: isNotHeld without scmSaysNotHeld) or no answer after the retries (a
      // 5xx, a timeout): ShowCertificate decides. Gone: already deleted, or deleted by an attempt whose answer
      // was lost. Held, or no answer: it failed as it did (a 404 is a rejection of this one: the others go on).
      const proxied = isNotHeld(e);
      if (proxied || unanswered(e)) {
        const look = await lookAfter(client, id).catch((x: unknown) => x);
        if (look === 'gone') {
          results[i] = proxied ? { id, result: 'already-deleted', ...(e.requestId ? { requestId: e.requestId } : {}) } : { id, result: 'deleted', answerLost: true, lookedUp: true };
          continue;
        }
        if (look instanceof InterruptedError) {
          results[i] = { id, result: 'interrupted', error: look };
          return { results, stoppedBy: look };
        }
      }
      results[i] = { id, result: 'failed', ...(e instanceof ScmCliError ? { error: e } : {}) };
      if (!(e instanceof ScmCliError)) throw e;
      if (stops(e)) return { results, stoppedBy: e };
    }
  }
  return { results };
}
