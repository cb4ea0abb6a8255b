// Settings for commands that call the API: credentials, endpoint, timeout, retries. Precedence is
// flags > environment > config file > defaults (docs/cli-contract.md "Credentials, endpoint, config").
import { DEFAULT_REGION, endpointForRegion, parseEndpoint } from '../api/endpoints.js';
import { CredentialsError, UsageError } from '../errors.js';
import { loadConfigFile, type FileConfig, type LoadedConfig } from './file.js';

export type Auth =
  | { kind: 'aksk'; ak: string; sk: string; projectId?: string; domainId?: string; securityToken?: string }
  | { kind: 'token'; token: string; projectId?: string };

export interface SettingsFlags {
  region?: string;
  endpoint?: string;
  /** Seconds per request. */
  timeout?: number;
  retries?: number;
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
  configPath?: string;
  warnings: string[];
  /** Every secret value in play, scrubbed from anything scm prints. */
  secrets: string[];
}

export const DEFAULT_TIMEOUT_S = 30;
export const DEFAULT_RETRIES = 3;

type Env = Record<string, string | undefined>;
const val = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v.trim());

function ids(projectId: string | undefined, domainId: string | undefined): { projectId?: string; domainId?: string } {
  return { ...(projectId ? { projectId } : {}), ...(domainId ? { domainId } : {}) };
}

/** Credentials from the environment; SCM_AUTH_TOKEN wins over an AK/SK pair (it is specific to scm). */
export function authFromEnv(env: Env): { auth: Auth; from: string } | undefined {
  const projectId = val(env.HUAWEICLOUD_SDK_PROJECT_ID);
  const domainId = val(env.HUAWEICLOUD_SDK_DOMAIN_ID);
  const token = val(env.SCM_AUTH_TOKEN);
  if (token) return { auth: { kind: 'token', token, ...(projectId ? { projectId } : {}) }, from: 'SCM_AUTH_TOKEN' };
  const pairs: Array<[string, string]> = [['HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK'], ['HW_ACCESS_KEY', 'HW_SECRET_KEY']];
  for (const [akName, skName] of pairs) {
    const ak = val(env[akName]);
    const sk = val(env[skName]);
    if (!ak && !sk) continue;
    if (!ak || !sk) throw new CredentialsError(`${ak ? akName : skName} is set but ${ak ? skName : akName} is not`, { hint: 'set both halves of the AK/SK pair' });
    const securityToken = val(env.HUAWEICLOUD_SDK_SECURITY_TOKEN) ?? val(env.HW_SECURITY_TOKEN);
    return { auth: { kind: 'aksk', ak, sk, ...ids(projectId, domainId), ...(securityToken ? { securityToken } : {}) }, from: `${akName}/${skName}` };
  }
  return undefined;
}

export function authFromConfig(c: FileConfig, path: string): { auth: Auth; from: string } | undefined {
  if (c.authToken) return { auth: { kind: 'token', token: c.authToken, ...(c.projectId ? { projectId: c.projectId } : {}) }, from: `authToken in ${path}` };
  if (!c.ak && !c.sk) return undefined;
  if (!c.ak || !c.sk) throw new CredentialsError(`config file ${path} has ${c.ak ? 'ak' : 'sk'} but not ${c.ak ? 'sk' : 'ak'}`);
  return { auth: { kind: 'aksk', ak: c.ak, sk: c.sk, ...ids(c.projectId, c.domainId), ...(c.securityToken ? { securityToken: c.securityToken } : {}) }, from: `ak/sk in ${path}` };
}

export function secretsOf(auth: Auth | undefined): string[] {
  if (!auth) return [];
  return (auth.kind === 'token' ? [auth.token] : [auth.sk, auth.securityToken]).filter((s): s is string => typeof s === 'string' && s.length > 0);
}

/** Pure part of the resolution, for tests: flags, env and an already loaded config file. */
export function resolveFrom(flags: SettingsFlags, env: Env, file: LoadedConfig | undefined): Settings {
  const c = file?.config ?? {};
  const region = flags.region ?? c.region ?? DEFAULT_REGION;
  let endpoint: URL;
  let endpointFrom: string;
  const envEndpoint = val(env.SCM_ENDPOINT);
  if (flags.endpoint !== undefined) [endpoint, endpointFrom] = [parseEndpoint(flags.endpoint, '--endpoint'), '--endpoint'];
  else if (envEndpoint) [endpoint, endpointFrom] = [parseEndpoint(envEndpoint, 'SCM_ENDPOINT'), 'SCM_ENDPOINT'];
  else if (c.endpoint) [endpoint, endpointFrom] = [parseEndpoint(c.endpoint, `endpoint in ${file!.path}`), `endpoint in ${file!.path}`];
  else [endpoint, endpointFrom] = [endpointForRegion(region), flags.region !== undefined ? `--region ${region}` : c.region ? `region in ${file!.path}` : `default region ${region}`];

  const found = authFromEnv(env) ?? (file ? authFromConfig(c, file.path) : undefined);
  const timeoutS = flags.timeout ?? c.timeout ?? DEFAULT_TIMEOUT_S;
  if (!(timeoutS > 0)) throw new UsageError('--timeout must be a positive number of seconds');
  return {
    region,
    endpoint,
    endpointFrom,
    ...(found ? { auth: found.auth, authFrom: found.from } : {}),
    timeoutMs: Math.round(timeoutS * 1000),
    retries: Math.floor(flags.retries ?? c.retries ?? DEFAULT_RETRIES),
    ...(c.enterpriseProjectId ? { enterpriseProjectId: c.enterpriseProjectId } : {}),
    ...(file ? { configPath: file.path } : {}),
    warnings: file?.warnings ?? [],
    secrets: [...new Set([
      ...secretsOf(found?.auth),
      ...['HUAWEICLOUD_SDK_SK', 'HW_SECRET_KEY', 'HUAWEICLOUD_SDK_SECURITY_TOKEN', 'HW_SECURITY_TOKEN', 'SCM_AUTH_TOKEN'].map((n) => val(env[n])),
      c.sk, c.securityToken, c.authToken,
    ].filter((s): s is string => typeof s === 'string' && s.length >= 4))],
  };
}

/** Loads the config file (lazily: cosmiconfig is imported here) and resolves every setting. */
export async function resolveSettings(flags: SettingsFlags, ctx: { env: Env; cwd: string }): Promise<Settings> {
  const file = await loadConfigFile(ctx.cwd, val(ctx.env.HOME) ?? val(ctx.env.USERPROFILE));
  return resolveFrom(flags, ctx.env, file);
}

/** The credentials, or exit 3 with the variables to set. */
export function requireAuth(settings: Settings): Auth {
  if (settings.auth) return settings.auth;
  throw new CredentialsError('no credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (or SCM_AUTH_TOKEN)', {
    hint: 'also accepted: HW_ACCESS_KEY/HW_SECRET_KEY, or ak/sk in a config file such as ~/.config/scm/config.json (chmod 600); try --dry-run to see the request without sending it',
  });
}
