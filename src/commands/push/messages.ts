// What `scm push` (and the push step of `scm upload --push`) says: the result line or table, and the failure.
import { plural, type Messages } from '../../core/i18n.js';

/** The RESULT column, by the row's result (the JSON keeps the English enum). */
export const RESULT = {
  pushed: { en: 'pushed', zh: '已推送' },
  present: { en: 'present', zh: '已存在' },
  recovered: { en: 'pushed', zh: '已推送' },
  failed: { en: 'failed', zh: '失败' },
  'not-sent': { en: 'not sent', zh: '未发送' },
} satisfies Messages;

export const H = {
  project: { en: 'PROJECT', zh: '项目' },
  result: { en: 'RESULT', zh: '结果' },
  message: { en: 'MESSAGE', zh: '信息' },
  certId: { en: 'CERT_ID', zh: '副本 ID' },
} satisfies Messages;

export const M = {
  pushedLabel: { en: 'pushed', zh: '已推送' },
  presentLabel: { en: 'already there:', zh: '已存在' },
  failedLabel: { en: 'push failed:', zh: '推送失败' },
  partLabel: { en: 'pushed with failures:', zh: '部分推送失败' },
  where: { en: '{id} to {service}', zh: '{id} 到 {service}' },
  whereIn: { en: '{id} to {service} in {project}', zh: '{id} 到 {project} 的 {service}' },
  one: { en: '{label} {where}{note}', zh: '{label}：{where}{note}' },
  note: { en: ' ({text})', zh: '（{text}）' },
  many: {
    en: (p) => `${p.label} ${p.id} to ${p.service} in ${p.ok} of ${plural(Number(p.count), 'project')}`,
    zh: '{label}：{id} 到 {service}，{count} 个项目中 {ok} 个成功',
  },
  failedFor: {
    en: (p) => `push failed for ${p.failed} of ${plural(Number(p.count), 'target')}: ${p.list}`,
    zh: '{count} 个目标中有 {failed} 个推送失败：{list}',
  },
  uploadedButFailed: {
    en: (p) => `uploaded as ${p.id}, but the push failed for ${p.failed} of ${plural(Number(p.count), 'target')}: ${p.list}`,
    zh: '已上传，ID 为 {id}，但 {count} 个目标中有 {failed} 个推送失败：{list}',
  },
  partialHint: { en: 'the others were pushed; run the same command again to complete it', zh: '其余目标已推送；再次运行同一命令即可补全' },
  checkProjectsHint: { en: 'check the project names (region ids such as cn-north-4)', zh: '请检查项目名称（区域 ID，例如 cn-north-4）' },
  missingService: { en: 'missing --service', zh: '缺少 --service' },
  missingServiceHint: { en: 'scm push ID --service CDN|WAF|ELB [--project REGION]...', zh: "用法：'scm push ID --service CDN|WAF|ELB [--project 区域]...'" },
  refused: { en: 'push refused offline: nothing was sent', zh: '离线检查未通过，推送被拒绝：没有发送任何请求' },
  dryRun: { en: 'dry run: nothing was sent', zh: '试运行：没有发送任何请求' },
} satisfies Messages;
