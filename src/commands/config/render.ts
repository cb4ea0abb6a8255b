// `scm config`: the effective settings, each with where it came from, secrets masked (the AK shows at most
// its last four characters; SK and tokens never show at all). Credentials that are set but lose to others
// show as ignored, with what took precedence. Renderers return strings; commands write them.
import { describeWhere, type CredentialsWhere } from '../../config/credentials.js';
import type { Settings, SettingKey, Source } from '../../config/index.js';
import { looksLikeAccessKey } from '../../config/secret-env.js';
import { pick, t, type Lang } from '../../core/i18n.js';
import type { Style } from '../../io/style.js';
import { table } from '../../render/text.js';
import { KINDS, LABELS, LAYERS, M } from './messages.js';

export const MASK = '********';

/**
 * `********WXYZ` for a long enough AK, else only the mask: never more than a third of it. An AK that is no
 * access key id is most likely the SK with the pair swapped: hidden whole, like the SK.
 */
export function maskAk(ak: string): string {
  return ak.length >= 12 && looksLikeAccessKey(ak) ? `${MASK}${ak.slice(-4)}` : MASK;
}

type Key = SettingKey | 'credentials';
type Row = {
  key: Key;
  value: string | number | null;
  source: Source | null;
  masked?: boolean;
  overriddenBy?: string;
  byWhere?: CredentialsWhere;
  /** Half an AK/SK pair: what is wrong (credentials row), and where the missing half goes (its own row). */
  problem?: string;
  missing?: string;
};

/** The rows of half an AK/SK pair: the half that is set (masked), the other marked missing. */
function halfPairRows(s: Settings): Row[] {
  const { present, missing, message } = s.halfPair!;
  const half = (key: 'ak' | 'sk'): Row =>
    key === missing.key ? { key, value: null, source: null, missing: missing.where }
      : { key, value: key === 'ak' ? maskAk(present.ak ?? '') : MASK, source: present.source, masked: true };
  return [{ key: 'credentials', value: 'incomplete', source: present.source, problem: message }, half('ak'), half('sk')];
}

function rows(s: Settings): Row[] {
  const auth = s.auth;
  const src = (k: SettingKey): Source | null => s.sources[k] ?? null;
  const unset = (k: SettingKey): Omit<Row, 'key'> => {
    const o = s.overridden[k];
    return o ? { value: MASK, source: o.source, masked: true, overriddenBy: o.by, byWhere: o.byWhere } : { value: null, source: null };
  };
  const secret = (present: boolean, k: SettingKey): Omit<Row, 'key'> => (present ? { value: MASK, source: src(k), masked: true } : unset(k));
  const credentialsSource = auth?.kind === 'token' ? src('authToken') : auth ? src('ak') : null;
  return [
    { key: 'region', value: s.region, source: src('region') },
    { key: 'endpoint', value: s.endpoint.href, source: src('endpoint') },
    ...(s.halfPair ? halfPairRows(s) : [
      { key: 'credentials', value: auth?.kind ?? 'none', source: credentialsSource },
      { key: 'ak', ...(auth?.kind === 'aksk' ? { value: maskAk(auth.ak), source: src('ak'), masked: true } : unset('ak')) },
      { key: 'sk', ...secret(auth?.kind === 'aksk', 'sk') },
    ] satisfies Row[]),
    { key: 'securityToken', ...secret(auth?.kind === 'aksk' && auth.securityToken !== undefined, 'securityToken') },
    { key: 'authToken', ...secret(auth?.kind === 'token', 'authToken') },
    { key: 'projectId', value: auth?.projectId ?? null, source: auth?.projectId ? src('projectId') : null },
    { key: 'domainId', value: auth?.kind === 'aksk' ? auth.domainId ?? null : null, source: auth?.kind === 'aksk' && auth.domainId ? src('domainId') : null },
    { key: 'timeout', value: s.timeoutMs / 1000, source: src('timeout') },
    { key: 'retries', value: s.retries, source: src('retries') },
    { key: 'enterpriseProjectId', value: s.enterpriseProjectId ?? null, source: src('enterpriseProjectId') },
    { key: 'lang', value: s.lang, source: src('lang') },
  ];
}

/** "flag --region", "env SCM_ENDPOINT", "file /x/.scmrc.json", "default", "from region". */
export function sourceLabel(source: Source | null, lang: Lang = 'en'): string {
  if (!source) return '';
  switch (source.kind) {
    case 'flag':
      return t(lang, M.fromFlag, { name: source.name });
    case 'env':
      return t(lang, M.fromEnv, { name: source.name });
    case 'file':
      return t(lang, M.fromFile, { path: source.path });
    case 'default':
      return t(lang, M.fromDefault);
    case 'derived':
      return t(lang, M.derived, { from: pick(lang, LABELS[source.from]) });
  }
}

function valueText(r: Row, lang: Lang, style: Style): string {
  if (r.value === null) return style.dim(t(lang, M.notSet));
  if (r.key === 'credentials') return pick(lang, KINDS[r.value as keyof typeof KINDS]);
  return String(r.value);
}

function sourceText(r: Row, lang: Lang): string {
  if (r.missing) return t(lang, M.missing, { where: r.missing });
  const source = sourceLabel(r.source, lang);
  return r.byWhere ? t(lang, M.overridden, { source, by: describeWhere(r.byWhere, lang) }) : source;
}

export interface Where {
  userDir: string | undefined;
  home: string | undefined;
  /** How the config file was named (--config or SCM_CONFIG), when it was. */
  namedBy?: string | undefined;
}

export function renderConfig(s: Settings, where: Where, style: Style, lang: Lang = 'en'): string {
  const mark = (r: Row, text: string): string => (r.missing || r.problem ? style.red(text) : text);
  const body = table(rows(s).map((r) => [pick(lang, LABELS[r.key]), mark(r, valueText(r, lang, style)), r.missing ? style.red(sourceText(r, lang)) : style.dim(sourceText(r, lang))]));
  const files = s.configFiles.length > 0
    ? s.configFiles.map((f) => `  ${pick(lang, LAYERS[f.layer]).padEnd(8)}  ${f.path}\n`).join('')
    : `  ${style.dim(t(lang, M.none))}\n`;
  const userFiles = where.userDir ? `${where.userDir}/config.{json,yaml,yml}` : '$XDG_CONFIG_HOME/scm/config.{json,yaml,yml}';
  const search = where.namedBy ? t(lang, M.named, { by: where.namedBy }) : t(lang, M.searched, { home: where.home ?? '$HOME' });
  const notes = [search, t(lang, M.userFile, { files: userFiles })].map((n) => `  ${style.dim(n)}\n`).join('');
  const head = style.bold(t(lang, M.heading)) + style.dim(t(lang, M.precedence)) + '\n';
  return `${head}${body.split('\n').filter(Boolean).map((l) => `  ${l}`).join('\n')}\n\n${style.bold(t(lang, M.filesHeading))}\n${files}${notes}`;
}

export function configJson(s: Settings, userDir: string | undefined): Record<string, unknown> {
  return {
    precedence: ['flag', 'env', 'project file', 'user file', 'default'],
    settings: Object.fromEntries(rows(s).map((r) => [r.key, { value: r.value, source: r.source, ...(r.masked ? { masked: true } : {}), ...(r.overriddenBy ? { ignored: true, overriddenBy: r.overriddenBy } : {}), ...(r.problem ? { problem: r.problem } : {}), ...(r.missing ? { missing: r.missing } : {}) }])),
    configFiles: s.configFiles,
    ignoredFiles: s.ignoredFiles,
    userConfigDir: userDir ?? null,
    warnings: s.warnings,
  };
}
