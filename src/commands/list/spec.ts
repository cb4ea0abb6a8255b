// `scm list`: the certificates in SCM, every page of them, filtered and sorted.
import { API_OPTIONS } from '../shared/api-options.js';
import type { CommandSpec } from '../types.js';

/** ListCertificates' status values (scm-api-reference §2.4). */
export const LIST_STATUSES = ['ALL', 'PAID', 'ISSUED', 'CHECKING', 'CANCELCHECKING', 'UNPASSED', 'EXPIRED', 'REVOKING', 'REVOKED', 'UPLOAD', 'CHECKING_ORG', 'ISSUING', 'SUPPLEMENTCHECKING'] as const;

export const listSpec: CommandSpec = {
  name: 'list',
  summary: { en: 'list the certificates in SCM (every page), filtered and sorted', zh: '列出 SCM 中的证书（读取所有分页），可筛选和排序' },
  args: [],
  options: [
    { flags: '--search <text>', complete: 'none', description: { en: "SCM's keyword search over name and domain", zh: 'SCM 按名称和域名进行的关键字搜索' } },
    { flags: '--domain <host>', host: true, complete: 'none', description: { en: 'only certificates whose names cover HOST (wildcards as TLS clients match them; *.d does not cover d)', zh: '只列出覆盖该主机名的证书（通配符按 TLS 客户端的规则匹配；*.d 不覆盖 d）' } },
    { flags: '--status <status>', choices: LIST_STATUSES, complete: 'none', description: { en: 'only this status: UPLOAD (imported), ISSUED, EXPIRED ... (default ALL)', zh: '只列出该状态：UPLOAD（上传的）、ISSUED、EXPIRED 等（默认 ALL）' } },
    { flags: '--expiring <days>', integer: true, complete: 'none', sameAs: ['--within'], description: { en: 'only certificates that expire within DAYS days, expired ones included; soonest first', zh: '只列出该天数内到期的证书（包括已过期的），最早到期的在前' } },
    { flags: '--enterprise-project-id <id>', complete: 'none', description: { en: 'only this enterprise project (0 is the default project)', zh: '只列出该企业项目中的证书（0 为默认项目）' } },
    { flags: '--sort <key>', choices: ['expiry', 'updated', 'status'], complete: 'none', description: { en: 'order by expiry, updated (upload time, the default) or status; newest or latest first', zh: '按到期时间（“expiry”）、更新时间（“updated”，默认）或状态（“status”）排序，默认降序' } },
    { flags: '--asc', description: { en: 'ascending order', zh: '升序排列' } },
    ...API_OPTIONS,
    { flags: '--json', description: { en: 'print one JSON document', zh: '输出一个 JSON 文档' } },
    { flags: '-q, --quiet', description: { en: 'the ids alone, one per line', zh: '只输出证书 ID，每行一个' } },
  ],
  examples: [
    { cmd: 'scm list', note: { en: 'every certificate, newest upload first', zh: '所有证书，最近上传的在前' } },
    { cmd: 'scm list --expiring 30', note: { en: 'what expires within 30 days (and what has expired)', zh: '30 天内到期（以及已过期）的证书' } },
    { cmd: 'scm list --domain www.example.com --status UPLOAD', note: { en: 'imported certificates that cover www.example.com', zh: '覆盖 www.example.com 的上传证书' } },
    // daysLeft is null when SCM gives no expiry (a bought certificate not issued yet), and jq sorts null below
    // every number: `.daysLeft < 0` alone would call such a certificate expired; `// 0` reads it as not expired.
    { cmd: "scm list --json | jq -r '.certificates[] | select((.daysLeft // 0) < 0).id'", note: { en: 'ids of expired certificates', zh: '已过期证书的 ID' } },
  ],
  load: () => import('./run.js'),
};
