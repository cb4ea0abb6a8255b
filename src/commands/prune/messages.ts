// What `scm prune` says: progress, the plan's headings, and the summary.
import { plural, type Messages } from '../../core/i18n.js';

export const H = {
  id: { en: 'ID', zh: 'ID' },
  name: { en: 'NAME', zh: '名称' },
  expires: { en: 'EXPIRES (UTC+8)', zh: '到期（UTC+8）' },
  plan: { en: 'PLAN', zh: '计划' },
  result: { en: 'RESULT', zh: '结果' },
} satisfies Messages;

export const M = {
  phase: { en: 'the prune', zh: '清理' },
  needDomain: { en: 'scm prune needs --domain HOST: the certificates to consider are those whose names cover it', zh: "`scm prune` 需要 --domain 域名：只处理覆盖该域名的证书" },
  badKeep: { en: '--keep {n}: keep at least 1 certificate for each set of names', zh: '--keep {n}：每组相同域名的证书至少保留 1 张' },
  reading: { en: 'reading the certificate list', zh: '正在读取证书列表' },
  checking: { en: (p) => `checking where ${plural(Number(p.count), 'candidate is', 'candidates are')} deployed`, zh: '正在查询 {count} 张候选证书的部署位置' },
  deleting: { en: 'deleting {id} ({n} of {count})', zh: '正在删除 {id}（第 {n}/{count} 张）' },
  none: { en: 'no certificate in SCM covers {domain}', zh: 'SCM 中没有覆盖 {domain} 的证书' },
  noneRead: { en: 'no certificate read from SCM covers {domain}', zh: '已读取的证书中没有覆盖 {domain} 的证书' },
  partial: { en: '{why}; prune deletes only what it read, and only what a newer certificate supersedes', zh: '{why}；清理只处理已读取的证书，而且只删除已被更新的证书取代的那些' },
  summary: {
    en: (p) => `${plural(Number(p.deleted), 'certificate')} deleted, ${p.kept} kept${Number(p.left) > 0 ? `, ${p.left} not deleted` : ''}`,
    zh: (p) => `已删除 ${p.deleted} 张，保留 ${p.kept} 张${Number(p.left) > 0 ? `，${p.left} 张未删除` : ''}`,
  },
  undecided: {
    en: (p) => `${plural(Number(p.count), 'superseded certificate was', 'superseded certificates were')} kept because SCM could not tell whether ${Number(p.count) === 1 ? 'it is' : 'they are'} in use: ${p.ids}`,
    zh: '有 {count} 张已被取代的证书未删除，因为 SCM 无法确定它们是否仍在使用：{ids}',
  },
  late: {
    en: (p) => `${plural(Number(p.count), 'certificate was', 'certificates were')} not deleted: looked at again just before, ${Number(p.count) === 1 ? 'it is' : 'they are'} deployed now (or SCM cannot tell): ${p.ids}`,
    zh: '有 {count} 张证书未删除：删除前再次查询，发现它们现在已有部署（或 SCM 无法确定）：{ids}',
  },
  undecidedHint: { en: 'run the same prune again later; scm show ID says where SCM cannot tell', zh: '请稍后再次运行同一条清理命令；`scm show ID` 会列出 SCM 无法确定的位置' },
  dryRun: {
    en: (p) => `dry run: ${plural(Number(p.count), 'certificate')} would be deleted; nothing was deleted`,
    zh: '试运行：将删除 {count} 张证书；没有删除任何证书',
  },
} satisfies Messages;
