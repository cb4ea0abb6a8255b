// The check after the deployments, read again while it still shows a resource SCM accepted as not moved: the
// real ListDeployedResources is eventually consistent, and one read straight after the deployments would call a
// resource that is on its way "still on the old certificate" (exit 4, old certificates kept, a rerun that deploys
// it again). A few reads with a short back-off, bounded (about 7 s in all); the waits are the client's sleep, so
// Ctrl-C ends them and tests inject their own. The first read's failure is the caller's (nothing to compare);
// a later one keeps the answer before it.
import { InterruptedError } from '../../errors.js';
import { lagging, type Verification } from '../../core/rotate/index.js';

/** The waits before each further read, in ms: three more reads at most. */
export const SETTLE_WAITS_MS: readonly number[] = [1000, 2000, 4000];

export interface Settled<A> {
  after: A;
  verification: Verification;
  /** How many reads were made (1: the first answer settled it). */
  looks: number;
  /** How long was waited between them, in ms. */
  waitedMs: number;
}

export interface SettleOptions {
  sleep: (ms: number) => Promise<void>;
  /** Before each further read (progress: how many are not shown yet, how long the wait). */
  onWait?: (lag: number, ms: number, n: number, of: number) => void;
  waits?: readonly number[];
}

export async function settle<A>(read: () => Promise<A>, judge: (after: A) => Verification, o: SettleOptions): Promise<Settled<A>> {
  const waits = o.waits ?? SETTLE_WAITS_MS;
  let after = await read();
  let verification = judge(after);
  let looks = 1;
  let waitedMs = 0;
  for (const [i, ms] of waits.entries()) {
    const lag = lagging(verification).length;
    if (lag === 0) break;
    o.onWait?.(lag, ms, i + 1, waits.length);
    await o.sleep(ms);
    waitedMs += ms;
    try {
      after = await read(); // unchanged when it fails
    } catch (e) {
      if (e instanceof InterruptedError) throw e;
      break; // the answer before stands: it is a real one
    }
    looks += 1;
    verification = judge(after);
  }
  return { after, verification, looks, waitedMs };
}
