import { INPUT_OPTIONS } from '../shared/input-options.js';
import type { CommandSpec } from '../types.js';

export const validateSpec: CommandSpec = {
  name: 'validate',
  summary: { en: "check a certificate bundle offline against SCM's upload rules", zh: '按 SCM 的上传规则离线检查证书、私钥和证书链' },
  args: [{
    name: 'bundles',
    description: {
      en: "bundle folders (such as /etc/letsencrypt/live/example.com), or files that form one bundle, read by content; '-' reads stdin",
      zh: '证书目录（例如 /etc/letsencrypt/live/example.com），或组成一个证书包的若干文件，按内容识别；“-”读取标准输入',
    },
    variadic: true,
    // Files too: `scm validate fullchain.pem privkey.pem` is one bundle (a file completion offers folders as well).
    complete: 'file',
  }],
  options: [
    ...INPUT_OPTIONS,
    { flags: '--name <name>', description: { en: 'certificate name to check (3-63 letters, digits, _ - .)', zh: '要检查的证书名称（3～63 个字符，可用字母、数字、_ - .）' }, complete: 'none' },
    { flags: '--domain <domain>', description: { en: 'a domain the certificate must cover (repeatable; wildcards count)', zh: '证书必须覆盖的域名（可重复；通配符证书覆盖的也算）' }, repeatable: true, complete: 'none' },
    { flags: '--domain-count <n>', description: { en: 'the exact number of domain names the certificate must carry', zh: '证书应包含的域名个数（必须一致）' }, integer: true, complete: 'none' },
    { flags: '--target <service>', description: { en: 'check that the certificate could be pushed to CDN, WAF or ELB', zh: '检查证书能否推送到 CDN、WAF 或 ELB' }, complete: 'service' },
    { flags: '--enterprise-project-id <id>', description: { en: 'enterprise project ID to check ("0", "all" or a UUID)', zh: '要检查的企业项目 ID（“0”、“all”或 UUID）' }, complete: 'none' },
    { flags: '--warn-days <days>', description: { en: 'warn when the certificate expires within this many days (default 30)', zh: '证书剩余有效期少于该天数时给出警告（默认 30）' }, integer: true, complete: 'none' },
    { flags: '--strict', description: { en: 'fail (exit 1) on warnings too', zh: '有警告也判为不通过（退出码 1）' } },
    { flags: '-q, --quiet', description: { en: 'print only failing findings (nothing when all is well)', zh: '只输出导致不通过的问题（全部通过时不输出）' } },
    { flags: '--json', description: { en: 'print one JSON document', zh: '输出一个 JSON 文档' } },
  ],
  examples: [
    { cmd: 'scm validate --cert fullchain.pem --key privkey.pem', note: { en: 'a certificate and its key (the chain is split off)', zh: '检查证书及其私钥（自动拆分出证书链）' } },
    { cmd: 'scm validate /etc/letsencrypt/live/* --json', note: { en: 'every certbot bundle, one JSON report', zh: '检查 certbot 的所有证书目录，输出一份 JSON 报告' } },
    { cmd: 'scm validate --pfx site.pfx --pfx-password-file pw.txt --target WAF', note: { en: 'a PKCS#12 file, pushable to WAF?', zh: '检查 PKCS#12 文件，以及能否推送到 WAF' } },
    { cmd: 'scm validate --cert cert.pem --chain chain.pem --key key.pem --domain www.example.com --strict', note: { en: 'CI gate', zh: '在 CI 中把关' } },
  ],
  load: () => import('./run.js'),
};
