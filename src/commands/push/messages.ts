// What `scm push` (and the push step of `scm upload --push`) says: the result line or table, and the failure.
import { plural, type Messages } from '../../core/i18n.js';

/** The RESULT column, by the row's result (the JSON keeps the English enum). */
export const RESULT = {
  pushed: { en: 'pushed', zh: '已推送' },
  present: { en: 'present', zh: '已存在' },
  recovered: { en: 'pushed', zh: '已推送' },
  failed: { en: 'failed', zh: '失败' },
  interrupted: { en: 'interrupted', zh: '已中断' },
  'not-sent': { en: 'not sent', zh: '未发送' },
} satisfies Messages;

export const H = {
  project: { en: 'PROJECT', zh: '项目' },
  result: { en: 'RESULT', zh: '结果' },
  message: { en: 'MESSAGE', zh: '信息' },
  certId: { en: 'CERT_ID', zh: '副本 ID' },
} satisfies Messages;

export const M = {
  // One target: "pushed ID to ELB in cn-north-4" / "ID 已推送到 cn-north-4 的 ELB" (the label is coloured).
  pushedOne: { en: 'pushed', zh: '已推送到' },
  presentOne: { en: 'already there:', zh: '已存在于' },
  failedOne: { en: 'push failed:', zh: '未能推送到' },
  interruptedOne: { en: 'push interrupted:', zh: '推送被中断，目标为' },
  notSentOne: { en: 'not pushed:', zh: '没有推送到' },
  target: { en: '{service}', zh: '{service}' },
  targetIn: { en: '{service} in {project}', zh: '{project} 的 {service}' },
  one: { en: '{label} {id} to {target}{note}', zh: '{id} {label} {target}{note}' },
  note: { en: ' ({text})', zh: '（{text}）' },
  // Several projects: a head line, then the table.
  pushedLabel: { en: 'pushed', zh: '全部成功' },
  presentLabel: { en: 'already there:', zh: '均已存在' },
  failedLabel: { en: 'push failed:', zh: '全部失败' },
  partLabel: { en: 'pushed with failures:', zh: '部分失败' },
  interruptedLabel: { en: 'interrupted after pushing', zh: '已中断' },
  many: {
    en: (p) => `${p.label} ${p.id} to ${p.service} in ${p.ok} of ${plural(Number(p.count), 'project')}`,
    zh: (p) => `${p.id} 推送到 ${p.service}：${p.label}${Number(p.ok) === Number(p.count) || Number(p.ok) === 0 ? `（共 ${p.count} 个项目）` : `（${p.count} 个项目中 ${p.ok} 个成功）`}`,
  },
  failedTarget: { en: '{target} ({why})', zh: '{target}（{why}）' },
  failedFor: {
    en: (p) => `push failed for ${p.failed} of ${plural(Number(p.count), 'target')}: ${p.list}`,
    zh: '{count} 个目标中有 {failed} 个推送失败：{list}',
  },
  uploadedButFailed: {
    en: (p) => `uploaded as ${p.id}, but the push failed for ${p.failed} of ${plural(Number(p.count), 'target')}: ${p.list}`,
    zh: '已上传，ID 为 {id}，但 {count} 个目标中有 {failed} 个推送失败：{list}',
  },
  heldButFailed: {
    en: (p) => `already in SCM as ${p.id} (not uploaded again), but the push failed for ${p.failed} of ${plural(Number(p.count), 'target')}: ${p.list}`,
    zh: 'SCM 中已有这张证书，ID 为 {id}（未重新上传），但 {count} 个目标中有 {failed} 个推送失败：{list}',
  },
  // Not "run the same command again": `scm push` does not look first, so that would push the others twice.
  partialHint: { en: 'the others were pushed; to finish, push to the rest only: {command}', zh: '其他目标已推送成功；如需补全，只向未成功的目标推送：`{command}`' },
  pendingHint: {
    en: 'SCM did not say whether the push reached some targets, and it may still: in a minute, see where it is with scm show {id}, then push only where it is missing{again}',
    zh: 'SCM 没有说明推送是否已到达部分目标，推送可能仍会生效：请一分钟后用 `scm show {id}` 查看部署位置，只向缺少的位置推送{again}',
  },
  unknownHint: {
    en: 'SCM cannot tell whether the certificate is already deployed at some targets, so they were not pushed: see where it is with scm show {id}, then push only where it is missing{again}',
    zh: 'SCM 无法确定证书是否已部署在部分目标，因此没有推送到这些目标：请用 `scm show {id}` 查看部署位置，只向缺少的位置推送{again}',
  },
  pendingAgain: { en: '; the ones SCM refused can be pushed again: {command}', zh: '；被 SCM 拒绝的目标可以重新推送：`{command}`' },
  checkProjectsHint: { en: 'check the project names (region ids such as cn-north-4)', zh: '请检查项目名称（区域 ID，例如 cn-north-4）' },
  missingService: { en: 'missing --service', zh: '缺少 --service' },
  missingServiceHint: { en: 'scm push ID --service CDN|WAF|ELB [--project REGION]...', zh: "用法：`scm push ID --service CDN|WAF|ELB [--project 区域]...`" },
  refused: { en: 'push refused offline: nothing was sent', zh: '离线检查未通过，推送被拒绝：没有发送任何请求' },
  dryRun: { en: 'dry run: nothing was sent', zh: '试运行：没有发送任何请求' },
} satisfies Messages;
