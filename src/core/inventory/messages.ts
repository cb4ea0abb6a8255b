// Why a certificate is kept, deleted or refused, in English and Chinese: the reasons of the prune plan and
// of delete's decisions, as prune, delete (and rotate) print them. Enum values stay in JSON; these are text.
import type { Messages } from '../i18n.js';

export const R = {
  newest: { en: 'keep: newest', zh: '保留：最新' },
  newestOf: { en: 'keep: among the {keep} newest', zh: '保留：属于最新的 {keep} 张' },
  latestUpload: { en: 'keep: the last one uploaded (a renewal can expire before the certificate it replaces)', zh: '保留：最近一次上传的证书（续期证书可能比被替换的证书更早到期）' },
  deployed: { en: 'keep: deployed to {where}', zh: '保留：已部署到 {where}' },
  deploymentUnknown: { en: 'keep: {why}', zh: '保留：{why}' },
  pushedCopy: {
    en: "keep: pushed to CDN (a copy in CDN's certificate store, which a CDN domain may use; scm delete --force deletes it from SCM, the copy stays)",
    zh: '保留：已推送到 CDN（CDN 证书库中的副本，可能有 CDN 域名在使用它；`scm delete --force` 可从 SCM 删除，副本仍保留）',
  },
  deploymentUnasked: { en: 'keep: where it is deployed is not known', zh: '保留：不清楚它部署在哪里' },
  purchased: { en: 'keep: bought through SCM (prune deletes imported certificates only)', zh: '保留：在 SCM 购买的证书（清理只删除上传的证书）' },
  notExpired: { en: 'keep: not expired yet (--expired)', zh: '保留：尚未过期（--expired）' },
  expiryUnknown: { en: 'keep: SCM gives no expiry date', zh: '保留：SCM 没有给出到期时间' },
  superseded: { en: 'delete: superseded by {id}', zh: '删除：已被 {id} 取代' },
  refuseDeployed: { en: 'deployed to {where}; move what uses it to another certificate first (scm rotate), or --force', zh: "已部署到 {where}；请先把使用它的资源换成别的证书（`scm rotate`），或加 --force" },
  refusePushedCopy: {
    en: "pushed to CDN: a copy of it is in CDN's certificate store, and SCM cannot tell whether a CDN domain uses that copy; --force deletes it from SCM (the copy in CDN stays)",
    zh: '已推送到 CDN：它的副本在 CDN 证书库中，SCM 无法确定是否有 CDN 域名在使用该副本；加 --force 可从 SCM 删除（CDN 中的副本仍保留）',
  },
  forcedPushedCopy: { en: "pushed to CDN (a copy in CDN's certificate store): deleted anyway (--force); the copy stays in CDN", zh: '已推送到 CDN（CDN 证书库中的副本）：仍然删除（--force）；CDN 中的副本仍保留' },
  refuseUnknown: { en: '{why}; try again later, or --force', zh: '{why}；请稍后再试，或加 --force' },
  refuseUnasked: { en: 'where it is deployed is not known; try again later, or --force', zh: '不清楚它部署在哪里；请稍后再试，或加 --force' },
  clear: { en: 'not deployed anywhere', zh: '未部署到任何地方' },
  notFound: { en: 'no certificate with this id in SCM: deleted before, or a mistyped id', zh: 'SCM 中没有此 ID 的证书：之前已删除，或 ID 输错' },
  forcedDeployed: { en: 'deployed to {where}: deleted anyway (--force)', zh: '已部署到 {where}：仍然删除（--force）' },
  forcedUnknown: { en: '{why}: deleted anyway (--force)', zh: '{why}：仍然删除（--force）' },
  // Why an answer proves nothing (unknownWhy in deployment.ts): the {why} of the three above.
  unreliable: { en: 'SCM cannot tell whether it is deployed in {where} (is_error)', zh: 'SCM 无法确定它是否部署在 {where}（`is_error`）' },
  unlisted: { en: 'SCM counts {what} using it but did not list them', zh: 'SCM 统计到有 {what} 在使用它，但没有逐一列出' },
  unasked: { en: 'where it is deployed is not known', zh: '不清楚它部署在哪里' },
  unanswered: { en: "SCM's answer did not include it, so where it is deployed is not known", zh: 'SCM 的应答中没有它的结果，不清楚它部署在哪里' },
  silent: { en: "SCM's result for it gives neither a count nor a list of resources, so where it is deployed is not known", zh: 'SCM 对它的结果既没有数量也没有资源列表，不清楚它部署在哪里' },
} satisfies Messages;

/** What happened to a certificate that was to be deleted (delete, prune, rotate), by DeleteOutcome. */
export const O = {
  deleted: { en: 'deleted', zh: '已删除' },
  deletedAnswerLost: { en: 'deleted (the answer to the first attempt was lost; the retry found it gone)', zh: '已删除（第一次请求的应答丢失，重试时证书已不存在）' },
  deletedLookedUp: { en: 'deleted (the answers were lost; ShowCertificate then found it gone)', zh: '已删除（应答丢失；随后用 `ShowCertificate` 查询，证书已不存在）' },
  deletedConfirmed: { en: 'deleted (SCM answered HTTP {status}; ShowCertificate then found it gone)', zh: '已删除（SCM 应答 HTTP {status}；随后用 `ShowCertificate` 查询，证书已不存在）' },
  'already-deleted': { en: 'already deleted (SCM does not hold it)', zh: '已不存在（SCM 中没有这张证书）' },
  failed: { en: 'failed: {why}', zh: '失败：{why}' },
  interrupted: { en: 'interrupted: it may or may not have been deleted', zh: '已中断：可能已删除，也可能没有' },
  'not-attempted': { en: 'not attempted: the run stopped first', zh: '未执行：运行已提前停止' },
  refused: { en: 'refused', zh: '拒绝删除' },
  refusedLate: { en: 'not deleted: looked at again just before, it is deployed now (or SCM cannot tell)', zh: '未删除：删除前再次查询，发现它现在已有部署（或 SCM 无法确定）' },
  'would-delete': { en: 'would be deleted (dry run)', zh: '将被删除（试运行）' },
} satisfies Messages;

/**
 * SCM's certificate statuses (scm-api-reference §2.4) as text tables show them: the value itself in English
 * (it is what --status takes), its name in the Huawei Cloud console's words in Chinese. --json keeps the value.
 */
export const STATUS = {
  UPLOAD: { en: 'UPLOAD', zh: '已上传' },
  PAID: { en: 'PAID', zh: '已支付' },
  ISSUED: { en: 'ISSUED', zh: '已签发' },
  ISSUING: { en: 'ISSUING', zh: '签发中' },
  CHECKING: { en: 'CHECKING', zh: '审核中' },
  CHECKING_ORG: { en: 'CHECKING_ORG', zh: '组织审核中' },
  SUPPLEMENTCHECKING: { en: 'SUPPLEMENTCHECKING', zh: '补充审核中' },
  CANCELCHECKING: { en: 'CANCELCHECKING', zh: '取消审核中' },
  UNPASSED: { en: 'UNPASSED', zh: '审核未通过' },
  EXPIRED: { en: 'EXPIRED', zh: '已过期' },
  REVOKING: { en: 'REVOKING', zh: '吊销中' },
  REVOKED: { en: 'REVOKED', zh: '已吊销' },
  // The reference's other values, CANCLEREVOKING spelt as SCM spells it; CHECKING_DOMAIN appears in its example.
  CANCLEREVOKING: { en: 'CANCLEREVOKING', zh: '取消吊销审核中' },
  CANCELSUPPLEMENTING: { en: 'CANCELSUPPLEMENTING', zh: '取消补充审核中' },
  CHECKING_DOMAIN: { en: 'CHECKING_DOMAIN', zh: '域名验证中' },
} satisfies Messages;
