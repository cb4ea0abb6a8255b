// Where the certificate is deployed, as a deployment run keeps it (api/deploy.ts): the look before the first
// request, and, for a batch sent later than LOOK_STALE_MS after the last look (earlier requests were slow, or
// retried), a look again first, once for every service: another hand (a second run, the console) may have put
// the certificate on one of its resources meanwhile, and each deployment is billed (CDN takes one once). A quick
// run never looks again. A look again only adds: one that cannot say (an is_error region) undoes nothing the look
// before saw, and one that fails leaves the look before standing.
import { presenceIn, type DeployTarget } from '../core/deploy/index.js';
import { InterruptedError } from '../errors.js';
import type { ScmClient } from './client.js';
import type { Deployment } from './types.js';

export const LOOK_STALE_MS = 3000;

export interface KeptLook {
  /** Looks again when the last look is older than LOOK_STALE_MS; Ctrl-C passes through. */
  refresh(): Promise<void>;
  /** On the certificate already: at the look before the deployments, or found by a look again `since`. */
  held(target: DeployTarget): 'before' | 'since' | undefined;
}

/** `now`: a monotonic clock in ms (tests inject their own). */
export function keepLook(client: ScmClient, certificateId: string, first: Deployment | undefined, now: () => number): KeptLook {
  let latest = first;
  let lookedAt = now();
  return {
    async refresh() {
      if (now() - lookedAt <= LOOK_STALE_MS) return;
      try {
        latest = (await client.deployedResources([certificateId], ['ALL']))[0] ?? latest;
      } catch (e) {
        if (e instanceof InterruptedError) throw e;
      }
      lookedAt = now();
    },
    held(target) {
      if (first && presenceIn(first, target) === 'present') return 'before';
      return latest && presenceIn(latest, target) === 'present' ? 'since' : undefined;
    },
  };
}
