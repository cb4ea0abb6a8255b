// Output with the run's secrets hidden (cli.ts wraps stdout and stderr in it): the set of secret values grows as
// config files are read, and whatever is written after that is scrubbed of them.
import type { Out } from '../context.js';
import { hider, REDACTED } from '../core/hide.js';

/**
 * `out` with every value of `secrets` hidden from what is written; the set grows as config files are read.
 * `shown`: values that are public though they look like secrets (the emulator's demo SK, which its --help prints
 * for copying: hiding it would only break that line).
 */
export function hiding(out: Out, secrets: Set<string>, shown: readonly string[] = []): Out {
  let known = -1;
  let hide = (s: string): string => s;
  return {
    write(s) {
      if (secrets.size !== known) [known, hide] = [secrets.size, hider([...secrets].filter((v) => !shown.includes(v)), REDACTED)];
      out.write(hide(s));
    },
    get isTTY() {
      return out.isTTY;
    },
    get columns() {
      return out.columns;
    },
  };
}
