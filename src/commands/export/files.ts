// The files of an export: which file holds what (certbot's names, plus enc-cert.pem / enc-privkey.pem for an
// SM2 pair), the checks before anything is asked of SCM (the folder, files already there), and the writes:
// all files or none through writeSecretSet (mode 0600 from creation, no link followed, never half-written). SCM's
// answer is judged before anything is written (answer.ts). A folder the export made and wrote nothing into is
// removed again.
import { lstatSync, mkdirSync, readlinkSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ExportedCertificate } from '../../api/types.js';
import { listOf, t, type Lang } from '../../core/i18n.js';
import { InputError } from '../../errors.js';
import { errnoText } from '../../io/errno.js';
import { M as IO } from '../../io/messages.js';
import { writeSecretSet, type SetFs } from '../../io/secret-set.js';
import { M } from './messages.js';

export type FileKind = 'cert' | 'chain' | 'fullchain' | 'privkey' | 'enc-cert' | 'enc-privkey';

export const FILE_NAMES: Record<FileKind, string> = {
  cert: 'cert.pem', chain: 'chain.pem', fullchain: 'fullchain.pem', privkey: 'privkey.pem', 'enc-cert': 'enc-cert.pem', 'enc-privkey': 'enc-privkey.pem',
};

export interface ExportFile {
  kind: FileKind;
  path: string;
  content: string;
}

const pem = (s: string): string => (s.trim() === '' ? '' : `${s.trim()}\n`);

const CERT_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/**
 * The leaf and what follows it: SCM's `certificate` is the leaf, but an answer may carry the chain there too
 * (leaf first, as an import may be given), or give only `entire_certificate`: cert.pem is then the first
 * certificate alone, and the others are the chain when `certificate_chain` is empty.
 */
function leafAndRest(text: string): [string, string] {
  const found = text.match(CERT_BLOCK) ?? [];
  if (found.length < 2) return [pem(text), ''];
  return [pem(found[0]!), found.slice(1).map(pem).join('')];
}

/** Two PEM blocks that hold the same certificate, whatever their line breaks. */
const sameBlock = (a: string, b: string): boolean => a.replace(/\s+/g, '') !== '' && a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** The files for an export into `dir`: the four always (chain.pem only when SCM holds a chain), the SM2 pair when there is one. */
export function filesFor(e: ExportedCertificate, dir: string): ExportFile[] {
  const [cert, rest] = leafAndRest(e.certificate.trim() !== '' ? e.certificate : e.entireCertificate);
  // `certificate` the leaf alone, `certificate_chain` empty, and the chain only in `entire_certificate` (leaf
  // first): chain.pem is what follows that leaf there, as fullchain.pem holds it.
  const [entireLeaf, entireRest] = leafAndRest(e.entireCertificate);
  const chain = pem(e.certificateChain) || rest || (sameBlock(entireLeaf, cert) ? entireRest : '');
  const contents: Array<[FileKind, string]> = [
    ['cert', cert], ['chain', chain], ['fullchain', pem(e.entireCertificate) || cert + chain], ['privkey', pem(e.privateKey)],
    ['enc-cert', pem(e.encCertificate)], ['enc-privkey', pem(e.encPrivateKey)],
  ];
  return contents.filter(([, content]) => content !== '').map(([kind, content]) => ({ kind, path: join(dir, FILE_NAMES[kind]), content }));
}

/**
 * The folder exists (made, 0700, when missing) and is a folder; an InputError (exit 2) says why not. Returns
 * the outermost folder it made (to remove again when nothing was written), or undefined.
 */
export function ensureFolder(dir: string, lang: Lang): string | undefined {
  const cannot = (e: unknown): InputError => new InputError(t(lang, M.cannotMake, { dir, why: errnoText(e, lang) }), { path: dir, cause: e });
  // A link to a folder is a folder the user chose: followed. A path through a file (ENOTDIR) cannot be made.
  let st;
  try {
    st = statSync(dir, { throwIfNoEntry: false });
  } catch (e) {
    throw cannot(e);
  }
  if (st && !st.isDirectory()) throw new InputError(t(lang, M.notFolder, { dir }), { path: dir });
  if (st) return undefined;
  // One level at a time from the first folder that exists, never mkdir's recursive mode: on Node 20 it spins
  // for ever where the parent refuses new entries in an odd way (/proc/x).
  const missing: string[] = [];
  for (let d = resolve(dir); statSync(d, { throwIfNoEntry: false }) === undefined && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
  // The first missing level may be a link to nothing (stat follows it, lstat does not): mkdir would say EEXIST.
  // Only it can be one: a path under it does not exist for lstat either.
  if (missing[0] !== undefined && lstatSync(missing[0], { throwIfNoEntry: false })?.isSymbolicLink()) throw dangling(dir, missing[0], lang);
  let made = 0;
  try {
    for (const d of missing) made += (mkdirSync(d, { mode: 0o700 }), 1);
  } catch (e) {
    if (made > 0) removeMade(missing[made - 1]!, missing[0]);
    throw cannot(e);
  }
  return missing[0] ?? dir;
}

function dangling(dir: string, link: string, lang: Lang): InputError {
  const target = resolve(dirname(link), readlinkSync(link));
  return new InputError(t(lang, M.cannotMake, { dir, why: t(lang, M.danglingLink, { link, target }) }), { path: dir, hint: t(lang, M.danglingLinkHint, { target }) });
}

/** Removes the folders ensureFolder made, from `dir` up to `made`, each only while empty (rmdir refuses otherwise). */
export function removeMade(dir: string, made: string | undefined): void {
  if (made === undefined) return;
  for (let d = dir; ; d = dirname(d)) {
    try {
      rmdirSync(d);
    } catch {
      return;
    }
    if (d === made || relative(made, d).startsWith('..') || dirname(d) === d) return;
  }
}

/**
 * Before SCM is asked (exit 2): without --force, any of `paths` already there refuses the export; with it,
 * a link or anything but a regular file still does (writeSecretSet would refuse it too, after SCM was asked).
 */
export function refuseExisting(paths: readonly string[], force: boolean, lang: Lang): void {
  const there = paths.map((path) => ({ path, st: lstatSync(path, { throwIfNoEntry: false }) })).filter((x) => x.st !== undefined);
  const link = there.find((x) => x.st!.isSymbolicLink());
  if (link) throw new InputError(t(lang, IO.secretIsLink, { path: link.path }), { path: link.path });
  const odd = there.find((x) => !x.st!.isFile());
  if (odd) throw new InputError(t(lang, IO.secretNotFile, { path: odd.path }), { path: odd.path });
  if (!force && there.length > 0) throw new InputError(t(lang, M.exists, { count: there.length, paths: listOf(lang, there.map((x) => x.path)) }), { hint: t(lang, M.existsHint), path: there[0]!.path });
}

/**
 * Writes every file (0600) or none (io/secret-set.ts): a new cert.pem beside an earlier export's privkey.pem
 * would be a set a server refuses. A failure leaves the files already there as they were, and says so.
 */
export function writeAll(files: readonly ExportFile[], force: boolean, lang: Lang, fs?: SetFs): void {
  writeSecretSet(files.map((f) => ({ path: f.path, data: f.content })), { overwrite: force, lang, ...(fs ? { fs } : {}) });
}
