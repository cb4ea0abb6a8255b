// What `scm upload` says: the result line, progress, copies found or removed on the way, and what an
// interrupted import may have left behind.
import type { Messages } from '../../core/i18n.js';

export const U = {
  uploadedLabel: { en: 'uploaded', zh: '已上传' },
  uploaded: { en: '{label} {name} as {id}{note}', zh: '{label} {name}，ID 为 {id}{note}' },
  recoveredNote: { en: ' (found in SCM after the answer was lost; imported once)', zh: '（应答丢失后在 SCM 中按指纹找到；只导入了一次）' },
  unchangedLabel: { en: 'unchanged:', zh: '未变化：' },
  unchanged: { en: '{label} the same certificate is already in SCM as {id}; nothing uploaded', zh: '{label}SCM 中已有同一张证书，ID 为 {id}；未上传' },
  looking: { en: 'looking for this certificate in SCM ({host})', zh: '正在 SCM（{host}）中查找这张证书' },
  uploading: { en: 'uploading {name} to {host}', zh: '正在把 {name} 上传到 {host}' },
  verifying: { en: 'checking that SCM holds this certificate once ({host})', zh: '正在确认 SCM（{host}）中只有一份这张证书' },
  lateCopy: {
    en: (p) => `SCM holds this certificate ${p.count === 2 ? 'twice' : `${p.count} times`}: ${p.ids}; an earlier attempt whose answer was lost was stored as well`,
    zh: 'SCM 中这张证书共有 {count} 份：{ids}；应答丢失的那次导入也已存储',
  },
  deletedCopy: {
    en: (p) => `kept ${p.kept} (the older) and deleted the newer ${Number(p.count) === 1 ? 'copy' : `${p.count} copies`}: ${p.ids} (deployed nowhere)`,
    zh: '保留较早的 {kept}，删除了较新的 {count} 份副本：{ids}（均未部署）',
  },
  keptDeployed: { en: 'also kept {ids}: already deployed, so not deleted; delete it once nothing uses it', zh: '同时保留了 {ids}：已有部署，因此未删除；不再使用后请自行删除' },
  olderCopies: { en: 'SCM also holds other copies of this certificate: {ids}', zh: 'SCM 中还有这张证书的其他副本：{ids}' },
  unverified: { en: 'imported as {id}, but could not check that SCM holds only one copy: {why}', zh: '已导入，ID 为 {id}，但无法确认 SCM 中只有一份：{why}' },
  unverifiedHint: { en: 'a rerun with --if-changed reports every copy by fingerprint', zh: '加 --if-changed 重新运行，会按指纹列出所有副本' },
  interrupted: { en: 'interrupted while importing {name}: the certificate may have reached SCM', zh: '导入 {name} 时被中断：证书可能已经到达 SCM' },
  interruptedHint: {
    en: 'to check, run the same {cmd} again with --if-changed (it imports only if SCM does not hold the certificate), or look with: {list}',
    zh: '如需确认，请加 --if-changed 重新运行同一条 {cmd}（SCM 中没有这张证书时才会导入），或用以下命令查看：{list}',
  },
  inScmPushFailed: { en: 'the certificate is in SCM as {id}; pushing it failed', zh: '证书已在 SCM 中，ID 为 {id}；但推送失败' },
} satisfies Messages;
