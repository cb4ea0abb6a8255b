// Where a setting's value came from: a flag, an environment variable, a config file (which key), or the
// default. `scm config` shows these; --dry-run and --debug name the endpoint's.

export type SettingKey = 'region' | 'endpoint' | 'ak' | 'sk' | 'securityToken' | 'authToken' | 'projectId' | 'domainId' | 'timeout' | 'retries' | 'enterpriseProjectId' | 'lang';

export type Source =
  | { kind: 'flag'; name: string }
  | { kind: 'env'; name: string }
  | { kind: 'file'; path: string; key: string; layer: 'explicit' | 'project' | 'user' }
  | { kind: 'default' }
  /** Computed from another setting (the endpoint from the region). */
  | { kind: 'derived'; from: SettingKey };

export function describeSource(s: Source): string {
  switch (s.kind) {
    case 'flag':
      return s.name;
    case 'env':
      return s.name;
    case 'file':
      return `${s.key} in ${s.path}`;
    case 'default':
      return 'default';
    case 'derived':
      return `derived from ${s.from}`;
  }
}
