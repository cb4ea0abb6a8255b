// What an upload says about other copies of its certificate in SCM (copies/notes.ts), apart from the sentences
// every command may say (../messages.ts, loaded at start-up): only upload and rotate need these.
import type { Messages } from '../../../core/i18n.js';

/** Copies of one certificate in SCM, seen on the way by an upload (upload, rotate). */
export const COPIES = {
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
  mayStillLand: {
    en: 'imported as {id} after a first attempt timed out; SCM may still store that one too, as a second copy: in a minute, look with scm list --search {name} and delete the copy that is not {id}',
    zh: '第一次导入超时后，已重新导入，ID 为 {id}；SCM 可能仍会存储第一次导入，形成第二份副本：请一分钟后用 `scm list --search {name}` 查看，并删除 ID 不是 {id} 的那一份',
  },
} satisfies Messages;
