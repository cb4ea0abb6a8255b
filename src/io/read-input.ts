// Reads one input file (or standard input for '-') into a RawInput, with a size limit and errors that
// say what is wrong with the path (exit 2), never what is in the file.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RawInput } from '../core/validate/types.js';
import { InputError } from '../errors.js';
import { readStdin } from './stdin.js';

/** Certificates, keys and PKCS#12 files are a few KiB; anything over this is the wrong file. */
export const INPUT_LIMIT = 1024 * 1024;

export interface ReadContext {
  cwd: string;
  stdin: NodeJS.ReadableStream;
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

export async function readInput(path: string, ctx: ReadContext, limit = INPUT_LIMIT): Promise<RawInput> {
  if (path === '-') return { source: '-', data: await readStdin(ctx.stdin, limit) };
  const full = resolve(ctx.cwd, path);
  let size: number;
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new InputError(`${path} is a directory`, { path, hint: `pass bundle folders as arguments: scm validate ${path}` });
    if (!info.isFile()) throw new InputError(`${path} is not a regular file`, { path });
    size = info.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${path}: ${describe(e)}`, { path });
  }
  if (size > limit) throw new InputError(`${path} is ${size} bytes; a certificate, key or PKCS#12 file is at most ${limit} bytes here`, { path, hint: 'check that this is the right file' });
  try {
    return { source: path, data: await readFile(full) };
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${describe(e)}`, { path });
  }
}

/** A password file's first line (trailing newline and CR removed). Never echoed anywhere. */
export async function readPasswordFile(path: string, ctx: ReadContext): Promise<string> {
  const { data } = await readInput(path, ctx, 64 * 1024);
  return data.toString('utf8').split(/\r?\n/)[0] ?? '';
}
