// Whether a file named beside others is bundle material (a certificate, a key, any PEM block) or something a glob
// brought along (certbot's live/README under live/*). Shared by `scm validate` and `scm check`, which both skip
// the latter with a warning, so that a cron line written with live/* gives the same verdict in both.
import { holdsBundleMaterial, scanInput } from '../../core/validate/scan.js';
import { InputError } from '../../errors.js';
import { readInput, type ReadContext } from '../../io/read-input.js';

/** Whether a file is bundle material; one that cannot be read or is too big is taken for a README. */
export async function holdsBundleFile(path: string, io: ReadContext): Promise<boolean> {
  try {
    return holdsBundleMaterial(scanInput(await readInput(path, io)));
  } catch (e) {
    if (e instanceof InputError) return false;
    throw e;
  }
}
