// What the deploy checks say in a finding's detail, in English and Chinese (the rule gives the title and fix).
import { plural, type Messages } from '../i18n.js';

export const D = {
  notCovered: { en: '{domain} (the certificate names {names})', zh: '{domain}（证书中的域名：{names}）' },
  narrower: {
    en: '{id} on {where} also serves {missing} (the new certificate names {names})',
    zh: '{where} 上的 {id} 还用于 {missing}（新证书中的域名：{names}）',
  },
  noNames: { en: 'no names', zh: '无' },
  sm2: { en: '{cert} is an SM2 (国密) certificate', zh: '{cert} 是国密（SM2）证书' },
  expired: { en: '{cert} expired on {date} (UTC+8)', zh: '{cert} 已于 {date}（UTC+8）过期' },
  wafOnly: { en: '{flags} given with --service {service}', zh: '与 --service {service} 一起给出了 {flags}' },
  noProject: { en: 'no --project given for {service}', zh: '没有为 {service} 指定 --project' },
  noWafType: { en: 'no --waf-type given (premium or cloud)', zh: '没有指定 --waf-type（“premium”或“cloud”）' },
  noWafTypeFor: {
    en: (p) => `${plural(Number(p.count), 'WAF resource')} to deploy to, and no --waf-type given (premium or cloud)`,
    zh: (p) => `有 ${p.count} 个 WAF 资源要部署，但没有指定 --waf-type（“premium”或“cloud”）`,
  },
  cdnAgency: {
    en: '{info} (CDN may not read SCM: grant CDN the SCM agency in the CDN console; scm explain SCM.0212)',
    zh: '{info}（CDN 可能无权读取 SCM：请在 CDN 控制台为 CDN 开通访问 SCM 的委托；见 `scm explain SCM.0212`）',
  },
} satisfies Messages;
