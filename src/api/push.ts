// Carrying out a checked push plan (src/core/push): one PushCertificate, or BatchPushCertificate per chunk of
// ten projects, collected into one row per project. Neither is idempotent (each WAF/ELB push makes a new copy
// with its own id), so a failure that may have taken effect is followed by ListDeployedResources, and only
// the targets still without the certificate are sent again. `ensure` looks first and pushes only where the
// certificate is not deployed yet (`upload --push`: a rerun completes a failed push and makes no copies).
// A failed request stops the plan; every row, pushed or not, is in the outcome for the caller to report.
import { regionOfProject, type PushPlan } from '../core/push/index.js';
import { t } from '../core/i18n.js';
import { InterruptedError, ScmCliError } from '../errors.js';
import type { ScmClient } from './client.js';
import { firstLine } from './client.js';
import { presenceAt, type Presence } from './deployed.js';
import { P, R } from './messages.js';
import { mayHaveTakenEffect, mayRetry, nextWait } from './retry.js';
import { PATHS, type BatchPushBody, type Deployment, type PushBody } from './types.js';

export type PushRequest =
  | { operation: 'push'; path: string; body: PushBody; projects: string[] }
  | { operation: 'batch-push'; path: string; body: BatchPushBody; projects: string[] };

/** The requests a plan makes, in order: one push, or one batch-push per chunk of ten projects. */
export function pushRequests(plan: PushPlan): PushRequest[] {
  if (plan.mode === 'single') {
    const project = plan.projects[0] ?? '';
    return [{ operation: 'push', path: PATHS.push(plan.id), body: { target_project: project, target_service: plan.service }, projects: [project] }];
  }
  return plan.batches.map((batch) => ({ operation: 'batch-push', path: PATHS.batchPush(plan.id), body: { target_projects: batch, target_service: plan.service }, projects: batch }));
}

/** pushed: sent and confirmed; present: already deployed there, not pushed again; recovered: the answer was lost, ListDeployedResources shows it. */
export type PushResult = 'pushed' | 'present' | 'recovered' | 'failed' | 'not-sent';

export interface PushRow {
  /** '' for CDN (global). */
  project: string;
  ok: boolean;
  result: PushResult;
  message: string;
  /** The id of the copy created in ELB/WAF (batch-push only); not an SCM id. */
  certId?: string;
}

export interface PushOutcome {
  id: string;
  service: string;
  mode: PushPlan['mode'];
  rows: PushRow[];
  requestIds: string[];
  /** The failure that stopped the plan, if one did (its exit code decides when nothing was pushed). */
  error?: ScmCliError;
}

/** A batch-push result row is a success only when SCM names the copy it made and says "success": "推送失败" with a cert_id is a failure. */
const SUCCESS = new Set(['success', 'succeeded', 'ok']);

export async function executePush(client: ScmClient, plan: PushPlan, o: { ensure?: boolean; onStep?: (text: string) => void } = {}): Promise<PushOutcome> {
  const lang = client.lang;
  const out: PushOutcome = { id: plan.id, service: plan.service, mode: plan.mode, rows: [], requestIds: [] };
  const target = (project: string) => ({ service: plan.service, region: plan.service === 'CDN' ? '' : (regionOfProject(project) ?? project) });
  const look = async (): Promise<Deployment> => (await client.deployedResources([plan.id], [plan.service]))[0]!;
  const row = (project: string, result: PushResult, message: string, certId?: string): void =>
    void out.rows.push({ project, ok: result === 'pushed' || result === 'present' || result === 'recovered', result, message, ...(certId ? { certId } : {}) });
  const unknownAt = (p: string): string => t(lang, R.unknown, { region: target(p).region || plan.service });

  let before: Deployment | undefined;
  if (o.ensure) {
    o.onStep?.(t(lang, P.checkPresence, { id: plan.id, service: plan.service }));
    before = await look();
  }
  const requests = pushRequests(plan);
  for (const [i, req] of requests.entries()) {
    if (out.error) {
      for (const p of req.projects) row(p, 'not-sent', t(lang, R.notSent));
      continue;
    }
    let todo: string[] = [];
    for (const p of req.projects) {
      const presence: Presence = before ? presenceAt(before, target(p)) : 'absent';
      if (presence === 'present') row(p, 'present', t(lang, R.present));
      else if (presence === 'unknown') row(p, 'failed', unknownAt(p));
      else todo.push(p);
    }
    for (let n = 0; todo.length > 0; n++) {
      o.onStep?.(stepText(client, plan, req.operation, todo, i, requests.length));
      try {
        if (req.operation === 'push') {
          const r = await client.pushOnce(plan.id, { target_project: todo[0]!, target_service: plan.service });
          if (r.requestId) out.requestIds.push(r.requestId);
          row(todo[0]!, 'pushed', t(lang, R.pushed));
          todo = [];
          break;
        }
        const r = await client.batchPushOnce(plan.id, { target_projects: todo, target_service: plan.service });
        if (r.requestId) out.requestIds.push(r.requestId);
        const silent: string[] = [];
        for (const p of todo) {
          // Project names come back in their own case ("CN-NORTH-4").
          const res = r.results.find((x) => x.project_name.trim().toLowerCase() === p.toLowerCase());
          // A copy id with no word either way says nothing certain: look, like a missing row.
          if (!res || (res.cert_id !== '' && res.message.trim() === '')) silent.push(p);
          else if (res.cert_id !== '' && SUCCESS.has(res.message.trim().toLowerCase())) row(p, 'pushed', res.message, res.cert_id);
          else row(p, 'failed', res.message || t(lang, R.noResult), res.cert_id);
        }
        // No verdict for a project: SCM may or may not have pushed there. Look, never re-send.
        if (silent.length > 0) {
          const after = await look();
          for (const p of silent) {
            const presence = presenceAt(after, target(p));
            row(p, presence === 'present' ? 'recovered' : 'failed', presence === 'present' ? t(lang, R.recovered) : presence === 'unknown' ? unknownAt(p) : t(lang, R.noResult));
          }
        }
        todo = [];
      } catch (e) {
        if (e instanceof InterruptedError) throw e;
        if (mayHaveTakenEffect(e)) {
          client.note(t(lang, P.lookBeforePush, { op: req.operation, why: firstLine(e) }));
          let after: Deployment | undefined;
          try {
            after = await look();
          } catch (le) {
            if (le instanceof InterruptedError) throw le;
          }
          if (!after) {
            // Cannot tell what happened: re-sending might make a second copy, so stop here.
            for (const p of todo) row(p, 'failed', `${firstLine(e)} (${t(lang, R.unchecked)})`);
            out.error = asCliError(e);
            todo = [];
            break;
          }
          const missing: string[] = [];
          for (const p of todo) {
            const presence = presenceAt(after, target(p));
            if (presence === 'present') row(p, 'recovered', t(lang, R.recovered));
            else if (presence === 'unknown') row(p, 'failed', unknownAt(p));
            else missing.push(p);
          }
          todo = missing;
          if (todo.length === 0) break;
        }
        let wait: number | undefined;
        if (mayRetry(e) && n < client.retryPolicy.retries) {
          try {
            wait = nextWait(n, e, client.retryPolicy);
          } catch {
            wait = undefined;
          }
        }
        if (wait === undefined) {
          for (const p of todo) row(p, 'failed', firstLine(e));
          out.error = asCliError(e);
          todo = [];
          break;
        }
        client.note(t(lang, P.retry, { op: req.operation, why: firstLine(e), n: n + 1, max: client.retryPolicy.retries, seconds: (wait / 1000).toFixed(1) }));
        await client.retryPolicy.sleep(wait, client.signal);
      }
    }
  }
  // Rows in the order of the plan, whatever order they were settled in.
  const order = requests.flatMap((r) => r.projects);
  out.rows.sort((a, b) => order.indexOf(a.project) - order.indexOf(b.project));
  return out;
}

const asCliError = (e: unknown): ScmCliError => (e instanceof ScmCliError ? e : new ScmCliError(firstLine(e), 70));

function stepText(client: ScmClient, plan: PushPlan, op: PushRequest['operation'], todo: string[], i: number, of: number): string {
  const lang = client.lang;
  if (op === 'push') return todo[0] ? t(lang, P.pushingTo, { id: plan.id, service: plan.service, project: todo[0] }) : t(lang, P.pushing, { id: plan.id, service: plan.service });
  return of > 1
    ? t(lang, P.pushingBatch, { id: plan.id, service: plan.service, count: todo.length, n: i + 1, of })
    : t(lang, P.pushingMany, { id: plan.id, service: plan.service, count: todo.length });
}
