// What `scm export` says: progress, refusals to overwrite, and the files written.
import { plural, type Messages } from '../../core/i18n.js';

export const M = {
  phase: { en: 'the export', zh: '导出' },
  exporting: { en: 'exporting {id}', zh: '正在导出 {id}' },
  exists: {
    en: (p) => `${plural(Number(p.count), 'file')} already there: ${p.paths}`,
    zh: '以下 {count} 个文件已存在：{paths}',
  },
  existsHint: { en: 'nothing was written; add --force to replace them, or choose another --out', zh: '没有写入任何文件；加 --force 覆盖它们，或换一个 --out 目录' },
  notFolder: { en: '--out {dir} is not a folder', zh: '--out {dir} 不是目录' },
  cannotMake: { en: 'cannot make the folder {dir} ({code})', zh: '无法创建目录 {dir}（{code}）' },
  noChain: { en: 'SCM holds no chain for {id}: chain.pem not written, fullchain.pem is the certificate alone', zh: 'SCM 中 {id} 没有证书链：未写 chain.pem，fullchain.pem 中只有证书本身' },
  notExportable: { en: 'SCM answered export of {id} without a usable {what}: nothing was written', zh: 'SCM 对 {id} 的导出应答中没有可用的{what}：没有写入任何文件' },
  notExportableHint: { en: 'try again later; if it persists, look at the certificate in the SCM console (scm show ID)', zh: '请稍后重试；如果仍然如此，请在 SCM 控制台中查看该证书（`scm show ID`）' },
  certificate: { en: 'certificate', zh: '证书' },
  'private key': { en: 'private key', zh: '私钥' },
  partWritten: { en: 'written before the failure: {paths}', zh: '失败前已写入：{paths}' },
} satisfies Messages;
