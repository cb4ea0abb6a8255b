import type { CommandSpec } from '../types.js';

export const explainSpec: CommandSpec = {
  name: 'explain-error',
  aliases: ['explain'],
  summary: 'explain SCM error codes and validate rules, in English or Chinese',
  args: [{ name: 'codes', description: 'codes (SCM.0014, scm0014, 0014, 14, APIGW.0301), rule ids, or - for stdin', variadic: true, complete: 'code' }],
  options: [
    { flags: '--list', description: 'list every known code as a table' },
    { flags: '--status <http>', description: 'with --list: only codes with this HTTP status', integer: true, complete: 'none' },
    { flags: '--search <words>', description: 'find codes whose text contains the words (English or Chinese)', complete: 'none' },
    { flags: '--json', description: 'print a JSON array, one object per code' },
  ],
  examples: [
    { cmd: 'scm explain SCM.0014', note: 'cause and fix of one code' },
    { cmd: "echo '{\"error_code\":\"SCM.0013\",\"error_msg\":\"...\"}' | scm explain -", note: 'explain an API error body or a CI log' },
    { cmd: 'scm explain --search 私钥 --lang zh', note: 'search the catalogue' },
    { cmd: 'scm explain --list --status 401', note: 'every code the API answers with HTTP 401' },
  ],
  load: () => import('./run.js'),
};
