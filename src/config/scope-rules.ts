// Which project, account and enterprise project a found config file may choose: none, unless it sits in the home
// folder itself (as for credentials, credential-rules.ts). A cloned repository's `.scmrc` passes every trust
// check, and the credentials' own rule alone would still let it set, beside your AK/SK from the environment,
// - enterpriseProjectId: the enterprise project an upload puts the certificate AND its private key in. Enterprise
//   projects are where Huawei Cloud grants access and bills: anyone allowed into that one (the repository's
//   author, a contractor) could export the key, and a purchase would be charged there;
// - projectId / domainId (X-Project-Id, X-Domain-Id): the scope the signed requests act in. They cannot reach
//   another account (IAM checks them against the AK), but they belong with the credentials, which the house
//   takes whole from one place, never an SK from one and its scope from another.
// Refused (exit 2, before anything is sent) when they would be used, that is when no flag or environment
// variable sets them first: --enterprise-project-id, HUAWEICLOUD_SDK_PROJECT_ID, HUAWEICLOUD_SDK_DOMAIN_ID.
import { join } from 'node:path';
import { t, type Lang } from '../core/i18n.js';
import { ConfigError } from '../errors.js';
import type { LoadedConfig } from './file.js';
import { M } from './messages.js';
import { userConfigDir } from './homes.js';
import type { SettingKey, Source } from './sources.js';

type Env = Record<string, string | undefined>;

const SCOPE_KEYS = ['enterpriseProjectId', 'projectId', 'domainId'] as const;
const ENV_OF: Record<'projectId' | 'domainId', string> = { projectId: 'HUAWEICLOUD_SDK_PROJECT_ID', domainId: 'HUAWEICLOUD_SDK_DOMAIN_ID' };

/** Refuses a project, account or enterprise project that would be taken from a file found away from the home folder. */
export function checkFoundScope(sources: Partial<Record<SettingKey, Source>>, files: LoadedConfig[], env: Env, lang: Lang): void {
  for (const key of SCOPE_KEYS) {
    const s = sources[key];
    if (s?.kind !== 'file' || s.layer !== 'project') continue;
    if (!files.some((f) => f.away && f.path === s.path)) continue;
    const userFile = join(userConfigDir(env) ?? '~/.config/scm', 'config.yaml');
    if (key === 'enterpriseProjectId') {
      throw new ConfigError(t(lang, M.foundEnterpriseProjectRefused, { key, path: s.path }), { hint: t(lang, M.foundEnterpriseProjectHint, { key, path: s.path, userFile }) });
    }
    throw new ConfigError(t(lang, M.foundScopeRefused, { key, path: s.path }), { hint: t(lang, M.foundScopeHint, { key, path: s.path, userFile, env: ENV_OF[key] }) });
  }
}
