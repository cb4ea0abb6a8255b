// The optional config file, found by cosmiconfig under the name `scm` (.scmrc, .scmrc.json, .scmrc.yaml,
// scm.config.js, "scm" in package.json ...; from the working directory up to $HOME, then ~/.config/scm/).
// cosmiconfig is imported only here, and only by commands that talk to the API.
import { statSync } from 'node:fs';
import { platform } from 'node:os';
import { ConfigError } from '../errors.js';

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

export interface LoadedConfig {
  path: string;
  config: FileConfig;
  /** Warnings for stderr (never containing a value from the file). */
  warnings: string[];
}

const STRING_KEYS = ['region', 'endpoint', 'ak', 'sk', 'projectId', 'domainId', 'securityToken', 'authToken', 'enterpriseProjectId'] as const;
const NUMBER_KEYS = ['timeout', 'retries'] as const;
export const SECRET_KEYS = ['sk', 'securityToken', 'authToken'] as const;

/** project_id, project-id and projectId are the same key. */
const canonicalKey = (k: string): string => k.replace(/[-_]([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Where a parse error is (line/column or offset) without quoting the file: parser messages embed the text
 * around the error, and that text may be a secret key.
 */
function locate(message: string): string {
  const lc = /\((\d+):(\d+)\)/.exec(message) ?? /line (\d+)(?:,? column (\d+))?/i.exec(message);
  if (lc) return ` at line ${lc[1]}${lc[2] ? `, column ${lc[2]}` : ''}`;
  const pos = /position (\d+)/i.exec(message);
  return pos ? ` at offset ${pos[1]}` : '';
}

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

/** Finds and loads the config file; undefined when there is none. A broken file is a ConfigError (exit 2). */
export async function loadConfigFile(cwd: string, home: string | undefined): Promise<LoadedConfig | undefined> {
  const { cosmiconfig } = await import('cosmiconfig');
  const explorer = cosmiconfig('scm', { searchStrategy: 'global', ...(home ? { stopDir: home } : {}), cache: false });
  let result: Awaited<ReturnType<typeof explorer.search>>;
  try {
    result = await explorer.search(cwd);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const file = /Error in ([^\n:]+):/.exec(message)?.[1];
    throw new ConfigError(`bad config file ${file ?? '(scm config)'}: cannot be parsed${locate(message.split('\n').slice(1).join('\n') || message)}`, {
      hint: 'fix or remove the file; settings: region, endpoint, projectId, domainId, ak, sk, securityToken, authToken, timeout, retries',
    });
  }
  if (!result || result.isEmpty) return undefined;
  const config = checkConfig(result.config, result.filepath);
  const warning = permissionWarning(result.filepath, config);
  return { path: result.filepath, config, warnings: warning ? [warning] : [] };
}
