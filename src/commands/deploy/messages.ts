// What `scm deploy` says: the table, the summary line, the refusal and the failure, the cost note (which
// `scm rotate` says too). The JSON keeps the English enum values.
import { plural, type Messages } from '../../core/i18n.js';

/** The RESULT column (JSON: deployed, failed, unchanged, skipped, interrupted). */
export const RESULT = {
  deployed: { en: 'deployed', zh: '已部署' },
  recovered: { en: 'deployed', zh: '已部署' },
  unchanged: { en: 'unchanged', zh: '未变' },
  failed: { en: 'failed', zh: '失败' },
  interrupted: { en: 'interrupted', zh: '已中断' },
  'not-sent': { en: 'skipped', zh: '跳过' },
} satisfies Messages;

export const H = {
  resource: { en: 'RESOURCE', zh: '资源' },
  result: { en: 'RESULT', zh: '结果' },
  message: { en: 'MESSAGE', zh: '信息' },
} satisfies Messages;

export const M = {
  phase: { en: 'the deployment', zh: '部署' },
  missingService: { en: 'missing --service', zh: '缺少 --service' },
  missingResource: { en: 'missing --resource', zh: '缺少 --resource' },
  usageHint: { en: 'scm deploy ID --service CDN|WAF|ELB [--project REGION] --resource R...', zh: '用法：`scm deploy ID --service CDN|WAF|ELB [--project 区域] --resource 资源...`' },
  refused: { en: 'deployment refused: nothing was sent', zh: '部署被拒绝：没有发送任何请求' },
  refusedAfterLook: { en: 'deployment refused: nothing was deployed', zh: '部署被拒绝：没有部署任何内容' },
  reading: { en: 'reading {id} and where it is deployed', zh: '正在读取 {id} 及其部署位置' },
  deploying: {
    en: (p) => `deploying ${p.id} to ${plural(Number(p.count), 'resource')} of ${p.service}${p.project ? ` in ${p.project}` : ''}${Number(p.of) > 1 ? ` (request ${p.n} of ${p.of})` : ''}`,
    zh: (p) => `正在把 ${p.id} 部署到${p.project ? ` ${p.project} 的` : ''} ${p.service}，共 ${p.count} 个资源${Number(p.of) > 1 ? `（第 ${p.n}/${p.of} 个请求）` : ''}`,
  },
  head: {
    en: (p) => `${p.id} to ${p.service}${p.project ? ` in ${p.project}` : ''}: ${p.ok} of ${plural(Number(p.count), 'resource')} ${Number(p.ok) === 1 ? 'uses' : 'use'} it`,
    zh: (p) => `${p.id} 部署到${p.project ? ` ${p.project} 的` : ''} ${p.service}：${p.count} 个资源中有 ${p.ok} 个已使用该证书`,
  },
  rowRecovered: { en: 'deployed (the answer was lost; ListDeployedResources shows it)', zh: '已部署（应答丢失，`ListDeployedResources` 显示已部署）' },
  rowUnchanged: { en: 'already uses it: not sent again', zh: '已在使用该证书：不再重复部署' },
  listItem: { en: '{resource} ({message})', zh: '{resource}（{message}）' },
  failedFor: {
    en: (p) => `deployment failed for ${p.failed} of ${plural(Number(p.count), 'resource')}: ${p.list}`,
    zh: '{count} 个资源中有 {failed} 个部署失败：{list}',
  },
  partialHint: { en: 'the others use the certificate now; run the same command again to retry the rest (resources that hold it are not sent again)', zh: '其他资源已在使用该证书；再次运行同一命令即可重试部署失败的资源（已在使用该证书的资源不会重复部署）' },
  failedHint: { en: 'each row says what the service answered; run the same command again once that is fixed', zh: '每一行都列出了服务端的应答；问题解决后再次运行同一命令即可' },
  dryRun: { en: 'dry run: nothing was sent; without credentials, the checks that need SCM (the certificate\'s names, SM2, expiry, where it is already deployed) were not made', zh: '试运行：没有发送任何请求；由于没有凭证，需要查询 SCM 的检查（证书包含的域名、国密、有效期、已部署位置）未进行' },
  // With credentials a dry run reads as the run does, and changes nothing.
  dryRunChecked: { en: 'dry run: nothing was deployed; only the reads the checks need were sent (ShowCertificate, ListDeployedResources)', zh: '试运行：没有部署任何内容；只发送了检查所需的只读请求（`ShowCertificate`、`ListDeployedResources`）' },
  dryRunHolding: {
    en: (p) => `${plural(Number(p.count), 'resource')} already ${Number(p.count) === 1 ? 'uses' : 'use'} ${p.id}: not sent again (${p.list})`,
    zh: '{count} 个资源已在使用 {id}，不会重复部署：{list}',
  },
  // A note's label is the text's: a --json warning's message carries none, as every command's (said via `note`).
  note: { en: 'note: {text}', zh: '注意：{text}' },
  cost: {
    en: (p) => `Huawei Cloud bills each deployment of an uploaded certificate per domain (the DeployCertificate documentation says CNY 30 per domain); this deploys to ${plural(Number(p.count), 'resource')}`,
    zh: '华为云对上传证书的每次部署按域名收费（`DeployCertificate` 文档所列为每个域名 30 元）；本次将部署到 {count} 个资源',
  },
  /** ListDeployedResources cannot say whether some targets use the certificate already: they are sent all the same. */
  unsure: {
    en: (p) => `SCM cannot tell whether ${plural(Number(p.count), 'resource')} already ${Number(p.count) === 1 ? 'uses' : 'use'} ${p.id} (${p.why}), so ${Number(p.count) === 1 ? 'it is' : 'they are'} deployed all the same: one that uses it already is deployed (and billed) again`,
    zh: 'SCM 无法确定其中 {count} 个资源是否已在使用 {id}（{why}），因此仍会部署：已在使用它的资源会被再次部署（并计费）',
  },
} satisfies Messages;
