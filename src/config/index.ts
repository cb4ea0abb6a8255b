// Settings for commands that call the API: credentials, endpoint, timeout, retries, enterprise project.
// Precedence: flags > environment > project file > user file > defaults (docs/cli-contract.md "Credentials,
// endpoint, config"); the endpoint keeps the contract's order (--endpoint > SCM_ENDPOINT > file > --region).
// Every value remembers where it came from, for `scm config`, --dry-run and --debug.
import { DEFAULT_REGION, endpointForRegion, parseEndpoint } from '../api/endpoints.js';
import { missingCredentials } from '../api/errors.js';
import type { Auth } from '../api/types.js';
import { CredentialsError, UsageError } from '../errors.js';
import { loadConfigFiles, type FileConfig, type LoadedConfig } from './file.js';
import { describeSource, type SettingKey, type Source } from './sources.js';

export type { SettingKey, Source } from './sources.js';
export type { Auth } from '../api/types.js';
export { missingCredentials } from '../api/errors.js';
export { describeSource } from './sources.js';

export interface SettingsFlags {
  region?: string;
  endpoint?: string;
  /** Seconds per request. */
  timeout?: number;
  retries?: number;
  enterpriseProjectId?: string;
}

export interface Settings {
  region: string;
  endpoint: URL;
  /** Where the endpoint came from, for --dry-run and --debug. */
  endpointFrom: string;
  /** Undefined when no credentials were found (fine for --dry-run). */
  auth?: Auth;
  authFrom?: string;
  timeoutMs: number;
  retries: number;
  enterpriseProjectId?: string;
  /** The highest-precedence config file found. */
  configPath?: string;
  /** Every config file found, highest precedence first. */
  configFiles: Array<{ path: string; layer: 'project' | 'user' }>;
  /** Where each setting that has a value came from. */
  sources: Partial<Record<SettingKey, Source>>;
  warnings: string[];
  /** Every secret value in play, scrubbed from anything scm prints. */
  secrets: string[];
}

export const DEFAULT_TIMEOUT_S = 30;
export const DEFAULT_RETRIES = 3;

type Env = Record<string, string | undefined>;
const val = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v.trim());

interface Found {
  auth: Auth;
  from: string;
  /** Sources of the credential fields (ak, sk, securityToken, authToken). */
  sources: Partial<Record<SettingKey, Source>>;
}

function ids(projectId: string | undefined, domainId: string | undefined): { projectId?: string; domainId?: string } {
  return { ...(projectId ? { projectId } : {}), ...(domainId ? { domainId } : {}) };
}

/** Credentials from the environment; SCM_AUTH_TOKEN wins over an AK/SK pair (it is specific to scm). */
export function authFromEnv(env: Env): (Found & { from: string }) | undefined {
  const projectId = val(env.HUAWEICLOUD_SDK_PROJECT_ID);
  const domainId = val(env.HUAWEICLOUD_SDK_DOMAIN_ID);
  const token = val(env.SCM_AUTH_TOKEN);
  const envSource = (name: string): Source => ({ kind: 'env', name });
  if (token) return { auth: { kind: 'token', token, ...(projectId ? { projectId } : {}) }, from: 'SCM_AUTH_TOKEN', sources: { authToken: envSource('SCM_AUTH_TOKEN') } };
  const pairs: Array<[string, string]> = [['HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK'], ['HW_ACCESS_KEY', 'HW_SECRET_KEY']];
  for (const [akName, skName] of pairs) {
    const ak = val(env[akName]);
    const sk = val(env[skName]);
    if (!ak && !sk) continue;
    if (!ak || !sk) throw new CredentialsError(`${ak ? akName : skName} is set but ${ak ? skName : akName} is not`, { hint: 'set both halves of the AK/SK pair' });
    const tokenName = ['HUAWEICLOUD_SDK_SECURITY_TOKEN', 'HW_SECURITY_TOKEN'].find((n) => val(env[n]));
    const securityToken = tokenName ? val(env[tokenName]) : undefined;
    return {
      auth: { kind: 'aksk', ak, sk, ...ids(projectId, domainId), ...(securityToken ? { securityToken } : {}) },
      from: `${akName}/${skName}`,
      sources: { ak: envSource(akName), sk: envSource(skName), ...(tokenName ? { securityToken: envSource(tokenName) } : {}) },
    };
  }
  return undefined;
}

export function authFromConfig(c: FileConfig, path: string, layer: 'project' | 'user' = 'project'): Found | undefined {
  const src = (key: string): Source => ({ kind: 'file', path, key, layer });
  if (c.authToken) return { auth: { kind: 'token', token: c.authToken, ...(c.projectId ? { projectId: c.projectId } : {}) }, from: `authToken in ${path}`, sources: { authToken: src('authToken') } };
  if (!c.ak && !c.sk) return undefined;
  if (!c.ak || !c.sk) throw new CredentialsError(`config file ${path} has ${c.ak ? 'ak' : 'sk'} but not ${c.ak ? 'sk' : 'ak'}`);
  return {
    auth: { kind: 'aksk', ak: c.ak, sk: c.sk, ...ids(c.projectId, c.domainId), ...(c.securityToken ? { securityToken: c.securityToken } : {}) },
    from: `ak/sk in ${path}`,
    sources: { ak: src('ak'), sk: src('sk'), ...(c.securityToken ? { securityToken: src('securityToken') } : {}) },
  };
}

export function secretsOf(auth: Auth | undefined): string[] {
  if (!auth) return [];
  return (auth.kind === 'token' ? [auth.token] : [auth.sk, auth.securityToken]).filter((s): s is string => typeof s === 'string' && s.length > 0);
}

/** The first of: a flag, environment variables, the files in order; with where it came from. */
function pick<T>(candidates: Array<[T | undefined, Source]>): { value: T; source: Source } | undefined {
  for (const [value, source] of candidates) if (value !== undefined) return { value, source };
  return undefined;
}

const fromFiles = <K extends keyof FileConfig>(files: LoadedConfig[], key: K): Array<[FileConfig[K] | undefined, Source]> =>
  files.map((f) => [f.config[key], { kind: 'file', path: f.path, key, layer: f.layer ?? 'project' }]);

/** Pure part of the resolution, for tests: flags, env and the loaded config files (highest precedence first). */
export function resolveFrom(flags: SettingsFlags, env: Env, loaded: LoadedConfig | LoadedConfig[] | undefined): Settings {
  const files = loaded === undefined ? [] : Array.isArray(loaded) ? loaded : [loaded];
  const sources: Partial<Record<SettingKey, Source>> = {};
  const flag = (name: string): Source => ({ kind: 'flag', name });
  const envVar = (name: string): [string | undefined, Source] => [val(env[name]), { kind: 'env', name }];
  const set = <T>(key: SettingKey, found: { value: T; source: Source } | undefined): T | undefined => {
    if (found) sources[key] = found.source;
    return found?.value;
  };

  const region = set('region', pick([[flags.region, flag('--region')], envVar('SCM_REGION'), ...fromFiles(files, 'region'), [DEFAULT_REGION, { kind: 'default' }]]))!;
  const endpointPick = pick<string>([[flags.endpoint, flag('--endpoint')], envVar('SCM_ENDPOINT'), ...fromFiles(files, 'endpoint')]);
  let endpoint: URL;
  let endpointFrom: string;
  if (endpointPick) {
    endpointFrom = describeSource(endpointPick.source);
    endpoint = parseEndpoint(endpointPick.value, endpointFrom);
    sources.endpoint = endpointPick.source;
  } else {
    endpoint = endpointForRegion(region);
    const rs = sources.region!;
    endpointFrom = rs.kind === 'flag' ? `--region ${region}` : rs.kind === 'file' ? `region in ${rs.path}` : rs.kind === 'env' ? `${rs.name} ${region}` : `default region ${region}`;
    sources.endpoint = { kind: 'derived', from: 'region' };
  }

  // Credentials are taken as a whole from one place, never an AK from one and its SK from another.
  let found = authFromEnv(env);
  for (const f of files) found ??= authFromConfig(f.config, f.path, f.layer ?? 'project');
  Object.assign(sources, found?.sources ?? {});
  const projectId = set('projectId', pick([envVar('HUAWEICLOUD_SDK_PROJECT_ID'), ...fromFiles(files, 'projectId')]));
  const domainId = set('domainId', pick([envVar('HUAWEICLOUD_SDK_DOMAIN_ID'), ...fromFiles(files, 'domainId')]));
  let auth = found?.auth;
  if (auth?.kind === 'aksk') auth = { kind: 'aksk', ak: auth.ak, sk: auth.sk, ...ids(projectId, domainId), ...(auth.securityToken ? { securityToken: auth.securityToken } : {}) };
  else if (auth?.kind === 'token') auth = { kind: 'token', token: auth.token, ...(projectId ? { projectId } : {}) };

  const timeoutS = set('timeout', pick<number>([[flags.timeout, flag('--timeout')], ...fromFiles(files, 'timeout'), [DEFAULT_TIMEOUT_S, { kind: 'default' }]]))!;
  if (!(timeoutS > 0)) throw new UsageError('--timeout must be a positive number of seconds');
  const retries = set('retries', pick<number>([[flags.retries, flag('--retries')], ...fromFiles(files, 'retries'), [DEFAULT_RETRIES, { kind: 'default' }]]))!;
  const enterpriseProjectId = set('enterpriseProjectId', pick<string>([[flags.enterpriseProjectId, flag('--enterprise-project-id')], ...fromFiles(files, 'enterpriseProjectId')]));

  return {
    region,
    endpoint,
    endpointFrom,
    ...(auth ? { auth, authFrom: found!.from } : {}),
    timeoutMs: Math.round(timeoutS * 1000),
    retries: Math.floor(retries),
    ...(enterpriseProjectId ? { enterpriseProjectId } : {}),
    ...(files[0] ? { configPath: files[0].path } : {}),
    configFiles: files.map((f) => ({ path: f.path, layer: f.layer ?? 'project' })),
    sources,
    warnings: files.flatMap((f) => f.warnings),
    secrets: [...new Set([
      ...secretsOf(auth),
      ...['HUAWEICLOUD_SDK_SK', 'HW_SECRET_KEY', 'HUAWEICLOUD_SDK_SECURITY_TOKEN', 'HW_SECURITY_TOKEN', 'SCM_AUTH_TOKEN'].map((n) => val(env[n])),
      ...files.flatMap((f) => [f.config.sk, f.config.securityToken, f.config.authToken]),
    ].filter((s): s is string => typeof s === 'string' && s.length >= 4))],
  };
}

/** Loads the config files (lazily: cosmiconfig is imported there) and resolves every setting. */
export async function resolveSettings(flags: SettingsFlags, ctx: { env: Env; cwd: string }): Promise<Settings> {
  return resolveFrom(flags, ctx.env, await loadConfigFiles(ctx.cwd, ctx.env));
}

/** The credentials, or exit 3 with the variables to set. */
export function requireAuth(settings: Settings): Auth {
  if (settings.auth) return settings.auth;
  throw missingCredentials();
}
