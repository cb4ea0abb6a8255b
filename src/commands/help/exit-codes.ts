// The exit-code table of docs/cli-contract.md, shown by `scm help exit-codes`, the man page and the README.
import type { Text } from '../../core/i18n.js';

export const EXIT_CODE_TABLE: ReadonlyArray<{ code: number; meaning: Text }> = [
  { code: 0, meaning: { en: 'success; for validate, no finding of severity error', zh: '成功；离线检查时表示没有发现错误' } },
  {
    code: 1,
    meaning: {
      en: 'the command ran and the answer is "no": validation found errors (nothing was sent), or explain knows none of the codes asked',
      zh: '命令已执行，但结果为“否”：离线检查发现错误（未发送任何内容），或要解释的错误码一个也不认识',
    },
  },
  { code: 2, meaning: { en: 'usage: unknown flag or command, missing argument, an empty argument or option value (an unset variable), two values for an option that takes one, unreadable input file, bad config file, a lock folder another user owns or can write to (upload, rotate)', zh: '用法错误：未知的选项或命令、缺少参数、参数或选项的值为空字符串（变量未设置）、只接受一个值的选项给出了两个不同的值、输入文件无法读取、配置文件有误、锁目录属于其他用户或其他用户可以写入（upload、rotate）' } },
  { code: 3, meaning: { en: 'credentials missing or refused (HTTP 401/403, SCM.1000, SCM.4002, APIGW.0301 ...)', zh: '缺少凭证或凭证被拒绝（HTTP 401/403、SCM.1000、SCM.4002、APIGW.0301 等）' } },
  { code: 4, meaning: { en: 'the SCM API rejected the request (any other 4xx, e.g. 400 SCM.0014)', zh: 'SCM API 拒绝了请求（其他 4xx，例如 400 SCM.0014）' } },
  { code: 5, meaning: { en: 'network failure, timeout (an HTTP 408 without an SCM code included), or 5xx after retries', zh: '网络故障、超时（包括不带 SCM 错误码的 HTTP 408），或重试后仍返回 5xx' } },
  { code: 70, meaning: { en: 'internal error (a bug): one line plus a hint to rerun with --debug for the stack', zh: '内部错误（程序缺陷）：输出一行说明，并提示加 --debug 重新运行以查看调用栈' } },
  { code: 129, meaning: { en: 'hung up (SIGHUP: the terminal closed or the ssh session dropped); stopped as for SIGTERM', zh: '终端已断开（SIGHUP：终端已关闭或 SSH 会话已断开）；按 SIGTERM 的方式停止' } },
  { code: 130, meaning: { en: 'interrupted (SIGINT)', zh: '被中断（SIGINT）' } },
  { code: 143, meaning: { en: 'terminated (SIGTERM)', zh: '被终止（SIGTERM）' } },
];
