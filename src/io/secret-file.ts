// Writes a file that holds a secret (a private key, a password): created with mode 0600 from the first byte
// (never a chmod afterwards, which leaves a moment when others may open it), never through a symbolic link
// someone planted at the path, and never half-written: the bytes go to a new file beside the target,
// opened with O_CREAT|O_EXCL|O_NOFOLLOW, synced, then moved into place in one step.
import { closeSync, constants, fsyncSync, linkSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { t, type Lang } from '../core/i18n.js';
import { InputError } from '../errors.js';
import { M } from './messages.js';

export interface SecretFileOptions {
  /** Replace a regular file already at the path (never a link, a directory or a device). Default: refuse. */
  overwrite?: boolean;
  /** Permission bits; the default 0600 keeps it to its owner. Group and other bits are never set. */
  mode?: number;
  lang?: Lang;
}

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

function writeAll(fd: number, data: Uint8Array): void {
  for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, data.length - off);
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

/** Moves the finished file to a path that must still be free: link() fails if anything appeared there. */
function placeNew(temp: string, path: string, lang: Lang): void {
  try {
    linkSync(temp, path);
  } catch (e) {
    // A file system without hard links (FAT, some network shares): check, then rename.
    if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    refuseExisting(path, false, lang);
    renameSync(temp, path);
    return;
  }
  try {
    unlinkSync(temp);
  } catch {
    // the secret is in place; a leftover name for the same 0600 file is harmless
  }
}

export function failure(e: unknown, path: string, lang: Lang): InputError {
  if (e instanceof InputError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EEXIST') return new InputError(t(lang, M.secretExists, { path }), { path });
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return new InputError(t(lang, M.secretNoFolder, { path, dir: dirname(path) }), { path, cause: e });
  if (err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS') return new InputError(t(lang, M.secretDenied, { path }), { path, cause: e });
  if (err.code === 'ENOSPC' || err.code === 'EDQUOT') return new InputError(t(lang, M.secretNoSpace, { path }), { path, cause: e });
  return new InputError(t(lang, M.secretWriteFailed, { path, reason: err.code ?? String(err.message).split('\n')[0] ?? '' }), { path, cause: e });
}

/** Writes `data` to `path` as a secret file; an InputError (exit 2) says why when it cannot. */
export function writeSecretFile(path: string, data: string | Uint8Array, options: SecretFileOptions = {}): void {
  const lang = options.lang ?? 'en';
  const overwrite = options.overwrite === true;
  const mode = options.mode ?? 0o600;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    refuseExisting(path, overwrite, lang);
    fd = openPrivate(temp, mode);
    writeAll(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (overwrite) {
      refuseExisting(path, true, lang);
      renameSync(temp, path); // replaces a link itself, never what it points to
    } else {
      placeNew(temp, path, lang);
    }
    syncDir(dir);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already moved into place
    }
    throw failure(e, path, lang);
  }
}
