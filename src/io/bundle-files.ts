// Reads a bundle folder: the bytes of every regular file in it (hidden files and subfolders aside), whatever
// the names; which file holds the leaf, the chain, the key or a PKCS#12 is decided by content in core
// (src/core/validate/classify.ts), so that each file is parsed once. File system calls are synchronous, as in
// read-input.ts: `scm validate /etc/letsencrypt/live/*` reads thousands of small files.
import { lstatSync, readdirSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { listOf, t, type Lang } from '../core/i18n.js';
import { passwordFilesAmong } from '../core/validate/pfx-password-files.js';
import { subfolderAdvice } from '../core/validate/subfolders.js';
import type { BundleInput, RawInput } from '../core/validate/types.js';
import { InputError } from '../errors.js';
import { errnoText } from './errno.js';
import { IO } from './messages.js';
import { INPUT_LIMIT, permissionHint, readInput, tooBig, type ReadContext } from './read-input.js';

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
  return code === 'ENOENT' ? t(lang, IO.noSuchDirectory) : code === 'EACCES' || code === 'EPERM' ? t(lang, IO.permissionDenied) : errnoText(e, lang);
}

/** A symbolic link whose target does not exist: what it points to, as written; undefined for anything else. */
function danglingTarget(path: string): string | undefined {
  try {
    statSync(path);
    return undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() !== true) return undefined;
    return readlinkSync(path);
  }
}

/** A regular file, or a link to nothing (an unreadable file, said as such when the folder is read). */
const fileOrDangling = (path: string): boolean => statOrNothing(path)?.isFile() === true || danglingTarget(path) !== undefined;

/**
 * Links in `dir` whose targets do not exist: unreadable input naming each with where it points, never a report
 * computed without them (a "no private key" finding for a privkey.pem that is there, as a link to nothing).
 */
function danglingLinks(dir: string, links: Array<{ name: string; target: string }>, lang: Lang): InputError {
  // certbot's live/<name>/cert.pem -> ../../archive/<name>/cert1.pem: live/ copied (cp -r) without archive/.
  const hint = t(lang, links.some((l) => l.target.startsWith('../../archive/')) ? IO.certbotLinksHint : IO.danglingLinkHint);
  const [one] = links;
  if (links.length === 1) return new InputError(t(lang, IO.danglingLink, { path: join(dir, one!.name), target: one!.target }), { path: join(dir, one!.name), hint });
  const list = listOf(lang, links.map((l) => `${l.name} -> ${l.target}`));
  return new InputError(t(lang, IO.danglingLinks, { count: links.length, dir, links: list }), { path: dir, hint });
}

/** Names a certificate, key or keystore file goes by: a folder holding one is worth pointing at. */
const BUNDLE_FILE = /\.(pem|crt|cer|key|der|pfx|p12|p7b|p7c|jks|keystore|ca-bundle)$/i;
/** How deep and how wide the search for bundle folders goes (Caddy's are three levels down). */
const MAX_DEPTH = 4;
const MAX_VISITED = 400;
const MAX_FOUND = 12;
/** Where tools keep the bundles beside other things: certbot's live/ (not archive/), Caddy's certificates/ (not acme/). */
const PREFERRED = new Set(['live', 'certificates']);

function entries(path: string): string[] {
  try {
    return readdirSync(path).filter((n) => !n.startsWith('.')).sort();
  } catch {
    return [];
  }
}

/**
 * The folders below `full` (paths relative to it) that hold a certificate or key file, a few levels down and
 * bounded: a CA's download (Apache/ IIS/ Nginx/), Caddy's data folder (certificates/<ca>/<domain>/), certbot's
 * tree (live/<name>/). A bundle folder is not looked into further. Under live/ or certificates/ when any is.
 */
function bundleFolders(full: string): string[] {
  const found: string[] = [];
  let visited = 0;
  const queue: Array<{ rel: string; depth: number }> = entries(full).map((n) => ({ rel: n, depth: 1 }));
  while (queue.length > 0 && visited < MAX_VISITED && found.length < MAX_FOUND) {
    const { rel, depth } = queue.shift()!;
    if (statOrNothing(join(full, rel))?.isDirectory() !== true) continue;
    const names = entries(join(full, rel));
    visited += names.length;
    if (names.some((n) => BUNDLE_FILE.test(n) && fileOrDangling(join(full, rel, n)))) found.push(rel);
    else if (depth < MAX_DEPTH) queue.push(...names.map((n) => ({ rel: `${rel}/${n}`, depth: depth + 1 })));
  }
  return found;
}

/** Whether folder `path` holds a regular file at all (a CA's download: IIS/ with its password file). */
function holdsFiles(path: string): boolean {
  return entries(path).some((n) => fileOrDangling(join(path, n)));
}

/**
 * The folders to name: under live/ or certificates/ when the search found any there; else, when a folder just
 * below holds a bundle (a CA's download), every folder just below that holds files, as before; else the deeper ones.
 */
function foldersToName(full: string): string[] {
  const found = bundleFolders(full);
  const preferred = found.filter((rel) => rel.split('/').some((s) => PREFERRED.has(s)));
  if (preferred.length > 0) return preferred;
  const below = entries(full).filter((n) => statOrNothing(join(full, n))?.isDirectory() === true && holdsFiles(join(full, n))).slice(0, MAX_FILES);
  return below.length > 0 && (found.length === 0 || below.some((n) => found.includes(n))) ? below : found;
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
    throw new InputError(t(lang, IO.cannotRead, { path: dir, why: why(e, lang) }), { path: dir, ...permissionHint(e, full, undefined, lang) });
  }
  const files: string[] = [];
  const dangling: Array<{ name: string; target: string }> = [];
  for (const name of names.filter((n) => !n.startsWith('.')).sort()) {
    const info = statOrNothing(join(full, name));
    const target = info === undefined ? danglingTarget(join(full, name)) : undefined;
    if (target !== undefined) dangling.push({ name, target });
    if (!info?.isFile()) continue;
    if (info.size <= INPUT_LIMIT) files.push(name);
    // Too big for a certificate, key or PKCS#12 file. One named like one (a fullchain.pem with a trust store
    // appended) may be what holds the leaf: an input error naming it, as for a file given by itself, rather
    // than a report computed without it. Anything else (a .zip next to them) is not looked at.
    else if (BUNDLE_FILE.test(name)) throw tooBig(join(dir, name), String(info.size), INPUT_LIMIT, lang);
  }
  if (dangling.length > 0) throw danglingLinks(dir, dangling, lang);
  // Looked for only when the top holds no bundle file: a bundle folder of its own is read as it is.
  const folders = files.some((n) => BUNDLE_FILE.test(n)) ? [] : foldersToName(full);
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

/**
 * The files beside `path` (a --pfx) named like the password file a CA ships with a .pfx or .jks (keystorePass.txt
 * ...), for the hint when no password was given (core chooses the one for what the file turns out to be): their
 * names only, never their bytes.
 */
export function passwordFilesBeside(path: string, ctx: ReadContext): string[] {
  try {
    const names = readdirSync(dirname(resolve(ctx.cwd, path)));
    return passwordFilesAmong(names.map((name) => join(dirname(path), name)));
  } catch {
    return [];
  }
}

/** A folder as one bundle: every file's bytes, told apart later by content. */
export async function readBundleDir(dir: string, ctx: ReadContext): Promise<BundleInput> {
  const files: RawInput[] = [];
  const listed = listFiles(dir, ctx);
  for (const name of listed.files) files.push(await readInput(join(dir, name), ctx));
  return { files, bundle: dir, ...(listed.folders.length > 0 ? { subfolders: listed.folders } : {}) };
}
