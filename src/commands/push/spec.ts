import type { CommandSpec } from '../types.js';
import { API_OPTIONS } from '../shared/api-options.js';


export const pushSpec: CommandSpec = {
  name: 'push',
  summary: { en: 'push an imported certificate to CDN, WAF or ELB', zh: '将已导入的证书推送到 CDN、WAF 或 ELB' },
  args: [{ name: 'certificate-id', description: { en: 'the SCM certificate id (scs + 13 digits)', zh: 'SCM 证书 ID（scs 加 13 位数字）' }, required: true, complete: 'none' }],
  options: [
    { flags: '--service <service>', description: { en: 'target service: CDN, WAF or ELB', zh: '目标服务：CDN、WAF 或 ELB' }, complete: 'service' },
    { flags: '--project <region>', description: { en: 'region (project) of the WAF/ELB instance; for several, repeat it or separate them with commas (CDN needs none)', zh: 'WAF/ELB 实例所在的区域（项目）；多个区域可重复此选项，或用逗号分隔（CDN 不需要）' }, repeatable: true, complete: 'region' },
    ...API_OPTIONS,
    { flags: '--dry-run', description: { en: 'print the request(s) that would be sent, send nothing', zh: '只打印将要发送的请求，不实际发送' } },
    { flags: '--json', description: { en: 'print one JSON document', zh: '输出一个 JSON 文档' } },
    { flags: '-q, --quiet', description: { en: 'no output on success', zh: '成功时不输出' } },
  ],
  examples: [
    { cmd: 'scm push scs1700000000000 --service WAF --project cn-north-4', note: { en: 'push to WAF in one region', zh: '推送到一个区域的 WAF' } },
    { cmd: 'scm push scs1700000000000 --service ELB --project cn-north-4 --project ap-southeast-1', note: { en: 'several regions: one batch push, a result per region', zh: '多个区域：一次批量推送，每个区域一条结果' } },
    { cmd: 'scm push scs1700000000000 --service CDN', note: { en: 'CDN is global: no project', zh: 'CDN 是全局服务，不需要指定项目' } },
  ],
  load: () => import('./run.js'),
};
