// After the deployments: ListDeployedResources (asked once more, for the new and the old ids) decides what
// happened to each resource. A resource counts as moved only when SCM shows it on the new certificate and on
// none of the old ones; one SCM accepted but does not show there failed; one in a region SCM cannot count
// (is_error), or that SCM's answer leaves unsaid otherwise (counted, not listed; no counts; left out), is unknown. Resources found on an old certificate that the plan did not know (deployed while
// the rotation ran, or hidden before by is_error) are reported too. An old certificate's copy in CDN's
// certificate store is no resource to move: its row says whether the new certificate got (or had) its own copy
// there, and the old copy staying in CDN is no failure. Pure.
import { isCdnCopy } from '../inventory/cdn.js';
import { unsaidHow, type DeploymentView, type Unsaid } from '../inventory/deployment.js';
import { presenceIn, targetKey } from '../deploy/targets.js';
import { unknownOf, type RotationPlan, type RotationResource, type UnknownRegion } from './plan.js';

/**
 * `unknown` is an addition to the contract's four: SCM cannot tell (is_error) whether the resource moved;
 * `interrupted` another: its request was on its way when Ctrl-C or SIGTERM came.
 */
export type RotationResult = 'deployed' | 'failed' | 'unchanged' | 'skipped' | 'unknown' | 'interrupted';

export type RowReason =
  | 'deployed' // accepted, and shown on the new certificate
  | 'recovered' // the answer was lost; ListDeployedResources showed it on the new certificate before any re-send
  | 'rejected' // the service said no (failure_list), or the request failed: `detail` says how
  | 'unconfirmed' // its answer was lost and whether it took effect could not be told: not sent again (`detail`: why)
  | 'confirmed' // unconfirmed when deployed, but the check after the deployments shows it on the new certificate only
  | 'still-old' // accepted, but still shown on an old certificate (`detail`: which)
  | 'not-shown' // accepted, but not shown on the new certificate
  | 'unverified' // accepted; its region is is_error, so SCM cannot confirm it
  | 'not-checked' // accepted; the ListDeployedResources that was to confirm it failed
  | 'unchanged' // already on the new certificate: nothing sent
  | 'not-sent' // an earlier failure stopped the rotation before its request
  | 'accepted' // accepted; not verified, as the rotation was interrupted before the check
  | 'interrupted' // its request was on its way when the rotation was interrupted: it may have taken effect
  | 'not-sent-interrupted' // the rotation was interrupted before its request
  | 'unsupported' // DeployCertificate does not serve its service
  | 'pushed' // an old certificate's copy in CDN's store: the new certificate was pushed to CDN too (shown there)
  | 'copied-before' // an old certificate's copy in CDN's store: the new certificate has its own copy there already
  | 'push-planned' // an old certificate's copy in CDN's store: the new certificate would be pushed to CDN (dry run)
  | 'not-pushed' // the push to CDN was accepted, but ListDeployedResources shows no copy of the new certificate there
  | 'appeared' // on an old certificate, but not in the plan
  | 'moved' // on no old certificate any more when the deployments began (changed since the plan): left as it is
  | 'dry-run' // would be deployed
  | 'refused'; // the offline checks refused the rotation: nothing was deployed

export interface RotationRow extends RotationResource {
  result: RotationResult;
  reason: RowReason;
  /** What the service said (rejected), or the old certificate it still uses (still-old). */
  detail: string;
  /** unverified: what SCM's answer left unsaid about the new certificate there (is_error is one cause of several). */
  unsaid?: Unsaid;
}

/** What the deploy step did with one target, by targetKey. */
export interface Sent {
  /** moved: not sent, as a look just before the deployments showed it on its old certificate no more. */
  state: 'accepted' | 'recovered' | 'failed' | 'interrupted' | 'not-sent' | 'moved';
  detail?: string;
  /** failed, but its answer was lost and the look-up could not tell whether it took effect: SCM refused nothing. */
  unconfirmed?: boolean;
}

export type RotationStatus = 'complete' | 'incomplete' | 'failed';

/** The Sent key of the one PushCertificate to CDN a plan with `pushCdn` makes (never a targetKey: no domain has it). */
export const CDN_PUSH = 'CDN|global|#push';

const keyOf = (r: RotationResource, resource = r.resourceId): string => targetKey({ service: r.service, region: r.region, resource });

const row = (r: RotationResource, result: RotationResult, reason: RowReason, detail = ''): RotationRow => ({ ...r, result, reason, detail });

/** The rows of a plan not carried out (--dry-run, or a refusal): each move would be deployed. */
/** The rows of a plan that was not carried out: a dry run, or one the offline checks refused. */
export function plannedRows(plan: RotationPlan, why: 'dry-run' | 'refused' = 'dry-run'): RotationRow[] {
  return [
    ...plan.move.map((m) => row(m.resource, 'skipped', why)),
    ...plan.unchanged.map((r) => row(r, 'unchanged', 'unchanged')),
    ...plan.unsupported.map((r) => row(r, 'skipped', 'unsupported')),
    ...plan.copies.map((r) => (plan.pushCdn ? row(r, 'skipped', why === 'refused' ? 'refused' : 'push-planned') : row(r, 'unchanged', 'copied-before'))),
  ];
}

export interface Verification {
  rows: RotationRow[];
  /** Regions SCM cannot count for an old certificate, after the deployments. */
  unknown: UnknownRegion[];
  status: RotationStatus;
}

/**
 * `sent`: what each target's request came to; `after`: ListDeployedResources of the new id and every old id,
 * or undefined when it could not be asked (every accepted resource is then unknown).
 */
export function verifyRotation(plan: RotationPlan, newId: string, sent: ReadonlyMap<string, Sent>, after: ReadonlyMap<string, DeploymentView> | undefined): Verification {
  const onOld = (r: RotationResource, resource: string): string | undefined =>
    plan.oldIds.find((id) => presenceIn(after?.get(id), { service: r.service, region: r.region, resource }) === 'present');
  const rows: RotationRow[] = plan.move.map(({ resource: r, target }) => {
    const s = sent.get(targetKey(target)) ?? { state: 'not-sent' };
    const unsent = notAccepted(r, s);
    // Its outcome was unknown when sent: the check after the deployments settles it, when it shows the resource on
    // the new certificate and on none of the old ones; anything less leaves it unconfirmed.
    if (unsent?.reason === 'unconfirmed' && after && !onOld(r, target.resource) && presenceIn(after.get(newId), { service: r.service, region: r.region, resource: target.resource }) === 'present') {
      return row(r, 'deployed', 'confirmed');
    }
    if (unsent) return unsent;
    if (!after) return row(r, 'unknown', 'not-checked');
    const old = onOld(r, target.resource);
    if (old) return row(r, 'failed', 'still-old', old);
    const presence = presenceIn(after.get(newId), { service: r.service, region: r.region, resource: target.resource });
    if (presence === 'present') return row(r, 'deployed', s.state === 'recovered' ? 'recovered' : 'deployed');
    if (presence === 'absent') return row(r, 'failed', 'not-shown');
    const unsaid = unsaidHow(after.get(newId), r.service, r.region);
    return { ...row(r, 'unknown', 'unverified'), ...(unsaid ? { unsaid } : {}) };
  });
  rows.push(...plan.unchanged.map((r) => row(r, 'unchanged', 'unchanged')));
  rows.push(...plan.unsupported.map((r) => row(r, 'skipped', 'unsupported')));
  rows.push(...plan.copies.map((r) => copyRow(plan, r, newId, sent, after)));
  const known = new Set(rows.map((r) => keyOf(r)));
  const unknown: UnknownRegion[] = [];
  for (const id of plan.oldIds) {
    const d = after?.get(id);
    // No answer at all: nothing is known about any service or region (ALL, "*"), never a blank entry.
    unknown.push(...(after ? unknownOf(id, d) : [{ certificateId: id, service: 'ALL', region: '*', lookupFailed: true }]));
    if (!d) continue;
    for (const r of d.resources) {
      const resource: RotationResource = { service: r.service.toUpperCase(), region: r.region, resourceId: r.resourceId, resourceName: r.resourceName, from: id };
      if (known.has(keyOf(resource))) continue;
      known.add(keyOf(resource));
      rows.push(row(resource, 'skipped', 'appeared'));
    }
  }
  return { rows, unknown, status: statusOf(rows, unknown) };
}

/** An old certificate's CDN copy after the rotation: the new certificate's own copy there decides it. */
function copyRow(plan: RotationPlan, r: RotationResource, newId: string, sent: ReadonlyMap<string, Sent>, after: ReadonlyMap<string, DeploymentView> | undefined): RotationRow {
  if (!plan.pushCdn) return row(r, 'unchanged', 'copied-before');
  const s = sent.get(CDN_PUSH) ?? { state: 'not-sent' };
  const unsent = notAccepted(r, s);
  if (unsent) return unsent;
  if (!after) return row(r, 'unknown', 'not-checked');
  const d = after.get(newId);
  if (d?.resources.some((x) => isCdnCopy(x, plan.newName))) {
    return row(r, 'deployed', s.state === 'recovered' ? 'recovered' : 'pushed');
  }
  const unsaid = unsaidHow(d, 'CDN', 'global');
  return unsaid ? { ...row(r, 'unknown', 'unverified'), unsaid } : row(r, 'failed', 'not-pushed');
}

/** The row of a resource whose request SCM did not accept (failed, not sent, cut short); undefined when it did. */
function notAccepted(r: RotationResource, s: Sent, interrupted = false): RotationRow | undefined {
  if (s.state === 'failed') return row(r, 'failed', s.unconfirmed ? 'unconfirmed' : 'rejected', s.detail ?? '');
  if (s.state === 'interrupted') return row(r, 'interrupted', 'interrupted');
  if (s.state === 'moved') return row(r, 'skipped', 'moved');
  if (s.state === 'not-sent') return interrupted ? row(r, 'skipped', 'not-sent-interrupted') : row(r, 'skipped', 'not-sent', s.detail ?? '');
  return undefined;
}

/**
 * The rows of a rotation interrupted before its check (during the upload, the deployments or the check
 * itself): what each request came to, nothing verified. A resource SCM accepted is `deployed`, unverified.
 */
export function interruptedRows(plan: RotationPlan, sent: ReadonlyMap<string, Sent>): RotationRow[] {
  return [
    ...plan.move.map(({ resource: r, target }) => notAccepted(r, sent.get(targetKey(target)) ?? { state: 'not-sent' }, true) ?? row(r, 'deployed', 'accepted')),
    ...plan.unchanged.map((r) => row(r, 'unchanged', 'unchanged')),
    ...plan.unsupported.map((r) => row(r, 'skipped', 'unsupported')),
    ...plan.copies.map((r) => (plan.pushCdn ? notAccepted(r, sent.get(CDN_PUSH) ?? { state: 'not-sent' }, true) ?? row(r, 'deployed', 'accepted') : row(r, 'unchanged', 'copied-before'))),
  ];
}

/**
 * failed: a deployment failed; incomplete: nothing failed, but not every resource is known to use the new certificate
 * (one that moved to another certificate meanwhile is no longer the rotation's: it uses no old one).
 */
export function statusOf(rows: readonly RotationRow[], unknown: readonly UnknownRegion[]): RotationStatus {
  if (rows.some((r) => r.result === 'failed')) return 'failed';
  if (unknown.length > 0 || rows.some((r) => (r.result === 'skipped' && r.reason !== 'moved') || r.result === 'unknown')) return 'incomplete';
  return 'complete';
}

/**
 * The rows a later look may still settle: accepted, yet not shown where they should be (on an old certificate,
 * not on the new one, no new copy in CDN's store). A real service shows a deployment some time after it accepted
 * it; a refusal, an is_error region or a resource that appeared are no such lag.
 */
export const lagging = (v: Verification): RotationRow[] => v.rows.filter((r) => r.reason === 'still-old' || r.reason === 'not-shown' || r.reason === 'not-pushed');
