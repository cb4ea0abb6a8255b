// --timeout and --retries are refused before the command runs (exit 2), as commander refuses a bad --keep: read
// only when connect() ran, `scm upload --timeout abc` with no input said "nothing to upload", and `scm show
// bad-id --retries 11` the id, never the flag. The check is connect()'s (shared/flags.ts), loaded only when
// either is given.
import type { Lang } from '../core/i18n.js';

/** Throws the usage error of a --timeout or --retries value the settings would refuse. */
export async function refuseBadSettings(input: { opts: Record<string, unknown> }, lang: Lang): Promise<void> {
  const { timeout, retries } = input.opts;
  if (timeout === undefined && retries === undefined) return;
  const { flagsFrom } = await import('./shared/flags.js');
  flagsFrom({ timeout, retries }, lang);
}
