// The entry point and the only module that touches the process: exit status, signals, real streams.
// Every failure below this point is a typed error (src/errors.ts); here it becomes one line and an exit code.
import { readFileSync } from 'node:fs';
import type { CommanderError } from 'commander';
import type { Ctx, Out } from './context.js';
import { isLang, langFromEnv, type Lang } from './core/i18n.js';
import { ExitCode, ScmCliError } from './errors.js';
import { fdOut } from './io/fd-out.js';
import { colorLevel, makeStyle, type Style } from './io/style.js';
import { buildProgram, type Outcome } from './program.js';
import { jsonErrorLine } from './render/json.js';

export interface ProcessIo {
  stdout: Out;
  stderr: Out;
  stdin: Ctx['stdin'];
  env: Record<string, string | undefined>;
  cwd: string;
  now?: () => Date;
  signal?: AbortSignal;
}

const COMMANDER_OK = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

function isCommanderError(e: unknown): e is CommanderError {
  return e instanceof Error && typeof (e as CommanderError).code === 'string' && (e as CommanderError).code.startsWith('commander.');
}

function jsonError(type: string, message: string, exitCode: number, extra: Record<string, unknown> = {}): string {
  return jsonErrorLine({ type, message, exitCode, ...extra });
}

/** One line for the user, a hint, and (only with --debug) the stack. */
function report(e: unknown, ctx: Ctx, json: boolean): number {
  const s: Style = ctx.errStyle;
  if (e instanceof ScmCliError) {
    if (json) ctx.stderr.write(jsonError(e.name, e.message, e.exitCode, e.toJSON()));
    else {
      ctx.stderr.write(`${s.red('scm:')} ${e.message}\n`);
      if (e.hint) ctx.stderr.write(`${s.dim('hint:')} ${e.hint}\n`);
    }
    if (ctx.debug && e.stack) ctx.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const message = e instanceof Error ? e.message : String(e);
  if (json) ctx.stderr.write(jsonError('InternalError', message, ExitCode.INTERNAL));
  else ctx.stderr.write(`${s.red('scm: internal error:')} ${message.split('\n')[0]}\n${s.dim('hint:')} this is a bug; rerun with --debug for the stack trace\n`);
  if (ctx.debug && e instanceof Error && e.stack) ctx.stderr.write(`${e.stack}\n`);
  return ExitCode.INTERNAL;
}

/** Set by scripts/build.mjs; reading package.json costs ~1 ms of every start-up (tests run src/ and read it). */
declare const __SCM_VERSION__: string | undefined;

function version(): string {
  if (typeof __SCM_VERSION__ === 'string') return __SCM_VERSION__;
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** `--lang zh` or `--lang=zh` anywhere before `--`; commander itself refuses a value that is not en or zh. */
export function langOf(argv: string[], env: Record<string, string | undefined>): Lang {
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (isLang(value)) return value;
  }
  return langFromEnv(env);
}

/** SCM_NOW (an ISO date): a fixed clock, so that expiry can be tested end to end with far-future certificates. */
function fixedClock(value: string | undefined): (() => Date) | undefined {
  const at = value === undefined ? Number.NaN : Date.parse(value);
  return Number.isNaN(at) ? undefined : () => new Date(at);
}

/** Runs one invocation and returns its exit status; never throws. */
export async function main(argv: string[], io: ProcessIo): Promise<number> {
  // Flags that shape error reporting are read before parsing, so even a parse error honours them.
  const debug = argv.includes('--debug');
  const json = argv.includes('--json');
  const colorFlag = !argv.includes('--no-color');
  const [style, errStyle] = await Promise.all([
    makeStyle(colorLevel({ isTTY: io.stdout.isTTY, env: io.env, flag: colorFlag })),
    makeStyle(colorLevel({ isTTY: io.stderr.isTTY, env: io.env, flag: colorFlag })),
  ]);
  const ctx: Ctx = {
    stdout: io.stdout,
    stderr: io.stderr,
    get stdin() {
      return io.stdin;
    },
    env: io.env,
    cwd: io.cwd,
    now: io.now ?? fixedClock(io.env.SCM_NOW) ?? (() => new Date()),
    lang: langOf(argv, io.env),
    style,
    errStyle,
    debug,
    noInput: argv.includes('--no-input') || io.env.CI === 'true' || io.env.CI === '1',
    signal: io.signal ?? new AbortController().signal,
  };
  const outcome: Outcome = { status: ExitCode.OK };
  const program = buildProgram(ctx, version(), outcome, argv[0]);
  program.configureOutput({
    writeOut: (s) => ctx.stdout.write(s),
    writeErr: (s) => ctx.stderr.write(s),
    // commander's defaults would ask process.stdout/stderr, building the streams cli.ts avoids (see io/fd-out.ts).
    getOutHelpWidth: () => (ctx.stdout.isTTY && ctx.stdout.columns ? ctx.stdout.columns : 80),
    getErrHelpWidth: () => (ctx.stderr.isTTY && ctx.stderr.columns ? ctx.stderr.columns : 80),
    getOutHasColors: () => style.enabled,
    getErrHasColors: () => errStyle.enabled,
    outputError: (s, write) => write(json ? jsonError('UsageError', s.replace(/^error: /, '').trim(), ExitCode.USAGE) : `${errStyle.red('scm:')} ${s.replace(/^error: /, '')}`),
  });
  for (const sub of program.commands) sub.configureOutput(program.configureOutput());
  try {
    await program.parseAsync(argv, { from: 'user' });
    return outcome.status;
  } catch (e) {
    if (isCommanderError(e)) return COMMANDER_OK.has(e.code) ? ExitCode.OK : ExitCode.USAGE;
    if (ctx.signal.aborted && !(e instanceof ScmCliError)) {
      ctx.stderr.write(json ? jsonError('InterruptedError', 'interrupted', ExitCode.INTERRUPTED) : `${errStyle.red('scm:')} interrupted\n`);
      return ExitCode.INTERRUPTED;
    }
    return report(e, ctx, json);
  }
}

/** Wires main() to the real process: streams, signals, exit status. */
export function run(): void {
  const controller = new AbortController();
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted) process.exit(ExitCode.INTERRUPTED); // a second Ctrl-C means now
    interrupted = true;
    controller.abort(signal);
    // Commands get a moment to clean up (close servers, remove temp files), then we leave regardless.
    setTimeout(() => process.exit(ExitCode.INTERRUPTED), 3000).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A closed pipe (`scm explain --list | head`) is not an error worth a stack trace.
  const closed = (): never => process.exit(process.exitCode ?? 0);
  const io: ProcessIo = {
    stdout: fdOut(1, () => process.stdout.columns, closed),
    stderr: fdOut(2, () => process.stderr.columns, closed),
    // A getter: touching process.stdin builds a stream (and loads net/tty code) that most commands never use.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    signal: controller.signal,
  };
  main(process.argv.slice(2), io).then((code) => {
    // Everything was written synchronously (io/fd-out.ts): leave now. Waiting for the event loop to drain
    // would wait for idle keep-alive sockets, then pay for tearing the heap down (~3 ms of every run).
    process.exit(code);
  });
}
