// What each rotation row and each old certificate's fate says, in English and Chinese (the JSON keeps the
// enum values: result, reason).
import { t, type Lang, type Messages } from '../i18n.js';
import { describePlaces, unknownWhy, unlistedText } from '../inventory/deployment.js';
import { R } from '../inventory/messages.js';
import type { CleanupEntry } from './cleanup.js';
import type { UnknownRegion } from './plan.js';
import type { RotationRow } from './verify.js';

export const RM = {
  deployed: { en: 'now uses {new}', zh: '已改用 {new}' },
  recovered: { en: 'now uses {new} (the answer was lost; ListDeployedResources shows it)', zh: '已改用 {new}（应答丢失，`ListDeployedResources` 显示已部署）' },
  rejected: { en: 'failed: {detail}', zh: '失败：{detail}' },
  unconfirmed: { en: 'not confirmed: {detail}', zh: '未能确认：{detail}' },
  confirmed: { en: 'now uses {new} (its deployment was not confirmed at first; the check afterwards shows it there)', zh: '已改用 {new}（部署时未能确认；之后的核实显示它已在使用）' },
  'still-old': { en: 'SCM accepted the deployment, but it still uses {detail}', zh: 'SCM 接受了部署，但它仍在使用 {detail}' },
  'not-shown': { en: 'SCM accepted the deployment, but ListDeployedResources does not show it on {new}', zh: 'SCM 接受了部署，但 `ListDeployedResources` 没有显示它使用 {new}' },
  unverified: { en: 'deployed; SCM cannot tell whether it uses {new} (is_error in {region})', zh: '已部署；SCM 无法确定它是否使用 {new}（{region} 为 `is_error`）' },
  'not-checked': { en: 'SCM accepted the deployment; not verified: the look-up of where certificates are deployed failed', zh: 'SCM 已接受部署；尚未核实：查询证书部署位置的请求失败' },
  unchanged: { en: 'already uses {new}', zh: '已在使用 {new}' },
  'not-sent': { en: 'not sent: an earlier request failed', zh: '未部署：之前的请求已失败' },
  accepted: { en: 'SCM accepted the deployment; not verified (interrupted before the check)', zh: 'SCM 已接受部署；尚未核实（在核实前被中断）' },
  interrupted: { en: 'it may have taken effect; in a minute, run the same command again: it looks first and deploys only what is left', zh: '可能已经生效；请一分钟后再次运行同一命令：它会先查询，只部署剩下的资源' },
  'not-sent-interrupted': { en: 'not sent: interrupted', zh: '未部署：已中断' },
  unsupported: { en: 'DeployCertificate cannot deploy to {service}: change it in the {service} console', zh: '部署接口不支持 {service}：请在 {service} 控制台中更换证书' },
  appeared: { en: 'uses {from}, but was not in the plan (deployed meanwhile, or hidden by is_error): run scm rotate again', zh: '在使用 {from}，但不在计划中（期间新部署的，或之前因 `is_error` 未列出）：请再次运行 `scm rotate`' },
  moved: {
    en: 'not deployed: it no longer used {from} when the deployments began (changed since the plan); left as it is',
    zh: '未部署：开始部署时它已不再使用 {from}（在列出计划之后被更改）；保持原样',
  },
  'dry-run': { en: 'would be deployed (dry run)', zh: '将被部署（试运行）' },
  refused: { en: 'not deployed: the rotation was refused before anything was sent', zh: '未部署：轮换在发送任何请求之前就被拒绝' },
  // A copy of an old certificate in CDN's certificate store (a push made it): no domain, so DeployCertificate cannot replace it.
  pushed: {
    en: "a copy in CDN's certificate store, not a domain: {new} was pushed to CDN as well; this copy of {from} stays there",
    zh: '这是 CDN 证书库中的副本，不是域名：已将 {new} 也推送到 CDN；{from} 的这个副本仍留在那里',
  },
  'copied-before': {
    en: "a copy in CDN's certificate store, not a domain: {new} is there already; this copy of {from} stays there",
    zh: '这是 CDN 证书库中的副本，不是域名：{new} 已在 CDN 证书库中；{from} 的这个副本仍留在那里',
  },
  'push-planned': {
    en: "a copy in CDN's certificate store, not a domain: the new certificate would be pushed to CDN (dry run); this copy stays there",
    zh: '这是 CDN 证书库中的副本，不是域名：新证书将被推送到 CDN（试运行）；这个副本仍留在那里',
  },
  'not-pushed': {
    en: "SCM accepted the push to CDN, but ListDeployedResources shows no copy of {new} there",
    zh: 'SCM 接受了向 CDN 的推送，但 `ListDeployedResources` 没有显示 CDN 中有 {new} 的副本',
  },
} satisfies Messages;

export const CM = {
  'not-deployed': { en: 'no longer used: deleted with --delete-old', zh: '已不再使用：随 --delete-old 删除' },
  deployed: { en: 'kept: still used', zh: '保留：仍在使用' },
  'deployment-unknown': { en: 'kept: {why}', zh: '保留：{why}' },
  purchased: { en: 'kept: bought through SCM (rotate deletes imported certificates only)', zh: '保留：在 SCM 购买的证书（轮换只删除上传的证书）' },
  'rotation-failed': { en: 'kept: a deployment failed, so it may still be needed', zh: '保留：有资源部署失败，旧证书可能仍在使用' },
  interrupted: { en: 'kept: the rotation was interrupted before the check', zh: '保留：轮换在核实前被中断' },
  'not-verified': { en: 'kept: whether anything still uses it could not be checked (the look-up failed)', zh: '保留：无法核实是否仍有资源在使用它（查询失败）' },
  wider: { en: 'kept: it also covers names the new certificate does not, so it may be the only certificate for them', zh: '保留：它还覆盖新证书没有的域名，可能是这些域名唯一的证书' },
  outlives: { en: 'kept: no longer used, but it expires after the new certificate, so --delete-old does not delete it', zh: '保留：已不再使用，但它比新证书更晚到期，因此 --delete-old 不删除它' },
  'not-asked': { en: 'no longer used (add --delete-old to delete it)', zh: '已不再使用（加 --delete-old 可删除）' },
  // Run by a command without --delete-old (upload --rotate): the command that deletes it ({cmd}).
  'not-asked-command': { en: 'no longer used ({cmd} deletes it)', zh: '已不再使用（运行 `{cmd}` 可删除）' },
  'pushed-copy': {
    en: "kept: a copy of it was pushed to CDN's certificate store, and SCM cannot tell whether a CDN domain uses that copy (scm delete {id} --force deletes it from SCM; the copy in CDN stays)",
    zh: '保留：它的副本已推送到 CDN 证书库，SCM 无法确定是否有 CDN 域名在使用该副本（`scm delete {id} --force` 可从 SCM 删除它；CDN 中的副本仍保留）',
  },
} satisfies Messages;

/** An unverified row by what SCM left unsaid about the new certificate there: is_error is only one cause. */
export const UV = {
  unreliable: RM.unverified,
  unlisted: { en: 'deployed; SCM cannot tell whether it uses {new}: SCM counts {what} using {new} but did not list them', zh: '已部署；SCM 无法确定它是否使用 {new}：SCM 统计到有 {what} 在使用 {new}，但没有逐一列出' },
  silent: {
    en: "deployed; SCM cannot tell whether it uses {new}: SCM's result for {new} gives neither a count nor a list of resources",
    zh: '已部署；SCM 无法确定它是否使用 {new}：SCM 对 {new} 的结果既没有数量也没有资源列表',
  },
  unanswered: { en: "deployed; SCM cannot tell whether it uses {new}: SCM's answer did not include {new}", zh: '已部署；SCM 无法确定它是否使用 {new}：SCM 的应答中没有 {new} 的结果' },
  none: { en: 'deployed; SCM cannot tell whether it uses {new}', zh: '已部署；SCM 无法确定它是否使用 {new}' },
} satisfies Messages;

export function rowText(r: RotationRow, newId: string, lang: Lang): string {
  const p = { new: newId, detail: r.detail, region: r.region, service: r.service, from: r.from };
  if (r.reason !== 'unverified') return t(lang, RM[r.reason], p);
  const u = r.unsaid;
  return t(lang, UV[u?.kind ?? 'none'], { ...p, what: u?.kind === 'unlisted' ? unlistedText(u.unlisted, lang) : '' });
}

/** `deleteOld`: the command that deletes an old certificate nothing uses, when the one run has no --delete-old. */
export function cleanupText(e: CleanupEntry, lang: Lang, deleteOld?: string): string {
  if (e.reason === 'not-asked' && deleteOld) return t(lang, CM['not-asked-command'], { cmd: deleteOld });
  return t(lang, CM[e.reason], { id: e.id, why: unknownWhy(e.deployment, lang) || t(lang, R.unasked) });
}

/** What SCM left unsaid about an old certificate, as rotate's plan and its final error name it. */
export const UM = {
  unreliable: { en: 'SCM cannot tell what uses {id} in {where} (is_error)', zh: 'SCM 无法确定 {where} 中哪些资源在使用 {id}（`is_error`）' },
  unlisted: { en: 'SCM counts {what} using {id} but did not list them', zh: 'SCM 统计到有 {what} 在使用 {id}，但没有逐一列出' },
  unanswered: { en: "SCM's answer did not include {id}", zh: 'SCM 的应答中没有 {id} 的结果' },
  silent: { en: "SCM's result for {id} gives neither a count nor a list of resources", zh: 'SCM 对 {id} 的结果既没有数量也没有资源列表' },
  unasked: { en: 'where {id} is deployed is not known', zh: '不清楚 {id} 部署在哪里' },
  lookupFailed: { en: 'where {id} is deployed now is not known: the look-up failed', zh: '不清楚 {id} 现在部署在哪里：查询失败' },
} satisfies Messages;

export function unknownText(u: UnknownRegion, lang: Lang): string {
  if (u.count !== undefined) return t(lang, UM.unlisted, { id: u.certificateId, what: unlistedText([{ service: u.service, count: u.count }], lang) });
  if (u.lookupFailed) return t(lang, UM.lookupFailed, { id: u.certificateId });
  if (u.service === '') return t(lang, UM.unasked, { id: u.certificateId });
  if (u.region === '*') return t(lang, u.silent ? UM.silent : UM.unanswered, { id: u.certificateId });
  return t(lang, UM.unreliable, { id: u.certificateId, where: describePlaces([u], lang) });
}
