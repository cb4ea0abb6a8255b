// Settings for commands that call the API: credentials, endpoint, timeout, retries, enterprise project, and
// the language. Precedence: flags > environment > config file (the named one, or the project file found) >
// user file > defaults (docs/cli-contract.md "Credentials, endpoint, config"); the endpoint keeps the
// contract's order (--endpoint > SCM_ENDPOINT > file > --region). The language alone puts a config file
// before the locale: a file is a choice, the locale is ambient (--lang > file > LC_ALL/LC_MESSAGES/LANG).
// Every value remembers where it came from, for `scm config`, --dry-run and --debug.
import type { Auth } from '../api/types.js';
import { MIN_SECRET } from '../core/hide.js';
import { langFromEnv, t, type Lang } from '../core/i18n.js';
import { findAuth, findAuthOrHalf, ids, overriddenBy, secretsOf, val, type CredentialsWhere, type HalfPairError, type Overridden } from './credentials.js';
import { loadConfigFiles, type ConfigFiles, type ConfigLayer, type FileConfig, type IgnoredFile, type LoadedConfig } from './file.js';
import { M } from './messages.js';
import { envSecrets, looksLikeAccessKey } from './secret-env.js';
import { describeSource, type SettingKey, type Source } from './sources.js';
import { DEFAULT_REGION, endpointForRegion, parseEndpoint, SITE_ENDPOINTS } from './endpoint.js';
import { checkFoundEndpoint, regionOverridden } from './endpoint-rules.js';
import { checkFoundCredentials } from './credential-rules.js';
import { checkFoundScope } from './scope-rules.js';
import { checkLoopbackListener } from './loopback-listener.js';

export type { SettingKey, Source } from './sources.js';
export type { Auth } from '../api/types.js';
export type { Overridden } from './credentials.js';
export { describeSource } from './sources.js';
export { authFromConfig, authFromEnv, describeWhere, secretsOf } from './credentials.js';
// What the commands' start (commands/setting-values.ts) and connect() take from here: both import this module,
// so that its modules form one pack of dist/, read once (scripts/packs.mjs), whichever loads it first.
export { loadConfigFiles } from './file.js';
export { checkHeaderValues } from './header-values.js';

export interface SettingsFlags {
  region?: string;
  endpoint?: string;
  /** Seconds per request. */
  timeout?: number;
  retries?: number;
  enterpriseProjectId?: string;
  /** --lang, for `scm config` to show where the language came from. */
  lang?: Lang;
  /** --config FILE: the config file to use instead of searching. */
  config?: string;
}

export interface Settings {
  region: string;
  endpoint: URL;
  /** Where the endpoint came from, for --dry-run and --debug. */
  endpointFrom: string;
  /** Undefined when no credentials were found (fine for --dry-run). */
  auth?: Auth;
  authFrom?: string;
  authWhere?: CredentialsWhere; // the same place as data, said in a language by describeWhere
  timeoutMs: number;
  retries: number;
  enterpriseProjectId?: string;
  lang: Lang;
  /** The highest-precedence config file found. */
  configPath?: string;
  /** Every config file used, highest precedence first. */
  configFiles: Array<{ path: string; layer: ConfigLayer }>;
  /** Files found and not used (code, or others could have written them), with why. */
  ignoredFiles: IgnoredFile[];
  /** Where each setting that has a value came from. */
  sources: Partial<Record<SettingKey, Source>>;
  /** Credentials that are set but not used, and what took precedence. */
  overridden: Partial<Record<SettingKey, Overridden>>;
  warnings: string[];
  /** Every secret value in play, scrubbed from anything scm prints. */
  secrets: string[];
  /** Half an AK/SK pair, kept instead of thrown when resolved for `scm config` (which shows its table first). */
  halfPair?: HalfPairError;
}

/** How to resolve: `showHalfPair` keeps half an AK/SK pair in the settings rather than throwing (`scm config`). */
export interface ResolveOptions {
  showHalfPair?: boolean;
}

export const DEFAULT_TIMEOUT_S = 30;
export const DEFAULT_RETRIES = 3;

type Env = Record<string, string | undefined>;

/** The first of: a flag, environment variables, the files in order; with where it came from. */
function pick<T>(candidates: Array<[T | undefined, Source]>): { value: T; source: Source } | undefined {
  for (const [value, source] of candidates) if (value !== undefined) return { value, source };
  return undefined;
}

/** A file's secrets, with an `ak` that is no access key id (most likely the SK, swapped: looksLikeAccessKey). */
const fileSecrets = (files: LoadedConfig[]): Array<string | undefined> =>
  files.flatMap((f) => [f.config.sk, f.config.securityToken, f.config.authToken, ...(f.config.ak !== undefined && !looksLikeAccessKey(f.config.ak) ? [f.config.ak] : [])]);

const fromFiles = <K extends keyof FileConfig>(files: LoadedConfig[], key: K): Array<[FileConfig[K] | undefined, Source]> =>
  files.map((f) => [f.config[key], { kind: 'file', path: f.origins?.[key] ?? f.path, key, layer: f.layer ?? 'project' }]);

/** The locale variable that decides (the first one set), and the language it names. */
function localeLang(env: Env): [Lang | undefined, Source] {
  const name = ['LC_ALL', 'LC_MESSAGES', 'LANG'].find((n) => env[n]);
  if (!name) return [undefined, { kind: 'default' }];
  return [langFromEnv(env), { kind: 'env', name }];
}

const asFiles = (loaded: LoadedConfig | LoadedConfig[] | ConfigFiles | undefined): ConfigFiles => {
  if (loaded === undefined) return { files: [], ignored: [], warnings: [] };
  if ('files' in loaded) return loaded;
  const files = Array.isArray(loaded) ? loaded : [loaded];
  return { files, ignored: [], warnings: files.flatMap((f) => f.warnings) };
};

/** Pure part of the resolution, for tests: flags, env and the loaded config files (highest precedence first). */
export function resolveFrom(flags: SettingsFlags, env: Env, loaded: LoadedConfig | LoadedConfig[] | ConfigFiles | undefined, say: Lang = 'en', options: ResolveOptions = {}): Settings {
  const { files, ignored, warnings: fileWarnings } = asFiles(loaded);
  const warnings = [...fileWarnings];
  const sources: Partial<Record<SettingKey, Source>> = {};
  const flag = (name: string): Source => ({ kind: 'flag', name });
  const envVar = (name: string): [string | undefined, Source] => [val(env[name]), { kind: 'env', name }];
  const set = <T>(key: SettingKey, found: { value: T; source: Source } | undefined): T | undefined => {
    if (found) sources[key] = found.source;
    return found?.value;
  };

  const given = set('region', pick([[flags.region, flag('--region')], envVar('SCM_REGION'), ...fromFiles(files, 'region'), [DEFAULT_REGION, { kind: 'default' }]]))!;
  // A site in any case (CN-NORTH-4), as every fixed choice is read: it only picks the endpoint's host.
  const region = Object.hasOwn(SITE_ENDPOINTS, given.toLowerCase()) ? given.toLowerCase() : given;
  const endpointPick = pick<string>([[flags.endpoint, flag('--endpoint')], envVar('SCM_ENDPOINT'), ...fromFiles(files, 'endpoint')]);
  let endpoint: URL;
  let endpointFrom: string;
  if (endpointPick) {
    endpointFrom = describeSource(endpointPick.source);
    endpoint = parseEndpoint(endpointPick.value, describeSource(endpointPick.source, say), say);
    checkFoundEndpoint(endpoint, endpointPick.source, say);
    const lost = regionOverridden(endpoint, endpointPick.source, region, sources.region, say);
    if (lost) warnings.push(lost);
    sources.endpoint = endpointPick.source;
  } else {
    const rs = sources.region!;
    // A region from a file names the file (the contract: config errors say where); flags and variables do not.
    endpoint = endpointForRegion(region, say, rs.kind === 'file' ? describeSource(rs, say) : undefined);
    endpointFrom = rs.kind === 'flag' ? `--region ${region}` : rs.kind === 'file' ? `region in ${rs.path}` : rs.kind === 'env' ? `${rs.name} ${region}` : `default region ${region}`;
    sources.endpoint = { kind: 'derived', from: 'region' };
  }

  // Credentials are taken as a whole from one place, never an AK from one and its SK from another.
  const { found, halfPair } = options.showHalfPair ? findAuthOrHalf(env, files, say) : { found: findAuth(env, files, say), halfPair: undefined };
  if (halfPair) sources[halfPair.present.key] = halfPair.present.source;
  checkFoundCredentials(found, files, env, say);
  Object.assign(sources, found?.sources ?? {});
  const projectId = set('projectId', pick([envVar('HUAWEICLOUD_SDK_PROJECT_ID'), ...fromFiles(files, 'projectId')]));
  const domainId = set('domainId', pick([envVar('HUAWEICLOUD_SDK_DOMAIN_ID'), ...fromFiles(files, 'domainId')]));
  let auth = found?.auth;
  if (auth?.kind === 'aksk') auth = { kind: 'aksk', ak: auth.ak, sk: auth.sk, ...ids(projectId, domainId), ...(auth.securityToken ? { securityToken: auth.securityToken } : {}) };
  else if (auth?.kind === 'token') auth = { kind: 'token', token: auth.token, ...(projectId ? { projectId } : {}) };

  const timeoutS = set('timeout', pick<number>([[flags.timeout, flag('--timeout')], ...fromFiles(files, 'timeout'), [DEFAULT_TIMEOUT_S, { kind: 'default' }]]))!;
  const retries = set('retries', pick<number>([[flags.retries, flag('--retries')], ...fromFiles(files, 'retries'), [DEFAULT_RETRIES, { kind: 'default' }]]))!;
  const enterpriseProjectId = set('enterpriseProjectId', pick<string>([[flags.enterpriseProjectId, flag('--enterprise-project-id')], ...fromFiles(files, 'enterpriseProjectId')]));
  const lang = set('lang', pick<Lang>([[flags.lang, flag('--lang')], ...fromFiles(files, 'lang'), localeLang(env), ['en', { kind: 'default' }]]))!;
  checkFoundScope(sources, files, env, say);

  return {
    region,
    endpoint,
    endpointFrom,
    ...(auth ? { auth, authFrom: found!.from, authWhere: found!.where } : {}),
    timeoutMs: Math.round(timeoutS * 1000),
    retries: Math.floor(retries),
    ...(enterpriseProjectId ? { enterpriseProjectId } : {}),
    lang,
    ...(files[0] ? { configPath: files[0].path } : {}),
    configFiles: files.map((f) => ({ path: f.path, layer: f.layer ?? 'project' })),
    ignoredFiles: ignored,
    sources,
    overridden: overriddenBy(found, env, files),
    warnings,
    secrets: [...new Set([
      ...secretsOf(auth),
      ...envSecrets(env),
      ...fileSecrets(files),
    ].filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET))],
    ...(halfPair ? { halfPair } : {}),
  };
}

/**
 * Finds and loads the config files (cosmiconfig only when there is one) and resolves every setting. The files'
 * secrets join `ctx.secrets` before any setting is judged, so an error that quotes a value hides them too. A
 * found file's loopback endpoint is refused where another user listens on its port (loopback-listener.ts).
 */
export async function resolveSettings(flags: SettingsFlags, ctx: { env: Env; cwd: string; uid?: number | undefined; lang?: Lang; secrets?: Set<string> }, options: ResolveOptions = {}): Promise<Settings> {
  const say = ctx.lang ?? 'en';
  const files = await loadConfigFiles({ cwd: ctx.cwd, env: ctx.env, uid: ctx.uid, config: flags.config, lang: say });
  for (const s of fileSecrets(files.files)) if (typeof s === 'string') ctx.secrets?.add(s);
  const settings = resolveFrom(flags, ctx.env, files, say, options);
  // Only a found file's loopback endpoint asks the system who listens there (loopback-listener.ts).
  if (settings.sources.endpoint?.kind === 'file' && settings.sources.endpoint.layer === 'project') {
    checkLoopbackListener(settings.endpoint, settings.sources.endpoint, ctx.uid, say);
  }
  return settings;
}
