// The one-line warnings about config files: a file found and passed over (code, or someone else could have
// written it), and a file that holds a secret others can read. Never a value from the file.
import { lstatSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { t, type Lang } from '../core/i18n.js';
import { shellWord } from '../core/shell-word.js';
import { M, WHO } from './messages.js';
import { why as clause, writableHow } from './named.js';
import { isWindows } from './os.js';
import { SECRET_KEYS, type FileConfig } from './schema.js';
import type { Ignored } from './search.js';
import { MAX_CONFIG_BYTES, octal } from './trust.js';

const chmod = (mode: string, path: string): string => `chmod ${mode} ${shellWord(path)}`;
const who = (mode: number, lang: Lang): string => t(lang, (mode & 0o002) !== 0 ? WHO.others : WHO.group);

/**
 * Group/other permission bits on a file that holds a secret: the contract asks for a warning. For a
 * package.json the advice is to move the secret out, not to chmod it: the file is committed and published.
 * `config`: the file's own settings (not what it imports); `mode`: as read, else the file is asked.
 */
export function permissionWarning(path: string, config: { [K in keyof FileConfig]?: unknown }, lang: Lang = 'en', mode = statSync(path, { throwIfNoEntry: false })?.mode): string | undefined {
  if (isWindows()) return undefined;
  const secrets = SECRET_KEYS.filter((k) => config[k] !== undefined);
  if (secrets.length === 0) return undefined;
  if (mode === undefined || (mode & 0o077) === 0) return undefined;
  const facts = { path, keys: secrets.join(', '), mode: octal(mode & 0o777) };
  if (basename(path) === 'package.json') return t(lang, M.secretInPackageJson, facts);
  return t(lang, M.secretReadable, { ...facts, command: chmod('600', path) });
}

/** Why a found file was passed over, in one line. */
export function ignoredWarning({ path, why }: Ignored, lang: Lang): string {
  switch (why.reason) {
    case 'code':
      return t(lang, M.ignoredCode, { path });
    case 'dot-config': {
      // "Move it there" over a file already there (even a dangling link) would overwrite that file's settings.
      const suggested = join(dirname(dirname(path)), `.${basename(path)}`);
      return t(lang, lstatSync(suggested, { throwIfNoEntry: false }) ? M.ignoredDotConfigTargetExists : M.ignoredDotConfig, { path, suggested });
    }
    case 'not-a-file':
      return t(lang, M.ignoredNotFile, { path });
    case 'too-large':
      return t(lang, M.ignoredTooLarge, { path, size: why.size, max: MAX_CONFIG_BYTES });
    case 'owner':
      return t(lang, M.ignoredOwner, { path, uid: why.uid });
    case 'link-owner':
      if (why.link !== path) return t(lang, M.ignoredBecause, { path, why: clause(why, path, lang)! });
      return t(lang, M.ignoredLinkOwner, { path, uid: why.uid });
    case 'writable':
      return t(lang, M.ignoredWritable, { path, who: who(why.mode, lang), mode: octal(why.mode & 0o777), command: chmod('go-w', path) });
    case 'dir-owner':
      if (why.link || why.above) return t(lang, M.ignoredBecause, { path, why: clause(why, path, lang)! });
      return t(lang, M.ignoredDirOwner, { path, dir: why.dir, uid: why.uid });
    case 'dir-writable':
      if (why.link || why.above) return t(lang, M.ignoredBecause, { path, why: clause(why, path, lang)! });
      return t(lang, M.ignoredDirWritable, { path, dir: why.dir, how: writableHow(why, lang) });
  }
}
