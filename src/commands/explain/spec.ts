// `scm explain-error` / `scm explain`: the command as data (src/commands/types.ts).
import type { CommandSpec } from '../types.js';

export const explainSpec: CommandSpec = {
  name: 'explain-error',
  aliases: ['explain'],
  summary: { en: 'explain SCM error codes and validate rules, in English or Chinese', zh: '用中文或英文解释 SCM 错误码和离线检查规则' },
  args: [{
    name: 'codes',
    description: {
      en: 'codes (SCM.0014, scm0014, 0014, 14, APIGW.0301), rule ids, or - for stdin',
      zh: '错误码（SCM.0014、scm0014、0014、14、APIGW.0301）、规则 ID，或用“-”读取标准输入',
    },
    variadic: true,
    complete: 'code',
  }],
  options: [
    { flags: '--list', description: { en: 'list every known code as a table', zh: '以表格列出所有已知的错误码' } },
    { flags: '--status <http>', description: { en: 'list only the codes with this HTTP status (implies --list)', zh: '只列出该 HTTP 状态码对应的错误码（隐含 --list）' }, integer: true, complete: 'status' },
    { flags: '--search <words>', description: { en: 'find codes whose text contains the words (English or Chinese)', zh: '查找说明中含有这些关键词的错误码（中英文均可）' }, complete: 'none' },
    { flags: '--json', description: { en: 'print a JSON array, one object per code', zh: '输出 JSON 数组，每个错误码一个对象' } },
  ],
  examples: [
    { cmd: 'scm explain SCM.0014', note: { en: 'cause and fix of one code', zh: '一个错误码的原因和解决方法' } },
    { cmd: "echo '{\"error_code\":\"SCM.0013\",\"error_msg\":\"...\"}' | scm explain -", note: { en: 'explain an API error body or a CI log', zh: '解释 API 返回的错误内容或 CI 日志' } },
    { cmd: 'scm explain --search 私钥 --lang zh', note: { en: 'search the catalogue', zh: '按关键词搜索错误码' } },
    { cmd: 'scm explain --status 401', note: { en: 'every code the API answers with HTTP 401', zh: 'API 以 HTTP 401 返回的所有错误码' } },
  ],
  load: () => import('./run.js'),
};
