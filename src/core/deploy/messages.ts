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

/** --enterprise-project-id for WAF (waf-project.ts). */
export const EP = {
  several: {
    en: '--enterprise-project-id names {count} enterprise projects ({ids}): WAF takes one per resource, and SCM does not say which WAF certificate is in which',
    zh: '--enterprise-project-id 给出了 {count} 个企业项目（{ids}）：WAF 的每个资源只属于一个企业项目，而 SCM 不会说明哪个 WAF 证书属于哪个项目',
  },
  severalHint: {
    en: 'give the one enterprise project the WAF certificates are in; for certificates in different projects, run scm deploy once per project with its resources',
    zh: '请给出这些 WAF 证书所属的那一个企业项目；证书分属不同项目时，请按项目分别运行 `scm deploy`，每次只给出该项目的资源',
  },
  all: {
    en: '--enterprise-project-id {value} names every enterprise project, but WAF takes the one each resource is in: sent without one, so WAF looks in the default project; give the WAF certificates\' project if they are in another',
    zh: '`--enterprise-project-id {value}` 表示所有企业项目，但 WAF 需要每个资源各自所属的项目：因此不随请求发送企业项目，WAF 会在默认项目中查找；如果这些 WAF 证书属于其他项目，请指定该项目',
  },
} satisfies Messages;
