// Everything a command needs to talk to SCM, built from flags + ctx: settings (config file loaded lazily),
// a transport with timeout/proxy, a retry policy, a scrubber for secrets and the signed client.
import type { Ctx } from '../../context.js';
import type { Settings, SettingsFlags } from '../../config/index.js';
import { warningLine, widthOf } from '../../render/diagnostics.js';
import { jsonDebugLine, jsonWarningLine } from '../../render/json.js';
import { ScmClient } from '../../api/client.js';
import { missingCredentials } from '../../api/errors.js';
import type { Auth } from '../../api/types.js';
import { createTransport } from '../../api/http.js';
import { scrubber, type Scrub } from '../../api/redact.js';
import { createDeadline, type Deadline } from '../../api/deadline.js';
import { defaultPolicy, type RetryPolicy } from '../../api/retry.js';
import { t, type Text } from '../../core/i18n.js';
import { TRACE } from '../../api/exchange-messages.js';

export { flagsFrom } from './flags.js';

/**
 * The dry-run planner (src/api/plan.ts), imported from here rather than by each command: an import() written
 * in this module tells the packer (scripts/packs.mjs) that the client is loaded before the planner, so the
 * planner's pack leaves it out. Imported straight from upload's run, it held the client again (~41 kB read and
 * compiled twice by `scm upload --dry-run`).
 */
export const loadPlan = () => import('../../api/plan.js');

export interface Connection {
  settings: Settings;
  client: ScmClient;
  retry: RetryPolicy;
  scrub: Scrub;
  /** The time limit of the operation (restart it for a new phase). */
  deadline: Deadline;
}

export interface ConnectOptions {
  onRetry?: (message: string) => void;
  /**
   * --quiet. It quiets stdout and progress, never a warning about the settings (a config file ignored because
   * others could write it): those reach stderr whatever the flags.
   */
  quiet?: boolean;
  /** Warnings as JSON lines. */
  json?: boolean;
  /** Private keys this command sends: any server text that quotes them is redacted. */
  privateKeys?: string[];
  /** What the time limit is for, in a sentence ("the upload"); see src/api/deadline.ts. */
  phase?: Text;
}

const THIS_COMMAND: Text = { en: 'this command', zh: '本命令' };

export async function connect(flags: SettingsFlags, ctx: Ctx, o: ConnectOptions = {}): Promise<Connection> {
  // Imported here, not above: commands/setting-values.ts has most often loaded it already, and a static import
  // would put its modules in this file's pack too, read a second time (~55 kB for an upload).
  const { checkHeaderValues, describeWhere, resolveSettings } = await import('../../config/index.js');
  const settings = await resolveSettings(flags, ctx);
  // Before anything is planned or sent (a --dry-run's headers too): a token with a line break is no network failure.
  checkHeaderValues(settings.auth, settings.sources, ctx.lang);
  const scrub = scrubber(settings.secrets, { privateKeys: o.privateKeys ?? [] });
  for (const w of settings.warnings) ctx.stderr.write(o.json ? jsonWarningLine(w) : warningLine(ctx.errStyle, ctx.lang, w, widthOf(ctx.stderr)));
  const trace = !ctx.debug ? undefined
    : o.json ? (line: string): void => ctx.stderr.write(jsonDebugLine(scrub(line)))
    : (line: string): void => ctx.stderr.write(`${ctx.errStyle.dim(`${t(ctx.lang, TRACE.prefix)}${scrub(line)}`)}\n`);
  trace?.(t(ctx.lang, TRACE.settings, { url: settings.endpoint.href, from: settings.endpointFrom, auth: settings.authFrom ?? t(ctx.lang, TRACE.noAuth), seconds: settings.timeoutMs / 1000, retries: settings.retries }));
  const policy = defaultPolicy(settings.retries);
  const deadline = createDeadline({ timeoutMs: settings.timeoutMs, retries: settings.retries, policy, lang: ctx.lang, phase: o.phase ?? THIS_COMMAND });
  const retry: RetryPolicy = { ...policy, deadline };
  const transport = await createTransport({ env: ctx.env, timeoutMs: settings.timeoutMs, signal: ctx.signal, scrub, lang: ctx.lang, deadline, ...(trace ? { trace } : {}) });
  const client = new ScmClient({
    endpoint: settings.endpoint,
    ...(settings.auth ? { auth: settings.auth } : {}),
    ...(settings.authWhere ? { authFrom: describeWhere(settings.authWhere, ctx.lang) } : {}),
    transport,
    retry,
    signal: ctx.signal,
    // The real clock, never SCM_NOW: the gateway checks X-Sdk-Date against its own (±15 min), and a signature
    // it calls expired counts towards the AK's lock-out. SCM_NOW sets the clock of verdicts (expiry) only.
    now: () => new Date(),
    lang: ctx.lang,
    scrub,
    userAgent: 'scm-cli',
    ...(o.onRetry ? { onRetry: o.onRetry } : {}),
  });
  return { settings, client, retry, scrub, deadline };
}

/**
 * The credentials, or exit 3 with the variables to set (and --dry-run where that needs none). Here beside the
 * client, which loads the API's errors anyway, not in config/index.ts: there it made every importer of the
 * settings (`scm config`, upload and push before their checks) load and run the catalogue and the API's messages.
 */
export function requireAuth(settings: Settings, canDryRun = false): Auth {
  if (settings.auth) return settings.auth;
  throw missingCredentials(settings.lang, canDryRun);
}
