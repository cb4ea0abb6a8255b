// Deciding which certificates `scm delete` may delete: one deployed anywhere is refused unless --force, and
// so is one whose deployment SCM cannot tell (a region flagged is_error), since it may be in use. One whose
// only use is a copy pushed to CDN's certificate store (no domain, cdn.ts) is refused too, as `pushed-copy`:
// SCM does not say whether a CDN domain uses that copy, so it may be in use; its own words say so.
import { onlyCdnCopies } from './cdn.js';
import { deploymentState, type DeploymentView } from './deployment.js';

export type DeleteReason = 'not-deployed' | 'deployed' | 'pushed-copy' | 'deployment-unknown';

export interface DeleteDecision {
  id: string;
  action: 'delete' | 'refuse';
  reason: DeleteReason;
  /** Deleted although deployed or unknown, because of --force. */
  forced: boolean;
  deployment?: DeploymentView;
}

/** One decision per distinct id, in the order given. An id missing from `deployments` counts as unknown. */
export function planDelete(ids: readonly string[], deployments: ReadonlyMap<string, DeploymentView>, o: { force: boolean }): DeleteDecision[] {
  return [...new Set(ids)].map((id) => {
    const d = deployments.get(id);
    const state = deploymentState(d);
    const reason: DeleteReason = state === 'unknown' ? 'deployment-unknown' : state === 'deployed' && onlyCdnCopies(d!.resources) ? 'pushed-copy' : state;
    const clear = state === 'not-deployed';
    return { id, action: clear || o.force ? 'delete' : 'refuse', reason, forced: !clear && o.force, ...(d ? { deployment: d } : {}) };
  });
}
