// What `scm config` says: the labels of the settings, where each value came from, the config files.
import type { Messages } from '../../core/i18n.js';

export const LABELS = {
  region: { en: 'region', zh: '区域' },
  endpoint: { en: 'endpoint', zh: '终端节点' },
  credentials: { en: 'credentials', zh: '凭证' },
  ak: { en: 'ak', zh: 'AK' },
  sk: { en: 'sk', zh: 'SK' },
  securityToken: { en: 'security token', zh: 'SecurityToken' },
  authToken: { en: 'auth token', zh: 'IAM Token' },
  projectId: { en: 'project id', zh: '项目 ID' },
  domainId: { en: 'domain id', zh: '账号 ID' },
  timeout: { en: 'timeout (s)', zh: '超时（秒）' },
  retries: { en: 'retries', zh: '重试次数' },
  enterpriseProjectId: { en: 'enterprise project id', zh: '企业项目 ID' },
  lang: { en: 'lang', zh: '语言' },
} as const;

/** The kind of credentials in the text (JSON keeps aksk, token, none). */
export const KINDS = {
  aksk: { en: 'aksk', zh: 'AK/SK' },
  token: { en: 'token', zh: 'IAM Token' },
  none: { en: 'none', zh: '无' },
  /** Half an AK/SK pair. */
  incomplete: { en: 'incomplete', zh: '不完整' },
} as const;

export const LAYERS = {
  explicit: { en: 'explicit', zh: '指定' },
  project: { en: 'project', zh: '项目' },
  user: { en: 'user', zh: '用户' },
} as const;

export const M = {
  warning: { en: 'warning: ', zh: '警告：' },
  heading: { en: 'Effective settings', zh: '生效的设置' },
  precedence: { en: ' (flags > environment > project file > user file > defaults)', zh: '（命令行参数 > 环境变量 > 项目配置文件 > 用户配置文件 > 默认值）' },
  notSet: { en: '(not set)', zh: '（未设置）' },
  missing: { en: 'missing: {where}', zh: '缺少：{where}' },
  fromFlag: { en: 'flag {name}', zh: '参数 {name}' },
  fromEnv: { en: 'env {name}', zh: '环境变量 {name}' },
  fromFile: { en: 'file {path}', zh: '文件 {path}' },
  fromDefault: { en: 'default', zh: '默认值' },
  derived: { en: 'from {from}', zh: '由{from}推算' },
  overridden: { en: '{source}; ignored: {by} takes precedence', zh: '{source}；已忽略：{by} 优先' },
  filesHeading: { en: 'Config files', zh: '配置文件' },
  none: { en: '(none)', zh: '（无）' },
  searched: {
    en: 'project file: .scmrc, .scmrc.json, .scmrc.yaml, .scmrc.yml or "scm" in package.json, from here up to {home} (only here when outside it); code config only with --config FILE',
    zh: '项目配置文件：从当前目录向上直到 {home}（当前目录不在其下时只查当前目录），查找 .scmrc、.scmrc.json、.scmrc.yaml、.scmrc.yml 或 package.json 中的“scm”键；代码形式的配置文件只能用 --config 指定',
  },
  named: { en: 'config file named by {by}: no search', zh: '配置文件由 {by} 指定，不再查找' },
  userFile: { en: 'user file: {files}', zh: '用户配置文件：{files}' },
} satisfies Messages;
