// The optional config files. Project file: found by cosmiconfig under the name `scm` (.scmrc, .scmrc.json,
// .scmrc.yaml, scm.config.js, "scm" in package.json ...) from the working directory up to $HOME. User file:
// $XDG_CONFIG_HOME/scm/config.{json,yaml,yml} (default ~/.config/scm/). The project file wins, key by key.
// cosmiconfig is imported only here, and only by commands that need settings.
import { readFileSync, statSync } from 'node:fs';
import { platform } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { EP_ID_PATTERN } from '../core/validate/limits.js';
import { ConfigError } from '../errors.js';
import { parseErrorPosition } from './locate.js';

export interface FileConfig {
  region?: string;
  endpoint?: string;
  ak?: string;
  sk?: string;
  projectId?: string;
  domainId?: string;
  securityToken?: string;
  authToken?: string;
  /** Seconds per request. */
  timeout?: number;
  retries?: number;
  enterpriseProjectId?: string;
}

export type ConfigLayer = 'project' | 'user';

export interface LoadedConfig {
  path: string;
  config: FileConfig;
  /** Warnings for stderr (never containing a value from the file). */
  warnings: string[];
  /** Which file this is; undefined is read as 'project'. */
  layer?: ConfigLayer;
}

const STRING_KEYS = ['region', 'endpoint', 'ak', 'sk', 'projectId', 'domainId', 'securityToken', 'authToken', 'enterpriseProjectId'] as const;
const NUMBER_KEYS = ['timeout', 'retries'] as const;
export const SECRET_KEYS = ['sk', 'securityToken', 'authToken'] as const;
export const USER_FILE_NAMES = ['config.json', 'config.yaml', 'config.yml'] as const;
const SETTINGS_HINT = 'settings: region, endpoint, projectId, domainId, ak, sk, securityToken, authToken, timeout, retries, enterpriseProjectId';

/** project_id, project-id and projectId are the same key. */
const canonicalKey = (k: string): string => k.replace(/[-_]([a-z])/g, (_, c: string) => c.toUpperCase());

export function checkConfig(raw: unknown, path: string): FileConfig {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`config file ${path}: expected an object of settings`);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const k = canonicalKey(key);
    if ((STRING_KEYS as readonly string[]).includes(k)) {
      if (typeof value !== 'string') throw new ConfigError(`config file ${path}: '${key}' must be a string`);
      out[k] = value.trim();
    } else if ((NUMBER_KEYS as readonly string[]).includes(k)) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new ConfigError(`config file ${path}: '${key}' must be a non-negative number`);
      out[k] = value;
    } else {
      throw new ConfigError(`config file ${path}: unknown setting '${key}'`, { hint: `known settings: ${[...STRING_KEYS, ...NUMBER_KEYS].join(', ')}` });
    }
  }
  const ep = out.enterpriseProjectId as string | undefined;
  if (ep !== undefined && ep !== '0' && ep !== 'all' && !EP_ID_PATTERN.test(ep)) {
    throw new ConfigError(`config file ${path}: 'enterpriseProjectId' must be "0", "all" or an ID like 3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b`);
  }
  return out as FileConfig;
}

/** Group/other permission bits on a file that holds a secret: the contract asks for a warning. */
export function permissionWarning(path: string, config: FileConfig): string | undefined {
  if (platform() === 'win32' || path.endsWith('package.json')) return undefined;
  const secrets = SECRET_KEYS.filter((k) => config[k] !== undefined);
  if (secrets.length === 0) return undefined;
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch {
    return undefined;
  }
  if ((mode & 0o077) === 0) return undefined;
  return `config file ${path} holds ${secrets.join(', ')} and is readable by others (mode ${(mode & 0o777).toString(8)}); run: chmod 600 ${path}`;
}

/** A file that does not parse: one line naming it and where it breaks (exit 2), never quoting it. */
function brokenFile(e: unknown): ConfigError {
  const path = (e as { filepath?: unknown }).filepath;
  const file = typeof path === 'string' ? path : /Error in ([^\n:]+):/.exec(e instanceof Error ? e.message : '')?.[1];
  let text: string | undefined;
  try {
    text = file ? readFileSync(file, 'utf8') : undefined;
  } catch {
    text = undefined;
  }
  const at = file ? parseErrorPosition(e, file, text) : undefined;
  const kind = file && /\.json$/i.test(file) ? ' (invalid JSON)' : file && /\.(ya?ml)$|rc$/i.test(file) ? ' (invalid YAML)' : '';
  return new ConfigError(`bad config file ${file ?? '(scm config)'}: cannot be parsed${at ? ` at line ${at.line}, column ${at.column}` : ''}${kind}`, {
    hint: `fix or remove the file; ${SETTINGS_HINT}`,
  });
}

function loaded(filepath: string, raw: unknown, layer: ConfigLayer): LoadedConfig {
  const config = checkConfig(raw, filepath);
  const warning = permissionWarning(filepath, config);
  return { path: filepath, config, warnings: warning ? [warning] : [], layer };
}

/** The directories searched for a project file: cwd, then each parent up to $HOME (or the root). */
function searchDirs(cwd: string, home: string | undefined): string[] {
  const stop = home ? resolve(home) : undefined;
  const dirs: string[] = [];
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === stop || dirname(dir) === dir) return dirs;
  }
}

/** The project file (cosmiconfig search from cwd); undefined when there is none. A broken file is exit 2. */
export async function loadConfigFile(cwd: string, home: string | undefined): Promise<LoadedConfig | undefined> {
  const { cosmiconfig, getDefaultSearchPlaces } = await import('cosmiconfig');
  // Directory by directory with searchStrategy 'none': cosmiconfig's 'global' strategy would also take the
  // user file, which has its own, lower place in the precedence.
  const explorer = cosmiconfig('scm', { searchStrategy: 'none', cache: false });
  // A package.json that does not parse is someone else's problem: search that directory again without it.
  const withoutPackageJson = cosmiconfig('scm', { searchStrategy: 'none', cache: false, searchPlaces: getDefaultSearchPlaces('scm').filter((p) => p !== 'package.json') });
  const isPackageJson = (e: unknown): boolean => /(^|[\\/])package\.json$/.test(String((e as { filepath?: unknown }).filepath ?? ''));
  for (const dir of searchDirs(cwd, home)) {
    let result: Awaited<ReturnType<typeof explorer.search>>;
    try {
      result = await explorer.search(dir).catch((e: unknown) => {
        if (isPackageJson(e)) return withoutPackageJson.search(dir);
        throw e;
      });
    } catch (e) {
      throw brokenFile(e);
    }
    if (result && !result.isEmpty) return loaded(result.filepath, result.config, 'project');
  }
  return undefined;
}

/** $XDG_CONFIG_HOME/scm (an absolute XDG_CONFIG_HOME only, as the spec says), else ~/.config/scm. */
export function userConfigDir(env: Record<string, string | undefined>): string | undefined {
  const xdg = env.XDG_CONFIG_HOME?.trim();
  if (xdg && isAbsolute(xdg)) return join(xdg, 'scm');
  const home = env.HOME?.trim() || env.USERPROFILE?.trim();
  return home ? join(home, '.config', 'scm') : undefined;
}

/** The user file: the first of config.json, config.yaml, config.yml in userConfigDir(). */
export async function loadUserConfig(env: Record<string, string | undefined>): Promise<LoadedConfig | undefined> {
  const dir = userConfigDir(env);
  if (!dir) return undefined;
  const path = USER_FILE_NAMES.map((name) => join(dir, name)).find((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  });
  if (!path) return undefined;
  const { cosmiconfig } = await import('cosmiconfig');
  let result: Awaited<ReturnType<ReturnType<typeof cosmiconfig>['load']>>;
  try {
    result = await cosmiconfig('scm', { searchStrategy: 'none', cache: false }).load(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EACCES') throw new ConfigError(`cannot read config file ${path}: permission denied`);
    throw brokenFile(e);
  }
  return result && !result.isEmpty ? loaded(path, result.config, 'user') : undefined;
}

/** Both files, highest precedence first. */
export async function loadConfigFiles(cwd: string, env: Record<string, string | undefined>): Promise<LoadedConfig[]> {
  const home = env.HOME?.trim() || env.USERPROFILE?.trim() || undefined;
  const [project, user] = await Promise.all([loadConfigFile(cwd, home), loadUserConfig(env)]);
  return [project, user].filter((f): f is LoadedConfig => f !== undefined);
}
