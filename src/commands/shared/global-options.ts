// Options every command accepts (declared once on the root program).
import type { OptionSpec } from '../types.js';

export const GLOBAL_OPTIONS: OptionSpec[] = [
  {
    flags: '--lang <lang>',
    description: {
      en: 'language of everything scm says: en or zh (default: lang in the config file, else LC_ALL, LC_MESSAGES, LANG)',
      zh: 'scm 输出所用的语言：en 或 zh（默认取配置文件中的“lang”，其次是 LC_ALL、LC_MESSAGES、LANG）',
    },
    choices: ['en', 'zh'],
    complete: 'lang',
  },
  {
    flags: '--config <file>',
    description: {
      en: 'read settings from FILE instead of searching for .scmrc files (JavaScript allowed: you chose it, unless others could change it; also $SCM_CONFIG)',
      zh: '从指定的文件读取设置，不再查找 .scmrc 等文件（可以是 JavaScript，因为由你指定，但他人能修改的不行；也可用 $SCM_CONFIG）',
    },
    complete: 'file',
  },
  { flags: '--debug', description: { en: 'print stack traces and request traces (secrets stay redacted)', zh: '打印调用栈和请求跟踪（密钥、Token 等机密信息仍会隐去）' } },
  { flags: '--no-color', description: { en: 'never colour output (also NO_COLOR=1 or TERM=dumb)', zh: '不使用彩色输出（也可设置 NO_COLOR=1 或 TERM=dumb）' } },
  { flags: '--no-input', description: { en: "never prompt or wait on a terminal: '-' with a terminal on stdin fails at once (implied by CI=true)", zh: '从不提示、从不等待终端输入：标准输入是终端时，“-”立即报错（CI=true 时自动启用）' } },
];
