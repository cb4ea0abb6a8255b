// What `scm explain` says around the catalogue's texts: field labels, severities, list headings, errors.
import type { Messages, Text } from '../../core/i18n.js';

export const LABELS = {
  cause: { en: 'Cause', zh: '原因' },
  fix: { en: 'Fix', zh: '解决方法' },
  note: { en: 'Note', zh: '说明' },
  server: { en: 'Server said', zh: '服务端返回' },
  offline: { en: 'Offline', zh: '离线检查' },
  docs: { en: 'Docs', zh: '文档' },
  rule: { en: 'Rule', zh: '规则' },
} satisfies Record<string, Text>;

export const SEVERITY = {
  error: { en: 'error', zh: '错误' },
  warning: { en: 'warning', zh: '警告' },
  info: { en: 'info', zh: '提示' },
} satisfies Record<string, Text>;

export const M = {
  head: { en: '· HTTP {status} · exit {exit}', zh: '· HTTP {status} · 退出码 {exit}' },
  gateway: { en: ' · API Gateway', zh: ' · API 网关' },
  noCode: { en: '· {severity} · no published SCM code', zh: '· {severity} · 没有公开的 SCM 错误码' },
  ruleLine: { en: '{id} ({severity}): {title}', zh: '{id}（{severity}）：{title}' },
  ruleRef: { en: '{id} ({severity})', zh: '{id}（{severity}）' },
  offline: { en: 'scm validate: {rules}', zh: '`scm validate`：{rules}' },
  // Push and deploy rules: checked by the command itself before it sends anything, not by `scm validate`.
  offlineBefore: { en: 'checked before sending: {rules}', zh: '发送前检查：{rules}' },
  translated: { en: 'English text translated from the Chinese table', zh: '英文说明译自中文错误码表' },
  listHeader: { en: 'CODE|STATUS|MESSAGE', zh: '错误码|状态码|错误信息' },
  noCodeInStdin: { en: 'no error code found in standard input', zh: '标准输入中没有找到错误码' },
  stdinHint: {
    en: 'pipe an API error body such as {"error_code":"SCM.0014","error_msg":"..."} or a log that mentions SCM.xxxx',
    zh: '请通过管道传入 API 错误响应，例如 {"error_code":"SCM.0014","error_msg":"..."}，或含有 SCM.xxxx 的日志',
  },
  codesOrList: { en: 'give codes, or --list/--search, not both', zh: '错误码与 --list/--search 只能选一种' },
  missingCode: { en: 'missing error code', zh: '缺少错误码' },
  missingHint: {
    en: "try 'scm explain SCM.0014', 'scm explain -' (stdin), 'scm explain --list' or 'scm explain --search <words>'",
    zh: "例如 `scm explain SCM.0014`、`scm explain -`（读取标准输入）、`scm explain --list` 或 `scm explain --search <关键词>`",
  },
  stdinOnce: { en: "'-' (standard input) may be given only once", zh: '“-”（标准输入）只能给出一次' },
  unknownCode: { en: "unknown error code '{query}'", zh: '未知错误码“{query}”' },
  didYouMean: { en: ' (did you mean {codes}?)', zh: '（是不是要查 {codes}？）' },
  // A code read from a pasted body that scm does not know: what the server said with it is all there is to go by.
  unknownSaid: { en: '; the server said: {said}', zh: '；服务端返回：{said}' },
  listHint: { en: "'scm explain --list' lists every known code", zh: "`scm explain --list` 可列出所有已知的错误码" },
  unknownCodes: {
    en: (p) => `unknown error ${Number(p.count) === 1 ? 'code' : 'codes'} ${p.queries}`,
    zh: '未知错误码 {queries}',
  },
  noMatchSearch: { en: "no code matches '{search}'", zh: '没有与“{search}”匹配的错误码' },
  noMatchStatus: { en: 'no code has HTTP status {status}', zh: '没有 HTTP 状态码为 {status} 的错误码' },
  noMatchBoth: { en: "no code with HTTP status {status} matches '{search}'", zh: '没有 HTTP 状态码为 {status} 且与“{search}”匹配的错误码' },
} satisfies Messages;
