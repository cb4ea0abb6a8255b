// With --force, files of an earlier export that this answer has nothing for: they must not stay beside the
// new certificate as if they were its own. That holds for both pairs an export may write: chain.pem and
// privkey.pem, and the SM2 encryption pair enc-cert.pem and enc-privkey.pem (an RSA export over an earlier
// SM2 one, or the reverse). A certificate file (chain.pem, enc-cert.pem: public) is removed. A private key
// file is kept only when it is the key of a certificate this export writes (a certificate bought with your
// own CSR: the key is yours, SCM has none); otherwise the export is refused with nothing written or removed
// (exit 2): a private key is never deleted, it may be the only copy. Runs after SCM answered, before anything
// is written; the certificate files are removed only once the new set is in place (a failed write leaves the
// earlier export whole).
import { lstatSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { t, type Lang } from '../../core/i18n.js';
import { InputError } from '../../errors.js';
import { keyFits } from './answer.js';
import { FILE_NAMES, type ExportFile, type FileKind } from './files.js';
import { M } from './messages.js';

/** Only regular files count (refuseExisting has refused links and anything else already). */
const regular = (path: string): boolean => lstatSync(path, { throwIfNoEntry: false })?.isFile() === true;

/** The key files, with what is said when one is refused. */
const KEYS: ReadonlyArray<{ kind: FileKind; refused: keyof typeof M }> = [
  { kind: 'privkey', refused: 'staleKey' },
  { kind: 'enc-privkey', refused: 'staleEncKey' },
];
/** The certificate files the answer may have nothing for (cert.pem and fullchain.pem are always written). */
const CERTS: ReadonlyArray<{ kind: FileKind; removed: keyof typeof M }> = [
  { kind: 'chain', removed: 'staleChain' },
  { kind: 'enc-cert', removed: 'staleEncCert' },
];

/** What settleLeftovers found: files to remove once the new set is written, and what to say then. */
export interface Leftovers {
  remove: string[];
  notes: string[];
}

/**
 * `files`: what this export writes into `abs` (`shown`: the folder as the user gave it). Returns what to
 * remove and say once the new files are in place; throws an InputError for a key file that is not the key of a
 * certificate this export writes.
 */
export function settleLeftovers(files: readonly ExportFile[], o: { id: string; abs: string; shown: string; force: boolean; lang: Lang }): Leftovers {
  const remove: string[] = [];
  if (!o.force) return { remove, notes: [] };
  const notes: string[] = [];
  const has = (kind: FileKind): boolean => files.some((f) => f.kind === kind);
  const certs = files.filter((f) => f.kind === 'cert' || f.kind === 'enc-cert').map((f) => f.content);
  const left = (kind: FileKind): { abs: string; shown: string } | undefined => {
    const abs = join(o.abs, FILE_NAMES[kind]);
    return !has(kind) && regular(abs) ? { abs, shown: join(o.shown, FILE_NAMES[kind]) } : undefined;
  };
  for (const { kind, refused } of KEYS) {
    const key = left(kind);
    if (!key) continue;
    const text = readFileSync(key.abs, 'utf8');
    if (!certs.some((cert) => keyFits(cert, text) === true)) {
      throw new InputError(t(o.lang, M[refused], { id: o.id, path: key.shown }), { hint: t(o.lang, M.staleKeyHint), path: key.abs });
    }
    notes.push(t(o.lang, M.keyKept, { path: key.shown }));
  }
  for (const { kind, removed } of CERTS) {
    const cert = left(kind);
    if (!cert) continue;
    remove.push(cert.abs);
    notes.push(t(o.lang, M[removed], { path: cert.shown, id: o.id }));
  }
  return { remove, notes };
}

/** Removes what settleLeftovers found, once the new set is in place. */
export function removeLeftovers(l: Leftovers): void {
  for (const path of l.remove) unlinkSync(path);
}
