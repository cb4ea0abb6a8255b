// Rules `scm push` checks offline before sending anything (certificate id, service, projects).
import { rule as r, type RuleMeta } from './types.js';

export const PUSH_RULES: readonly RuleMeta[] = [
  r('push-id-format', 'error', 'SCM.0020',
    { en: 'The certificate ID is not "scs" followed by 13 digits', zh: '证书 ID 不是“scs”加 13 位数字' },
    { en: 'Pass the ID that `scm upload` printed, such as scs1700000000000 (16 characters, no spaces).', zh: '请传入 `scm upload` 输出的证书 ID，例如 scs1700000000000（共 16 个字符，不含空格）。' }),
  r('push-service', 'error', 'SCM.0030',
    { en: 'The push target service is not CDN, WAF or ELB', zh: '推送的目标服务不是 CDN、WAF 或 ELB' },
    { en: 'Use --service CDN, --service WAF or --service ELB.', zh: '请使用 --service CDN、--service WAF 或 --service ELB。' }),
  r('push-project-unknown', 'error', 'SCM.0069',
    { en: 'The target project is not a known region id (or region_subproject)', zh: '目标项目不是已知的区域 ID（或“区域_子项目”）' },
    { en: 'Give the region where the WAF or ELB instance runs, such as --project cn-north-4, or a sub-project such as cn-north-4_prod.', zh: '请填写 WAF 或 ELB 实例所在的区域，例如 --project cn-north-4；也可以是子项目，例如 cn-north-4_prod。' }),
  r('push-project-missing', 'error', 'SCM.0069',
    { en: 'WAF and ELB pushes need at least one target project', zh: '推送到 WAF 或 ELB 时至少需要一个目标项目' },
    { en: 'Add --project REGION (repeatable) naming the region of the WAF or ELB instance, such as --project cn-north-4.', zh: '请用 --project 指明 WAF 或 ELB 实例所在的区域（可重复），例如 --project cn-north-4。' }),
  r('push-cdn-project', 'warning', null,
    { en: 'CDN is a global service: --project is ignored for CDN pushes', zh: 'CDN 是全局服务：推送到 CDN 时 --project 不起作用' },
    { en: 'Drop --project when pushing to CDN; the certificate is pushed once for all CDN domains.', zh: '推送到 CDN 时请去掉 --project；证书只推送一次，对所有 CDN 域名生效。' }),
];
