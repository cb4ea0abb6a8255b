// What `scm export` says: progress, refusals to overwrite, and the files written.
import { plural, type Messages } from '../../core/i18n.js';

export const M = {
  phase: { en: 'the export', zh: '导出' },
  exporting: { en: 'exporting {id}', zh: '正在导出 {id}' },
  // Ctrl-C or SIGTERM while SCM was asked: the files are written only after its answer, all at once.
  interrupted: { en: 'interrupted while exporting {id}: nothing was written', zh: '导出 {id} 时被中断：没有写入任何文件' },
  exists: {
    en: (p) => `${plural(Number(p.count), 'file')} already there: ${p.paths}`,
    zh: '以下 {count} 个文件已存在：{paths}',
  },
  existsHint: { en: 'nothing was written; add --force to replace them, or choose another --out', zh: '没有写入任何文件；请加 --force 覆盖它们，或换一个 --out 目录' },
  outDash: {
    en: '--out -: scm export writes files into a folder and never prints the private key; give a folder (./- for one named -)',
    zh: '--out -：`scm export` 把文件写入目录，从不打印私钥；请给出一个目录（名为 - 的目录请写 ./-）',
  },
  // {why}: the clause config trust uses (src/config/named.ts), or outOwner / outWritable for the folder itself.
  outDistrust: {
    en: 'refusing to write the private key into --out {dir}: {why}; they could swap the files after scm writes them',
    zh: '拒绝把私钥写入 --out {dir}：{why}；别人可以在 scm 写入后替换这些文件',
  },
  outOwner: { en: 'it belongs to user {uid}, not to you or root', zh: '它属于用户 {uid}，既不是你，也不是超级用户' },
  outWritable: { en: 'other users can write to it ({how})', zh: '其他用户可以写入它（{how}）' },
  outDistrustHint: {
    en: 'choose a folder only you can write to (nothing was asked of SCM), or make this one and those above it yours and not writable by others (chown, chmod go-w)',
    zh: '请换一个只有你能写入的目录（尚未向 SCM 发出请求），或让该目录及其上级目录归你所有、其他人不能写入（`chown`、`chmod go-w`）',
  },
  notFolder: { en: '--out {dir} is not a folder', zh: '--out {dir} 不是目录' },
  cannotMake: { en: 'cannot make the folder {dir}: {why}', zh: '无法创建目录 {dir}：{why}' },
  danglingLink: {
    en: "{link} is a symbolic link to {target}, which does not exist; scm does not make a link's target",
    zh: '{link} 是指向 {target} 的符号链接，而目标不存在；scm 不会替链接创建目标',
  },
  danglingLinkHint: { en: 'make {target} first, or choose another --out', zh: '请先创建 {target}，或换一个 --out 目录' },
  mended: {
    en: "SCM's answer for {id} held PEM with its line breaks written as \\n or as spaces: the files have them back",
    zh: 'SCM 对 {id} 的应答中，PEM 的换行被写成了字面的 \\n 或空格：写入的文件已恢复换行',
  },
  noChain: { en: 'SCM holds no chain for {id}: chain.pem not written, fullchain.pem is the certificate alone', zh: 'SCM 中 {id} 没有证书链：未写 chain.pem，fullchain.pem 中只有证书本身' },
  notExportable: { en: 'SCM answered export of {id} without a usable {what}: nothing was written', zh: 'SCM 对 {id} 的导出应答中没有可用的{what}：没有写入任何文件' },
  // SCM.0010 answered to an export: the catalogue's fix speaks of pushing (SM2, expired), not of exporting.
  refusedHint: {
    en: 'SCM exports a certificate only in a status that allows it: one bought through SCM once it is issued (not while it is applied for or checked, nor once revoked or cancelled); see its status with scm show {id} (more: scm explain SCM.0010)',
    zh: 'SCM 只导出状态允许导出的证书：通过 SCM 购买的证书须在签发后才能导出（申请中、审核中，或已吊销、已取消的不能导出）；可用 `scm show {id}` 查看它的状态（详见 `scm explain SCM.0010`）',
  },
  notExportableHint: { en: 'try again later; if it persists, look at the certificate in the SCM console (scm show ID)', zh: '请稍后重试；如果仍然如此，请在 SCM 控制台中查看该证书（`scm show ID`）' },
  certificate: { en: 'certificate', zh: '证书' },
  'private key': { en: 'private key', zh: '私钥' },
  'matching key': { en: 'private key (the one sent is not the certificate\'s)', zh: '私钥（发来的私钥与证书不匹配）' },
  noKey: {
    en: 'SCM sent no private key for {id}: privkey.pem not written (SCM holds none for a certificate bought with your own CSR; for an uploaded one, check it with scm show {id})',
    zh: 'SCM 没有发来 {id} 的私钥：未写 privkey.pem（使用自己的 CSR 购买的证书在 SCM 中没有私钥；如果是上传的证书，请用 `scm show {id}` 查看）',
  },
  keyKept: { en: '{path} kept: the key already there is this certificate\'s', zh: '保留了 {path}：其中的私钥与该证书匹配' },
  staleKey: {
    en: 'SCM sent no private key for {id}, and {path} is there from before: it would stay beside a certificate it does not belong to; nothing was written',
    zh: 'SCM 没有发来 {id} 的私钥，而 {path} 是之前留下的：它会留在一张与它不匹配的证书旁边；没有写入任何文件',
  },
  staleEncKey: {
    en: 'SCM sent no SM2 encryption key for {id}, and {path} is there from before: it would stay beside a certificate it does not belong to; nothing was written',
    zh: 'SCM 没有发来 {id} 的 SM2 加密私钥，而 {path} 是之前留下的：它会留在一张与它不匹配的证书旁边；没有写入任何文件',
  },
  staleKeyHint: {
    en: 'move it away (it may be the only copy of that key) and export again, or choose another --out',
    zh: '请先把它移走（它可能是该私钥唯一的副本）再导出，或换一个 --out 目录',
  },
  staleChain: { en: '{path} from an earlier export removed: SCM holds no chain for {id}', zh: '已删除之前导出的 {path}：SCM 中 {id} 没有证书链' },
  staleEncCert: { en: '{path} from an earlier export removed: {id} is no SM2 pair, SCM holds no encryption certificate for it', zh: '已删除之前导出的 {path}：{id} 不是 SM2 双证书，SCM 中没有它的加密证书' },
} satisfies Messages;
