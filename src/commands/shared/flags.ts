// The settings flags as commander hands them over, checked: for `scm config` and for connect() (upload,
// push). Apart from connect.ts, so that `scm config` does not load the HTTP client to read its flags.
import type { SettingsFlags } from '../../config/index.js';
import { isRetries, isTimeout, MAX_RETRIES, MAX_TIMEOUT_S } from '../../config/bounds.js';
import { isLang, t, type Lang } from '../../core/i18n.js';
import { UsageError } from '../../errors.js';
import { F } from './messages.js';

/**
 * Parses `--timeout` (seconds, fractions allowed) and `--retries` as given on the command line; passes on
 * --config and --lang. `lang`: the language of its usage errors (ctx.lang; else --lang, else English).
 */
export function flagsFrom(opts: { region?: unknown; endpoint?: unknown; timeout?: unknown; retries?: unknown; enterpriseProjectId?: unknown; lang?: unknown; config?: unknown }, lang?: Lang): SettingsFlags {
  const say: Lang = lang ?? (isLang(opts.lang) ? opts.lang : 'en');
  const flags: SettingsFlags = {};
  if (typeof opts.config === 'string') flags.config = opts.config;
  if (isLang(opts.lang)) flags.lang = opts.lang;
  if (typeof opts.region === 'string') flags.region = opts.region;
  if (typeof opts.endpoint === 'string') flags.endpoint = opts.endpoint;
  if (typeof opts.enterpriseProjectId === 'string') flags.enterpriseProjectId = opts.enterpriseProjectId;
  if (opts.timeout !== undefined) flags.timeout = timeoutSeconds(opts.timeout, say);
  if (opts.retries !== undefined) {
    const r = Number(opts.retries);
    if (!isRetries(r)) throw new UsageError(t(say, F.badRetries, { value: String(opts.retries), max: MAX_RETRIES }));
    flags.retries = r;
  }
  return flags;
}

/**
 * `--timeout` in seconds, as every command takes it: a decimal number (2.5), above 0 and at most MAX_TIMEOUT_S (beyond 2^31 ms Node's
 * timers fire at once). Also for what is not an SCM request, such as `scm check`'s handshakes.
 */
export function timeoutSeconds(value: unknown, lang: Lang): number {
  // Decimal digits with an optional fraction, as typed: Number() alone also reads 0x10, 1e-3 and ' 5 '.
  const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : NaN;
  if (!isTimeout(seconds)) throw new UsageError(t(lang, F.badTimeout, { value: String(value), max: MAX_TIMEOUT_S }));
  return seconds;
}
