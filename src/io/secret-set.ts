// Writes files that hold secrets, one, or a set that belongs together (an export's cert.pem, chain.pem,
// fullchain.pem and privkey.pem) all or nothing: a server given a new certificate beside an old key refuses to
// start. Every file is first written whole to a temporary name beside it (0600 from creation, no link followed:
// secret-file.ts's openPrivate; synced); only when all are written are they moved into place, each earlier file kept
// under a backup name (a hard link) until the last is in place, so that a failure part-way puts them back.
// A failure leaves the earlier set as it was (or nothing, when there was none) and says so; if a file cannot be put back, the error names the
// files that now hold the new export.
import * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { listOf, t, type Lang } from '../core/i18n.js';
import { InputError } from '../errors.js';
import { failure, openPrivate, refuseExisting, syncDir } from './secret-file.js';
import { M } from './messages.js';

/** The file system calls used, a seam for tests (a disk that fills up on the second file). */
export interface SetFs {
  openPrivate(path: string, mode: number): number;
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  linkSync(existing: string, path: string): void;
  unlinkSync(path: string): void;
}

const NODE_FS: SetFs = {
  openPrivate,
  writeSync: (fd, data, offset, length) => nodeFs.writeSync(fd, data, offset, length, null),
  fsyncSync: nodeFs.fsyncSync,
  closeSync: nodeFs.closeSync,
  renameSync: nodeFs.renameSync,
  linkSync: nodeFs.linkSync,
  unlinkSync: nodeFs.unlinkSync,
};

export interface SecretSetFile {
  path: string;
  data: string | Uint8Array;
}

export interface SecretSetOptions {
  /** Replace regular files already at the paths (never a link, a directory or a device). Default: refuse. */
  overwrite?: boolean;
  mode?: number;
  lang?: Lang;
  fs?: SetFs;
}

const NO_LINKS = ['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP'];
const sideName = (path: string, what: string): string => join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.${what}`);
const exists = (path: string): boolean => nodeFs.lstatSync(path, { throwIfNoEntry: false }) !== undefined;

/** Best effort: a name left over would be a stray 0600 copy, never a file at one of the set's paths. */
function quietly(f: () => void): void {
  try {
    f();
  } catch {
    // already gone, or never made
  }
}

/** Writes `data` whole to a new private file at `temp`. */
function writeTemp(fs: SetFs, temp: string, data: Uint8Array, mode: number): void {
  const fd = fs.openPrivate(temp, mode);
  try {
    for (let off = 0; off < data.length; ) off += fs.writeSync(fd, data, off, data.length - off);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

interface Placed {
  path: string;
  /** The earlier file, kept under this name until the whole set is in place. */
  backup?: string;
  /** There was an earlier file and no backup of it could be made (a file system without hard links). */
  lost?: boolean;
}

/** Writes every file or none; an InputError (exit 2) says why, and what the folder holds now. */
export function writeSecretSet(files: readonly SecretSetFile[], o: SecretSetOptions = {}): void {
  const lang = o.lang ?? 'en';
  const fs = o.fs ?? NODE_FS;
  const overwrite = o.overwrite === true;
  const mode = o.mode ?? 0o600;
  for (const f of files) refuseExisting(f.path, overwrite, lang);
  // What a failure leaves is said as it is: the earlier files as they were, or, with none there, nothing at all.
  const earlier = files.some((f) => exists(f.path));
  const temps = new Map<string, string>();
  // 1. Every file, whole, under its temporary name.
  for (const f of files) {
    const temp = sideName(f.path, 'tmp');
    try {
      temps.set(f.path, temp);
      writeTemp(fs, temp, typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : f.data, mode);
    } catch (e) {
      for (const name of temps.values()) quietly(() => fs.unlinkSync(name));
      throw untouched(failure(e, f.path, lang), lang, earlier);
    }
  }
  // 2. All into place, the earlier files kept aside until the last one is there.
  const placed: Placed[] = [];
  let current = '';
  try {
    for (const f of files) {
      current = f.path;
      const p = place(fs, temps.get(f.path)!, f.path, overwrite, lang);
      temps.delete(f.path);
      placed.push(p);
    }
  } catch (e) {
    const notBack = rollBack(fs, placed);
    for (const name of temps.values()) quietly(() => fs.unlinkSync(name));
    const reason = failure(e, current, lang);
    if (notBack.length === 0) throw untouched(reason, lang, earlier);
    throw new InputError(t(lang, M.setMixed, { reason: reason.message, paths: listOf(lang, notBack) }), { path: notBack[0]! });
  }
  for (const p of placed) if (p.backup) quietly(() => fs.unlinkSync(p.backup!));
  for (const dir of new Set(files.map((f) => dirname(f.path)))) syncDir(dir);
}

function untouched(reason: InputError, lang: Lang, earlier: boolean): InputError {
  return new InputError(t(lang, earlier ? M.setUntouched : M.setNothing, { reason: reason.message }), { ...(reason.path ? { path: reason.path } : {}), cause: reason });
}

/** Moves `temp` to `path`: over the earlier file (kept aside first) with `overwrite`, else only to a free path. */
function place(fs: SetFs, temp: string, path: string, overwrite: boolean, lang: Lang): Placed {
  if (!overwrite) {
    try {
      fs.linkSync(temp, path); // fails if anything appeared at the path meanwhile
    } catch (e) {
      // A file system without hard links (FAT, some network shares): check, then rename.
      if (!NO_LINKS.includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
      refuseExisting(path, false, lang);
      fs.renameSync(temp, path);
      return { path };
    }
    quietly(() => fs.unlinkSync(temp));
    return { path };
  }
  refuseExisting(path, true, lang);
  let backup: string | undefined;
  let lost = false;
  if (exists(path)) {
    backup = sideName(path, 'old');
    try {
      fs.linkSync(path, backup);
    } catch {
      backup = undefined;
      lost = true;
    }
  }
  try {
    fs.renameSync(temp, path); // replaces a link itself, never what it points to
  } catch (e) {
    if (backup) quietly(() => fs.unlinkSync(backup!));
    throw e;
  }
  return { path, ...(backup ? { backup } : {}), ...(lost ? { lost } : {}) };
}

/** Puts the earlier files back, last placed first; the paths that could not be: they hold the new export. */
function rollBack(fs: SetFs, placed: readonly Placed[]): string[] {
  const notBack: string[] = [];
  for (const p of [...placed].reverse()) {
    try {
      if (p.backup) fs.renameSync(p.backup, p.path);
      else if (p.lost) notBack.push(p.path);
      else fs.unlinkSync(p.path); // there was no earlier file: the new one goes
    } catch {
      notBack.push(p.path);
    }
  }
  return notBack.reverse();
}

