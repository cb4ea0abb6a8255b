// What the offline push checks say about this push, in English and Chinese: each finding's message, and the
// fix in the syntax of the command that was typed (`scm push ... --project R` or `scm upload ... --push S:R`).
// The rule table (src/core/rules/push-rules.ts) holds each rule's title and its fix for `scm push`.
import type { Messages } from '../i18n.js';

export const P = {
  idFormat: {
    en: "'{id}' is not a certificate id: scs followed by 13 digits, such as scs1700000000000",
    zh: '“{id}”不是证书 ID：证书 ID 是 scs 加 13 位数字，例如 scs1700000000000',
  },
  service: { en: "'{service}' is not a service scm pushes to: CDN, WAF or ELB{suggest}", zh: '无法推送到“{service}”：只能推送到 CDN、WAF 或 ELB{suggest}' },
  cdnProject: { en: 'CDN is a global service: --project {projects} is ignored', zh: 'CDN 是全局服务：--project {projects} 不起作用，已忽略' },
  cdnRegion: { en: 'CDN is a global service: the region in --push {target} is ignored', zh: 'CDN 是全局服务：--push {target} 中的区域不起作用，已忽略' },
  projectMissing: { en: '{service} needs the region of its instances: no --project given', zh: '推送到 {service} 需要指明实例所在的区域，但没有给出 --project' },
  regionMissing: { en: '--push {target} names no region: {service} needs the region of its instances', zh: '--push {target} 没有指明区域：推送到 {service} 需要指明实例所在的区域' },
  projectUnknown: { en: "'{project}' is not a known region (or region_subproject){suggest}", zh: '“{project}”既不是已知的区域，也不是“区域_子项目”形式{suggest}' },

  // Fixes in `scm upload --push` syntax (the rule table's fixes are in `scm push` syntax).
  fixRegionMissing: {
    en: 'name the region after a colon, such as --push {service}:cn-north-4; several: --push {service}:cn-north-4,ap-southeast-1',
    zh: '在冒号后写明区域，例如 --push {service}:cn-north-4；多个区域用逗号分隔：--push {service}:cn-north-4,ap-southeast-1',
  },
  fixRegionUnknown: {
    en: 'give the region where the {service} instance runs, such as --push {service}:cn-north-4, or a sub-project such as --push {service}:cn-north-4_prod',
    zh: '请写明 {service} 实例所在的区域，例如 --push {service}:cn-north-4，或子项目，例如 --push {service}:cn-north-4_prod',
  },
  fixService: { en: 'push to CDN, WAF or ELB: --push CDN, --push WAF:cn-north-4 or --push ELB:cn-north-4', zh: '请推送到 CDN、WAF 或 ELB，例如 --push CDN、--push WAF:cn-north-4 或 --push ELB:cn-north-4' },
  fixCdnRegion: { en: 'write --push CDN: the certificate is pushed once for all CDN domains', zh: '请写成 --push CDN：证书只推送一次，对所有 CDN 域名生效' },
} satisfies Messages;
