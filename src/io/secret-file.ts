// The pieces every file that holds a secret (a private key, a password) is written with: created with mode 0600
// from the first byte (never a chmod afterwards, which leaves a moment when others may open it), never through a
// symbolic link someone planted at the path, and the reasons a write fails said in the user's words.
// secret-set.ts writes the files themselves, one or several that belong together, never half-written.
import { closeSync, constants, fsyncSync, lstatSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { t, type Lang } from '../core/i18n.js';
import { InputError } from '../errors.js';
import { errnoText } from './errno.js';
import { M } from './messages.js';

const { O_WRONLY, O_CREAT, O_EXCL } = constants;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0; // absent on Windows, where O_EXCL alone refuses an existing link

/**
 * A new file only its owner may read, open for writing: O_EXCL fails on anything already there (a link
 * included, dangling or not), O_NOFOLLOW refuses a link outright, and the mode is given at creation.
 */
export function openPrivate(path: string, mode = 0o600): number {
  return openSync(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode & 0o700);
}

export function refuseExisting(path: string, overwrite: boolean, lang: Lang): void {
  const st = lstatSync(path, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isSymbolicLink()) throw new InputError(t(lang, M.secretIsLink, { path }), { path });
  if (!st.isFile()) throw new InputError(t(lang, M.secretNotFile, { path }), { path });
  if (!overwrite) throw new InputError(t(lang, M.secretExists, { path }), { path });
}

/** Makes the new file durable where the platform allows (a directory cannot be fsynced everywhere). */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, constants.O_RDONLY);
    fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function failure(e: unknown, path: string, lang: Lang): InputError {
  if (e instanceof InputError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EEXIST') return new InputError(t(lang, M.secretExists, { path }), { path });
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return new InputError(t(lang, M.secretNoFolder, { path, dir: dirname(path) }), { path, cause: e });
  if (err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS') return new InputError(t(lang, M.secretDenied, { path }), { path, cause: e });
  if (err.code === 'ENOSPC' || err.code === 'EDQUOT') return new InputError(t(lang, M.secretNoSpace, { path }), { path, cause: e });
  return new InputError(t(lang, M.secretWriteFailed, { path, reason: errnoText(err, lang) }), { path, cause: e });
}
