// After a delete that did not say it was done (every attempt lost, a 404 not from SCM, a 202 or 207): does SCM
// still hold the certificate? Asked by delete.ts for delete, prune and rotate --delete-old, and by upload.ts for
// the duplicate --if-changed removes. Only SCM's own "not held" is proof that it went.
import { InterruptedError } from '../errors.js';
import type { ScmClient } from './client.js';
import { scmSaysNotHeld } from './not-held.js';

/** 'gone' only on SCM's own "not held"; 'held' when ShowCertificate shows it; 'unknown' for any other failure. */
export async function lookAfter(client: ScmClient, id: string): Promise<'gone' | 'held' | 'unknown'> {
  try {
    await client.show(id);
    return 'held';
  } catch (e) {
    if (e instanceof InterruptedError) throw e;
    return scmSaysNotHeld(e) ? 'gone' : 'unknown';
  }
}
