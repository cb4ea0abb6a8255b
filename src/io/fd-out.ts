// Writers on file descriptors 1 and 2 for src/cli.ts. process.stdout/stderr would build a stream (and load
// node:net and node:tty) on every run: ~5 ms, a third of the start-up budget of `scm explain`. Their writes
// are synchronous on Linux pipes, files and terminals anyway, so a synchronous write loses nothing.
import { fstatSync, statSync, writeSync } from 'node:fs';
import type { Out } from '../context.js';
import { t, type Lang } from '../core/i18n.js';
import { knownErrno, systemWords } from './errno.js';
import { OUT } from './messages.js';

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
 * Writes everything or throws the system error. A descriptor left non-blocking by the parent answers EAGAIN
 * when its pipe is full: wait a moment and go on.
 */
export function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < buf.length;) {
    try {
      offset += writeSync(fd, buf, offset);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') pause(2);
      else throw e;
    }
  }
}

/** A pipe answers EPIPE; a socket pair (what Node gives a child for 'pipe' stdio) may answer ECONNRESET. */
const isClosed = (e: unknown): boolean => ['EPIPE', 'ECONNRESET'].includes((e as NodeJS.ErrnoException).code ?? '');

export interface FdOut extends Out {
  /** Why writing failed (a full disk, an I/O error), when it did; a reader that went away is no failure. */
  failure(): NodeJS.ErrnoException | undefined;
}

/**
 * An Out on `fd`; `columns` is asked only on a terminal (it needs the tty stream). Once a write fails, the
 * rest are dropped and the command runs on, so that its exit status is still the real one: a reader that
 * went away (`scm validate ... | head -1`) is not an error, and under `pipefail` a failed validation must
 * not turn into success; any other failure is kept for cli.ts to report when the command ends.
 */
export function fdOut(fd: 1 | 2, columns: () => number | undefined): FdOut {
  const tty = isTerminal(fd);
  let stopped = false;
  let failure: NodeJS.ErrnoException | undefined;
  return {
    isTTY: tty,
    get columns() {
      return tty ? columns() : undefined;
    },
    write(s) {
      if (stopped) return;
      try {
        writeAll(fd, s);
      } catch (e) {
        stopped = true;
        if (!isClosed(e)) failure = e as NodeJS.ErrnoException;
      }
    },
    failure: () => failure,
  };
}

/** "cannot write to stdout: no space left on the device (ENOSPC) ...": the system's own words for a code not known here. */
export function stdoutFailedText(e: NodeJS.ErrnoException, lang: Lang): string {
  const code = e.code ?? 'EIO';
  const reason = code === 'EBADF' ? t(lang, OUT.EBADF) : (knownErrno(code, lang) ?? systemWords(e));
  return t(lang, OUT.stdoutFailed, { reason, code });
}
