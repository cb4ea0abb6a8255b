// What `scm validate` says around the findings: the certificate block's labels, the verdict, the totals.
import { plural, type Messages } from '../../core/i18n.js';

export const LABELS = {
  subject: { en: 'Subject', zh: '主题' },
  names: { en: 'Names', zh: '域名' },
  issuer: { en: 'Issuer', zh: '颁发者' },
  valid: { en: 'Valid', zh: '有效期' },
  key: { en: 'Key', zh: '密钥' },
  signature: { en: 'Signature', zh: '签名算法' },
  sha256: { en: 'SHA-256', zh: 'SHA-256' },
  chain: { en: 'Chain', zh: '证书链' },
} as const;

export const M = {
  none: { en: '(none)', zh: '（无）' },
  validRange: { en: '{from} to {to} ({days})', zh: '{from} 至 {to}（{days}）' },
  expiredAgo: { en: (p) => `expired ${plural(Number(p.days), 'day')} ago`, zh: '已过期 {days} 天' },
  daysLeft: { en: (p) => `${plural(Number(p.days), 'day')} left`, zh: '剩余 {days} 天' },
  keyMatches: { en: '{key}, matches the private key', zh: '{key}，与私钥匹配' },
  keyMismatch: { en: '{key}; the private key is {keyType} and does not match', zh: '{key}；私钥为 {keyType}，与证书不匹配' },
  tally: {
    en: (p) => `${plural(Number(p.errors), 'error')}, ${plural(Number(p.warnings), 'warning')}`,
    zh: '{errors} 个错误，{warnings} 个警告',
  },
  fail: { en: 'FAIL', zh: '不通过' },
  ok: { en: 'OK', zh: '通过' },
  refused: { en: '{tally}: SCM would refuse this upload', zh: '{tally}：SCM 会拒绝这次上传' },
  strictFail: { en: '{tally} (--strict)', zh: '{tally}（--strict 模式下警告也不通过）' },
  accepted: { en: '{tally}: SCM would accept this upload', zh: '{tally}：SCM 会接受这次上传' },
  totals: {
    en: (p) => `${plural(Number(p.count), 'bundle')}: ${p.passed} passed, ${p.failed} failed`,
    zh: '共 {count} 个证书目录：{passed} 个通过，{failed} 个不通过',
  },
} satisfies Messages;
