// What `scm list` says: the table's headings, the empty result, the paging warning.
import { plural, type Messages } from '../../core/i18n.js';

export const H = {
  id: { en: 'ID', zh: 'ID' },
  name: { en: 'NAME', zh: '名称' },
  domain: { en: 'DOMAIN', zh: '域名' },
  // No wider than the English (display columns): the table fits the same terminal in both languages.
  expires: { en: 'EXPIRES (UTC+8)', zh: '到期（UTC+8）' },
  days: { en: 'DAYS', zh: '天数' },
  status: { en: 'STATUS', zh: '状态' },
} satisfies Messages;

export const M = {
  phase: { en: 'the listing', zh: '列出证书' },
  reading: { en: 'reading the certificate list', zh: '正在读取证书列表' },
  none: { en: 'no certificates match', zh: '没有符合条件的证书' },
  // From a list read in part, "none match" would be a guess: the warning before it says what is missing.
  noneRead: {
    en: (p) => `none of the ${plural(Number(p.count), 'certificate', 'certificates')} read from SCM match`,
    zh: '已读取的 {count} 张证书中没有符合条件的证书',
  },
  undated: {
    en: (p) => `${plural(Number(p.count), 'certificate has', 'certificates have')} no expiry scm could read (${p.ids}): listed, as it may be expiring`,
    zh: '有 {count} 张证书的到期时间无法读取（{ids}）：已列出，因为它们可能即将到期',
  },
  narrow: { en: 'narrow it with --search TEXT or --status STATUS to see the rest', zh: '请用 --search 或 --status 缩小范围，以查看其余的证书' },
  more: { en: '+{n}', zh: '+{n}' },
} satisfies Messages;
