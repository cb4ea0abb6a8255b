// Reads one input file (or standard input for '-') into a RawInput, with a size limit and errors that
// say what is wrong with the path (exit 2), never what is in the file.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RawInput } from '../core/validate/types.js';
import { InputError } from '../errors.js';
import { checkStdinUsable, readStdin } from './stdin.js';

/** Certificates, keys and PKCS#12 files are a few KiB; anything over this is the wrong file. */
export const INPUT_LIMIT = 1024 * 1024;

export interface ReadContext {
  cwd: string;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** --no-input or CI: '-' must not wait on a terminal. */
  noInput?: boolean;
}

function describe(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return (e as Error).message;
  }
}

/**
 * The part of a command's Ctx that reading inputs needs. stdin stays a getter: touching ctx.stdin builds the
 * stdin stream (~2.5 ms of start-up) that only a '-' input needs.
 */
export function readContextOf(ctx: { cwd: string; noInput: boolean; stdin: ReadContext['stdin'] }): ReadContext {
  return { cwd: ctx.cwd, noInput: ctx.noInput, get stdin() { return ctx.stdin; } };
}

export async function readInput(path: string, ctx: ReadContext, limit = INPUT_LIMIT): Promise<RawInput> {
  if (path === '-') {
    checkStdinUsable(ctx.stdin, ctx.noInput);
    return { source: '-', data: await readStdin(ctx.stdin, limit) };
  }
  return { source: path, data: readLimited(path, resolve(ctx.cwd, path), limit) };
}

const tooBig = (path: string, size: string, limit: number): InputError =>
  new InputError(`${path} is ${size} bytes; a certificate, key or PKCS#12 file is at most ${limit} bytes here`, { path, hint: 'check that this is the right file' });

/**
 * Reads at most `limit` bytes of a regular file, refusing anything else before reading it. Synchronous on
 * purpose: these files are a few KiB, and fs/promises costs a thread-pool round trip per call (2,000 bundles
 * are 12,000 calls) plus ~1.5 ms to load. Opened non-blocking so a FIFO is refused instead of waited on, and
 * checked on the open descriptor, so the file checked is the file read; the read itself stops at the limit
 * (a file can grow after fstat, and /proc files claim size 0).
 */
function readLimited(path: string, full: string, limit: number): Buffer {
  let fd: number;
  try {
    fd = openSync(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${describe(e)}`, { path });
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError(`${path} is a directory`, { path, hint: `pass bundle folders as arguments: scm validate ${path}` });
    if (!info.isFile()) throw new InputError(`${path} is not a regular file`, { path });
    if (info.size > limit) throw tooBig(path, String(info.size), limit);
    // One byte more than expected, to notice a file longer than it said.
    let buf = Buffer.allocUnsafe(Math.min(limit, info.size) + 1);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > limit) throw tooBig(path, `more than ${limit}`, limit);
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(2 * length, 64 * 1024)));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) return buf.subarray(0, length);
      length += n;
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${path}: ${describe(e)}`, { path });
  } finally {
    closeSync(fd);
  }
}

/** A password file's first line (trailing newline and CR removed). Never echoed anywhere. */
export async function readPasswordFile(path: string, ctx: ReadContext): Promise<string> {
  const { data } = await readInput(path, ctx, 64 * 1024);
  return data.toString('utf8').split(/\r?\n/)[0] ?? '';
}
