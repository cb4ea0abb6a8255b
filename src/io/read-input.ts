// Reads one input file (or standard input for '-') into a RawInput, with a size limit and errors that
// say what is wrong with the path (exit 2), never what is in the file. Regular files, pipes (`<(...)`,
// /dev/stdin, FIFOs) and sockets are read; devices (/dev/zero) never are.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { t, type Lang } from '../core/i18n.js';
import { shellWord } from '../core/shell-word.js';
import type { RawInput } from '../core/validate/types.js';
import { InputError } from '../errors.js';
import { jsonWarningLine } from '../render/json.js';
import { errnoText } from './errno.js';
import { IO, STDIN } from './messages.js';
import { readStdinArg, WRITER_SILENT_MS } from './stdin.js';

/** Certificates, keys and PKCS#12 files are a few KiB; anything over this is the wrong file. */
export const INPUT_LIMIT = 1024 * 1024;

export interface ReadContext {
  cwd: string;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** --no-input or CI: '-' must not wait on a terminal. */
  noInput?: boolean;
  /** The language of error messages (default English). */
  lang?: Lang;
  /** A line for the person at the terminal (stderr; a JSON warning line under --json): what '-' waits for. */
  notice?: (text: string) => void;
  /** Aborted on SIGTERM or SIGHUP: a password being typed at a terminal stops being awaited (the terminal put back). */
  signal?: AbortSignal;
}

const denied = (e: unknown): boolean => ['EACCES', 'EPERM'].includes((e as NodeJS.ErrnoException).code ?? '');

/** A regular file this user can see (a folder above it is searchable), though maybe not read. */
function visibleFile(full: string): boolean {
  try {
    return statSync(full).isFile();
  } catch {
    return false;
  }
}

/**
 * What to do about an input this user may not read: run as one who may, or copy it. The copy command only for a
 * file it can see and errors may name (`shown` stands for a path that may be a secret typed in the wrong place):
 * behind a folder it may not enter (certbot's live/), a path may as well be a folder, which `install` cannot copy.
 */
export function permissionHint(e: unknown, full: string, shown: string | undefined, lang: Lang): { hint?: string } {
  if (!denied(e)) return {};
  return { hint: shown === undefined || !visibleFile(full) ? t(lang, IO.permissionNoCopyHint) : t(lang, IO.permissionHint, { path: shellWord(shown) }) };
}

function describe(e: unknown, lang: Lang): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return t(lang, IO.noSuchFile);
    case 'EACCES':
    case 'EPERM':
      return t(lang, IO.permissionDenied);
    default:
      return errnoText(e, lang);
  }
}

/**
 * The part of a command's Ctx that reading inputs needs. stdin stays a getter: touching ctx.stdin builds the
 * stdin stream (~2.5 ms of start-up) that only a '-' input needs.
 */
export function readContextOf(ctx: { cwd: string; noInput: boolean; json?: boolean; lang: Lang; stdin: ReadContext['stdin']; stderr: { write(s: string): void }; signal?: AbortSignal }): ReadContext {
  return { cwd: ctx.cwd, noInput: ctx.noInput, lang: ctx.lang, notice: (text) => ctx.stderr.write(ctx.json ? jsonWarningLine(text) : `${text}\n`), get stdin() { return ctx.stdin; }, get signal() { return ctx.signal; } };
}

/** Paths that name standard input as '-' does (it can be read once). */
export const isStdinPath = (path: string): boolean => ['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0'].includes(path);

/** `shown`: what errors call the file instead of its path (a path that may be a secret typed in the wrong place). */
export async function readInput(path: string, ctx: ReadContext, limit = INPUT_LIMIT, shown = path): Promise<RawInput> {
  // /dev/stdin (/dev/fd/0, /proc/self/fd/0) at a terminal is what '-' is there: opened by name it is a device, refused.
  if (path === '-' || (isStdinPath(path) && ctx.stdin.isTTY === true)) {
    const lang = ctx.lang ?? 'en';
    const notice = () => ctx.notice?.(t(lang, STDIN.readingPem));
    return { source: '-', data: await readStdinArg(ctx.stdin, { noInput: ctx.noInput, lang, notice, limit }) };
  }
  const lang = ctx.lang ?? 'en';
  try {
    return { source: path, data: await readLimited(shown, resolve(ctx.cwd, path), limit, lang, shown === path) };
  } catch (e) {
    // Standard input that is a socket (a Node.js parent's 'pipe', systemd's StandardInput=socket) cannot be
    // opened by its name (ENXIO, 'no such device or address'): /dev/stdin is then read as '-' reads it.
    if (!isStdinPath(path) || !(e instanceof InputError) || (e.cause as NodeJS.ErrnoException | undefined)?.code !== 'ENXIO') throw e;
    return { source: path, data: await readStdinArg(ctx.stdin, { noInput: ctx.noInput, lang, notice: () => ctx.notice?.(t(lang, STDIN.readingPem)), limit }) };
  }
}

export const tooBig = (path: string, size: string, limit: number, lang: Lang): InputError =>
  new InputError(t(lang, IO.tooBig, { path, size, limit }), { path, hint: t(lang, IO.tooBigHint) });

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * How long a pipe may read as empty (no writer yet) from the moment we start reading it: a FIFO's writer already
 * blocked in open() needs a moment (more on a loaded machine). A writer that is there gets WRITER_SILENT_MS.
 */
export const PIPE_GRACE_MS = 2000;

/** A pipe that gave no byte within the grace: unreadable input (exit 2) naming it, with what to do. */
function silentPipe(path: string, named: boolean, writerAttached: boolean, lang: Lang): InputError {
  const message = t(lang, named ? IO.pipeSilent : IO.pipeSilentUnnamed, { path, seconds: (writerAttached ? WRITER_SILENT_MS : PIPE_GRACE_MS) / 1000 });
  return new InputError(message, { path, hint: t(lang, writerAttached || !named ? IO.pipeWriterQuietHint : IO.pipeSilentHint) });
}

/**
 * A pipe or socket, opened non-blocking: read until its writer closes it, waiting (never spinning) while it is
 * quiet. The grace is counted by the clock from the first read, whatever the reads say meanwhile: end of file (a
 * FIFO with no writer yet) or EAGAIN (a writer attached that writes nothing, `<(sleep 30)`), so neither hangs.
 * Once a byte has come, the writer is alive and is waited for however slowly it writes, as before: cutting it
 * off would read a truncated certificate (a finding on the wrong cause), and Ctrl-C still ends the wait.
 */
async function readPipe(fd: number, path: string, limit: number, lang: Lang, named = false): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const buf = Buffer.allocUnsafe(64 * 1024);
  let size = 0;
  const start = performance.now();
  for (let wait = 1; ;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      n = -1; // open, with nothing to read yet
    }
    if (n > 0) {
      size += n;
      if (size > limit) throw tooBig(path, t(lang, IO.moreThan, { limit }), limit, lang);
      chunks.push(Buffer.from(buf.subarray(0, n)));
      wait = 1;
      continue;
    }
    if (n === 0 && size > 0) return Buffer.concat(chunks);
    // No writer yet (end of file): the grace. A writer there but silent (EAGAIN): the longer bound.
    if (size === 0 && performance.now() >= start + (n === -1 ? WRITER_SILENT_MS : PIPE_GRACE_MS)) {
      // `<(true)`: the shell's pipe, closed by its writer without a byte, is an empty file (a finding). A named
      // FIFO nothing was written to, or any pipe whose writer is still silent, is said as unreadable input.
      if (n === 0 && !named) return Buffer.alloc(0);
      throw silentPipe(path, named, n === -1, lang);
    }
    // End of file before any byte: maybe no writer yet, ask again shortly. EAGAIN: back off up to 50 ms.
    await pause(n === 0 ? 20 : wait);
    if (n === -1) wait = Math.min(wait * 2, 50);
  }
}

/** A regular file, read to `limit` bytes (+1 to notice a file longer than it said). */
function readFile(fd: number, size: number, path: string, limit: number, lang: Lang): Buffer {
  if (size > limit) throw tooBig(path, String(size), limit, lang);
  let buf = Buffer.allocUnsafe(Math.min(limit, size) + 1);
  let length = 0;
  for (;;) {
    if (length === buf.length) {
      if (length > limit) throw tooBig(path, t(lang, IO.moreThan, { limit }), limit, lang);
      const bigger = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(2 * length, 64 * 1024)));
      buf.copy(bigger, 0, 0, length);
      buf = bigger;
    }
    const n = readSync(fd, buf, length, buf.length - length, null);
    if (n === 0) return buf.subarray(0, length);
    length += n;
  }
}

/**
 * Reads at most `limit` bytes, refusing anything but a regular file, a pipe or a socket before reading it.
 * Synchronous for regular files on purpose: these are a few KiB, and fs/promises costs a thread-pool round
 * trip per call (2,000 bundles are 12,000 calls) plus ~1.5 ms to load. Opened non-blocking, so a FIFO never
 * blocks the open, and checked on the open descriptor, so the file checked is the file read; the read itself
 * stops at the limit (a file can grow after fstat, and /proc files claim size 0).
 */
async function readLimited(path: string, full: string, limit: number, lang: Lang, pathShown: boolean): Promise<Buffer> {
  let fd: number;
  try {
    fd = openSync(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new InputError(t(lang, IO.cannotRead, { path, why: describe(e, lang) }), { path, cause: e, ...permissionHint(e, full, pathShown ? path : undefined, lang) });
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError(t(lang, IO.isDirectory, { path }), { path, hint: t(lang, IO.isDirectoryHint, { path: shellWord(path) }) });
    if (info.isFile()) return readFile(fd, info.size, path, limit, lang);
    // /dev/fd/N, /dev/stdin and /proc/*/fd/N are a shell's pipes (`<(command)`), whose writer is already there.
    const named = info.isFIFO() && !/^\/(dev\/(fd\/\d+|stdin)|proc\/(self|\d+)\/fd\/\d+)$/.test(full);
    if (info.isFIFO() || info.isSocket()) return await readPipe(fd, path, limit, lang, named);
    throw new InputError(t(lang, IO.notReadable, { path }), { path });
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(t(lang, IO.cannotRead, { path, why: describe(e, lang) }), { path });
  } finally {
    closeSync(fd);
  }
}
