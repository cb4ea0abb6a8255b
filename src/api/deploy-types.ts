// What carrying out DeployCertificate requests (deploy.ts) is given and gives back: a row per target, the outcome.
import type { DeployBatch, DeployTarget } from '../core/deploy/index.js';
import type { ScmCliError } from '../errors.js';
import type { Deployment } from './types.js';

/**
 * deployed: SCM accepted it; recovered: the answer was lost and ListDeployedResources shows it; unchanged: it
 * held the certificate already; interrupted: its request was on its way when Ctrl-C/SIGTERM came.
 */
export type DeployState = 'deployed' | 'recovered' | 'unchanged' | 'failed' | 'interrupted' | 'not-sent';

export interface DeployRow {
  target: DeployTarget;
  state: DeployState;
  /** What the service said (failed), or why it was not sent. */
  detail: string;
  /** failed, but sent: its answer was lost and whether it took effect could not be told, so it was not sent again. */
  unconfirmed?: true;
}

export interface DeployOutcome {
  certificateId: string;
  rows: DeployRow[];
  requestIds: string[];
  /** The first request failure (not a failure_list entry), whose exit code decides when nothing was deployed. */
  error?: ScmCliError;
  /** A failure stopped every request after it (the service, the network or the credentials): send nothing more. */
  stopped?: true;
}

export interface DeployOptions {
  /** Where the certificate is deployed before anything is sent: targets that hold it already are not sent (unchanged). */
  known?: Deployment;
  /** Told before each request (progress; the time limit of one request: restart it here). */
  onStep?: (batch: DeployBatch, index: number, count: number) => void;
  /** A monotonic clock in ms (injected by tests): when `known` is older than LOOK_STALE_MS, a batch looks again (deploy-look.ts). */
  now?: () => number;
}
