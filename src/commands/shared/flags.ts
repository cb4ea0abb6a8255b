// The settings flags as commander hands them over, checked: for `scm config` and for connect() (upload,
// push). Apart from connect.ts, so that `scm config` does not load the HTTP client to read its flags.
import type { SettingsFlags } from '../../config/index.js';
import { UsageError } from '../../errors.js';

/** Parses `--timeout` (seconds, fractions allowed) and `--retries` as given on the command line; passes on --config and --lang. */
export function flagsFrom(opts: { region?: unknown; endpoint?: unknown; timeout?: unknown; retries?: unknown; enterpriseProjectId?: unknown; lang?: unknown; config?: unknown }): SettingsFlags {
  const flags: SettingsFlags = {};
  if (typeof opts.config === 'string') flags.config = opts.config;
  if (opts.lang === 'en' || opts.lang === 'zh') flags.lang = opts.lang;
  if (typeof opts.region === 'string') flags.region = opts.region;
  if (typeof opts.endpoint === 'string') flags.endpoint = opts.endpoint;
  if (typeof opts.enterpriseProjectId === 'string') flags.enterpriseProjectId = opts.enterpriseProjectId;
  if (opts.timeout !== undefined) {
    const t = Number(opts.timeout);
    if (!Number.isFinite(t) || t <= 0) throw new UsageError(`--timeout: '${String(opts.timeout)}' is not a positive number of seconds`);
    flags.timeout = t;
  }
  if (opts.retries !== undefined) {
    const r = Number(opts.retries);
    if (!Number.isInteger(r) || r < 0 || r > 10) throw new UsageError(`--retries: '${String(opts.retries)}' is not a whole number from 0 to 10`);
    flags.retries = r;
  }
  return flags;
}
