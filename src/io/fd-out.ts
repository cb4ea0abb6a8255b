// Writers on file descriptors 1 and 2 for src/cli.ts. process.stdout/stderr would build a stream (and load
// node:net and node:tty) on every run: ~5 ms, a third of the start-up budget of `scm explain`. Their writes
// are synchronous on Linux pipes, files and terminals anyway, so a synchronous write loses nothing.
import { fstatSync, statSync, writeSync } from 'node:fs';
import type { Out } from '../context.js';

/** isatty() without loading node:tty unless the descriptor is a character device (a terminal or /dev/null). */
export function isTerminal(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    // `>/dev/null` (cron jobs, CI steps) is a character device too, and no terminal: a stat says so without
    // loading node:tty, which alone costs ~7 ms.
    if (st.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  // Not node:module's createRequire: loading node:module costs ~1 ms too. getBuiltinModule needs Node 20.16;
  // before that, the CommonJS build (dist/) has require().
  const tty = (process.getBuiltinModule?.('node:tty') ?? require('node:tty')) as typeof import('node:tty');
  return tty.isatty(fd);
}

const pause = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Writes everything or calls `onClosed` (the reader went away: `scm explain --list | head`). A descriptor
 * left non-blocking by the parent answers EAGAIN when its pipe is full: wait a moment and go on.
 */
export function writeAll(fd: number, text: string, onClosed: () => void): void {
  const buf = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < buf.length;) {
    try {
      offset += writeSync(fd, buf, offset);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') pause(2);
      // A pipe answers EPIPE; a socket pair (what Node gives a child for 'pipe' stdio) may answer ECONNRESET.
      else if (code === 'EPIPE' || code === 'ECONNRESET') return onClosed();
      else throw e;
    }
  }
}

/** An Out on `fd`; `columns` is asked only on a terminal (it needs the tty stream). */
export function fdOut(fd: 1 | 2, columns: () => number | undefined, onClosed: () => void): Out {
  const tty = isTerminal(fd);
  return {
    isTTY: tty,
    get columns() {
      return tty ? columns() : undefined;
    },
    write: (s) => writeAll(fd, s, onClosed),
  };
}
