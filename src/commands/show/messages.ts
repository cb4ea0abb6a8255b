// What `scm show` says: the labels of the fields it knows, where the certificate is deployed, and what
// SCM's API does not tell (whether the expiry e-mails are on).
import { plural, type Messages } from '../../core/i18n.js';

/** Labels of the fields ShowCertificate documents (scm-api-reference §2.5), in the order shown. */
export const F = {
  id: { en: 'id', zh: 'ID' },
  name: { en: 'name', zh: '名称' },
  status: { en: 'status', zh: '状态' },
  type: { en: 'type', zh: '类型' },
  brand: { en: 'brand', zh: '品牌' },
  domain: { en: 'domain', zh: '域名' },
  sans: { en: 'names (sans)', zh: '附加域名' },
  domain_type: { en: 'domain type', zh: '域名类型' },
  not_before: { en: 'valid from', zh: '生效时间' },
  not_after: { en: 'valid until', zh: '失效时间' },
  issue_time: { en: 'issued', zh: '签发时间' },
  validity_period: { en: 'validity (months)', zh: '有效期（月）' },
  /** A 40-digit fingerprint's; 64 digits and others: FP below (ShowCertificate does not name the digest). */
  fingerprint: { en: 'fingerprint (SHA-1)', zh: '指纹（SHA-1）' },
  signature_algorithm: { en: 'signature algorithm', zh: '签名算法' },
  push_support: { en: 'push support', zh: '是否支持推送' },
  enterprise_project_id: { en: 'enterprise project', zh: '企业项目' },
  order_id: { en: 'order', zh: '订单' },
  description: { en: 'description', zh: '描述' },
  deploy_support: { en: 'deploy support', zh: '是否支持部署' },
  domain_count: { en: 'domain count', zh: '域名数量' },
  wildcard_count: { en: 'wildcard count', zh: '通配符域名数量' },
  shared: { en: 'shared', zh: '是否共享' },
  domain_id: { en: 'account id', zh: '账号 ID' },
} satisfies Messages;

/** The fingerprint's label by its length (SCM names no digest): SHA-256 for 64 hex digits, none for another length. */
export const FP = {
  sha256: { en: 'fingerprint (SHA-256)', zh: '指纹（SHA-256）' },
  other: { en: 'fingerprint', zh: '指纹' },
} satisfies Messages;

export const M = {
  phase: { en: 'reading the certificate', zh: '读取证书' },
  reading: { en: 'reading {id} and where it is deployed', zh: '正在读取 {id} 及其部署位置' },
  zone: { en: '{time} (UTC+8)', zh: '{time}（UTC+8）' },
  left: { en: (p) => `${p.time} (UTC+8), ${plural(Number(p.days), 'day')} left`, zh: '{time}（UTC+8），剩余 {days} 天' },
  expired: { en: (p) => `${p.time} (UTC+8), expired ${plural(Number(p.days), 'day')} ago`, zh: '{time}（UTC+8），已过期 {days} 天' },
  other: { en: 'other fields', zh: '其他字段' },
  // A true/false field SCM returns (deploy_support, shared ...).
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  notices: { en: 'expiry e-mails', zh: '到期通知' },
  lookFailed: { en: 'where it is deployed could not be read: {why}', zh: '无法读取它的部署位置：{why}' },
  noticesUnknown: {
    en: "not reported by SCM's API (SCM sends them unless turned off); set them with scm notify on|off {id}",
    zh: "SCM 的 API 不提供此信息（除非已关闭，SCM 默认会发送）；可用 `scm notify on|off {id}` 设置",
  },
  deployedTo: { en: 'deployed to', zh: '部署位置' },
  nowhere: { en: 'nowhere (ListDeployedResources lists no resource)', zh: '未部署（`ListDeployedResources` 没有列出任何资源）' },
} satisfies Messages;

/**
 * ShowCertificate's domain_type (scm-api-reference §2.5) as the text shows it, as statuses are: the value itself
 * in English, its name in Chinese (单域名, 多域名, 通配符域名 as 通配符域名数量 says it). Any other as sent.
 */
export const DOMAIN_TYPE = {
  SINGLE_DOMAIN: { en: 'SINGLE_DOMAIN', zh: '单域名' },
  MULTI_DOMAIN: { en: 'MULTI_DOMAIN', zh: '多域名' },
  WILDCARD: { en: 'WILDCARD', zh: '通配符域名' },
} satisfies Messages;

export const H = {
  service: { en: 'SERVICE', zh: '服务' },
  region: { en: 'REGION', zh: '区域' },
  resource: { en: 'RESOURCE', zh: '资源 ID' },
  resourceName: { en: 'NAME', zh: '名称' },
} satisfies Messages;
