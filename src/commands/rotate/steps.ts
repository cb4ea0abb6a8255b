// The requests a rotation sends, one step each on stderr: DeployCertificate in batches (executeDeploy), the one
// PushCertificate to CDN for the old certificates' copies in CDN's certificate store, and what each came to
// for the verification (Sent, by targetKey; the push under CDN_PUSH).
import { executeDeploy, type DeployOutcome } from '../../api/deploy.js';
import { executePush, type PushOutcome } from '../../api/push.js';
import type { Deployment } from '../../api/types.js';
import type { Ctx } from '../../context.js';
import { deploymentsOf } from '../../api/deployed.js';
import { presenceIn, targetKey } from '../../core/deploy/index.js';
import { t } from '../../core/i18n.js';
import { CDN_PUSH, type RotationPlan, type Sent } from '../../core/rotate/index.js';
import type { Session } from '../shared/session.js';
import { M } from './messages.js';

export const sentOf = (outcome: DeployOutcome | undefined, pushed?: PushOutcome): Map<string, Sent> => {
  const sent = new Map<string, Sent>();
  for (const row of outcome?.rows ?? []) {
    const state: Sent['state'] = row.state === 'failed' || row.state === 'not-sent' || row.state === 'interrupted' || row.state === 'recovered' ? row.state : 'accepted';
    sent.set(targetKey(row.target), { state, ...(row.detail ? { detail: row.detail } : {}), ...(row.unconfirmed ? { unconfirmed: true } : {}) });
  }
  // The push to CDN (one row: CDN has no project): pushed, or already there, is accepted.
  const p = pushed?.rows[0];
  if (p) {
    const state: Sent['state'] = p.result === 'failed' || p.result === 'not-sent' || p.result === 'interrupted' || p.result === 'recovered' ? p.result : 'accepted';
    sent.set(CDN_PUSH, { state, ...(p.result === 'failed' || p.result === 'not-sent' ? { detail: p.message } : {}) });
  }
  return sent;
};

/** PushCertificate of the new certificate to CDN (global: no project), as `scm push` sends it, one step on stderr. */
export async function pushToCdn(newId: string, s: Session, ctx: Ctx): Promise<PushOutcome> {
  s.deadline.restart();
  try {
    const outcome = await executePush(s.client, { id: newId, service: 'CDN', projects: [], mode: 'single', batches: [] }, { rerun: 'looks', onStep: (text) => s.progress.step(text) });
    s.progress.done();
    return outcome;
  } catch (e) {
    s.progress.fail();
    throw e;
  }
}

/**
 * The moves whose resource no longer holds its old certificate, by targetKey (state `moved`): another hand changed
 * it since the plan's look (an upload came between), and a deployment would overwrite that change. Where SCM
 * cannot tell, the move stands, as planned.
 */
export async function movedAway(plan: RotationPlan, s: Session, ctx: Ctx): Promise<Map<string, Sent>> {
  const out = new Map<string, Sent>();
  const from = [...new Set(plan.move.map((m) => m.resource.from))];
  if (from.length === 0) return out;
  s.deadline.restart();
  const now = await s.step(t(ctx.lang, M.lookingAgain), () => deploymentsOf(s.client, from));
  for (const { resource: r, target } of plan.move) {
    if (presenceIn(now.get(r.from), { service: r.service, region: r.region, resource: target.resource }) === 'absent') out.set(targetKey(target), { state: 'moved' });
  }
  return out;
}

export async function deploy(plan: RotationPlan, newId: string, before: ReadonlyMap<string, Deployment>, s: Session, ctx: Ctx): Promise<DeployOutcome> {
  const known = before.get(newId);
  try {
    const outcome = await executeDeploy(s.client, newId, plan.batches, {
      ...(known ? { known } : {}),
      onStep: (batch, i, count) => {
        s.deadline.restart(); // each request has its own time limit
        s.progress.step(t(ctx.lang, M.deploying, { count: batch.targets.length, service: batch.service, region: batch.region, n: i + 1, of: count }));
      },
    });
    s.progress.done();
    return outcome;
  } catch (e) {
    s.progress.fail();
    throw e;
  }
}
