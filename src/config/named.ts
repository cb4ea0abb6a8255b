// A file the user named (--config FILE, SCM_CONFIG=FILE) that someone else could have written: its owner, its
// mode and its folder are judged as a found file's are (trust.ts), and BEFORE it is loaded. Code (JavaScript,
// TypeScript) is refused outright: loading it runs it, with the SK in the environment, so a warning would come
// after the fact (OpenSSH's `ssh -F` refuses such a file too). A data file is read, with a warning that says
// why: it is only data, and the user named it.
import { t, type Lang } from '../core/i18n.js';
import { ConfigError } from '../errors.js';
import { M, WHO } from './messages.js';
import { isCode } from './places.js';
import type { Named } from './search.js';
import { octal, type Checked, type Distrust } from './trust.js';

const who = (mode: number, lang: Lang): string => t(lang, (mode & 0o002) !== 0 ? WHO.others : WHO.group);

/** Why someone else could have written the file, as a clause; undefined for the reasons handled elsewhere. */
function why(d: Distrust, lang: Lang): string | undefined {
  switch (d.reason) {
    case 'owner':
      return t(lang, M.whyOwner, { uid: d.uid });
    case 'link-owner':
      return t(lang, M.whyLinkOwner, { uid: d.uid });
    case 'writable':
      return t(lang, M.whyWritable, { who: who(d.mode, lang), mode: octal(d.mode & 0o777) });
    case 'dir-owner':
      return t(lang, M.whyDirOwner, { dir: d.dir, uid: d.uid });
    case 'dir-writable':
      return t(lang, M.whyDirWritable, { dir: d.dir, mode: octal(d.mode) });
    default:
      return undefined; // not a file, too large: file.ts refuses those before this is asked
  }
}

/** Throws for code others could have changed; for data, the warning to print (undefined when all is well). */
export function judgeNamed(named: Named, checked: Checked, lang: Lang): string | undefined {
  const reason = checked.distrust && why(checked.distrust, lang);
  if (!reason) return undefined;
  const { path, by } = named;
  if (isCode(path)) {
    const d = checked.distrust!;
    const hint = d.reason === 'writable' ? t(lang, M.runCommand, { command: `chmod go-w ${path}` }) : t(lang, M.namedCodeHint, { commands: 'chown, chmod go-w' });
    throw new ConfigError(t(lang, M.namedCodeRefused, { path, by, why: reason }), { hint });
  }
  if (checked.distrust!.reason === 'writable') {
    const mode = checked.distrust!.mode;
    return t(lang, M.namedWritable, { path, who: who(mode, lang), mode: octal(mode & 0o777), command: `chmod go-w ${path}` });
  }
  return t(lang, M.namedDataDistrust, { path, by, why: reason });
}
