// Where a setting's value came from: a flag, an environment variable, a config file (which key), or the
// default. `scm config` shows these; --dry-run and --debug name the endpoint's.
import { t, type Lang } from '../core/i18n.js';
import { M } from './messages.js';

export type SettingKey = 'region' | 'endpoint' | 'ak' | 'sk' | 'securityToken' | 'authToken' | 'projectId' | 'domainId' | 'timeout' | 'retries' | 'enterpriseProjectId' | 'lang';

export type Source =
  | { kind: 'flag'; name: string }
  | { kind: 'env'; name: string }
  | { kind: 'file'; path: string; key: string; layer: 'explicit' | 'project' | 'user' }
  | { kind: 'default' }
  /** Computed from another setting (the endpoint from the region). */
  | { kind: 'derived'; from: SettingKey };

/** In English for JSON (`endpointFrom`) and --debug; in the user's language for messages ("endpoint in FILE: ..."). */
export function describeSource(s: Source, lang: Lang = 'en'): string {
  switch (s.kind) {
    case 'flag':
      return s.name;
    case 'env':
      return s.name;
    case 'file':
      return t(lang, M.keyInFile, { key: s.key, path: s.path });
    case 'default':
      return t(lang, M.defaultSource);
    case 'derived':
      return t(lang, M.derivedFrom, { from: s.from });
  }
}
