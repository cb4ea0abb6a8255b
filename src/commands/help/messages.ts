// What `--help` and `scm help` say around the command definitions: commander's own words (headings, the
// --help/--version descriptions, choices and defaults), the placeholders of usage lines, the root page.
import type { Messages, Text } from '../../core/i18n.js';

/** commander's headings, by the English text commander uses; Examples is scm's own. */
export const TITLES: Record<string, Text> = {
  'Examples:': { en: 'Examples:', zh: '示例：' },
  'Usage:': { en: 'Usage:', zh: '用法：' },
  'Arguments:': { en: 'Arguments:', zh: '参数：' },
  'Options:': { en: 'Options:', zh: '选项：' },
  'Global Options:': { en: 'Global Options:', zh: '全局选项：' },
  'Commands:': { en: 'Commands:', zh: '命令：' },
};

/**
 * Placeholders of option values and arguments as usage lines show them (`--cert <file>`, `<certificate-id>`).
 * A placeholder missing here stays English under --lang zh; test/e2e/help-zh.test.ts finds it.
 */
export const PLACEHOLDERS: Record<string, Text> = {
  options: { en: 'options', zh: '选项' },
  command: { en: 'command', zh: '命令' },
  file: { en: 'file', zh: '文件' },
  lang: { en: 'lang', zh: '语言' },
  region: { en: 'region', zh: '区域' },
  url: { en: 'url', zh: 'URL' },
  seconds: { en: 'seconds', zh: '秒数' },
  client: { en: 'client', zh: '客户端' },
  name: { en: 'name', zh: '名称' },
  id: { en: 'id', zh: 'ID' },
  target: { en: 'target', zh: '目标' },
  domain: { en: 'domain', zh: '域名' },
  days: { en: 'days', zh: '天数' },
  service: { en: 'service', zh: '服务' },
  http: { en: 'http', zh: '状态码' },
  words: { en: 'words', zh: '关键词' },
  ak: { en: 'ak', zh: 'AK' },
  sk: { en: 'sk', zh: 'SK' },
  token: { en: 'token', zh: 'Token' },
  json: { en: 'json', zh: 'JSON' },
  bundles: { en: 'bundles', zh: '证书目录' },
  bundle: { en: 'bundle', zh: '证书目录' },
  'certificate-id': { en: 'certificate-id', zh: '证书ID' },
  codes: { en: 'codes', zh: '错误码' },
  shell: { en: 'shell', zh: 'bash|zsh|fish' },
  topic: { en: 'topic', zh: '主题' },
  unit: { en: 'unit', zh: '单位' },
  mode: { en: 'mode', zh: '模式' },
  status: { en: 'status', zh: '状态' },
  host: { en: 'host', zh: '主机名' },
  'on|off': { en: 'on|off', zh: 'on|off' },
  text: { en: 'text', zh: '文本' },
  dir: { en: 'dir', zh: '目录' },
  key: { en: 'key', zh: '排序字段' },
  resource: { en: 'resource', zh: '资源' },
  type: { en: 'type', zh: '类型' },
  'old-id-or-bundle': { en: 'old-id-or-bundle', zh: '旧证书ID或证书目录' },
  targets: { en: 'targets', zh: '检查对象' },
  n: { en: 'n', zh: '数值' },
};

/** The program's own --help and --version: commander, the root page, the man page and the completions name them. */
export const HELP_FLAGS = '-h, --help';
export const VERSION_FLAGS = '-v, --version';

/** `scm help <topic>`: the topics (./topics.ts renders them; loaded only when one is asked for). */
export const TOPIC_NAMES = ['exit-codes', 'environment'] as const;

export const H = {
  helpOption: { en: 'display help for a command', zh: '显示命令的帮助' },
  versionOption: { en: 'print the version number', zh: '显示版本号' },
  choices: { en: '(choices: {values})', zh: '（可选值：{values}）' },
  defaultValue: { en: '(default: {value})', zh: '（默认值：{value}）' },
  description: {
    en: 'Validate, upload and push TLS certificates for Huawei Cloud SSL Certificate Manager (SCM).',
    zh: '校验、上传和推送华为云 SSL 证书管理服务（SCM）的 TLS 证书。',
  },
  epilogue: {
    en: "Run 'scm <command> --help' for a command, 'scm help exit-codes' for the exit codes, 'scm help environment' for the environment variables; 'man scm' has all of it.",
    zh: "各命令的用法见 `scm <命令> --help`，退出码见 `scm help exit-codes`，环境变量见 `scm help environment`；完整手册见 `man scm`。",
  },
  helpSummary: { en: 'show help for a command or a topic ({topics})', zh: '显示命令或主题的帮助（主题：{topics}）' },
  helpTopicArg: { en: 'a command name or a help topic', zh: '命令名或帮助主题' },
  helpUpload: { en: "the same as 'scm upload --help'", zh: "与 `scm upload --help` 相同" },
  helpExitCodes: { en: 'what each exit status means', zh: '各退出码的含义' },
  helpEnvironment: { en: 'every environment variable scm reads', zh: 'scm 读取的所有环境变量' },
  unknownTopic: { en: "unknown help topic '{topic}'", zh: '未知的帮助主题“{topic}”' },
  topicsHint: { en: "topics: {topics}; or a command name, as in 'scm help upload'", zh: "可用主题：{topics}；也可以是命令名，例如 `scm help upload`" },
  heading: { en: '{text}:', zh: '{text}：' },
  exitCodesTitle: { en: 'Exit codes (stable; scripts may rely on them):', zh: '退出码（保持稳定，脚本可以依赖）：' },
  environmentIntro: {
    en: 'Environment variables scm reads. For a setting, a flag wins over the environment, which wins over the config files.',
    zh: 'scm 读取的环境变量。同一项设置，命令行选项优先于环境变量，环境变量优先于配置文件。',
  },
} satisfies Messages;
