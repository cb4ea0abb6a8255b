// `scm emulator`: a local SCM API on 127.0.0.1 until SIGINT/SIGTERM. The first stdout line announces the URL
// once the port accepts connections; the request log goes to stderr.
import type { Ctx } from '../../context.js';
import { t } from '../../core/i18n.js';
import { UsageError } from '../../errors.js';
import { M } from './messages.js';
import { SCHEMA_VERSION } from '../../render/json.js';

export const DEMO_AK = 'SCMEMULATORDEMOAK000';
export const DEMO_SK = 'scm-emulator-demo-secret-0000000000000000';

interface EmulatorOptions {
  port?: number;
  ak?: string;
  sk?: string;
  token?: string;
  fault?: string[];
  offsetUnit?: 'items' | 'pages';
  duplicateCheck?: 'honour' | 'ignore';
  unknownIdStatus?: '400' | '404';
  state?: string;
  quiet?: boolean;
  json?: boolean;
}

export async function run({ opts }: { args: string[]; opts: EmulatorOptions }, ctx: Ctx): Promise<number> {
  if (opts.port !== undefined && opts.port > 65535) throw new UsageError(`--port ${opts.port}: ports go up to 65535`);
  if ((opts.ak === undefined) !== (opts.sk === undefined)) throw new UsageError('give --ak and --sk together');
  const envAk = ctx.env.HUAWEICLOUD_SDK_AK?.trim();
  const envSk = ctx.env.HUAWEICLOUD_SDK_SK?.trim();
  const key = opts.ak !== undefined ? { ak: opts.ak, sk: opts.sk!, from: '--ak/--sk' }
    : envAk && envSk ? { ak: envAk, sk: envSk, from: 'HUAWEICLOUD_SDK_AK/SK' }
      : { ak: DEMO_AK, sk: DEMO_SK, from: 'the demo pair' };
  const token = opts.token ?? (ctx.env.SCM_AUTH_TOKEN?.trim() || undefined);

  const { parseFaults } = await import('../../emulator/faults.js');
  const faults = [];
  for (const text of opts.fault ?? []) {
    try {
      faults.push(...parseFaults(JSON.parse(text)));
    } catch (e) {
      throw new UsageError(`--fault: ${e instanceof SyntaxError ? 'not valid JSON' : (e as Error).message}`, { hint: 'example: --fault \'{"op":"push","status":503,"times":2}\'' });
    }
  }

  let account: unknown;
  if (opts.state !== undefined) {
    const { readStateFile } = await import('../../emulator/state-file.js');
    try {
      account = readStateFile(opts.state);
    } catch (e) {
      throw new UsageError(t(ctx.lang, M.badState, { file: opts.state, why: (e as Error).message }), { hint: t(ctx.lang, M.stateHint) });
    }
  }

  // --json: the listening line is a JSON object, and every stderr line is one too.
  const log = (line: string): void => ctx.stderr.write(opts.json ? `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, log: line })}\n` : `emulator: ${line}\n`);
  const { startEmulator } = await import('../../emulator/server.js');
  const emulator = await startEmulator({
    port: opts.port ?? 0,
    keys: [{ ak: key.ak, sk: key.sk }],
    tokens: token ? [token] : [],
    faults,
    behaviour: {
      ...(opts.offsetUnit ? { offsetUnit: opts.offsetUnit } : {}),
      ...(opts.duplicateCheck ? { duplicateCheck: opts.duplicateCheck } : {}),
      ...(opts.unknownIdStatus ? { unknownIdStatus: Number(opts.unknownIdStatus) as 400 | 404 } : {}),
    },
    ...(account !== undefined ? { seed: account } : {}),
    now: ctx.now,
    ...(opts.quiet ? {} : { log }),
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE') throw new UsageError(`port ${opts.port} is in use`, { hint: 'pick another --port, or --port 0 for any free port' });
    if (account !== undefined && e.message.startsWith('seed: ')) throw new UsageError(t(ctx.lang, M.badState, { file: opts.state ?? '', why: e.message.slice(6) }), { hint: t(ctx.lang, M.stateHint) });
    throw e;
  });

  const port = Number(new URL(emulator.url).port);
  ctx.stdout.write(opts.json
    ? `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, listening: true, url: emulator.url, port, admin: `${emulator.url}/_emulator/state` })}\n`
    : `scm emulator listening on ${emulator.url}\n`);
  if (!opts.quiet) {
    log(`accepting AK ${key.ak} (from ${key.from})${token ? ' and an X-Auth-Token' : ''}; admin API at ${emulator.url}/_emulator/state; stop with Ctrl-C`);
    if (key.from === 'the demo pair') log(`clients need HUAWEICLOUD_SDK_AK=${DEMO_AK} HUAWEICLOUD_SDK_SK=<demo secret, see scm emulator --help> SCM_ENDPOINT=${emulator.url}`);
  }
  await new Promise<void>((resolve) => {
    if (ctx.signal.aborted) return resolve();
    ctx.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await emulator.close();
  if (!opts.quiet) log('stopped');
  return 0;
}
