// A signal while scm waits for SCM, through the built binary: the emulator holds a request (a `delay_ms` fault) and
// the signal (Ctrl-C's SIGINT, SIGTERM, a closed terminal's SIGHUP) is sent once that request is on its way, so
// that what scm says of a request in flight is what the test sees. One place for the five suites that did this.
import { spawn } from 'node:child_process';
import type { RunningEmulator } from './emulator.js';
import { BIN, ROOT } from './run-cli.js';

export interface Interrupted {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Whether request number `nth` of `op` was seen in flight before the signal (it is sent either way). */
  held: boolean;
}

/**
 * Runs scm with `env` (PATH, NO_COLOR and LANG=C.UTF-8 under it), waits up to 10 s until `emu` holds request number
 * `nth` (counted since the emulator's last reset) of `op` in flight, then sends `signal` and waits for the end.
 */
export async function interruptAt(
  emu: Pick<RunningEmulator, 'state'>,
  args: string[],
  env: Record<string, string | undefined>,
  o: { op: string; signal: NodeJS.Signals; nth?: number },
): Promise<Interrupted> {
  const nth = o.nth ?? 1;
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH, NO_COLOR: '1', LANG: 'C.UTF-8', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  let held = false;
  for (let i = 0; i < 400 && !held; i++) {
    const state = await emu.state();
    held = state.in_flight > 0 && (state.requests.byOperation[o.op] ?? 0) >= nth;
    if (!held) await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill(o.signal);
  return { code: await closed, stdout, stderr, held };
}
