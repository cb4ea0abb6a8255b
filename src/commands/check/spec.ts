// `scm check TARGET... [--within DAYS] [--expect CERT_ID|FILE|FINGERPRINT] [--servername NAME]`: does this need attention?
import { API_OPTIONS } from '../shared/api-options.js';
import type { CommandSpec } from '../types.js';

const TIMEOUT = {
  en: 'time limit in seconds of each TLS handshake (default 10) and of each SCM request (default 30); at most 3600',
  zh: '超时时间，单位为秒：每次 TLS 握手默认 10 秒，每个 SCM 请求默认 30 秒；最多 3600',
};

export const checkSpec: CommandSpec = {
  name: 'check',
  summary: {
    en: 'does a certificate need attention? files, bundle folders, SCM ids or TLS endpoints: days left, names, chain, fingerprint',
    zh: '证书是否需要处理？可检查文件、证书目录、SCM 证书 ID 或 TLS 端点：剩余天数、域名、证书链、指纹',
  },
  args: [{
    name: 'targets', variadic: true, required: true, complete: 'file',
    description: { en: 'a certificate file or bundle folder (no key needed), an SCM id (scs + 13 digits), or https://host[:port] or host:port', zh: '证书文件或证书目录（不需要私钥）、SCM 证书 ID（scs 加 13 位数字），或 https://主机[:端口]、主机:端口' },
  }],
  options: [
    { flags: '--within <days>', integer: true, complete: 'none', sameAs: ['--expiring'], description: { en: 'needs attention when it expires within DAYS days (default 30): the renewal gate for cron', zh: '在该天数内到期即视为需要处理（默认 30）：可作为定时任务的续期判断' } },
    { flags: '--expect <target>', complete: 'file', description: { en: 'the certificate must be this one: an SCM id, a file, or a SHA-1 or SHA-256 fingerprint (as openssl prints it, or bare hex), compared by fingerprint', zh: '证书必须与之相同：SCM 证书 ID、文件，或 SHA-1、SHA-256 指纹（`openssl` 打印的形式或纯十六进制），按指纹比较' } },
    { flags: '--servername <host>', host: 'sni', complete: 'none', description: { en: 'the name to send as SNI and to check the certificate covers (default: the endpoint\'s host)', zh: '作为 SNI 发送、并检查证书是否包含的域名（默认：端点的主机名）' } },
    { flags: '--pfx-password-file <file>', complete: 'file', description: { en: 'read the password of a PKCS#12 (.pfx/.p12) target from the first line of FILE (default: $SCM_PFX_PASSWORD)', zh: '从该文件的第一行读取 PKCS#12（.pfx/.p12）检查对象的密码（默认取自 $SCM_PFX_PASSWORD）' } },
    // A handshake and an SCM request have different default limits; one --timeout sets both.
    ...API_OPTIONS.map((o) => (o.flags.startsWith('--timeout ') ? { ...o, description: TIMEOUT } : o)),
    { flags: '--json', description: { en: 'print one JSON document', zh: '输出一个 JSON 文档' } },
  ],
  examples: [
    { cmd: 'scm check /etc/letsencrypt/live/example.com --within 30 || certbot renew', note: { en: 'the renewal gate for cron: exit 0 while more than 30 days are left', zh: '定时任务的续期判断：剩余超过 30 天时退出码为 0' } },
    { cmd: 'scm check https://www.example.com --expect scs1700000000001', note: { en: 'after a rotation: is the new certificate served?', zh: '轮换之后：服务器发送的是否是新证书？' } },
    { cmd: 'scm check 127.0.0.1:8443 --servername www.example.com --json', note: { en: 'an address with SNI; the chain, names and days left as JSON', zh: '按地址连接并指定 SNI；以 JSON 输出证书链、域名和剩余天数' } },
  ],
  load: () => import('./run.js'),
};
