// Carrying out a checked push plan (src/core/push): one PushCertificate, or BatchPushCertificate per chunk of
// ten projects, collected into one row per project. Neither is idempotent (each WAF/ELB push makes a new copy
// with its own id), so a failure that may have taken effect is followed by ListDeployedResources, and only
// the targets still without the certificate are sent again. `ensure` looks first and pushes only where the
// certificate is not deployed yet (`upload --push`: a rerun completes a failed push and makes no copies).
// A failed request stops the plan; every row, pushed or not, is in the outcome for the caller to report.
import type { PushPlan } from '../core/push/index.js';
import { t } from '../core/i18n.js';
import { InterruptedError, withHint } from '../errors.js';
import { ScmApiError } from './errors.js';
import { firstLine, type ScmClient } from './client.js';
import { explainNotHeld } from './not-held.js';
import { P } from './messages.js';
import { R, STOPPED } from './row-messages.js';
import { apiMissing } from './api-missing.js';
import { asCliError, PushRun, type PushOutcome, type PushRequest } from './push-run.js';
import { PATHS } from './types.js';

export type { PushOutcome, PushRequest, PushResult, PushRow } from './push-run.js';


/** The requests a plan makes, in order: one push, or one batch-push per chunk of ten projects. */
export function pushRequests(plan: PushPlan): PushRequest[] {
  if (plan.mode === 'single') {
    const project = plan.projects[0] ?? '';
    return [{ operation: 'push', path: PATHS.push(plan.id), body: { target_project: project, target_service: plan.service }, projects: [project] }];
  }
  return plan.batches.map((batch) => ({ operation: 'batch-push', path: PATHS.batchPush(plan.id), body: { target_projects: batch, target_service: plan.service }, projects: batch }));
}

/**
 * Ctrl-C or SIGTERM part-way: the rows settled so far, the projects whose request was on its way
 * `interrupted` (it may have taken effect), the rest `not-sent`; the command reports them, then exits 130/143.
 */
export class PushInterrupted extends InterruptedError {
  constructor(readonly outcome: PushOutcome, cause: InterruptedError) {
    super(undefined, { cause });
  }
}

export interface PushOptions {
  /** Push only where ListDeployedResources does not show the certificate yet. */
  ensure?: boolean;
  /**
   * How the command, run again, looks before it pushes, which is what an interrupted row advises: `looks` (rotate,
   * `upload --push`, which looks for a copy before it imports), or `with --if-changed` (`upload --push
   * --allow-duplicate` would store another copy: the row names the flag). Without it, the rerun does not look.
   */
  rerun?: 'looks' | 'with --if-changed';
  onStep?: (text: string) => void;
}

export async function executePush(client: ScmClient, plan: PushPlan, o: PushOptions = {}): Promise<PushOutcome> {
  const run = new PushRun(client, plan);
  const requests = pushRequests(plan);
  // Rows in the order of the plan, whatever order they were settled in.
  const order = requests.flatMap((r) => r.projects);
  const sorted = (): PushOutcome => (run.out.rows.sort((a, b) => order.indexOf(a.project) - order.indexOf(b.project)), run.out);
  /** The projects of the request on its way (sent, or failed and not settled yet). */
  let open: string[] = [];
  try {
    if (o.ensure) {
      o.onStep?.(t(client.lang, P.checkPresence, { id: plan.id, service: plan.service }));
      try {
        run.known = await run.look();
      } catch (e) {
        if (e instanceof InterruptedError) throw e;
        // Where it is deployed is not known: nothing is pushed (that could make a second copy), and every target
        // is a row saying why, for the caller to report with the certificate's id.
        if (apiMissing(e)) {
          // A site without the API (an older region): said as such, not as an endpoint to check (the upload just
          // used it), with the command that pushes without looking, for whoever sees the target lacks it.
          const projects = order.filter((p) => p !== '');
          const command = `scm push ${plan.id} --service ${plan.service}${projects.length > 0 ? ` --project ${projects.join(',')}` : ''}`;
          for (const p of order) run.row(p, 'failed', t(client.lang, R.lookMissing, { status: e.status, service: plan.service }), undefined, 'unknown');
          run.out.error = withHint(e, t(client.lang, R.lookMissingHint, { service: plan.service, command })) as ScmApiError;
          return sorted();
        }
        for (const p of order) run.row(p, 'failed', t(client.lang, R.lookFailed, { error: firstLine(e) }), undefined, 'unknown');
        run.out.error = asCliError(e);
        return sorted();
      }
    }
    // With `ensure`, only where it is not deployed yet; the batches are counted among those that send.
    const todos = requests.map((req) => run.settle(req.projects, run.known));
    const sending = todos.filter((todo) => todo.length > 0).length;
    let k = 0;
    for (const [i, req] of requests.entries()) {
      let todo = todos[i]!;
      if (todo.length === 0) continue;
      if (run.out.error) {
        for (const p of todo) run.row(p, 'not-sent', t(client.lang, R.notSent));
        continue;
      }
      const step = k++;
      for (let n = 0; todo.length > 0; n++) {
        o.onStep?.(stepText(client, plan, req.operation, todo, step, sending));
        if (client.signal.aborted) throw new InterruptedError();
        open = todo;
        try {
          await run.send(req, todo);
          todo = [];
        } catch (e) {
          if (e instanceof InterruptedError) throw e;
          // The id was checked offline (scs + 13 digits): SCM.0020 ('Incorrect certificate ID') to it is SCM not
          // holding it, explained as SCM.0008 (as show and delete do), not as an id of the wrong form.
          todo = await run.afterFailure(explainNotHeld(e, client.lang), req, todo, n);
        }
      }
      open = [];
    }
  } catch (e) {
    if (!(e instanceof InterruptedError)) throw e;
    const settled = new Set(run.out.rows.map((r) => r.project));
    const advice = o.rerun === 'with --if-changed' ? STOPPED.inFlightIfChanged : o.ensure || o.rerun === 'looks' ? STOPPED.inFlight : STOPPED.inFlightPush;
    const inFlight = t(client.lang, advice, { id: plan.id });
    for (const p of order.filter((x) => !settled.has(x))) run.row(p, open.includes(p) ? 'interrupted' : 'not-sent', open.includes(p) ? inFlight : t(client.lang, STOPPED.notSent));
    throw new PushInterrupted(sorted(), e);
  }
  return sorted();
}

function stepText(client: ScmClient, plan: PushPlan, op: PushRequest['operation'], todo: string[], i: number, of: number): string {
  const lang = client.lang;
  if (op === 'push') return todo[0] ? t(lang, P.pushingTo, { id: plan.id, service: plan.service, project: todo[0] }) : t(lang, P.pushing, { id: plan.id, service: plan.service });
  return of > 1
    ? t(lang, P.pushingBatch, { id: plan.id, service: plan.service, count: todo.length, n: i + 1, of })
    : t(lang, P.pushingMany, { id: plan.id, service: plan.service, count: todo.length });
}
