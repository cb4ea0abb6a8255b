// --timeout and --retries are refused before the command runs (exit 2), as commander refuses a bad --keep: read
// only when connect() ran, `scm upload --timeout abc` with no input said "nothing to upload", and `scm show
// bad-id --retries 11` the id, never the flag. The check is connect()'s (shared/flags.ts), loaded only when
// either is given. The same settings from a config file (`timeout`, `retries`) are judged as early, by loading
// the config files as connect() will (config/file.ts, which names the file and the key; a code file named with
// --config runs once per process, load.ts), for the commands that always read their settings (not `scm config`,
// which shows them, nor `scm check`, which needs them only for an SCM lookup).
import type { Lang } from '../core/i18n.js';
import type { CommandSpec } from './types.js';

/** Commands that take the settings flags but may run without reading the settings. */
const SETTINGS_LATER = new Set(['config', 'check']);

/** Throws the usage error of a --timeout or --retries value the settings would refuse, or the config file's. */
export async function refuseBadSettings(
  spec: CommandSpec,
  input: { opts: Record<string, unknown> },
  ctx: { lang: Lang; cwd: string; env: Record<string, string | undefined>; uid?: number | undefined },
): Promise<void> {
  const { timeout, retries, config } = input.opts;
  if (timeout !== undefined || retries !== undefined) {
    const { flagsFrom } = await import('./shared/flags.js');
    flagsFrom({ timeout, retries }, ctx.lang);
  }
  if (SETTINGS_LATER.has(spec.name) || !spec.options.some((o) => o.flags.startsWith('--retries'))) return;
  // From config/index.js, as connect() loads the settings: one pack for both, read once (not file.js's own).
  const { loadConfigFiles } = await import('../config/index.js');
  await loadConfigFiles({ cwd: ctx.cwd, env: ctx.env, uid: ctx.uid, config: typeof config === 'string' ? config : undefined, lang: ctx.lang });
}
