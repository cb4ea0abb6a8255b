// The config files, loaded: the file named with --config / SCM_CONFIG (any kind, the user chose it) or else
// the project file the search found (data only, trusted only), then the user file ($XDG_CONFIG_HOME/scm/ or
// ~/.config/scm/config.{json,yaml,yml}). The first wins, key by key. Files passed over are reported, one
// warning line each. cosmiconfig is loaded (load.ts) only when there is a file to read.
import { t, type Lang } from '../core/i18n.js';
import { shellWord } from '../core/shell-word.js';
import { ConfigError } from '../errors.js';
import { brokenFile } from './broken.js';
import { M } from './messages.js';
import { judgeNamed } from './named.js';
import { canonicalKey, checkConfig, type FileConfig } from './schema.js';
import { locate, type Ignored, type IgnoredWhy, type Located, type Where } from './search.js';
import { currentUid, MAX_CONFIG_BYTES, octal } from './trust.js';
import { ignoredWarning, permissionWarning } from './warnings.js';

export type { FileConfig } from './schema.js';
export { checkConfig, SECRET_KEYS } from './schema.js';
export { userConfigDir } from './homes.js';
export { USER_FILE_NAMES } from './places.js';

export type ConfigLayer = 'explicit' | 'project' | 'user';

export interface LoadedConfig {
  path: string;
  config: FileConfig;
  /** Warnings for stderr (never containing a value from the file). */
  warnings: string[];
  /** Which file this is; undefined is read as 'project'. */
  layer?: ConfigLayer;
  /** The file each setting came from, when a named file `$import`s others; `path` for the rest. */
  origins?: Partial<Record<keyof FileConfig, string>>;
  /**
   * A file found by searching in a folder other than the home folder itself (a project, a clone): its
   * credentials are refused (credential-rules.ts). Set by loadConfigFiles only.
   */
  away?: true;
}

/** A file found and not used, with a reason that does not change with the language. */
export interface IgnoredFile {
  path: string;
  reason: IgnoredWhy['reason'];
}

export interface ConfigFiles {
  /** Highest precedence first. */
  files: LoadedConfig[];
  ignored: IgnoredFile[];
  /** One line per ignored file, then each file's own warnings. */
  warnings: string[];
}

type Loader = typeof import('./load.js');
type Read = import('./load.js').Loaded;

/**
 * A file's settings, checked, with the file each came from and a warning for each file read (the file, what it
 * imports) that holds a secret others can read: the one that holds it is named, whichever file imports it.
 */
function loaded(path: string, read: Read | undefined, layer: ConfigLayer, lang: Lang, extra: string[] = []): LoadedConfig {
  const raw = read?.config ?? {};
  const config = checkConfig(raw, path, lang, read?.origins);
  const origins: Record<string, string> = {};
  if (read && typeof raw === 'object' && raw !== null) for (const key of Object.keys(raw)) origins[canonicalKey(key)] = read.origins[key] ?? path;
  const own = new Map<string, { mode: number; keys: Record<string, true> }>();
  for (const f of read?.files ?? []) {
    const seen = own.get(f.path) ?? { mode: f.mode, keys: {} };
    for (const key of f.keys) seen.keys[canonicalKey(key)] = true;
    own.set(f.path, seen);
  }
  const warnings = [...own].flatMap(([file, { mode, keys }]) => permissionWarning(file, keys, lang, mode) ?? []);
  return { path, config, warnings: [...extra, ...warnings], layer, origins };
}

async function namedConfig(named: NonNullable<Located['named']>, uid: number | undefined, lang: Lang, load: Loader): Promise<LoadedConfig> {
  const { path, by, checked } = named;
  if (named.stdin) throw new ConfigError(t(lang, M.namedStdin, { by }), { hint: t(lang, M.namedStdinHint) });
  if (!checked) throw new ConfigError(t(lang, named.denied ? M.namedDenied : M.namedMissing, { path, by }));
  if (!checked.stats.isFile()) throw new ConfigError(t(lang, M.namedNotFile, { path, by }));
  if (checked.stats.size > MAX_CONFIG_BYTES) throw new ConfigError(t(lang, M.namedTooLarge, { path, by, size: checked.stats.size, max: MAX_CONFIG_BYTES }));
  // Judged before loading: loading code runs it.
  const warning = judgeNamed(named, checked, lang);
  const result = await load.loadNamed(path, checked, uid).catch((e: unknown) => {
    throw brokenFile(e, lang, path);
  });
  return loaded(path, result, 'explicit', lang, warning ? [warning] : []);
}

/** Every config file that applies here, highest precedence first, with what was passed over and why. */
export async function loadConfigFiles(where: Where & { lang?: Lang }): Promise<ConfigFiles> {
  const lang = where.lang ?? 'en';
  const found = locate(where);
  if (found.userRefused) {
    const { path, mode } = found.userRefused;
    throw new ConfigError(t(lang, M.userFileRefused, { path, mode: octal(mode & 0o777) }), { hint: t(lang, M.runCommand, { command: `chmod go-w ${shellWord(path)}` }) });
  }
  const ignored: Ignored[] = [];
  const files: LoadedConfig[] = [];
  const needsLoader = found.named !== undefined || found.user !== undefined || found.dirs.some((d) => d.data.length > 0);
  const load = needsLoader ? await import('./load.js') : undefined;
  if (found.named) files.push(await namedConfig(found.named, currentUid(where.uid), lang, load!));
  for (const dir of found.dirs) {
    ignored.push(...dir.ignored);
    if (dir.data.length === 0) continue;
    let result: ReturnType<Loader['searchData']>;
    try {
      result = load!.searchData(dir.data);
    } catch (e) {
      throw brokenFile(e, lang, dir.data[0]!.path);
    }
    if (result) {
      files.push({ ...loaded(result.path, result, 'project', lang), ...(dir.home ? {} : { away: true as const }) });
      break;
    }
  }
  if (found.userIgnored) ignored.push(found.userIgnored);
  if (found.user && found.userChecked && found.user !== found.named?.path) {
    let result: ReturnType<Loader['loadData']>;
    try {
      result = load!.loadData(found.user, found.userChecked);
    } catch (e) {
      throw brokenFile(e, lang, found.user);
    }
    if (result) files.push(loaded(found.user, result, 'user', lang));
  }
  return {
    files,
    ignored: ignored.map((i) => ({ path: i.path, reason: i.why.reason })),
    warnings: [...ignored.map((i) => ignoredWarning(i, lang)), ...files.flatMap((f) => f.warnings)],
  };
}
