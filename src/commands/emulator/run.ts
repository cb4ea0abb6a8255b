// `scm emulator`: a local SCM API on loopback until SIGINT/SIGTERM. The first stdout line announces the URL
// once the port accepts connections; the request log goes to stderr.
import type { Ctx } from '../../context.js';
import { UsageError } from '../../errors.js';
import { SCHEMA_VERSION } from '../../render/json.js';
import { t } from '../../core/i18n.js';
import { DEMO_AK, DEMO_SK } from './demo.js';
import { M } from './messages.js';

interface EmulatorOptions {
  port?: number;
  ak?: string;
  sk?: string;
  token?: string;
  fault?: string[];
  offsetUnit?: 'items' | 'pages';
  duplicateCheck?: 'honour' | 'ignore' | 'inverted';
  unknownIdStatus?: '400' | '404';
  state?: string;
  edgePort?: number;
  quiet?: boolean;
  json?: boolean;
}

export async function run({ opts }: { args: string[]; opts: EmulatorOptions }, ctx: Ctx): Promise<number> {
  const L = ctx.lang;
  if (opts.port !== undefined && opts.port > 65535) throw new UsageError(t(L, M.portRange, { port: opts.port }));
  if (opts.edgePort !== undefined && opts.edgePort > 65535) throw new UsageError(t(L, M.edgePortRange, { port: opts.edgePort }));
  if ((opts.ak === undefined) !== (opts.sk === undefined)) throw new UsageError(t(L, M.akWithSk));
  const envAk = ctx.env.HUAWEICLOUD_SDK_AK?.trim();
  const envSk = ctx.env.HUAWEICLOUD_SDK_SK?.trim();
  const key = opts.ak !== undefined ? { ak: opts.ak, sk: opts.sk!, from: '--ak/--sk' }
    : envAk && envSk ? { ak: envAk, sk: envSk, from: 'HUAWEICLOUD_SDK_AK/SK' }
      : { ak: DEMO_AK, sk: DEMO_SK, from: t(L, M.fromDemo), demo: true };
  const token = opts.token ?? (ctx.env.SCM_AUTH_TOKEN?.trim() || undefined);

  const { parseFaults } = await import('../../emulator/faults.js');
  const { Problem, reasonIn } = await import('../../emulator/problem.js');
  const faults = [];
  for (const text of opts.fault ?? []) {
    try {
      faults.push(...parseFaults(JSON.parse(text)));
    } catch (e) {
      const message = e instanceof SyntaxError ? t(L, M.faultJson) : t(L, M.faultBad, { reason: reasonIn(L, e) });
      throw new UsageError(message, { hint: t(L, M.faultHint) });
    }
  }

  let account: unknown;
  if (opts.state !== undefined) {
    const { readStateFile } = await import('../../emulator/state-file.js');
    const { EM } = await import('../../emulator/messages.js');
    try {
      account = readStateFile(opts.state);
    } catch (e) {
      // A file that cannot be read at all: what its format is has nothing to do with it.
      const unread = e instanceof Problem && (e.text === EM.stateCannotRead || e.text === EM.stateNotRegular);
      throw new UsageError(t(L, M.badState, { file: opts.state, why: reasonIn(L, e) }), unread ? {} : { hint: t(L, M.stateHint) });
    }
  }

  // --json: the listening line is a JSON object, and every stderr line is one too.
  const label = t(L, M.label);
  const log = (line: string): void => ctx.stderr.write(opts.json ? `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, log: line })}\n` : `${label}${label.endsWith('\uff1a') ? '' : ' '}${line}\n`);
  // Read once before listening: an SCM_NOW that is no date fails here (exit 2), not in every request.
  ctx.now();
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
    ...(opts.edgePort !== undefined ? { edgePort: opts.edgePort } : {}),
    ...(opts.quiet ? {} : { log, lang: L }),
  }).catch((e: NodeJS.ErrnoException & { edge?: boolean }) => {
    if (e.code === 'EADDRINUSE') throw new UsageError(t(L, M.portInUse, { port: (e.edge ? opts.edgePort : opts.port) ?? 0 }), { hint: t(L, e.edge ? M.edgePortHint : M.portHint) });
    // The state file's seed, refused as a whole (nothing stored): said as the file's problem.
    if (account !== undefined && e instanceof Problem) throw new UsageError(t(L, M.badState, { file: opts.state ?? '', why: reasonIn(L, e) }), { hint: t(L, M.stateHint) });
    throw e;
  });

  const port = Number(new URL(emulator.url).port);
  ctx.stdout.write(opts.json
    ? `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, listening: true, url: emulator.url, port, admin: `${emulator.url}/_emulator/state` })}\n`
    : `scm emulator listening on ${emulator.url}\n`);
  // The edge's line comes second, in the same form (scripts read the first for the API).
  if (emulator.edge) {
    ctx.stdout.write(opts.json
      ? `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, listening: true, edge: true, url: emulator.edge.url, port: emulator.edge.port })}\n`
      : `scm emulator edge listening on ${emulator.edge.url}\n`);
  }
  if (!opts.quiet) {
    // The stdout lines above are the contract's words, in English for scripts; in another language they are said
    // again on stderr for the person watching (in English that would only repeat them).
    if (L !== 'en') {
      log(t(L, M.listening, { url: emulator.url }));
      if (emulator.edge) log(t(L, M.edgeListening, { url: emulator.edge.url }));
    }
    log(t(L, token ? M.acceptingToken : M.accepting, { ak: key.ak, from: key.from, admin: `${emulator.url}/_emulator/state` }));
    // The demo pair is public (it works against this emulator only): a line to paste beats a pointer to --help.
    if ('demo' in key) log(t(L, M.clientsNeed, { exports: `export SCM_ENDPOINT=${emulator.url} HUAWEICLOUD_SDK_AK=${DEMO_AK} HUAWEICLOUD_SDK_SK=${DEMO_SK}` }));
  }
  await new Promise<void>((resolve) => {
    if (ctx.signal.aborted) return resolve();
    ctx.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await emulator.close();
  if (!opts.quiet) log(t(L, M.stopped));
  return 0;
}
