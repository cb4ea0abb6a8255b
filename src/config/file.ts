// The config files, loaded: the file named with --config / SCM_CONFIG (any kind, the user chose it) or else
// the project file the search found (data only, trusted only), then the user file ($XDG_CONFIG_HOME/scm/ or
// ~/.config/scm/config.{json,yaml,yml}). The first wins, key by key. Files passed over are reported, one
// warning line each. cosmiconfig is loaded (load.ts) only when there is a file to read.
import { statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { t, type Lang } from '../core/i18n.js';
import { ConfigError } from '../errors.js';
import { parseErrorPosition } from './locate.js';
import { M, WHO } from './messages.js';
import { judgeNamed, refusedImport, why as clause } from './named.js';
import { isCode, isJsonName } from './places.js';
import { canonicalKey, checkConfig, KNOWN_KEYS, SECRET_KEYS, type FileConfig } from './schema.js';
import { locate, type Ignored, type IgnoredWhy, type Located, type Where } from './search.js';
import { isWindows } from './os.js';
import { currentUid, MAX_CONFIG_BYTES, octal, type Distrust } from './trust.js';

export type { FileConfig } from './schema.js';
export { checkConfig, SECRET_KEYS } from './schema.js';
export { userConfigDir } from './search.js';
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

const chmod = (mode: string, path: string): string => `chmod ${mode} ${path}`;
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
    case 'dot-config':
      return t(lang, M.ignoredDotConfig, { path, suggested: join(dirname(dirname(path)), `.${basename(path)}`) });
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
      return t(lang, M.ignoredDirWritable, { path, dir: why.dir, mode: octal(why.mode) });
  }
}

/** A file that does not parse: one line naming it and where it breaks (exit 2), never quoting it. */
function brokenFile(e: unknown, lang: Lang, fallback: string): ConfigError {
  const { code, path, ext } = e as { code?: unknown; path?: string; ext?: string };
  if (code === 'EACCES') return new ConfigError(t(lang, M.permissionDenied, { path: fallback }));
  const named = (e as { filepath?: unknown }).filepath;
  const file = typeof named === 'string' ? named : /Error in ([^\n:]+):/.exec(e instanceof Error ? e.message : '')?.[1] ?? fallback;
  // load.ts's refusals: a found file's $import, a named file's $import of code or of a file it does not trust,
  // a loop of $imports, an extension no loader reads, a file replaced while it was read.
  if (code === 'SCM_CONFIG_IMPORT') return new ConfigError(t(lang, M.importsRefused, { path: path! }));
  if (code === 'SCM_CONFIG_IMPORT_TYPE') return new ConfigError(t(lang, M.importNotName, { path: path! }), { hint: t(lang, M.importNotNameHint) });
  if (code === 'SCM_CONFIG_IMPORT_DISTRUST') {
    const { from, distrust } = e as { from: string; distrust?: Distrust };
    return refusedImport(path!, from, distrust, lang);
  }
  if (code === 'SCM_CONFIG_IMPORT_CIRCULAR') {
    const chain = (e as { chain: string[] }).chain;
    const facts = { path: chain[chain.length - 2]!, back: chain[chain.length - 1]! };
    return new ConfigError(t(lang, M.circularImport, { ...facts, chain: chain.join(' -> ') }), { hint: t(lang, M.circularImportHint, facts) });
  }
  if (code === 'SCM_CONFIG_IMPORTED_CODE') return new ConfigError(t(lang, M.importedCode, { code: path!, path: fallback }));
  if (code === 'SCM_CONFIG_FORMAT') return new ConfigError(t(lang, M.unknownFormat, { path: path!, ext: ext! }));
  if (code === 'SCM_CONFIG_CHANGED') return new ConfigError(t(lang, M.changedWhileRead, { path: path! }));
  if (/\.[cm]?ts$/i.test(file) && /typescript/i.test(e instanceof Error ? e.message : '')) {
    return new ConfigError(t(lang, M.needsTypescript, { path: file, pkg: 'typescript', command: 'npm install typescript' }));
  }
  // Code that parsed and then threw when run: not a parse error. Only the error's kind is said (its message is
  // the file's own text, which may hold anything).
  if (isCode(file) && e instanceof Error && e.name !== 'SyntaxError' && !/^SyntaxError\b/.test(e.message)) {
    return new ConfigError(t(lang, M.codeThrew, { path: file, name: e.name }), { hint: t(lang, M.codeThrewHint) });
  }
  // The text that was parsed (load.ts keeps it on the error), not the file read again: it may be another by now.
  const text = (e as { configText?: unknown }).configText;
  const at = parseErrorPosition(e, file, typeof text === 'string' ? text : undefined);
  const kind = isJsonName(file) ? t(lang, M.invalidJson) : /\.(ya?ml)$|rc$/i.test(file) ? t(lang, M.invalidYaml) : '';
  const message = at ? t(lang, M.unparsableAt, { path: file, line: at.line, column: at.column }) : t(lang, M.unparsable, { path: file });
  return new ConfigError(`${message}${kind}`, { hint: t(lang, M.fixOrRemove, { keys: KNOWN_KEYS.join(', ') }) });
}

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
  if (!checked) throw new ConfigError(t(lang, M.namedMissing, { path, by }));
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
    throw new ConfigError(t(lang, M.userFileRefused, { path, mode: octal(mode & 0o777) }), { hint: t(lang, M.runCommand, { command: chmod('go-w', path) }) });
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
      files.push(loaded(result.path, result, 'project', lang));
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
