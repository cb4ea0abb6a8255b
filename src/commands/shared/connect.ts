// Everything a command needs to talk to SCM, built from flags + ctx: settings (config file loaded lazily),
// a transport with timeout/proxy, a retry policy, a scrubber for secrets and the signed client.
import type { Ctx } from '../../context.js';
import { resolveSettings, type Settings, type SettingsFlags } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { warningLine } from '../../render/diagnostics.js';
import { jsonWarningLine } from '../../render/json.js';
import { ScmClient } from '../../api/client.js';
import { createTransport } from '../../api/http.js';
import { scrubber, type Scrub } from '../../api/redact.js';
import { defaultPolicy, type RetryPolicy } from '../../api/retry.js';

export interface Connection {
  settings: Settings;
  client: ScmClient;
  retry: RetryPolicy;
  scrub: Scrub;
}

/** Parses `--timeout` (seconds, fractions allowed) and `--retries` as given on the command line. */
export function flagsFrom(opts: { region?: unknown; endpoint?: unknown; timeout?: unknown; retries?: unknown; enterpriseProjectId?: unknown }): SettingsFlags {
  const flags: SettingsFlags = {};
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

/** `quiet`: no warnings on stderr; `json`: warnings as JSON lines. */
export async function connect(flags: SettingsFlags, ctx: Ctx, o: { onRetry?: (message: string) => void; quiet?: boolean; json?: boolean } = {}): Promise<Connection> {
  const settings = await resolveSettings(flags, ctx);
  const scrub = scrubber(settings.secrets);
  if (!o.quiet) for (const w of settings.warnings) ctx.stderr.write(o.json ? jsonWarningLine(w) : warningLine(ctx.errStyle, ctx.lang, w));
  const trace = ctx.debug ? (line: string): void => ctx.stderr.write(`${ctx.errStyle.dim(`debug: ${scrub(line)}`)}\n`) : undefined;
  trace?.(`endpoint ${settings.endpoint.href} (from ${settings.endpointFrom}); credentials ${settings.authFrom ?? 'none'}; timeout ${settings.timeoutMs / 1000}s; retries ${settings.retries}`);
  const transport = await createTransport({ env: ctx.env, timeoutMs: settings.timeoutMs, signal: ctx.signal, scrub, ...(trace ? { trace } : {}) });
  const retry = defaultPolicy(settings.retries);
  const client = new ScmClient({
    endpoint: settings.endpoint,
    ...(settings.auth ? { auth: settings.auth } : {}),
    transport,
    retry,
    signal: ctx.signal,
    now: ctx.now,
    lang: ctx.lang,
    scrub,
    userAgent: 'scm-cli',
    ...(o.onRetry ? { onRetry: o.onRetry } : {}),
  });
  return { settings, client, retry, scrub };
}
