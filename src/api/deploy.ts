// Carrying out DeployCertificate requests (src/core/deploy: targets in batches of 20 per service and project)
// for `scm deploy` and `scm rotate`. A request whose outcome is unknown (timeout, reset, 5xx) is never simply
// sent again: ListDeployedResources first, and only the resources it shows without the certificate are re-sent
// (CDN takes a certificate once; each deployment is billed); one it cannot tell about fails, never re-sent. A
// batch sent long after the look before the deployments looks again first (deploy-look.ts). A rejection of one
// request lets the others go on; a failure that says the service or the credentials are the problem stops the
// rest, which are reported as not sent. Every target gets a row, whatever happened (deploy-types.ts).
import { presenceIn, settleBatch, type DeployBatch, type DeployTarget } from '../core/deploy/index.js';
import { deployBody, untypedWaf, WAF_TYPE_GUESSES, withWafType, type WafType } from '../core/deploy/targets.js';
import { t } from '../core/i18n.js';
import { cutSaid } from '../core/visible.js';
import { unknownWhy } from '../core/inventory/deployment.js';
import { InterruptedError, NetworkError, ScmCliError } from '../errors.js';
import type { ScmClient } from './client.js';
import { firstLine } from './client.js';
import { ScmApiError } from './errors.js';
import { OP_NAME, P } from './messages.js';
import { DP, STOPPED, WAF_EDITION } from './row-messages.js';
import { mayHaveTakenEffect, mayRetry, mayStillRun, nextWait } from './retry.js';
import type { Deployment } from './types.js';
import { keepLook } from './deploy-look.js';
import type { DeployOptions, DeployOutcome, DeployState } from './deploy-types.js';

export type { DeployOptions, DeployOutcome, DeployRow, DeployState } from './deploy-types.js';

/** A rejection of one request (4xx) concerns that request; anything else would fail every later one too. */
const stopsTheRest = (e: ScmCliError): boolean => !(e instanceof ScmApiError && e.failure === 'rejected');

/** A look that failed is no answer (undefined); Ctrl-C still stops the run. */
const unlessInterrupted = (e: unknown): undefined => {
  if (e instanceof InterruptedError) throw e;
  return undefined;
};

const asCliError = (e: unknown): ScmCliError => (e instanceof ScmCliError ? e : new ScmCliError(firstLine(e), 70));

/**
 * Ctrl-C or SIGTERM part-way: the rows settled so far, the targets whose request was on its way
 * `interrupted` (it may have taken effect), the rest `not-sent`; the caller reports them, then exits 130/143.
 */
export class DeployInterrupted extends InterruptedError {
  constructor(readonly outcome: DeployOutcome, cause: InterruptedError) {
    super(undefined, { cause });
  }
}

export async function executeDeploy(client: ScmClient, certificateId: string, batches: readonly DeployBatch[], o: DeployOptions = {}): Promise<DeployOutcome> {
  const out: DeployOutcome = { certificateId, rows: [], requestIds: [] };
  const lang = client.lang;
  const edition = (type: WafType): string => t(lang, WAF_EDITION[type]);
  const row = (target: DeployTarget, state: DeployState, detail = '', unconfirmed = false): void => void out.rows.push({ target, state, detail, ...(unconfirmed ? { unconfirmed: true as const } : {}) });
  let stopped = false;
  const look = async (batch: DeployBatch): Promise<Deployment> => (await client.deployedResources([certificateId], [batch.service]))[0]!;
  const looks = keepLook(client, certificateId, o.known, o.now ?? (() => performance.now()));
  // Rows in the order of the batches, whatever order they were settled in.
  const order = batches.flatMap((b) => b.targets);
  const sorted = (): DeployOutcome => (out.rows.sort((a, b) => order.indexOf(a.target) - order.indexOf(b.target)), out);
  /** The targets of the request on its way (sent, or failed and not settled yet). */
  let open: DeployTarget[] = [];
  try {
    for (const [i, batch] of batches.entries()) {
      if (stopped) {
        for (const target of batch.targets) row(target, 'not-sent', t(lang, DP.notSent));
        continue;
      }
      if (i > 0) await looks.refresh();
      // On the certificate already (deploy-look.ts): not sent; found by a look again, said so.
      const since = batch.targets.filter((x) => looks.held(x) === 'since').length;
      let todo = batch.targets.filter((target) => {
        const held = looks.held(target);
        return held === undefined || (row(target, 'unchanged', held === 'since' ? t(lang, DP.since) : ''), false);
      });
      if (since > 0) client.note(t(lang, DP.sinceNote, { count: since, id: certificateId, service: batch.service, region: batch.region }));
      // WAF resources without --waf-type: tried as each edition in turn; a refused one took nothing (WAF_TYPE_GUESSES).
      let guess = batch.targets.some(untypedWaf) ? 0 : -1;
      const refusedAs = new Map<DeployTarget, string>();
      const nextGuess = (): boolean => guess >= 0 && guess + 1 < WAF_TYPE_GUESSES.length;
      /** What a resource refused as every edition is said to have been told, edition by edition. */
      const refusal = (target: DeployTarget, info: string): string => {
        const first = refusedAs.get(target);
        return first === undefined ? info : cutSaid(t(lang, DP.asEither, { first: edition(WAF_TYPE_GUESSES[0]!), firstInfo: first, second: edition(WAF_TYPE_GUESSES[guess]!), secondInfo: info }));
      };
      for (let n = 0; todo.length > 0; n++) {
        o.onStep?.({ ...batch, targets: todo }, i, batches.length);
        if (client.signal.aborted) throw new InterruptedError();
        open = todo;
        try {
          const answer = await client.deployOnce(certificateId, deployBody(withWafType({ ...batch, targets: todo }, WAF_TYPE_GUESSES[guess])));
          if (answer.requestId) out.requestIds.push(answer.requestId);
          const verdict = settleBatch(todo, answer.failures);
          const again: DeployTarget[] = [];
          for (const f of verdict.failed) {
            const info = f.info || t(lang, DP.noInfo);
            if (nextGuess() && untypedWaf(f.target)) again.push((refusedAs.set(f.target, info), f.target));
            else row(f.target, 'failed', refusal(f.target, info));
          }
          if (answer.listed && verdict.unmatched.length === 0) for (const target of verdict.accepted) row(target, 'deployed');
          else if (!answer.listed) {
            // No failure_list at all (an empty body, `{}`): optional in the SDK's model, so it proves nothing either
            // way. One look at ListDeployedResources decides; what it does not show is failed and not sent again
            // (it may still land; each deployment is billed).
            const after = verdict.accepted.length > 0 ? await look(batch).catch(unlessInterrupted) : undefined;
            for (const target of verdict.accepted) {
              if (presenceIn(after, target) === 'present') row(target, 'deployed');
              else row(target, 'failed', t(lang, after ? DP.unlisted : DP.unlistedUnchecked, { id: certificateId }), true);
            }
          } else {
            // A failure SCM did not tie to a resource we named: believe only what ListDeployedResources shows.
            const after = verdict.accepted.length > 0 ? await look(batch) : undefined;
            for (const target of verdict.accepted) {
              if (presenceIn(after, target) === 'present') row(target, 'deployed');
              else row(target, 'failed', cutSaid(verdict.unmatched.join('; ')));
            }
          }
          todo = again;
          if (again.length > 0) {
            guess += 1;
            n = -1;
            client.note(t(lang, DP.wafTypeAgain, { count: again.length, type: edition(WAF_TYPE_GUESSES[guess]!) }));
          }
        } catch (e) {
          if (e instanceof InterruptedError) throw e;
          // A refused request has a request id too, and it is the one SCM's support asks for.
          if (e instanceof ScmApiError && e.requestId) out.requestIds.push(e.requestId);
          const error = asCliError(e);
          // The whole request refused (a 4xx, not the credentials) while the WAF edition was a guess: nothing took
          // effect, so the other edition is tried; refused again, it is said as the request's failure below.
          if (nextGuess() && e instanceof ScmApiError && e.failure === 'rejected') {
            for (const target of todo) refusedAs.set(target, firstLine(e));
            guess += 1;
            n = -1;
            client.note(t(lang, DP.wafTypeAgain, { count: todo.length, type: edition(WAF_TYPE_GUESSES[guess]!) }));
            continue;
          }
          if (mayHaveTakenEffect(e)) {
            client.note(t(lang, P.lookBeforeDeploy, { op: t(lang, OP_NAME.deploy), why: firstLine(e) }));
            let after: Deployment;
            try {
              after = await look(batch);
            } catch (le) {
              if (le instanceof InterruptedError) throw le;
              // Cannot tell what happened: sending again might deploy twice.
              for (const target of todo) row(target, 'failed', t(lang, DP.failedUnchecked, { error: firstLine(e) }), true);
              out.error ??= error;
              stopped = true;
              break;
            }
            // Only a target SCM shows without it is sent again; one it cannot tell about may hold it already.
            todo = todo.filter((target) => {
              const presence = presenceIn(after, target);
              if (presence === 'absent') return true;
              if (presence === 'present') row(target, 'recovered');
              else {
                row(target, 'failed', t(lang, DP.unknown, { error: firstLine(e), why: unknownWhy(after, lang) || t(lang, DP.unchecked) }), true);
                out.error ??= error;
              }
              return false;
            });
            if (todo.length === 0) break;
            if (mayStillRun(e)) {
              for (const target of todo) row(target, 'failed', t(lang, DP.mayStillRun, { error: firstLine(e) }), true);
              out.error ??= new NetworkError(error.message, { hint: t(lang, DP.mayStillRunHint) });
              stopped = stopsTheRest(error);
              break;
            }
          }
          let wait: number | undefined;
          try {
            wait = mayRetry(e) && n < client.retryPolicy.retries ? nextWait(n, e, client.retryPolicy) : undefined;
          } catch {
            wait = undefined; // the wait would pass the deadline
          }
          if (wait === undefined) {
            for (const target of todo) row(target, 'failed', refusal(target, firstLine(e)));
            out.error ??= error;
            stopped = stopsTheRest(error);
            break;
          }
          client.note(t(lang, P.retry, { op: t(lang, OP_NAME.deploy), why: firstLine(e), n: n + 1, max: client.retryPolicy.retries, seconds: (wait / 1000).toFixed(1) }));
          await client.retryPolicy.sleep(wait, client.signal);
        }
      }
      open = [];
    }
  } catch (e) {
    if (!(e instanceof InterruptedError)) throw e;
    const settled = new Set(out.rows.map((r) => r.target));
    for (const target of order.filter((x) => !settled.has(x))) row(target, open.includes(target) ? 'interrupted' : 'not-sent', t(lang, open.includes(target) ? STOPPED.inFlight : STOPPED.notSent));
    throw new DeployInterrupted(sorted(), e);
  }
  if (stopped) out.stopped = true;
  return sorted();
}
