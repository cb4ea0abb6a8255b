// `scm deploy ID --service CDN|WAF|ELB [--project REGION] --resource R...`: DeployCertificate, checked first.
import { CERT_ID } from '../../core/cert-id.js';
import { WAF_TYPES } from '../../core/deploy/services.js';
import { API_OPTIONS } from '../shared/api-options.js';
import type { CommandSpec } from '../types.js';

export const deploySpec: CommandSpec = {
  name: 'deploy',
  summary: {
    en: 'put a certificate from SCM on ELB or WAF certificates or CDN domains, replacing what they hold (Huawei Cloud bills this per domain for uploaded certificates)',
    zh: '把 SCM 中的证书部署到 ELB/WAF 证书或 CDN 加速域名上，替换它们原来的证书（对上传的证书，华为云按域名收取部署费用）',
  },
  args: [{ name: 'certificate-id', description: { en: 'the SCM certificate id (scs + 13 digits)', zh: 'SCM 证书 ID（scs 加 13 位数字）' }, required: true, complete: 'none' }],
  options: [
    { flags: '--service <service>', description: { en: 'CDN, WAF or ELB', zh: 'CDN、WAF 或 ELB' }, complete: 'service' },
    { flags: '--project <region>', description: { en: 'region (project) of the ELB or WAF certificates to replace (required for them; CDN needs none)', zh: '要替换的 ELB 或 WAF 证书所在的区域（即项目；ELB、WAF 必填，CDN 不需要）' }, complete: 'region' },
    {
      // The id written after the resources (`--resource a.example.com scs...`) is the id: no resource has that shape.
      flags: '--resource <resource...>', repeatable: true, complete: 'none', endsList: CERT_ID,
      description: {
        en: 'ELB/WAF: the id of the certificate to replace there; CDN: a domain name the certificate covers (several after one flag, comma-separated, or the flag repeated; sent 20 per request)',
        zh: 'ELB/WAF：要替换的证书在该服务中的 ID；CDN：证书覆盖的加速域名（一个选项后可跟多个，可用逗号分隔，也可重复该选项；每个请求最多 20 个）',
      },
    },
    { flags: '--waf-type <type>', choices: WAF_TYPES, complete: 'none', description: { en: 'WAF only: premium (dedicated) or cloud (without it: cloud, then premium for those WAF refuses)', zh: '仅用于 WAF：“premium”（独享）或“cloud”（云模式）；不指定时先按云模式发送，被 WAF 拒绝的再按独享版发送' } },
    { flags: '--enterprise-project-id <id>', complete: 'none', description: { en: 'WAF only: the enterprise project of the WAF certificates (not taken from the config file)', zh: '仅用于 WAF：WAF 证书所属的企业项目（不取自配置文件）' } },
    ...API_OPTIONS,
    { flags: '--dry-run', description: { en: 'print the requests that would be sent, and the cost note; deploy nothing (with credentials, read what the checks need first, as a run does)', zh: '只打印将要发送的请求和费用提示，不实际部署（有凭证时先像实际运行一样读取检查所需的信息）' } },
    { flags: '--json', description: { en: 'print one JSON document', zh: '输出一个 JSON 文档' } },
    { flags: '-q, --quiet', description: { en: 'no output when every resource uses the certificate', zh: '所有资源都使用该证书时不输出' } },
  ],
  examples: [
    { cmd: 'scm deploy scs1700000000000 --service ELB --project cn-north-4 --resource 0b4a2c8e9d7f4e1a8c3b5d6e7f809a1b', note: { en: 'replace what an ELB certificate holds', zh: '替换一个 ELB 证书的内容' } },
    { cmd: 'scm deploy scs1700000000000 --service CDN --resource www.example.com --resource img.example.com', note: { en: 'two CDN domains: a result per domain', zh: '两个 CDN 加速域名：每个域名一条结果' } },
    { cmd: 'scm deploy scs1700000000000 --service WAF --project cn-north-4 --resource 5f1e... --waf-type premium --dry-run', note: { en: 'the request, not sent', zh: '只看请求，不发送' } },
  ],
  load: () => import('./run.js'),
};
