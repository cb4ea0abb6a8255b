// `scm notify on|off ID...`: SCM's expiry e-mails for these certificates.
import { API_OPTIONS } from '../shared/api-options.js';
import type { CommandSpec } from '../types.js';

export const notifySpec: CommandSpec = {
  name: 'notify',
  summary: { en: "turn SCM's expiry e-mails (expiring, expired) on or off for certificates", zh: '开启或关闭 SCM 对证书的到期通知（即将到期、已过期）' },
  args: [
    { name: 'on|off', required: true, choices: ['on', 'off'], description: { en: 'on or off', zh: '“on”（开启）或“off”（关闭）' } },
    { name: 'certificate-id', required: true, variadic: true, complete: 'none', description: { en: 'SCM certificate ids (scs + 13 digits)', zh: 'SCM 证书 ID（scs 加 13 位数字）' } },
  ],
  options: [
    ...API_OPTIONS,
    { flags: '--json', description: { en: 'print one JSON document', zh: '输出一个 JSON 文档' } },
  ],
  examples: [
    { cmd: 'scm notify off scs1700000000000', note: { en: 'no more reminders for a certificate a newer one replaced', zh: '已被新证书替换的旧证书不再提醒' } },
    { cmd: 'scm notify on scs1700000000000 scs1700000000001', note: { en: 'reminders back on for two certificates', zh: '为两张证书重新开启提醒' } },
  ],
  load: () => import('./run.js'),
};
