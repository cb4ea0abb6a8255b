// Progress on stderr: an ora spinner on an interactive terminal (never under CI, NO_COLOR, TERM=dumb, a pipe,
// --json or --quiet), else one plain line per step (none in certbot's deploy hook: upload/run.ts). ora is
// imported only when a spinner is shown.
import type { Ctx } from '../context.js';

export interface Progress {
  /** A new step ("uploading ..."). */
  step(text: string): void;
  /** A line that stays (retry notices, warnings). */
  note(text: string): void;
  /** The work finished; the spinner, if any, goes away (the result itself goes to stdout). */
  done(): void;
  fail(): void;
}

const SILENT: Progress = { step() {}, note() {}, done() {}, fail() {} };

/** CI=true/1/anything but false/0: a CI job, whatever its stderr claims to be. */
export const isCi = (env: Record<string, string | undefined>): boolean => env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';

export function spinnerAllowed(ctx: Ctx): boolean {
  const env = ctx.env;
  return ctx.stderr.isTTY && !isCi(env) && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '') && env.TERM !== 'dumb';
}

/**
 * `silent` for --quiet and --json (stderr carries errors only). `noSteps`: the notes (a retry, a warning) and
 * no step lines, for a stderr that is a log read as errors (certbot's deploy hook, see upload/run.ts).
 */
export async function createProgress(ctx: Ctx, silent: boolean, noSteps = false): Promise<Progress> {
  if (silent) return SILENT;
  const line = (t: string): void => ctx.stderr.write(`${t}\n`);
  if (noSteps) return { step() {}, note: line, done() {}, fail() {} };
  // A step goes on: "..." in English, Chinese's own ellipsis "…" (no space) in Chinese.
  const going = ctx.lang === 'zh' ? '\u2026' : ' ...';
  if (!spinnerAllowed(ctx)) return { step: (t) => line(`${t}${going}`), note: line, done() {}, fail() {} };

  const { default: ora } = await import('ora');
  const out = ctx.stderr;
  // ora wants a TTY stream; ctx.stderr is a writer, so cursor control is done with ANSI sequences.
  const stream = {
    isTTY: true,
    // Some pseudo-terminals report 0 columns; ora would then count infinitely many lines to clear.
    get columns() { return out.columns && out.columns > 0 ? out.columns : 80; },
    write: (s: string) => (out.write(s), true),
    cursorTo: (x: number) => (out.write(`\x1b[${x + 1}G`), true),
    moveCursor: (_dx: number, dy: number) => (dy < 0 ? out.write(`\x1b[${-dy}A`) : dy > 0 && out.write(`\x1b[${dy}B`), true),
    clearLine: (dir: number) => (out.write(dir === 1 ? '\x1b[0K' : '\x1b[2K'), true),
    on: () => stream, once: () => stream, removeListener: () => stream, off: () => stream,
  };
  // --no-color (errStyle off) keeps the spinner but drops its colour.
  const spinner = ora({ stream: stream as unknown as NodeJS.WriteStream, isEnabled: true, discardStdin: false, ...(ctx.errStyle.enabled ? {} : { color: false as const }) });
  return {
    step: (t) => (spinner.isSpinning ? (spinner.text = t) : spinner.start(t)),
    note: (t) => {
      const spinning = spinner.isSpinning;
      if (spinning) spinner.clear();
      line(t);
      if (spinning) spinner.render();
    },
    done: () => void spinner.stop(),
    fail: () => spinner.stop(),
  };
}
