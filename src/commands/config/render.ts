// `scm config`: the effective settings, each with where it came from, secrets masked (the AK shows at most
// its last four characters; SK and tokens never show at all). Renderers return strings; commands write them.
import type { Settings, SettingKey, Source } from '../../config/index.js';
import type { Style } from '../../io/style.js';
import { table } from '../../render/text.js';

export const MASK = '********';

/** `********WXYZ` for a long enough AK, else only the mask: never more than a third of it. */
export function maskAk(ak: string): string {
  return ak.length >= 12 ? `${MASK}${ak.slice(-4)}` : MASK;
}

type Row = { key: string; label: string; value: string | number | null; source: Source | null; masked?: boolean };

function rows(s: Settings): Row[] {
  const auth = s.auth;
  const src = (k: SettingKey): Source | null => s.sources[k] ?? null;
  const secret = (present: boolean, k: SettingKey): Pick<Row, 'value' | 'source' | 'masked'> => (present ? { value: MASK, source: src(k), masked: true } : { value: null, source: null });
  const credentialsSource = auth?.kind === 'token' ? src('authToken') : auth ? src('ak') : null;
  return [
    { key: 'region', label: 'region', value: s.region, source: src('region') },
    { key: 'endpoint', label: 'endpoint', value: s.endpoint.href, source: src('endpoint') },
    { key: 'credentials', label: 'credentials', value: auth?.kind ?? 'none', source: credentialsSource },
    { key: 'ak', label: 'ak', ...(auth?.kind === 'aksk' ? { value: maskAk(auth.ak), source: src('ak'), masked: true } : { value: null, source: null }) },
    { key: 'sk', label: 'sk', ...secret(auth?.kind === 'aksk', 'sk') },
    { key: 'securityToken', label: 'security token', ...secret(auth?.kind === 'aksk' && auth.securityToken !== undefined, 'securityToken') },
    { key: 'authToken', label: 'auth token', ...secret(auth?.kind === 'token', 'authToken') },
    { key: 'projectId', label: 'project id', value: auth?.projectId ?? null, source: auth?.projectId ? src('projectId') : null },
    { key: 'domainId', label: 'domain id', value: auth?.kind === 'aksk' ? auth.domainId ?? null : null, source: auth?.kind === 'aksk' && auth.domainId ? src('domainId') : null },
    { key: 'timeout', label: 'timeout (s)', value: s.timeoutMs / 1000, source: src('timeout') },
    { key: 'retries', label: 'retries', value: s.retries, source: src('retries') },
    { key: 'enterpriseProjectId', label: 'enterprise project id', value: s.enterpriseProjectId ?? null, source: src('enterpriseProjectId') },
  ];
}

/** "flag --region", "env SCM_ENDPOINT", "file /x/.scmrc.json", "default", "from region". */
export function sourceLabel(source: Source | null): string {
  if (!source) return '';
  switch (source.kind) {
    case 'flag':
      return `flag ${source.name}`;
    case 'env':
      return `env ${source.name}`;
    case 'file':
      return `file ${source.path}`;
    case 'default':
      return 'default';
    case 'derived':
      return `from ${source.from}`;
  }
}

export function renderConfig(s: Settings, userDir: string | undefined, style: Style): string {
  const body = table(rows(s).map((r) => [r.label, r.value === null ? style.dim('(not set)') : String(r.value), style.dim(sourceLabel(r.source))]));
  const files = s.configFiles.length > 0
    ? s.configFiles.map((f) => `  ${f.layer.padEnd(7)}  ${f.path}\n`).join('')
    : `  ${style.dim('(none)')}\n`;
  const where = `  ${style.dim(`project files: .scmrc, .scmrc.json, .scmrc.yaml, scm.config.js, "scm" in package.json ... from here up to $HOME; user file: ${userDir ? `${userDir}/config.{json,yaml,yml}` : '$XDG_CONFIG_HOME/scm/config.{json,yaml,yml}'}`)}\n`;
  const head = style.bold('Effective settings') + style.dim(' (flags > environment > project file > user file > defaults)') + '\n';
  return `${head}${body.split('\n').filter(Boolean).map((l) => `  ${l}`).join('\n')}\n\n${style.bold('Config files')}\n${files}${where}`;
}

export function configJson(s: Settings, userDir: string | undefined): Record<string, unknown> {
  return {
    precedence: ['flag', 'env', 'project file', 'user file', 'default'],
    settings: Object.fromEntries(rows(s).map((r) => [r.key, { value: r.value, source: r.source, ...(r.masked ? { masked: true } : {}) }])),
    configFiles: s.configFiles,
    userConfigDir: userDir ?? null,
    warnings: s.warnings,
  };
}
