import { ACME_CLIENTS } from '../../core/acme/clients.js';
import { WAF_TYPES } from '../../core/deploy/services.js';
import { API_OPTIONS } from '../shared/api-options.js';
import { INPUT_OPTIONS } from '../shared/input-options.js';
import type { CommandSpec } from '../types.js';

export const uploadSpec: CommandSpec = {
  name: 'upload',
  summary: { en: 'validate, then import a certificate into SCM (and optionally push it)', zh: '先校验，再将证书导入 SCM（还可以随后推送）' },
  args: [{ name: 'bundle', description: { en: 'a bundle folder such as /etc/letsencrypt/live/example.com, or one file holding certificate and key (instead of --cert/--key)', zh: '证书目录，例如 /etc/letsencrypt/live/example.com，或同时包含证书和私钥的单个文件（代替 --cert/--key）' }, complete: 'file' }],
  options: [
    ...INPUT_OPTIONS,
    { flags: '--from <client>', description: { en: "in a renewal hook: take the files from certbot's, lego's or acme.sh's hook environment (RENEWED_LINEAGE, LEGO_CERT_PATH, CERT_PATH ...)", zh: '在续期钩子中使用：从 certbot、lego 或 acme.sh 提供给钩子的环境变量中读取文件（RENEWED_LINEAGE、LEGO_CERT_PATH、CERT_PATH 等）' }, choices: ACME_CLIENTS, complete: 'none' },
    { flags: '--name <name>', description: { en: 'certificate name in SCM: 3-63 letters, digits, _ - . (default: <first domain>-<YYYYMMDD>, UTC)', zh: 'SCM 中的证书名称：3～63 个字符，可用字母、数字、_ - .（默认为 <第一个域名>-<YYYYMMDD>，按 UTC 日期）' }, complete: 'none' },
    { flags: '--enterprise-project-id <id>', description: { en: 'enterprise project: 0 (default), all, or its UUID; with --rotate also sent with WAF certificates, as rotate sends it', zh: '企业项目：“0”（默认）、“all”或企业项目的 UUID；与 --rotate 同用时，也像 rotate 一样随 WAF 证书一起发送' }, complete: 'none' },
    ...API_OPTIONS,
    { flags: '--if-changed', description: { en: 'do nothing (exit 0, print its id) when SCM already holds this certificate (same SHA-1 fingerprint)', zh: 'SCM 中已有同一证书（SHA-1 指纹相同）时不再导入，直接输出其 ID 并以 0 退出' } },
    { flags: '--allow-duplicate', description: { en: 'let SCM store a second copy of a certificate it already holds (duplicate_check=true)', zh: '允许 SCM 为已有的证书再保存一份副本（duplicate_check=true）' } },
    { flags: '--push <target>', description: { en: 'then push it: SERVICE or SERVICE:REGION[,REGION...], e.g. WAF:cn-north-4 (repeatable)', zh: '导入后推送：服务 或 服务:区域[,区域...]，例如 WAF:cn-north-4（可重复）' }, repeatable: true, complete: 'service' },
    { flags: '--rotate', description: { en: "then put it wherever the other certificates for its first domain are deployed, and check that none of them is used any more (scm rotate --domain; implies --if-changed; billed per domain)", zh: '随后把它部署到其第一个域名的其他证书所在的所有位置，并确认旧证书不再被使用（即 `scm rotate --domain`；隐含 --if-changed；按域名计费）' } },
    { flags: '--waf-type <type>', choices: WAF_TYPES, complete: 'none', description: { en: 'with --rotate: the type sent with WAF certificates, premium (dedicated) or cloud (without it: cloud, then premium for those WAF refuses)', zh: '与 --rotate 一起使用：部署 WAF 证书时发送的类型，“premium”（独享）或“cloud”（云模式）；不指定时先按云模式发送，被 WAF 拒绝的再按独享版发送' } },
    { flags: '--no-validate', description: { en: 'do not stop on validation errors (says on stderr what it ignores)', zh: '校验出错也继续上传（在标准错误输出中列出忽略了哪些问题）' } },
    { flags: '--dry-run', description: { en: 'print the request that would be sent (private key redacted), send nothing', zh: '只打印将要发送的请求（私钥已隐去），不实际发送' } },
    { flags: '--json', description: { en: 'print one JSON document', zh: '输出一个 JSON 文档' } },
    { flags: '-q, --quiet', description: { en: 'print only the certificate id (for id=$(scm upload ...))', zh: '只输出证书 ID（便于在脚本中接收：`id=$(scm upload ...)`）' } },
  ],
  examples: [
    { cmd: 'scm upload --cert fullchain.pem --key privkey.pem --name example-com-2026', note: { en: 'validate, then import', zh: '先校验，再导入' } },
    { cmd: "certbot renew --deploy-hook 'scm upload --from certbot --if-changed'", note: { en: 'renewal hook: name <domain>-<date>, upload only when new', zh: '续期钩子：名称为 <域名>-<日期>，证书有变化时才上传' } },
    { cmd: 'scm upload --cert fullchain.pem --key privkey.pem --name example-com --push WAF:cn-north-4', note: { en: 'import and push in one step', zh: '导入并推送，一步完成' } },
    { cmd: 'id=$(scm upload /etc/letsencrypt/live/example.com --name example-com --if-changed -q)', note: { en: 'in a script: the id alone on stdout', zh: '在脚本中使用：标准输出只有证书 ID' } },
  ],
  load: () => import('./run.js'),
};
