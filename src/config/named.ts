// A file the user named (--config FILE, SCM_CONFIG=FILE) that someone else could have written: its owner, its
// mode and its folder are judged as a found file's are (trust.ts), and BEFORE it is loaded. Code (JavaScript,
// TypeScript) is refused outright: loading it runs it, with the SK in the environment, so a warning would come
// after the fact (OpenSSH's `ssh -F` refuses such a file too). A data file is read, with a warning that says
// why: it is only data, and the user named it. A file it leads to with `$import` is refused instead: nobody
// named that one (load.ts judges it before it is read; refusedImport says why).
import { t, type Lang } from '../core/i18n.js';
import { shellWord } from '../core/shell-word.js';
import { ConfigError } from '../errors.js';
import { HOW, M, WHO } from './messages.js';
import { isCode } from './places.js';
import type { Named } from './search.js';
import { MAX_CONFIG_BYTES, octal, type Checked, type Distrust } from './trust.js';

const who = (mode: number, lang: Lang): string => t(lang, (mode & 0o002) !== 0 ? WHO.others : WHO.group);

/** How others may write to a folder a distrust names: `mode 777, no sticky bit`, or its group and who else is in it. */
export function writableHow(d: Extract<Distrust, { reason: 'dir-writable' }>, lang: Lang): string {
  const mode = octal(d.mode);
  if (!d.group) return t(lang, HOW.others, { mode });
  const group = d.group.name ?? String(d.group.gid);
  if (!d.group.members) return t(lang, HOW.groupUnknown, { mode, group });
  const shown = d.group.members.slice(0, 3).join(', ') + (d.group.members.length > 3 ? ', …' : '');
  return t(lang, HOW.group, { mode, group, members: shown });
}

/**
 * Why someone else could have written the file at `path`, as a clause; undefined for the reasons handled
 * elsewhere. A link further along the way, the folder such a link is in, or a folder further up, is named.
 */
export function why(d: Distrust, path: string, lang: Lang): string | undefined {
  switch (d.reason) {
    case 'owner':
      return t(lang, M.whyOwner, { uid: d.uid });
    case 'link-owner':
      return d.link === path ? t(lang, M.whyLinkOwner, { uid: d.uid }) : t(lang, M.whyChainLink, { link: d.link, uid: d.uid });
    case 'writable':
      return t(lang, M.whyWritable, { who: who(d.mode, lang), mode: octal(d.mode & 0o777) });
    case 'dir-owner':
      if (d.above) return t(lang, M.whyAboveOwner, { dir: d.dir, uid: d.uid });
      return d.link ? t(lang, M.whyLinkDirOwner, { link: d.link, dir: d.dir, uid: d.uid }) : t(lang, M.whyDirOwner, { dir: d.dir, uid: d.uid });
    case 'dir-writable':
      if (d.above) return t(lang, M.whyAboveWritable, { dir: d.dir, how: writableHow(d, lang) });
      return d.link
        ? t(lang, M.whyLinkDirWritable, { link: d.link, dir: d.dir, how: writableHow(d, lang) })
        : t(lang, M.whyDirWritable, { dir: d.dir, how: writableHow(d, lang) });
    default:
      return undefined; // not a file, too large: file.ts refuses those before this is asked
  }
}

/** What to do about a file others could have changed: chmod when that is all, else look and own it. */
const fixHint = (d: Distrust, path: string, lang: Lang): string =>
  d.reason === 'writable' ? t(lang, M.runCommand, { command: `chmod go-w ${shellWord(path)}` }) : t(lang, M.namedCodeHint, { commands: 'chown, chmod go-w' });

/**
 * A file an `$import` leads to (`from` names it) that is missing (or out of reach: `denied`), not a file, too
 * large, or could have been written by someone else (`distrust`, as trust.ts says): the refusal, as for a
 * named file but naming it.
 */
export function refusedImport(path: string, from: string, distrust: Distrust | undefined, lang: Lang, denied = false): ConfigError {
  const by = t(lang, M.byImport, { from });
  if (!distrust) return new ConfigError(t(lang, denied ? M.namedDenied : M.namedMissing, { path, by }));
  if (distrust.reason === 'not-a-file') return new ConfigError(t(lang, M.namedNotFile, { path, by }));
  if (distrust.reason === 'too-large') return new ConfigError(t(lang, M.namedTooLarge, { path, by, size: distrust.size, max: MAX_CONFIG_BYTES }));
  return new ConfigError(t(lang, M.importedDistrust, { path, by, why: why(distrust, path, lang)! }), { hint: fixHint(distrust, path, lang) });
}

/** Throws for code others could have changed and for data any user can change; for other data, the warning to print (undefined when all is well). */
export function judgeNamed(named: Named, checked: Checked, lang: Lang): string | undefined {
  const { path, by } = named;
  const reason = checked.distrust && why(checked.distrust, path, lang);
  if (!reason) return undefined;
  if (isCode(path)) {
    throw new ConfigError(t(lang, M.namedCodeRefused, { path, by, why: reason }), { hint: fixHint(checked.distrust!, path, lang) });
  }
  if (checked.distrust!.reason === 'writable') {
    const mode = checked.distrust!.mode;
    // Any user may change it: refused, as the user file is and as a file it $imports would be. Naming a file says
    // which file, not that whatever anyone writes into it may choose where the private key goes.
    if ((mode & 0o002) !== 0) throw new ConfigError(t(lang, M.namedWorldWritable, { path, by, mode: octal(mode & 0o777) }), { hint: t(lang, M.runCommand, { command: `chmod go-w ${shellWord(path)}` }) });
    return t(lang, M.namedWritable, { path, who: who(mode, lang), mode: octal(mode & 0o777), command: `chmod go-w ${shellWord(path)}` });
  }
  return t(lang, M.namedDataDistrust, { path, by, why: reason });
}
