// What `scm delete` says: progress, the table's headings, and the outcome when some were refused.
import { plural, type Messages } from '../../core/i18n.js';

export const H = {
  id: { en: 'ID', zh: 'ID' },
  result: { en: 'RESULT', zh: '结果' },
  note: { en: 'NOTE', zh: '说明' },
} satisfies Messages;

export const M = {
  phase: { en: 'the delete', zh: '删除' },
  checking: { en: (p) => `checking where ${plural(Number(p.count), 'certificate is', 'certificates are')} deployed`, zh: '正在查询 {count} 张证书的部署位置' },
  looking: { en: 'looking up {id} ({n} of {count})', zh: '正在查询 {id}（第 {n}/{count} 张）' },
  deleting: { en: 'deleting {id} ({n} of {count})', zh: '正在删除 {id}（第 {n}/{count} 张）' },
  alreadyDeleted: { en: '{id}: already deleted (SCM does not hold it)', zh: '{id}：已不存在（SCM 中没有这张证书）' },
  refused: {
    en: (p) => `refused to delete ${plural(Number(p.count), 'certificate')} that may be in use: ${p.ids}`,
    zh: '拒绝删除 {count} 张可能仍在使用的证书：{ids}',
  },
  refusedHint: {
    en: (p) => (Number(p.count) === 1 ? 'scm rotate moves what uses it to a new certificate; --force deletes it anyway' : 'scm rotate moves what uses them to a new certificate; --force deletes them anyway'),
    zh: (p) => `\`scm rotate\` 可把使用${Number(p.count) === 1 ? '它' : '它们'}的资源换成新证书；加 --force 则仍然删除`,
  },
  // --force and a lookup that failed (lookup.ts): the failure's own hint follows.
  forceNeedsLookup: {
    en: '--force does not skip this lookup: it deletes past a region SCM cannot count (is_error) or resources counted but not listed, but needs the lookup to answer',
    zh: '--force 不会跳过这次查询：SCM 无法统计的区域（`is_error`）或只给出数量未列出的资源不会阻止它删除，但查询本身必须有结果',
  },
  dryRun: { en: 'dry run: nothing was deleted', zh: '试运行：没有删除任何证书' },
} satisfies Messages;
