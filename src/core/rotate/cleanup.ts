// What happens to the old certificates once the deployments are verified: with --delete-old, those no
// resource uses any more are deleted (delete's own decision, src/core/inventory/delete.ts: one deployed
// anywhere, or in a region SCM cannot count, is kept); with --disable-notifications, the expiry e-mails of
// those left in SCM and no longer used are turned off. Nothing at all after a failed deployment: the old
// certificates may still be needed. Bought certificates are never deleted. Pure.
import { planDelete } from '../inventory/delete.js';
import type { DeploymentView } from '../inventory/deployment.js';
import type { RotationStatus } from './verify.js';

export type CleanupReason =
  | 'not-deployed' // nothing uses it: deleted with --delete-old
  | 'deployed' // still used somewhere
  | 'pushed-copy' // its only use: a copy pushed to CDN's certificate store (a CDN domain may use that copy)
  | 'deployment-unknown' // SCM cannot tell (is_error)
  | 'purchased' // bought through SCM: never deleted
  | 'rotation-failed' // a deployment failed: the old certificates stay as they are
  | 'interrupted' // Ctrl-C or SIGTERM before the check: the old certificates stay as they are
  | 'not-verified' // the check after the deployments failed: whether anything still uses it is not known
  | 'wider' // it names hosts the new certificate does not cover: found by --domain, it may be the only one for them
  | 'outlives' // it expires after the new certificate: deleting it would shorten what SCM holds for these names
  | 'not-asked'; // no --delete-old

export interface CleanupEntry {
  id: string;
  action: 'delete' | 'keep';
  reason: CleanupReason;
  /** Its expiry e-mails are to be turned off (--disable-notifications, kept and unused). */
  notify: boolean;
  deployment?: DeploymentView;
}

export interface CleanupInput {
  oldIds: readonly string[];
  /** ListDeployedResources after the deployments; undefined when it failed. */
  after: ReadonlyMap<string, DeploymentView> | undefined;
  status: RotationStatus;
  deleteOld: boolean;
  disableNotifications: boolean;
  /** Old ids that were bought through SCM. */
  purchased: ReadonlySet<string>;
  /** Old ids naming hosts the new certificate does not cover (`--domain` finds them by one name). */
  wider?: ReadonlySet<string>;
  /** Old ids that expire after the new certificate (a renewal to a shorter-lived one, or the wrong files). */
  outlives?: ReadonlySet<string>;
}

/** Interrupted before the deployments were checked: every old certificate stays as it is. */
export function keepAfterInterruption(oldIds: readonly string[]): CleanupEntry[] {
  return oldIds.map((id) => ({ id, action: 'keep', reason: 'interrupted', notify: false }));
}

export function planCleanup(o: CleanupInput): CleanupEntry[] {
  if (o.status === 'failed') return o.oldIds.map((id) => ({ id, action: 'keep', reason: 'rotation-failed', notify: false }));
  if (!o.after) return o.oldIds.map((id) => ({ id, action: 'keep', reason: 'not-verified', notify: false }));
  return planDelete(o.oldIds, o.after, { force: false }).map((d) => {
    const unused = d.action === 'delete';
    const reason: CleanupReason = !unused ? d.reason : o.purchased.has(d.id) ? 'purchased' : o.wider?.has(d.id) ? 'wider' : o.deleteOld && o.outlives?.has(d.id) ? 'outlives' : o.deleteOld ? 'not-deployed' : 'not-asked';
    const action = reason === 'not-deployed' ? 'delete' : 'keep';
    return { id: d.id, action, reason, notify: o.disableNotifications && unused && action === 'keep', ...(d.deployment ? { deployment: d.deployment } : {}) };
  });
}
