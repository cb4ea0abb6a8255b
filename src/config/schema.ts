// The settings a config file may hold and their checks: known keys only (a typo gets "did you mean"), the
// right types, `lang` en or zh, `timeout` and `retries` within the bounds of their flags. project_id, project-id and projectId are the same key.
import { EP_ID_PATTERN } from '../core/validate/fields.js';
import { langIn, t, type Lang } from '../core/i18n.js';
import { nearest } from '../core/similar.js';
import { ConfigError } from '../errors.js';
import { isRetries, isTimeout, MAX_RETRIES, MAX_TIMEOUT_S } from './bounds.js';
import { M } from './messages.js';

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
  /** The language of everything scm says (after --lang, before the locale). */
  lang?: Lang;
}

const STRING_KEYS = ['region', 'endpoint', 'ak', 'sk', 'projectId', 'domainId', 'securityToken', 'authToken', 'enterpriseProjectId'] as const;
const NUMBER_KEYS = ['timeout', 'retries'] as const;
export const KNOWN_KEYS: readonly string[] = [...STRING_KEYS, ...NUMBER_KEYS, 'lang'];
export const SECRET_KEYS = ['sk', 'securityToken', 'authToken'] as const;


export const canonicalKey = (k: string): string => k.replace(/[-_]([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Can an unknown key be quoted? Only a plain name, short as a setting's (a 40-character SK is not), that is
 * none of the file's values (`SeCrEt…: x` beside `sk: SeCrEt…`): a secret typed where a key goes
 * (`sk:SeCrEt…:` on one line is one key) must not come back in the error, and the file's secrets are not yet
 * known to the output's hider when this check runs.
 */
function quotable(key: string, raw: Record<string, unknown>): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_-]{0,31}$/.test(key)) return false;
  const lower = key.toLowerCase();
  return !Object.values(raw).some((v) => typeof v === 'string' && v.trim().length >= 4 && lower.includes(v.trim().toLowerCase()));
}

function unknownKey(key: string, path: string, lang: Lang, raw: Record<string, unknown>): ConfigError {
  const hint = { hint: t(lang, M.knownKeys, { keys: KNOWN_KEYS.join(', ') }) };
  if (!quotable(key, raw)) return new ConfigError(t(lang, M.unknownKeyUnsafe, { path }), hint);
  const [suggestion] = nearest(canonicalKey(key).toLowerCase(), KNOWN_KEYS, 1, (s) => s.toLowerCase());
  const message = suggestion ? t(lang, M.unknownKeySuggest, { path, key, suggestion }) : t(lang, M.unknownKey, { path, key });
  return new ConfigError(message, hint);
}

/**
 * The settings in a loaded file, checked; a ConfigError (exit 2) names the file and the key, never a value.
 * `origins`: the file each key came from when not `path` (what a named file imports), named instead.
 */
export function checkConfig(raw: unknown, named: string, lang: Lang = 'en', origins?: Readonly<Record<string, string>>): FileConfig {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(t(lang, M.notObject, { path: named }));
  const out: Record<string, unknown> = {};
  let epFrom = named;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const k = canonicalKey(key);
    const path = origins?.[key] ?? named;
    if (k === 'enterpriseProjectId') epFrom = path;
    if ((STRING_KEYS as readonly string[]).includes(k)) {
      if (typeof value !== 'string') throw new ConfigError(t(lang, M.notString, { path, key }));
      out[k] = value.trim();
    } else if ((NUMBER_KEYS as readonly string[]).includes(k)) {
      if (k === 'timeout' && !isTimeout(value)) throw new ConfigError(t(lang, M.badTimeout, { path, key, max: MAX_TIMEOUT_S }));
      if (k === 'retries' && !isRetries(value)) throw new ConfigError(t(lang, M.badRetries, { path, key, max: MAX_RETRIES }));
      out[k] = value;
    } else if (k === 'lang') {
      // In any case, as --lang takes it (`lang: ZH`).
      const given = langIn(value);
      if (given === undefined) throw new ConfigError(t(lang, M.notLang, { path, key }));
      out[k] = given;
    } else {
      throw unknownKey(key, path, lang, raw as Record<string, unknown>);
    }
  }
  const ep = out.enterpriseProjectId as string | undefined;
  if (ep !== undefined && ep !== '0' && ep !== 'all' && !EP_ID_PATTERN.test(ep)) {
    throw new ConfigError(t(lang, M.badEnterpriseProject, { path: epFrom, key: 'enterpriseProjectId', all: 'all', example: '3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b' }));
  }
  return out as FileConfig;
}
