// `scm export ID`: the certificate, its chain and its private key from SCM, as files.
import { API_OPTIONS } from '../shared/api-options.js';
import type { CommandSpec } from '../types.js';

export const exportSpec: CommandSpec = {
  name: 'export',
  summary: { en: 'export a certificate and its private key from SCM into PEM files (mode 0600)', zh: '从 SCM 导出证书及其私钥，写成 PEM 文件（权限 0600）' },
  args: [{ name: 'certificate-id', required: true, complete: 'none', description: { en: 'the SCM certificate id (scs + 13 digits)', zh: 'SCM 证书 ID（scs 加 13 位数字）' } }],
  options: [
    { flags: '--out <dir>', complete: 'dir', description: { en: 'folder to write cert.pem, chain.pem, fullchain.pem and privkey.pem into (default: the current folder; made if missing)', zh: '写入 cert.pem、chain.pem、fullchain.pem 和 privkey.pem 的目录（默认当前目录；不存在时自动创建）' } },
    { flags: '--force', description: { en: 'replace files already there (never a symbolic link)', zh: '覆盖已存在的文件（符号链接除外）' } },
    ...API_OPTIONS,
    { flags: '--json', description: { en: 'print one JSON document listing the files (never their content)', zh: '输出一个 JSON 文档，列出写入的文件（不含文件内容）' } },
  ],
  examples: [
    { cmd: 'scm export scs1700000000000 --out /etc/nginx/tls/example.com', note: { en: 'cert.pem, chain.pem, fullchain.pem, privkey.pem', zh: '写出 cert.pem、chain.pem、fullchain.pem、privkey.pem' } },
    { cmd: 'scm export scs1700000000000 --out . --force', note: { en: 'replace an earlier export', zh: '覆盖之前导出的文件' } },
  ],
  load: () => import('./run.js'),
};
