// With --force, files of an earlier export that this answer has nothing for: they must not stay beside the
// new certificate as if they were its own. A chain.pem (public) is removed. A privkey.pem is kept only when
// it is this certificate's key (a certificate bought with your own CSR: the key is yours, SCM has none);
// otherwise the export is refused with nothing written (exit 2): a private key is never deleted, it may be
// the only copy. Runs after SCM answered, before anything is written.
import { lstatSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { t, type Lang } from '../../core/i18n.js';
import { InputError } from '../../errors.js';
import { FILE_NAMES, keyFits, type ExportFile } from './files.js';
import { M } from './messages.js';

/** Only regular files count (refuseExisting has refused links and anything else already). */
const regular = (path: string): boolean => lstatSync(path, { throwIfNoEntry: false })?.isFile() === true;

/**
 * `files`: what this export writes into `abs` (`shown`: the folder as the user gave it). Returns what to say
 * on stderr; throws an InputError for a privkey.pem that is not the new certificate's.
 */
export function settleLeftovers(files: readonly ExportFile[], o: { id: string; abs: string; shown: string; force: boolean; lang: Lang }): string[] {
  if (!o.force) return [];
  const notes: string[] = [];
  const has = (kind: ExportFile['kind']): boolean => files.some((f) => f.kind === kind);
  const cert = files.find((f) => f.kind === 'cert')?.content ?? '';
  const key = join(o.abs, FILE_NAMES.privkey);
  if (!has('privkey') && regular(key)) {
    const path = join(o.shown, FILE_NAMES.privkey);
    if (keyFits(cert, readFileSync(key, 'utf8')) !== true) throw new InputError(t(o.lang, M.staleKey, { id: o.id, path }), { hint: t(o.lang, M.staleKeyHint), path: key });
    notes.push(t(o.lang, M.keyKept, { path }));
  }
  const chain = join(o.abs, FILE_NAMES.chain);
  if (!has('chain') && regular(chain)) {
    unlinkSync(chain);
    notes.push(t(o.lang, M.staleChain, { path: join(o.shown, FILE_NAMES.chain), id: o.id }));
  }
  return notes;
}
