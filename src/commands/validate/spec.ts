import { INPUT_OPTIONS } from '../shared/input-options.js';
import type { CommandSpec } from '../types.js';

export const validateSpec: CommandSpec = {
  name: 'validate',
  summary: "check a certificate bundle offline against SCM's upload rules",
  args: [{
    name: 'bundles',
    description: {
      en: "bundle folders (such as /etc/letsencrypt/live/example.com), or files that form one bundle, read by content; '-' reads stdin",
      zh: '证书目录（例如 /etc/letsencrypt/live/example.com），或组成一个证书包的若干文件，按内容识别；“-”读取标准输入',
    },
    variadic: true,
    complete: 'dir',
  }],
  options: [
    ...INPUT_OPTIONS,
    { flags: '--name <name>', description: 'certificate name to check (3-63 letters, digits, _ - .)', complete: 'none' },
    { flags: '--domain <domain>', description: 'a domain the certificate must cover (repeatable; wildcards count)', repeatable: true, complete: 'none' },
    { flags: '--domain-count <n>', description: 'the exact number of domain names the certificate must carry', integer: true, complete: 'none' },
    { flags: '--target <service>', description: 'check that the certificate could be pushed to CDN, WAF or ELB', complete: 'service' },
    { flags: '--enterprise-project-id <id>', description: 'enterprise project ID to check ("0", "all" or a UUID)', complete: 'none' },
    { flags: '--warn-days <days>', description: 'warn when the certificate expires within this many days (default 30)', integer: true, complete: 'none' },
    { flags: '--strict', description: 'fail (exit 1) on warnings too' },
    { flags: '-q, --quiet', description: 'print only failing findings (nothing when all is well)' },
    { flags: '--json', description: 'print one JSON document' },
  ],
  examples: [
    { cmd: 'scm validate --cert fullchain.pem --key privkey.pem', note: 'a certificate and its key (the chain is split off)' },
    { cmd: 'scm validate /etc/letsencrypt/live/* --json', note: 'every certbot bundle, one JSON report' },
    { cmd: 'scm validate --pfx site.pfx --pfx-password-file pw.txt --target WAF', note: 'a PKCS#12 file, pushable to WAF?' },
    { cmd: 'scm validate --cert cert.pem --chain chain.pem --key key.pem --domain www.example.com --strict', note: 'CI gate' },
  ],
  load: () => import('./run.js'),
};
