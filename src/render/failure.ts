// How a command that failed ends on stderr: one line (and a hint) for the user, or one JSON error line with
// --json; the stack only with --debug. cli.ts calls these once per run and turns the result into the exit status.
import type { Ctx } from '../context.js';
import { t } from '../core/i18n.js';
import { S } from '../commands/shared/messages.js';
import { ExitCode, InterruptedError, ScmCliError } from '../errors.js';
import { stdoutFailedText } from '../io/fd-out.js';
import type { Style } from '../io/style.js';
import { errorLine, hintLine, widthOf } from './diagnostics.js';
import { jsonDebugLine, jsonErrorLine } from './json.js';
import { D } from './messages.js';

export function jsonError(type: string, message: string, exitCode: number, extra: Record<string, unknown> = {}): string {
  return jsonErrorLine({ type, message, exitCode, ...extra });
}

/**
 * The stack, with --debug: after the error's line in text; under --json a debug object before the error object,
 * which stays the last line (a script reads the last line as the error).
 */
function stack(e: unknown, ctx: Ctx, json: boolean, end: () => void): void {
  const trace = ctx.debug && e instanceof Error && e.stack ? e.stack : undefined;
  if (trace && json) ctx.stderr.write(jsonDebugLine(trace));
  end();
  if (trace && !json) ctx.stderr.write(`${trace}\n`);
}

/** One line for the user, a hint, and (only with --debug) the stack. */
export function report(e: unknown, ctx: Ctx, json: boolean): number {
  const s: Style = ctx.errStyle;
  const width = widthOf(ctx.stderr);
  if (e instanceof ScmCliError) {
    const message = e instanceof InterruptedError && e.generic ? t(ctx.lang, S.interrupted) : e.message;
    stack(e, ctx, json, () => {
      if (json) ctx.stderr.write(jsonError(e.name, message, e.exitCode, { ...e.toJSON(), message }));
      else ctx.stderr.write(errorLine(s, message, width) + (e.hint ? hintLine(s, ctx.lang, e.hint, width) : ''));
    });
    return e.exitCode;
  }
  const message = e instanceof Error ? e.message : String(e);
  stack(e, ctx, json, () => {
    if (json) ctx.stderr.write(jsonError('InternalError', message, ExitCode.INTERNAL));
    else ctx.stderr.write(errorLine(s, t(ctx.lang, D.internalError, { message: message.split('\n')[0]! })) + hintLine(s, ctx.lang, t(ctx.lang, D.bugHint)));
  });
  return ExitCode.INTERNAL;
}

/**
 * A command stopped by SIGINT (exit 130), SIGTERM (exit 143) or SIGHUP (exit 129), whatever it threw on the way out: its own
 * account of what the interruption may have left behind (an InterruptedError with a message), else a plain
 * "interrupted".
 */
export function reportInterruption(e: unknown, ctx: Ctx, json: boolean): number {
  const reason: unknown = ctx.signal.reason;
  const exitCode = reason === 'SIGTERM' ? ExitCode.TERMINATED : reason === 'SIGHUP' ? ExitCode.HANGUP : ExitCode.INTERRUPTED;
  const own = e instanceof InterruptedError && !e.generic ? e : undefined;
  const message = own?.message ?? t(ctx.lang, reason === 'SIGTERM' ? S.terminated : reason === 'SIGHUP' ? S.hungUp : S.interrupted);
  const hint = own?.hint;
  stack(e, ctx, json, () => {
    if (json) ctx.stderr.write(jsonError('InterruptedError', message, exitCode, { hint: hint ?? null }));
    else ctx.stderr.write(errorLine(ctx.errStyle, message, widthOf(ctx.stderr)) + (hint ? hintLine(ctx.errStyle, ctx.lang, hint, widthOf(ctx.stderr)) : ''));
  });
  return exitCode;
}

/**
 * stdout failed (a full disk, an I/O error): the environment's fault, not a bug. Exit 2, as for an input
 * file that cannot be read or an export file that cannot be written, unless the command failed on its own.
 */
export function reportOutputFailure(e: NodeJS.ErrnoException, ctx: Ctx, json: boolean, code: number): number {
  const exitCode = code === ExitCode.OK ? ExitCode.USAGE : code;
  const message = stdoutFailedText(e, ctx.lang);
  if (json) ctx.stderr.write(jsonError('OutputError', message, exitCode, { code: null, hint: null }));
  else ctx.stderr.write(errorLine(ctx.errStyle, message, widthOf(ctx.stderr)));
  return exitCode;
}
