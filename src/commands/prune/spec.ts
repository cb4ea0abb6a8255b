// `scm prune --domain D`: delete the imported certificates for D that newer ones with the same names supersede.
import { API_OPTIONS } from '../shared/api-options.js';
import type { CommandSpec } from '../types.js';

export const pruneSpec: CommandSpec = {
  name: 'prune',
  summary: { en: 'delete superseded imported certificates for a domain, keeping the newest and every deployed one', zh: '删除某域名下已被取代的上传证书，保留最新的和所有已部署的' },
  args: [],
  options: [
    { flags: '--domain <host>', host: true, complete: 'none', description: { en: 'the certificates whose names cover HOST (required; wildcard-aware)', zh: '处理覆盖该主机名的证书（必填；支持通配符）' } },
    { flags: '--keep <n>', integer: true, complete: 'none', description: { en: 'how many of the newest to keep for each set of names (default 1)', zh: '每组相同域名的证书保留最新的几张（默认 1）' } },
    { flags: '--expired', description: { en: 'delete only certificates that have expired', zh: '只删除已过期的证书' } },
    { flags: '--dry-run', description: { en: 'print the plan, one row per certificate with its action and reason; delete nothing', zh: '输出计划，每张证书一行，说明操作及原因；不做任何删除' } },
    ...API_OPTIONS,
    { flags: '--json', description: { en: 'print one JSON document', zh: '输出一个 JSON 文档' } },
  ],
  examples: [
    { cmd: 'scm prune --domain www.example.com --dry-run', note: { en: 'what would be kept and deleted, and why', zh: '查看哪些会保留、哪些会删除，以及原因' } },
    { cmd: 'scm prune --domain www.example.com', note: { en: 'after a renewal: delete the superseded ones', zh: '续期之后：删除已被取代的证书' } },
    { cmd: 'scm prune --domain example.com --keep 2 --expired', note: { en: 'keep two per set of names, delete only expired ones', zh: '每组保留两张，只删除已过期的' } },
  ],
  load: () => import('./run.js'),
};
