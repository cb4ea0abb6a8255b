// The language of a run, read before commander parses anything (cli.ts): --lang in argv, else `lang` from a config
// file, else the locale. Every message, a usage error's too, is then in that language.
import { configLang } from '../config/lang.js';
import { isLang, langFromEnv, type Lang } from '../core/i18n.js';
import { choiceOf } from './choices.js';

/** What the config search needs of the process; `cwd` may throw (a folder removed after the shell entered it). */
export interface LangIo {
  readonly cwd: string;
  env: Record<string, string | undefined>;
  uid?: number | undefined;
}

/** Every value given to `--name V` or `--name=V` before `--`, in order. */
function flagValues(argv: string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const a = argv[i]!;
    const value = a === name ? argv[i + 1] : a.startsWith(`${name}=`) ? a.slice(name.length + 1) : undefined;
    if (value !== undefined) values.push(value);
  }
  return values;
}

/** The values of --lang, read in any case as commander reads them (`--lang ZH`: choices.ts). */
const langFlags = (argv: string[]): Array<string | undefined> => flagValues(argv, '--lang').map((v) => choiceOf(['en', 'zh'], v));

/**
 * The language: `--lang zh` or `--lang=zh` anywhere before `--` (commander itself refuses a value that is not
 * en or zh), else `lang` from a config file (a choice the user made), else the locale (LC_ALL, LC_MESSAGES,
 * LANG: ambient), else English.
 */
export function langOf(argv: string[], env: Record<string, string | undefined>, configured?: Lang): Lang {
  return langFlags(argv).find(isLang) ?? configured ?? langFromEnv(env);
}

/** `lang` from the config files, unless --lang makes the question moot (then not even a stat call). */
export async function configuredLang(argv: string[], io: LangIo): Promise<Lang | undefined> {
  if (langFlags(argv).some(isLang)) return undefined;
  let cwd: string;
  try {
    cwd = io.cwd;
  } catch {
    return undefined; // no folder to search from: the command that needs one says so (workingDir)
  }
  return configLang({ cwd, env: io.env, uid: io.uid, config: flagValues(argv, '--config').pop() });
}
