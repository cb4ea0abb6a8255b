// The language a config file asks for (`lang: zh`), for src/cli.ts to settle ctx.lang before any command
// runs, `scm explain` and `scm --help` included. It must cost next to nothing: the same stat calls and trust
// rules as the settings (search.ts), and when a file is there a JSON.parse or a look for its top-level
// `lang:` line. Not cosmiconfig: its YAML parser alone costs more than a whole `scm explain`. The one
// exception is a JavaScript file the user named, which only running it can answer (load.ts runs it once).
// Never throws: a file that cannot be read leaves the language to the locale, and the commands that read
// their settings report the problem.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Lang } from '../core/i18n.js';
import { isCode, isJsonName } from './places.js';
import { locate, type Where } from './search.js';

type Found = { empty: true } | { empty: false; lang: Lang | undefined };

const asLang = (value: unknown): Lang | undefined => (value === 'en' || value === 'zh' ? value : undefined);
const object = (v: unknown): Record<string, unknown> | undefined => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined);

/** YAML's top-level `lang: zh` (key and value optionally quoted, a comment allowed after). */
const YAML_LANG = /^(["']?)lang\1[ \t]*:[ \t]*(["']?)(en|zh)\2[ \t]*(?:#.*)?$/m;

/** What a data file says about the language, read the way cosmiconfig reads it (an empty file is skipped). */
function inDataFile(path: string): Found {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  if (basename(path) === 'package.json') {
    const scm = object(JSON.parse(text))?.scm;
    return scm === undefined || scm === null ? { empty: true } : { empty: false, lang: asLang(object(scm)?.lang) };
  }
  if (text.trim() === '') return { empty: true };
  if (isJsonName(path) || /^\s*\{/.test(text)) {
    try {
      return { empty: false, lang: asLang(object(JSON.parse(text))?.lang) };
    } catch (e) {
      if (isJsonName(path)) throw e;
    }
  }
  if (!/^[ \t]*[^#\s-]/m.test(text)) return { empty: true }; // comments and document markers only
  return { empty: false, lang: asLang(YAML_LANG.exec(text)?.[3]) };
}

async function inNamedFile(path: string, version: string): Promise<Lang | undefined> {
  if (!isCode(path)) {
    const found = inDataFile(path);
    return found.empty ? undefined : found.lang;
  }
  const { loadNamed } = await import('./load.js');
  return asLang(object((await loadNamed(path, version))?.config)?.lang);
}

/** `lang` from the config files that apply here (named or found, then the user file); undefined if none says. */
export async function configLang(where: Where): Promise<Lang | undefined> {
  try {
    const found = locate(where, { notes: false });
    let lang: Lang | undefined;
    const named = found.named?.checked;
    if (found.named && named?.stats.isFile()) lang = await inNamedFile(found.named.path, `${named.stats.mtimeMs}:${named.stats.size}:${named.stats.ino}`);
    if (found.named && !named?.stats.isFile()) return undefined;
    for (const dir of lang ? [] : found.dirs) {
      const file = dir.data.map((path) => inDataFile(path)).find((f) => !f.empty);
      if (file && !file.empty) {
        lang = file.lang;
        break;
      }
    }
    if (!lang && found.user && !found.userRefused) {
      const user = inDataFile(found.user);
      if (!user.empty) lang = user.lang;
    }
    return lang;
  } catch {
    return undefined;
  }
}
