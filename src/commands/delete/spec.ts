// `scm delete ID...`: delete certificates from SCM, never one that is in use unless --force.
import { API_OPTIONS } from '../shared/api-options.js';
import type { CommandSpec } from '../types.js';

export const deleteSpec: CommandSpec = {
  name: 'delete',
  summary: { en: 'delete certificates from SCM (one that is deployed only with --force)', zh: '从 SCM 删除证书（已部署的证书须加 --force）' },
  args: [{ name: 'certificate-id', required: true, variadic: true, complete: 'none', description: { en: 'SCM certificate ids (scs + 13 digits)', zh: 'SCM 证书 ID（scs 加 13 位数字）' } }],
  options: [
    { flags: '--force', description: { en: 'delete even a certificate that is deployed (its copies in CDN/WAF/ELB stay and keep working)', zh: '即使证书已部署也删除（它在 CDN/WAF/ELB 中的副本仍保留并继续使用）' } },
    { flags: '--dry-run', description: { en: 'look where each is deployed and say what would be deleted; delete nothing', zh: '查询每张证书的部署位置并说明将删除哪些，不做任何删除' } },
    ...API_OPTIONS,
    { flags: '--json', description: { en: 'print one JSON document', zh: '输出一个 JSON 文档' } },
  ],
  examples: [
    { cmd: 'scm delete scs1700000000000', note: { en: 'refused (exit 1) if anything uses it', zh: '若仍被使用则拒绝删除（退出码 1）' } },
    { cmd: 'scm delete scs1700000000000 scs1700000000001 --dry-run', note: { en: 'what would happen', zh: '查看将会发生什么' } },
    { cmd: 'scm delete scs1700000000000 --force', note: { en: 'delete it although it is deployed', zh: '即使已部署也删除' } },
  ],
  load: () => import('./run.js'),
};
