// Deciding which certificates `scm delete` may delete: one deployed anywhere is refused unless --force, and
// so is one whose deployment SCM cannot tell (a region flagged is_error), since it may be in use. One whose
// only use is a copy pushed to CDN's certificate store (no domain, cdn.ts) is refused too, as `pushed-copy`:
// SCM does not say whether a CDN domain uses that copy, so it may be in use; its own words say so.
import { onlyCdnCopies } from './cdn.js';
import { deploymentState, type DeploymentView } from './deployment.js';

/** Why planDelete decides as it does, from where the certificate is deployed. */
export type PlannedDeleteReason = 'not-deployed' | 'deployed' | 'pushed-copy' | 'deployment-unknown';
/** `not-found`: the delete found no such id in SCM (nothing was deleted; deleted before, or mistyped). */
export type DeleteReason = PlannedDeleteReason | 'not-found';

export interface DeleteDecision {
  id: string;
  action: 'delete' | 'refuse';
  reason: DeleteReason;
  /** Deleted although deployed or unknown, because of --force. */
  forced: boolean;
  deployment?: DeploymentView;
}

/** One decision per distinct id, in the order given. An id missing from `deployments` counts as unknown. */
export function planDelete(ids: readonly string[], deployments: ReadonlyMap<string, DeploymentView>, o: { force: boolean }): Array<DeleteDecision & { reason: PlannedDeleteReason }> {
  return [...new Set(ids)].map((id) => {
    const d = deployments.get(id);
    const state = deploymentState(d);
    const reason: PlannedDeleteReason = state === 'unknown' ? 'deployment-unknown' : state === 'deployed' && onlyCdnCopies(d!.resources) ? 'pushed-copy' : state;
    const clear = state === 'not-deployed';
    return { id, action: clear || o.force ? 'delete' : 'refuse', reason, forced: !clear && o.force, ...(d ? { deployment: d } : {}) };
  });
}

/** The decision as it turned out for an id SCM does not hold: not found, and so nothing deleted, forced or not. */
export function notFound(d: DeleteDecision): DeleteDecision {
  return { ...d, reason: 'not-found', forced: false };
}
