// `scm rotate [OLD_ID...] [--domain D] (--to NEW_ID | --cert F --key F [--chain F] | --pfx F | BUNDLE_DIR)`:
// the new certificate takes the place of the old ones wherever they are deployed.
import { WAF_TYPES } from '../../core/deploy/services.js';
import { API_OPTIONS } from '../shared/api-options.js';
import { INPUT_OPTIONS } from '../shared/input-options.js';
import type { CommandSpec } from '../types.js';

export const rotateSpec: CommandSpec = {
  name: 'rotate',
  summary: {
    en: 'replace certificates by a new one wherever they are deployed (ELB, WAF, CDN), check that nothing uses them any more, then optionally delete them (Huawei Cloud bills each deployment of an uploaded certificate per domain)',
    zh: '在旧证书部署的所有位置（ELB、WAF、CDN）换上新证书，确认不再有资源使用旧证书，然后可选择删除旧证书（对上传的证书，华为云按域名收取部署费用）',
  },
  args: [{
    name: 'old-id-or-bundle', variadic: true, complete: 'dir',
    description: { en: 'ids of the certificates to replace (scs + 13 digits), and/or one bundle folder holding the new certificate', zh: '要替换的证书 ID（scs 加 13 位数字），和/或一个存放新证书的证书目录' },
  }],
  options: [
    { flags: '--domain <host>', host: true, complete: 'none', description: { en: 'the certificates to replace are every other certificate in SCM whose names cover HOST', zh: '要替换的证书为 SCM 中覆盖该主机名的所有其他证书' } },
    { flags: '--to <id>', complete: 'none', description: { en: 'the new certificate, already in SCM (instead of files)', zh: '新证书：SCM 中已有的证书 ID（代替文件）' } },
    ...INPUT_OPTIONS,
    { flags: '--name <name>', complete: 'none', description: { en: 'name of the new certificate in SCM when it is uploaded (default: <first domain>-<YYYYMMDD>)', zh: '上传新证书时在 SCM 中使用的名称（默认：<第一个域名>-<YYYYMMDD>）' } },
    { flags: '--delete-old', description: { en: 'then delete the old certificates nothing uses any more (never after a failed deployment)', zh: '随后删除已不再使用的旧证书（有部署失败时不删除）' } },
    { flags: '--disable-notifications', description: { en: 'then turn off the expiry e-mails of the old certificates nothing uses any more', zh: '随后关闭已不再使用的旧证书的到期通知' } },
    { flags: '--waf-type <type>', choices: WAF_TYPES, complete: 'none', description: { en: 'the type sent with WAF certificates: premium (dedicated) or cloud (without it: cloud, then premium for those WAF refuses)', zh: '部署 WAF 证书时发送的类型：“premium”（独享）或“cloud”（云模式）；不指定时先按云模式发送，被 WAF 拒绝的再按独享版发送' } },
    { flags: '--enterprise-project-id <id>', complete: 'none', description: { en: 'enterprise project: of the upload (else the config file\'s), and sent with WAF certificates (the flag only)', zh: '企业项目：用于上传新证书（未给出时用配置文件中的），并随 WAF 证书一起发送（仅此选项）' } },
    ...API_OPTIONS,
    { flags: '--dry-run', description: { en: 'print the plan (read-only requests are made); upload, deploy and delete nothing', zh: '只输出计划（会发送只读请求）；不上传、不部署、不删除' } },
    { flags: '--json', description: { en: 'print one JSON document', zh: '输出一个 JSON 文档' } },
    { flags: '-q, --quiet', description: { en: 'print only the new certificate id; a rotation that did not complete prints its rows (errors still on stderr)', zh: '只输出新证书 ID；轮换未全部完成时输出每个资源的结果（错误仍输出到标准错误）' } },
  ],
  examples: [
    { cmd: 'scm rotate --domain www.example.com /etc/letsencrypt/live/example.com --dry-run', note: { en: 'the plan: every resource the older certificates are on, and the cost', zh: '查看计划：旧证书所在的每个资源，以及费用' } },
    { cmd: 'scm rotate --domain www.example.com --cert fullchain.pem --key privkey.pem --delete-old', note: { en: 'upload once, deploy everywhere, verify, delete what nothing uses', zh: '上传一次，部署到各处，确认后删除不再使用的旧证书' } },
    { cmd: 'scm rotate scs1700000000000 --to scs1700000000001 --disable-notifications', note: { en: 'between two certificates SCM holds; no more expiry e-mails for the old one', zh: '在 SCM 中已有的两张证书之间轮换；不再收到旧证书的到期通知' } },
  ],
  load: () => import('./run.js'),
};
