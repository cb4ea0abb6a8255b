// `scm show ID`: one certificate, every field SCM returns, and where it is deployed.
import { API_OPTIONS } from '../shared/api-options.js';
import type { CommandSpec } from '../types.js';

export const showSpec: CommandSpec = {
  name: 'show',
  summary: { en: 'show one certificate in SCM: every field, and where it is deployed', zh: '查看 SCM 中的一张证书：所有字段及其部署位置' },
  args: [{ name: 'certificate-id', required: true, complete: 'none', description: { en: 'the SCM certificate id (scs + 13 digits)', zh: 'SCM 证书 ID（scs 加 13 位数字）' } }],
  options: [
    ...API_OPTIONS,
    { flags: '--json', description: { en: 'print one JSON document', zh: '输出一个 JSON 文档' } },
  ],
  examples: [
    { cmd: 'scm show scs1700000000000', note: { en: 'fields, expiry and where it is deployed', zh: '字段、到期时间和部署位置' } },
    { cmd: "scm show scs1700000000000 --json | jq '.deployedTo'", note: { en: 'the resources that use it', zh: '使用它的资源' } },
  ],
  load: () => import('./run.js'),
};
