// Reads a bundle folder: the bytes of every regular file in it (hidden files and subfolders aside), whatever
// the names; which file holds the leaf, the chain, the key or a PKCS#12 is decided by content in core
// (src/core/validate/classify.ts), so that each file is parsed once. File system calls are synchronous, as in
// read-input.ts: `scm validate /etc/letsencrypt/live/*` reads thousands of small files.
import { readdirSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { t, type Lang } from '../core/i18n.js';
import { subfolderAdvice } from '../core/validate/subfolders.js';
import type { BundleInput, RawInput } from '../core/validate/types.js';
import { InputError } from '../errors.js';
import { IO } from './messages.js';
import { INPUT_LIMIT, readInput, type ReadContext } from './read-input.js';

/** More than this is not a bundle folder (/etc/ssl/certs, a home directory). */
const MAX_FILES = 64;

/** What stat says, or undefined for a path that cannot be followed (missing, a symlink loop, no permission). */
function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function why(e: unknown, lang: Lang): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? t(lang, IO.noSuchDirectory) : code === 'EACCES' || code === 'EPERM' ? t(lang, IO.permissionDenied) : (e as Error).message;
}

/** Whether folder `path` holds a regular file (not looked into further: a CA's download is one level deep). */
function holdsFiles(path: string): boolean {
  try {
    return readdirSync(path).some((n) => !n.startsWith('.') && statOrNothing(join(path, n))?.isFile() === true);
  } catch {
    return false;
  }
}

/**
 * The regular files of `dir` (symbolic links followed: certbot's live/ folders hold links into archive/), and its
 * folders that hold files (a CA's download: Apache/ IIS/ Nginx/ Tomcat/), to point at when the top holds no bundle.
 */
function listFiles(dir: string, ctx: ReadContext): { files: string[]; folders: string[] } {
  const lang = ctx.lang ?? 'en';
  const full = resolve(ctx.cwd, dir);
  let names: string[];
  try {
    if (!statSync(full).isDirectory()) throw new InputError(t(lang, IO.notADirectory, { dir }), { path: dir, hint: t(lang, IO.notADirectoryHint) });
    names = readdirSync(full);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(t(lang, IO.cannotRead, { path: dir, why: why(e, lang) }), { path: dir });
  }
  const files: string[] = [];
  const folders: string[] = [];
  for (const name of names.filter((n) => !n.startsWith('.')).sort()) {
    const info = statOrNothing(join(full, name));
    // Files too big to be a certificate, key or PKCS#12 (a .zip next to them) are not looked at.
    if (info?.isFile() && info.size <= INPUT_LIMIT) files.push(name);
    else if (info?.isDirectory() && folders.length < MAX_FILES && holdsFiles(join(full, name))) folders.push(name);
  }
  if (files.length === 0) throw folders.length > 0 ? subfolderAdvice(dir, folders, lang) : new InputError(t(lang, IO.emptyFolder, { dir }), { path: dir });
  if (files.length > MAX_FILES) throw new InputError(t(lang, IO.tooManyFiles, { dir, count: files.length }), { path: dir });
  return { files, folders };
}

/** For `scm validate /etc/letsencrypt/live/*`, whose glob also matches certbot's README. */
export function isDirectory(path: string, ctx: ReadContext): boolean {
  return statOrNothing(resolve(ctx.cwd, path))?.isDirectory() === true;
}

/** A path that exists but is no folder (a file a glob matched), as opposed to one that cannot be followed. */
export function isOtherThanDirectory(path: string, ctx: ReadContext): boolean {
  const info = statOrNothing(resolve(ctx.cwd, path));
  return info !== undefined && !info.isDirectory();
}

/** A folder as one bundle: every file's bytes, told apart later by content. */
export async function readBundleDir(dir: string, ctx: ReadContext): Promise<BundleInput> {
  const files: RawInput[] = [];
  const listed = listFiles(dir, ctx);
  for (const name of listed.files) files.push(await readInput(join(dir, name), ctx));
  return { files, bundle: dir, ...(listed.folders.length > 0 ? { subfolders: listed.folders } : {}) };
}
