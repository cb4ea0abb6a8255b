// What `scm check` says of a target, in English and Chinese: each problem (the JSON keeps its id), and the
// words of the report.
import { plural, type Messages } from '../i18n.js';

export const PM = {
  expired: {
    en: (p) => `expired on ${p.date} (${Number(p.days) === 0 ? 'less than a day ago' : `${plural(Number(p.days), 'day')} ago`})`,
    zh: (p) => `已于 ${p.date} 过期（${Number(p.days) === 0 ? '不到一天前' : `${p.days} 天前`}）`,
  },
  expiring: {
    en: (p) => `expires on ${p.date}: ${plural(Number(p.days), 'day')} left, not more than ${p.within} (--within)`,
    zh: '将于 {date} 过期：还剩 {days} 天，不超过 {within} 天（--within）',
  },
  notYetValid: { en: 'not valid before {date}', zh: '{date} 之前无效' },
  expiryUnknown: { en: 'SCM gives no expiry date', zh: 'SCM 没有给出到期时间' },
  nameMismatch: { en: 'does not cover {host} (its names: {names})', zh: '不包含 {host}（证书中的名称：{names}）' },
  noNames: { en: 'none', zh: '无' },
  expectMismatch: { en: 'is not {what}: {algo} {got}, expected {want}', zh: '不是 {what}：{algo} 为 {got}，应为 {want}' },
  expectUnknown: { en: 'cannot be compared with {what}: no common fingerprint', zh: '无法与 {what} 比较：没有可比较的指纹' },
  servedAlone: {
    en: '{leaf} comes alone: no intermediate certificate, so most clients cannot build a chain to a trusted root',
    zh: '只有 {leaf} 一张证书，没有中间证书，大多数客户端无法建立到受信任根证书的证书链',
  },
  selfSigned: {
    en: '{leaf} is self-signed: clients trust it only where it was installed by hand, and no intermediate certificate can change that (serve a certificate a CA issued)',
    zh: '{leaf} 是自签名证书：只有手动安装了它的客户端才会信任它，添加中间证书也无济于事（请改用 CA 签发的证书）',
  },
  servedChain: { en: 'the served chain', zh: '服务器发送的证书链' },
  ofRsa: { en: 'the RSA certificate (for clients without ECDSA): {message}', zh: 'RSA 证书（供不支持 ECDSA 的客户端使用）：{message}' },
} satisfies Messages;
