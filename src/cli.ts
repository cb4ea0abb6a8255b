// The entry point and the only module that touches the process: exit status, signals, real streams.
// Every failure below this point is a typed error (src/errors.ts); here it becomes one line and an exit code.
import { readFileSync } from 'node:fs';
import type { Ctx, Out } from './context.js';
import { t, type Lang } from './core/i18n.js';
import { S } from './commands/shared/messages.js';
import { ExitCode, InputError, UsageError } from './errors.js';
import { errnoText } from './io/errno.js';
import { fdOut } from './io/fd-out.js';
import { colorLevel, makeStyle } from './io/style.js';
import { SPEC_LOADERS } from './commands/lazy-specs.js';
import { isOverview, plainInput } from './commands/plain-args.js';
import { configuredLang, langOf } from './commands/argv-lang.js';
import { refuseEmpty } from './commands/empty-values.js';
import { refuseBadHost } from './commands/host-values.js';
import { refuseBadSettings } from './commands/setting-values.js';
import { GLOBAL_OPTIONS } from './commands/shared/global-options.js';
import { errorLine, hintLine } from './render/diagnostics.js';
import { jsonError, report, reportInterruption, reportOutputFailure } from './render/failure.js';
import { envSecrets } from './config/secret-env.js';
import { argvSecrets } from './core/argv-secrets.js';
import { hiding } from './io/hiding-out.js';
import { DEMO_SK } from './commands/emulator/demo.js';
import { isoInstant } from './core/instant.js';

export interface ProcessIo {
  /** `failure` says why writing stopped (a full disk ...), when it did (io/fd-out.ts). */
  stdout: Out & { failure?: () => NodeJS.ErrnoException | undefined };
  stderr: Out;
  stdin: Ctx['stdin'];
  env: Record<string, string | undefined>;
  /** May throw (run(): process.cwd() of a folder removed meanwhile); read only when a command needs it. */
  cwd: string;
  now?: () => Date;
  signal?: AbortSignal;
  /** The user's id, to judge who could have written a config file. */
  uid?: number | undefined;
}

/** Set by scripts/build.mjs; reading package.json costs ~1 ms of every start-up (tests run src/ and read it). */
declare const __SCM_VERSION__: string | undefined;

function version(): string {
  if (typeof __SCM_VERSION__ === 'string') return __SCM_VERSION__;
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/**
 * The working directory, or an InputError (exit 2) when it cannot be read: the folder was removed (or renamed)
 * after the shell entered it, and Node's process.cwd() throws. Asked for only by what needs it (a relative path,
 * the config search), so `scm explain` and `--help` still run there.
 */
function workingDir(io: ProcessIo, lang: Lang): string {
  try {
    return io.cwd;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const message = err.code === 'ENOENT' ? t(lang, S.cwdGone) : t(lang, S.cwdUnreadable, { why: errnoText(err, lang) });
    throw new InputError(message, { hint: t(lang, S.cwdHint), cause: e });
  }
}

/**
 * SCM_NOW (an ISO date): a fixed clock, so that expiry can be tested end to end with far-future certificates, and
 * "will it still be valid then?" answered. A value that is no date is a usage error when the clock is first read:
 * answering as of today instead would be a wrong answer to the question asked. Empty counts as unset.
 */
function fixedClock(value: string | undefined, lang: Lang): (() => Date) | undefined {
  if (value === undefined || value === '') return undefined;
  const at = isoInstant(value);
  if (Number.isNaN(at)) {
    return () => {
      throw new UsageError(t(lang, S.badNow, { value }), { hint: t(lang, S.badNowHint) });
    };
  }
  return () => new Date(at);
}

/** Runs one invocation and returns its exit status; never throws. */
export async function main(argv: string[], io: ProcessIo): Promise<number> {
  const json = argv.includes('--json');
  const { ctx, code } = await runCommand(argv, io, json);
  const failure = io.stdout.failure?.();
  return failure ? reportOutputFailure(failure, ctx, json, code) : code;
}

async function runCommand(argv: string[], io: ProcessIo, json: boolean): Promise<{ ctx: Ctx; code: number }> {
  // Flags that shape error reporting are read before parsing, so even a parse error honours them.
  const debug = argv.includes('--debug');
  const colorFlag = !argv.includes('--no-color');
  const [style, errStyle] = await Promise.all([
    makeStyle(colorLevel({ isTTY: io.stdout.isTTY, env: io.env, flag: colorFlag })),
    makeStyle(colorLevel({ isTTY: io.stderr.isTTY, env: io.env, flag: colorFlag })),
  ]);
  let signal: AbortSignal | undefined;
  // Secrets from the environment, and any typed on the command line under a secret-looking option (`--sk=…`,
  // `--pfx-password …`): hidden from every line written, whatever later echoes them.
  const secrets = new Set([...envSecrets(io.env), ...argvSecrets(argv)]);
  const lang = langOf(argv, io.env, await configuredLang(argv, io));
  const ctx: Ctx = {
    stdout: hiding(io.stdout, secrets, [DEMO_SK]),
    stderr: hiding(io.stderr, secrets, [DEMO_SK]),
    secrets,
    get stdin() {
      return io.stdin;
    },
    env: io.env,
    get cwd() {
      return workingDir(io, lang);
    },
    now: io.now ?? fixedClock(io.env.SCM_NOW, lang) ?? (() => new Date()),
    lang,
    uid: io.uid,
    style,
    errStyle,
    debug,
    noInput: argv.includes('--no-input') || io.env.CI === 'true' || io.env.CI === '1',
    json,
    // Made when first asked for (an AbortController costs ~0.3 ms to load; scm explain never needs one).
    get signal() {
      return (signal ??= io.signal ?? new AbortController().signal);
    },
  };
  try {
    // A command whose arguments are plain skips commander: only its own spec and run are loaded. `scm --help`
    // is printed from the specs.
    const loadSpec = Object.hasOwn(SPEC_LOADERS, argv[0] ?? '') ? SPEC_LOADERS[argv[0]!] : undefined;
    const fast = await loadSpec?.();
    const plain = fast ? plainInput(fast, GLOBAL_OPTIONS, argv.slice(1)) : undefined;
    if (fast && plain) {
      await refuseEmpty(fast, GLOBAL_OPTIONS, plain, ctx.lang);
      await refuseBadSettings(fast, plain, ctx);
      await refuseBadHost(fast, plain, ctx.lang);
      return { ctx, code: await (await fast.load()).run(plain, ctx) };
    }
    if (!fast && isOverview(GLOBAL_OPTIONS, argv)) {
      ctx.stdout.write((await import('./commands/help/overview.js')).overview(ctx.lang, ctx.stdout, ctx.env));
      return { ctx, code: ExitCode.OK };
    }
    const { runProgram } = await import('./program.js');
    return { ctx, code: await runProgram(argv, ctx, { version: version(), usageError: (message, hint) => (json ? jsonError('UsageError', message, ExitCode.USAGE, { hint: hint ?? null }) : errorLine(errStyle, message) + (hint ? hintLine(errStyle, ctx.lang, hint) : '')) }) };
  } catch (e) {
    return { ctx, code: ctx.signal.aborted ? reportInterruption(e, ctx, json) : report(e, ctx, json) };
  }
}

/** Wires main() to the real process: streams, signals, exit status. */
export function run(): void {
  let controller: AbortController | undefined;
  const control = (): AbortController => (controller ??= new AbortController());
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    const code = signal === 'SIGTERM' ? ExitCode.TERMINATED : signal === 'SIGHUP' ? ExitCode.HANGUP : ExitCode.INTERRUPTED;
    if (interrupted) process.exit(code); // a second Ctrl-C means now
    interrupted = true;
    control().abort(signal);
    // Commands get a moment to clean up (close servers, remove temp files), then we leave regardless.
    setTimeout(() => process.exit(code), 3000).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A closed terminal or a dropped ssh session: Node's default would end scm on the spot, leaving what the
  // clean-up removes (a folder export made, temporary files) and printing no batch rows. (nohup does not spare
  // a Node process either: Node resets the ignored SIGHUP it inherits.)
  process.on('SIGHUP', onSignal);
  // A closed pipe (`scm explain --list | head`) stops the output, not the command: its exit status stays
  // the real one (io/fd-out.ts).
  const io: ProcessIo = {
    stdout: fdOut(1, () => process.stdout.columns),
    stderr: fdOut(2, () => process.stderr.columns),
    // A getter: touching process.stdin builds a stream (and loads net/tty code) that most commands never use.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    // A getter: process.cwd() throws when the folder was removed since the shell entered it (workingDir says so).
    get cwd() {
      return process.cwd();
    },
    uid: process.getuid?.(),
    get signal() {
      return control().signal;
    },
  };
  main(process.argv.slice(2), io).then((code) => {
    // Everything was written synchronously (io/fd-out.ts): leave now. Waiting for the event loop to drain
    // would wait for idle keep-alive sockets, then pay for tearing the heap down (~3 ms of every run).
    process.exit(code);
  });
}
