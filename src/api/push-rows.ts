// What a push plan's run produces (push-run.ts): a row per target and the outcome of the plan, read by push.ts
// and the commands that render them.
import type { PushPlan } from '../core/push/index.js';
import type { ScmCliError } from '../errors.js';
import type { BatchPushBody, PushBody } from './types.js';

export type PushRequest =
  | { operation: 'push'; path: string; body: PushBody; projects: string[] }
  | { operation: 'batch-push'; path: string; body: BatchPushBody; projects: string[] };

/**
 * pushed: sent and confirmed; present: already deployed there, not pushed again; recovered: the answer was
 * lost, ListDeployedResources shows it; interrupted: on its way when Ctrl-C/SIGTERM came (PushInterrupted).
 */
export type PushResult = 'pushed' | 'present' | 'recovered' | 'failed' | 'interrupted' | 'not-sent';

export interface PushRow {
  /** '' for CDN (global). */
  project: string;
  ok: boolean;
  result: PushResult;
  message: string;
  /** The id of the copy created in ELB/WAF (batch-push only); not an SCM id. */
  certId?: string;
  /**
   * failed, but sent: SCM did not say (no result for it, or a lost answer) and does not show it there yet, so
   * it may still land. Never to be pushed again blindly: that could make a second copy.
   */
  pending?: true;
  /**
   * failed, because SCM cannot tell whether the certificate is there already (a region flagged is_error, an id
   * its answer left out, or the look-up failing): not pushed there. Never to be pushed blindly either: look first.
   */
  unknown?: true;
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
