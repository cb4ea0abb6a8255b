// The language a config file asks for (`lang: zh`), for src/cli.ts to settle ctx.lang before any command
// runs, `scm explain` and `scm --help` included. It must cost next to nothing: the same stat calls and trust
// rules as the settings (search.ts), and when a file is there a JSON.parse or a look for its top-level
// `lang:` line. Not cosmiconfig: its YAML parser alone costs more than a whole `scm explain`. The one
// exception is a JavaScript file the user named, which only running it can answer (load.ts runs it once),
// and only when no one else could have changed it (named.ts).
// Never throws: a file that cannot be read leaves the language to the locale, and the commands that read
// their settings report the problem.
import { basename } from 'node:path';
import { langIn, type Lang } from '../core/i18n.js';
import { isCode, isJsonName } from './places.js';
import { readJudged } from './read.js';
import { locate, type Located, type Where } from './search.js';
import { currentUid, type Checked } from './trust.js';

/** `imports`: the text says `$import` (only a named file may; what it imports is not read here). */
type Found = { empty: true } | { empty: false; lang: Lang | undefined; imports?: boolean };

const object = (v: unknown): Record<string, unknown> | undefined => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined);

/** YAML's top-level `lang: zh` (key and value optionally quoted, a comment allowed after). */
const YAML_LANG = /^(["']?)lang\1[ \t]*:[ \t]*(["']?)([eE][nN]|[zZ][hH])\2[ \t]*(?:#.*)?$/m;

/**
 * What a data file says about the language, read the way load.ts reads it (an empty file is skipped): from the
 * file as judged (`checked`), never another one put at its path meanwhile.
 */
function inDataFile(path: string, checked: Checked): Found {
  const text = readJudged(path, checked).text.replace(/^\ufeff/, '');
  if (basename(path) === 'package.json') {
    const scm = object(JSON.parse(text))?.scm;
    return scm === undefined || scm === null ? { empty: true } : { empty: false, lang: langIn(object(scm)?.lang) };
  }
  if (text.trim() === '') return { empty: true };
  const imports = text.includes('$import');
  if (isJsonName(path) || /^\s*\{/.test(text)) {
    try {
      return { empty: false, lang: langIn(object(JSON.parse(text))?.lang), imports };
    } catch (e) {
      if (isJsonName(path)) throw e;
    }
  }
  if (!/^[ \t]*[^#\s-]/m.test(text)) return { empty: true }; // comments and document markers only
  return { empty: false, lang: langIn(YAML_LANG.exec(text)?.[3]), imports };
}

async function inNamedFile(path: string, checked: Checked, uid: number | undefined): Promise<Lang | undefined> {
  if (!isCode(path)) {
    const found = inDataFile(path, checked);
    if (found.empty || found.lang !== undefined || !found.imports) return found.empty ? undefined : found.lang;
    // It says no lang, and may `$import` one: only the loader, which judges each file it leads to, can tell
    // (as it will for the settings; it loads each file once per process).
  }
  const { loadNamed } = await import('./load.js');
  return langIn(object((await loadNamed(path, checked, uid))?.config)?.lang);
}

/** The first file with content among a folder's trusted data files decides, as in the loader. */
function inFolders(dirs: Located['dirs']): Found {
  for (const dir of dirs) {
    for (const { path, checked } of dir.data) {
      const found = inDataFile(path, checked);
      if (!found.empty) return found;
    }
  }
  return { empty: true };
}

/** `lang` from the config files that apply here (named or found, then the user file); undefined if none says. */
export async function configLang(where: Where): Promise<Lang | undefined> {
  try {
    const found = locate(where, { notes: false });
    let lang: Lang | undefined;
    if (found.named) {
      const named = found.named.checked;
      if (!named?.stats.isFile()) return undefined; // the command that reads its settings says why
      // Code someone else could have changed never runs (named.ts refuses it when the settings are read).
      if (isCode(found.named.path) && named.distrust) return undefined;
      lang = await inNamedFile(found.named.path, named, currentUid(where.uid));
    } else {
      const project = inFolders(found.dirs);
      lang = project.empty ? undefined : project.lang;
    }
    if (!lang && found.user && found.userChecked) {
      const user = inDataFile(found.user, found.userChecked);
      if (!user.empty) lang = user.lang;
    }
    return lang;
  } catch {
    return undefined;
  }
}
