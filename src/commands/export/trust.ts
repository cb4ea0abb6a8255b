// The --out folder judged before SCM is asked for the private key: in a folder someone else owns or may write
// to (or one below such a folder, or reached through their link), they could swap the files scm writes (0600,
// created new, no link followed) for their own after the fact: the server would then load their key. The
// judgement is the one config files get (src/config/trust.ts), as OpenSSH judges its files. A folder that is
// not there yet is judged by the nearest one above it that is, before anything is made: a refusal must not
// leave (even for a moment) a new folder in a place someone else controls.
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkFolder, currentUid, type Distrust } from '../../config/trust.js';
import { t, type Lang } from '../../core/i18n.js';
import { InputError } from '../../errors.js';
import { M } from './messages.js';

/** Throws an InputError (exit 2) naming the folder and why, when someone else could change what is in `abs`. */
export async function refuseUntrustedFolder(dir: string, abs: string, uid: number | undefined, lang: Lang): Promise<void> {
  const me = currentUid(uid);
  if (me === undefined) return; // no owners or modes to judge (Windows)
  const there = nearestExisting(abs);
  // Something there that is no folder (--out /dev/null, a file): ensureFolder says that, not "others can write to it".
  if (isNoFolder(there)) return;
  const found = checkFolder(there, me);
  if (!found) return;
  const d = there === abs ? found : asAbove(found);
  // Config trust's words, loaded only to refuse: imported above, they put config/named.ts and the settings' messages
  // in export's pack, beside the settings' own pack that every export reads first (~40 kB read twice).
  const words = await import('../../config/named.js');
  throw new InputError(t(lang, M.outDistrust, { dir, why: clause(d, lang, words) }), { path: abs, hint: t(lang, M.outDistrustHint) });
}

/** There, and no folder (a file, a device); out of reach or missing is not said here. */
function isNoFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() === false;
  } catch {
    return false;
  }
}

/** `abs` when it is there (links followed), else the first folder above it that is. */
function nearestExisting(abs: string): string {
  let d = abs;
  for (; dirname(d) !== d; d = dirname(d)) {
    try {
      if (statSync(d, { throwIfNoEntry: false })) return d;
    } catch {
      return d; // out of reach (EACCES, ENOTDIR): judged as it is, making the folder fails and says why
    }
  }
  return d;
}

/** A distrust of a folder above the one named: said as a folder on its way, not as "it". */
function asAbove(d: Distrust): Distrust {
  return (d.reason === 'dir-owner' || d.reason === 'dir-writable') && !d.link ? { ...d, above: true } : d;
}

function clause(d: Distrust, lang: Lang, { why, writableHow }: typeof import('../../config/named.js')): string {
  // The folder itself: said as "it"; a link or a folder further up: said as config trust says it.
  if (d.reason === 'dir-owner' && !d.link && !d.above) return t(lang, M.outOwner, { uid: d.uid });
  if (d.reason === 'dir-writable' && !d.link && !d.above) return t(lang, M.outWritable, { how: writableHow(d, lang) });
  return why(d, '', lang) ?? d.reason;
}
