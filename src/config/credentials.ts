// Credentials: taken whole from one place, the first of the environment (SCM_AUTH_TOKEN before an AK/SK pair)
// and the config files in order (authToken before ak/sk within a file). Whatever else is set is reported as
// ignored, with what took precedence, so that `scm config` explains which credentials a request will carry.
import type { Auth } from '../api/types.js';
import { t, type Lang } from '../core/i18n.js';
import { CredentialsError } from '../errors.js';
import type { ConfigLayer, LoadedConfig } from './file.js';
import { M } from './messages.js';
import { looksLikeAccessKey, SECRET_ENV } from './secret-env.js';
import type { FileConfig } from './schema.js';
import type { SettingKey, Source } from './sources.js';

type Env = Record<string, string | undefined>;
type Origins = Partial<Record<keyof FileConfig, string>>;
export const val = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v.trim());

/** Where credentials were taken from: environment variables, or a key (or the ak/sk pair) in a config file. */
export type CredentialsWhere = { kind: 'env'; name: string } | { kind: 'file'; key: string; path: string };

/** "SCM_AUTH_TOKEN", "ak/sk in /p/.scmrc" (English for JSON and --debug; `scm config` says it in its language). */
export const describeWhere = (w: CredentialsWhere, lang: Lang = 'en'): string => (w.kind === 'env' ? w.name : t(lang, M.pairInFile, { pair: w.key, path: w.path }));

export interface Found {
  auth: Auth;
  from: string;
  where: CredentialsWhere;
  /** Sources of the credential fields (ak, sk, securityToken, authToken). */
  sources: Partial<Record<SettingKey, Source>>;
}

/** A credential that is set but not used, and what was used instead. */
export interface Overridden {
  source: Source;
  by: string;
  byWhere: CredentialsWhere;
}

/**
 * One half of an AK/SK pair without the other: refused for a request (exit 3), and `scm config` shows its table
 * with the half that is set (the AK's value only, for masking; never the SK's) and where the missing one goes.
 */
export class HalfPairError extends CredentialsError {
  constructor(
    message: string,
    options: { hint?: string },
    readonly present: { key: 'ak' | 'sk'; source: Source; ak?: string },
    /** The variable, or "sk in FILE", that would complete the pair. */
    readonly missing: { key: 'ak' | 'sk'; where: string },
  ) {
    super(message, options);
    this.name = 'CredentialsError'; // the JSON error's type stays the documented one
  }
}

type CredentialKey = 'ak' | 'sk' | 'securityToken' | 'authToken';
const ENV_NAMES: Record<CredentialKey, readonly string[]> = {
  authToken: SECRET_ENV.authToken,
  ak: ['HUAWEICLOUD_SDK_AK', 'HW_ACCESS_KEY'],
  sk: SECRET_ENV.sk,
  securityToken: SECRET_ENV.securityToken,
};

export function ids(projectId: string | undefined, domainId: string | undefined): { projectId?: string; domainId?: string } {
  return { ...(projectId ? { projectId } : {}), ...(domainId ? { domainId } : {}) };
}

/** Credentials from the environment; SCM_AUTH_TOKEN wins over an AK/SK pair (it is specific to scm). */
export function authFromEnv(env: Env, lang: Lang = 'en'): Found | undefined {
  const projectId = val(env.HUAWEICLOUD_SDK_PROJECT_ID);
  const domainId = val(env.HUAWEICLOUD_SDK_DOMAIN_ID);
  const token = val(env.SCM_AUTH_TOKEN);
  const envSource = (name: string): Source => ({ kind: 'env', name });
  if (token) return { auth: { kind: 'token', token, ...(projectId ? { projectId } : {}) }, from: 'SCM_AUTH_TOKEN', where: { kind: 'env', name: 'SCM_AUTH_TOKEN' }, sources: { authToken: envSource('SCM_AUTH_TOKEN') } };
  const pairs: Array<[string, string]> = [['HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK'], ['HW_ACCESS_KEY', 'HW_SECRET_KEY']];
  for (const [akName, skName] of pairs) {
    const ak = val(env[akName]);
    const sk = val(env[skName]);
    if (!ak && !sk) continue;
    if (!ak || !sk) {
      const [set, unset] = ak ? [akName, skName] : [skName, akName];
      throw new HalfPairError(t(lang, M.halfPairEnv, { set, unset }), { hint: t(lang, M.halfPairHint) },
        { key: ak ? 'ak' : 'sk', source: envSource(set), ...(ak ? { ak } : {}) }, { key: ak ? 'sk' : 'ak', where: unset });
    }
    const tokenName = SECRET_ENV.securityToken.find((n) => val(env[n]));
    const securityToken = tokenName ? val(env[tokenName]) : undefined;
    return {
      auth: { kind: 'aksk', ak, sk, ...ids(projectId, domainId), ...(securityToken ? { securityToken } : {}) },
      from: `${akName}/${skName}`,
      where: { kind: 'env', name: `${akName}/${skName}` },
      sources: { ak: envSource(akName), sk: envSource(skName), ...(tokenName ? { securityToken: envSource(tokenName) } : {}) },
    };
  }
  return undefined;
}

/** `origins`: the file each key came from when not `path` (what a named file imports). */
export function authFromConfig(c: FileConfig, path: string, layer: ConfigLayer = 'project', lang: Lang = 'en', origins: Origins = {}): Found | undefined {
  const at = (key: keyof FileConfig): string => origins[key] ?? path;
  const src = (key: keyof FileConfig): Source => ({ kind: 'file', path: at(key), key, layer });
  if (c.authToken) {
    const where: CredentialsWhere = { kind: 'file', key: 'authToken', path: at('authToken') };
    return { auth: { kind: 'token', token: c.authToken, ...(c.projectId ? { projectId: c.projectId } : {}) }, from: describeWhere(where), where, sources: { authToken: src('authToken') } };
  }
  if (!c.ak && !c.sk) return undefined;
  if (!c.ak || !c.sk) {
    const [has, missing] = c.ak ? (['ak', 'sk'] as const) : (['sk', 'ak'] as const);
    throw new HalfPairError(t(lang, M.halfPairFile, { path: at(has), has, missing }), {},
      { key: has, source: src(has), ...(c.ak ? { ak: c.ak } : {}) }, { key: missing, where: t(lang, M.keyInFile, { key: missing, path: at(has) }) });
  }
  // The pair is said to be where both halves are; split between files, in the file that brought them together.
  const where: CredentialsWhere = { kind: 'file', key: 'ak/sk', path: at('ak') === at('sk') ? at('sk') : path };
  return {
    auth: { kind: 'aksk', ak: c.ak, sk: c.sk, ...ids(c.projectId, c.domainId), ...(c.securityToken ? { securityToken: c.securityToken } : {}) },
    from: describeWhere(where),
    where,
    sources: { ak: src('ak'), sk: src('sk'), ...(c.securityToken ? { securityToken: src('securityToken') } : {}) },
  };
}

/** The credentials to use: the environment first, then each file in order. */
export function findAuth(env: Env, files: LoadedConfig[], lang: Lang): Found | undefined {
  let found = authFromEnv(env, lang);
  for (const f of files) found ??= authFromConfig(f.config, f.path, f.layer ?? 'project', lang, f.origins);
  return found;
}

/** findAuth for `scm config`: half an AK/SK pair is returned, to be shown in its table, instead of thrown. */
export function findAuthOrHalf(env: Env, files: LoadedConfig[], lang: Lang): { found: Found | undefined; halfPair: HalfPairError | undefined } {
  try {
    return { found: findAuth(env, files, lang), halfPair: undefined };
  } catch (e) {
    if (e instanceof HalfPairError) return { found: undefined, halfPair: e };
    throw e;
  }
}

/** Credentials set somewhere but not used because `found` took precedence (each key at its first place). */
export function overriddenBy(found: Found | undefined, env: Env, files: LoadedConfig[]): Partial<Record<SettingKey, Overridden>> {
  if (!found) return {};
  const out: Partial<Record<SettingKey, Overridden>> = {};
  for (const key of Object.keys(ENV_NAMES) as CredentialKey[]) {
    if (found.sources[key]) continue;
    const name = ENV_NAMES[key].find((n) => val(env[n]));
    const file = name ? undefined : files.find((f) => f.config[key] !== undefined);
    const source: Source | undefined = name ? { kind: 'env', name } : file ? { kind: 'file', path: file.origins?.[key] ?? file.path, key, layer: file.layer ?? 'project' } : undefined;
    if (source) out[key] = { source, by: found.from, byWhere: found.where };
  }
  return out;
}

export function secretsOf(auth: Auth | undefined): string[] {
  if (!auth) return [];
  // An AK that is no access key id is most likely the SK, swapped (looksLikeAccessKey): hidden as well.
  const ak = auth.kind === 'aksk' && !looksLikeAccessKey(auth.ak) ? [auth.ak] : [];
  return (auth.kind === 'token' ? [auth.token] : [auth.sk, auth.securityToken, ...ak]).filter((s): s is string => typeof s === 'string' && s.length > 0);
}
