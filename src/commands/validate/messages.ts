// What `scm validate` says around the findings: the certificate block's labels, the verdict, the totals.
import { plural, type Messages } from '../../core/i18n.js';

export const LABELS = {
  subject: { en: 'Subject', zh: '主题' },
  names: { en: 'Names', zh: '域名' },
  issuer: { en: 'Issuer', zh: '签发者' },
  valid: { en: 'Valid', zh: '有效期' },
  key: { en: 'Key', zh: '密钥' },
  signature: { en: 'Signature', zh: '签名算法' },
  sha256: { en: 'SHA-256', zh: 'SHA-256' },
  chain: { en: 'Chain', zh: '证书链' },
} as const;

export const M = {
  none: { en: '(none)', zh: '（无）' },
  validRange: { en: '{from} to {to} ({days})', zh: '{from} 至 {to}（{days}）' },
  expiredAgo: { en: (p) => `expired ${plural(Number(p.days), 'day')} ago`, zh: '已过期 {days} 天' },
  daysLeft: { en: (p) => `${plural(Number(p.days), 'day')} left`, zh: '剩余 {days} 天' },
  keyMatches: { en: '{key}, matches the private key', zh: '{key}，与私钥匹配' },
  keyMismatch: { en: '{key}; the private key is {keyType} and does not match', zh: '{key}；私钥为 {keyType}，与证书不匹配' },
  tally: {
    en: (p) => `${plural(Number(p.errors), 'error')}, ${plural(Number(p.warnings), 'warning')}`,
    zh: '{errors} 个错误，{warnings} 个警告',
  },
  fail: { en: 'FAIL', zh: '不通过' },
  ok: { en: 'OK', zh: '通过' },
  refused: { en: '{tally}: SCM would refuse this upload', zh: '{tally}：SCM 会拒绝这次上传' },
  strictFail: { en: '{tally} (with --strict, warnings fail too)', zh: '{tally}（使用 --strict 时警告也会导致不通过）' },
  accepted: { en: '{tally}: SCM would accept this upload', zh: '{tally}：SCM 会接受这次上传' },
  totals: {
    en: (p) => `${plural(Number(p.count), 'bundle')}: ${p.passed} passed, ${p.failed} failed`,
    zh: '共 {count} 个证书目录：{passed} 个通过，{failed} 个不通过',
  },
  totalsUnreadable: {
    en: (p) => `${plural(Number(p.count), 'bundle')}: ${p.passed} passed, ${p.failed} failed, ${p.unreadable} could not be read`,
    zh: '共 {count} 个证书目录：{passed} 个通过，{failed} 个不通过，{unreadable} 个无法读取',
  },
  someUnreadable: {
    // "the others were validated" only when there are others.
    en: (p) => (p.count === p.total ? `none of the ${p.total} bundles could be read` : `${plural(Number(p.count), 'bundle')} of ${p.total} could not be read; the others were validated`),
    zh: (p) => (p.count === p.total ? `${p.total} 个证书目录都无法读取` : `${p.total} 个证书目录中有 ${p.count} 个无法读取；其余的已完成校验`),
  },
  // What fails, by severity: warnings fail only under --strict, which is then said as the text verdict says it.
  failing: {
    en: (p) => {
      const errors = Number(p.errors);
      const warnings = Number(p.warnings);
      const what = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ');
      return `${what} ${errors + warnings === 1 ? 'fails' : 'fail'} the check${warnings > 0 ? ' (with --strict, warnings fail too)' : ''}; see "findings" on stdout`;
    },
    zh: (p) => {
      const errors = Number(p.errors);
      const warnings = Number(p.warnings);
      const what = [errors > 0 ? `${errors} 个错误` : '', warnings > 0 ? `${warnings} 个警告` : ''].filter(Boolean).join('和 ');
      return `校验不通过：${what}${warnings > 0 ? '（使用 --strict 时警告也会导致不通过）' : ''}；详见标准输出中的 \`findings\``;
    },
  },
  skipping: { en: 'skipping {path}: not a directory', zh: '跳过 {path}：不是目录' },
  nothing: { en: 'nothing to validate', zh: '没有需要校验的内容' },
  nothingHint: {
    en: "try 'scm validate --cert fullchain.pem --key privkey.pem' or 'scm validate /etc/letsencrypt/live/example.com'",
    zh: "请试试 `scm validate --cert fullchain.pem --key privkey.pem` 或 `scm validate /etc/letsencrypt/live/example.com`",
  },
  pfxAndOthers: { en: '--pfx replaces --cert, --key and --chain; give one or the other', zh: '--pfx 代替 --cert、--key 和 --chain，不能与它们同时使用' },
  pfxAndArgs: { en: '--pfx is a bundle of its own; give --pfx or files and folders, not both', zh: '--pfx 本身就是一个证书包；--pfx 与文件或目录参数只能选一种' },
  pfxPasswordAlone: {
    en: '--pfx-password-file needs --pfx (or a bundle that holds a .pfx, or an encrypted --key)',
    zh: '--pfx-password-file 需要与 --pfx（或包含 .pfx 文件的证书包，或加密的 --key）一起使用',
  },
  stdinOnce: { en: "'-' (standard input) may be given only once", zh: '“-”（标准输入）只能使用一次' },
  badTarget: { en: "--target must be CDN, WAF or ELB, not '{value}'", zh: '--target 只能是 CDN、WAF 或 ELB，不能是“{value}”' },
  overrideOneFolder: {
    en: '--cert, --key and --chain override a role of one bundle; give them with one folder (or with files), not with {count} folders',
    zh: '--cert、--key 和 --chain 用于替换单个证书包中的某一部分；只能与一个目录（或一组文件）一起使用，不能与 {count} 个目录一起使用',
  },
  badDomain: { en: "--domain '{value}' is not a domain name: it {problem}", zh: '--domain “{value}”不是合法的域名：{problem}' },
  badDomainHint: { en: 'give a host name such as www.example.com or *.example.com, or one IP address such as 192.0.2.1 or 2001:db8::1', zh: '请传入主机名（例如 www.example.com 或 *.example.com）或单个 IP 地址（例如 192.0.2.1 或 2001:db8::1）' },
  filesAndFolders: {
    en: '{path} is a file and {dir} a folder: give files (read together as one bundle) or folders (one bundle each), not both',
    zh: '{path} 是文件，而 {dir} 是目录：请只传文件（合起来作为一个证书包）或只传目录（每个目录一个证书包），不要混用',
  },
  emptyName: { en: '(empty)', zh: '（空）' },
} satisfies Messages;
