// What `scm check` says: the verdict of each target, its details, why a target could not be checked, and how
// the run ended. Problem texts are core's (src/core/check/messages.ts); ids and keys stay English in JSON.
import { plural, type Messages } from '../../core/i18n.js';

export const M = {
  phase: { en: 'the check', zh: '检查' },
  badWithin: { en: '--within {value}: give a non-negative whole number of days', zh: '--within {value}：请给出非负整数天数' },
  httpTarget: { en: "{target}: scm check speaks TLS; use https://{rest} or {rest}", zh: '{target}：`scm check` 使用 TLS；请改用 https://{rest} 或 {rest}' },
  // `ldaps://user:pw@host:636`: the password is never shown again, nor sent.
  credentials: {
    en: '{target}: credentials in a check target are not used (scm check sends no user name or password); give it without them: {rest}',
    zh: '{target}：检查对象中的凭证不会被使用（`scm check` 不发送用户名和密码）；请去掉凭证后再给出：{rest}',
  },
  // `ldaps://host:636`: read as a file name before (no such file).
  otherScheme: {
    en: '{target}: scm check reads https:// URLs and host:port, for a server that speaks TLS from the start; give {rest}',
    zh: '{target}：`scm check` 只接受 `https://` 地址和“主机:端口”形式（一开始就使用 TLS 的服务器）；请改用 {rest}',
  },
  badUrl: { en: '{target}: not a URL scm can read', zh: '{target}：无法识别的 URL' },
  bareIpv6: { en: '{target}: an IPv6 address with a port is written in brackets: {fixed}', zh: '{target}：带端口的 IPv6 地址要用方括号括起来：{fixed}' },
  badPort: { en: '{target}: the port must be 1 to 65535', zh: '{target}：端口必须在 1～65535 之间' },
  noTargets: { en: 'nothing to check: give files, bundle folders, certificate ids or https://host[:port]', zh: '没有要检查的对象：请给出文件、证书目录、证书 ID 或 https://主机[:端口]' },

  // `scm check scs170000000000`: an id with a digit missing (or in upper case) is read as a file name.
  idLike: {
    en: "{message}; '{id}' is not a certificate id either: scs followed by 13 digits, such as scs1700000000000",
    zh: '{message}；“{id}”也不是证书 ID：应为 scs 加 13 位数字，例如 scs1700000000000',
  },
  // `--expect` with a fingerprint cut short (or one digit too many, or a prefix naming the other algorithm): read as a file name.
  fingerprintLike: {
    en: "{message}; '{value}' is not a fingerprint either: a SHA-1 fingerprint has 40 hex digits and a SHA-256 one 64, this has {digits}",
    zh: '{message}；“{value}”也不是指纹：SHA-1 指纹有 40 位十六进制数字，SHA-256 指纹有 64 位，它有 {digits} 位',
  },
  fingerprintNamed: {
    en: "{message}; '{value}' is not a fingerprint either: a {algo} fingerprint has {want} hex digits, this has {digits}",
    zh: '{message}；“{value}”也不是指纹：{algo} 指纹有 {want} 位十六进制数字，它有 {digits} 位',
  },
  addressLike: {
    en: '{message}; to check the server at that address, give https://{host} (port 443) or {host}:PORT',
    zh: '{message}；如要检查该地址上的服务器，请给出 https://{host}（端口 443）或 {host}:端口',
  },
  hostLike: {
    en: '{message}; to check the server of that name, give https://{host} (port 443) or {host}:PORT',
    zh: '{message}；如要检查该主机名对应的服务器，请给出 https://{host}（端口 443）或 {host}:端口',
  },

  skipping: { en: 'skipping {path}: it holds no certificate, key or PEM block', zh: '跳过 {path}：其中没有证书、私钥或 PEM 块' },

  ok: { en: 'ok', zh: '正常' },
  attention: { en: 'needs attention', zh: '需要处理' },
  cannot: { en: 'cannot check', zh: '无法检查' },
  head: { en: '{target}: {verdict}', zh: '{target}：{verdict}' },
  sni: { en: '{target} (SNI {name})', zh: '{target}（SNI {name}）' },
  subject: { en: '{subject}, issued by {issuer}', zh: '{subject}，签发者 {issuer}' },
  expires: { en: (p) => `expires ${p.date} (${Number(p.days) < 0 ? 'expired' : plural(Number(p.days), 'day') + ' left'})`, zh: (p) => `${p.date} 到期（${Number(p.days) < 0 ? '已过期' : `还剩 ${p.days} 天`}）` },
  fingerprints: { en: 'SHA-1 {sha1}, SHA-256 {sha256}', zh: 'SHA-1 {sha1}，SHA-256 {sha256}' },
  sha1Only: { en: 'SHA-1 {sha1}', zh: 'SHA-1 {sha1}' },
  names: { en: 'names: {names}', zh: '域名：{names}' },
  chainOk: { en: 'chain: complete and in order ({path})', zh: '证书链：完整且顺序正确（{path}）' },
  chainComplete: { en: 'chain: complete ({path})', zh: '证书链：完整（{path}）' },
  chainBad: { en: 'chain: {state} ({path})', zh: '证书链：{state}（{path}）' },
  incomplete: { en: 'incomplete', zh: '不完整' },
  disordered: { en: 'out of order', zh: '顺序错误' },
  incompleteDisordered: { en: 'incomplete and out of order', zh: '不完整且顺序错误' },
  covers: { en: 'covers {host}', zh: '包含 {host}' },
  matches: { en: 'matches {what}', zh: '与 {what} 一致' },
  fileChain: { en: 'chain note: {message}', zh: '证书链提示：{message}' },
  /** A served chain that leaves many clients without a path to a root (core/check BREAKS_CLIENTS): not the verdict. */
  chainWarning: { en: 'chain warning: {message}', zh: '证书链警告：{message}' },

  // Why a target could not be checked
  refused: { en: 'cannot connect to {where}: connection refused', zh: '无法连接 {where}：连接被拒绝' },
  dns: { en: 'cannot resolve {host}', zh: '无法解析 {host}' },
  timeout: { en: 'no TLS handshake with {where} within {seconds}s', zh: '{seconds} 秒内未能与 {where} 完成 TLS 握手' },
  plainHttp: { en: '{where} speaks plain HTTP, not TLS: give the port HTTPS listens on (443 by default)', zh: '{where} 使用明文 HTTP，而不是 TLS：请指定 HTTPS 监听的端口（默认 443）' },
  // A server that speaks first (plain-answer.ts): its first line shown, and where its TLS is.
  plainSsh: { en: '{where} is an SSH server ("{line}"), not TLS: give the port the TLS service listens on', zh: '{where} 是 SSH 服务器（“{line}”），而不是 TLS：请指定该 TLS 服务监听的端口' },
  plainGreeting: {
    en: '{where} speaks {protocol} in plain text ("{line}") and starts TLS only on {upgrade}, which scm check does not send: check the port with TLS from the start ({tlsName}, usually {port})',
    zh: '{where} 使用明文 {protocol}（“{line}”），只在收到 {upgrade} 命令后才开始 TLS，而 `scm check` 不发送该命令：请检查一开始就使用 TLS 的端口（{tlsName}，通常为 {port}）',
  },
  plainGreeting220: {
    en: '{where} greets in plain text ("{line}") as a mail or FTP server does before STARTTLS or AUTH TLS, which scm check does not send: check the port with TLS from the start (SMTPS 465, FTPS 990)',
    zh: '{where} 以明文问候（“{line}”），如同邮件或 FTP 服务器在 STARTTLS 或 AUTH TLS 命令之前那样，而 `scm check` 不发送这些命令：请检查一开始就使用 TLS 的端口（SMTPS 465、FTPS 990）',
  },
  notTls: { en: '{where} answered the TLS handshake with something that is not TLS', zh: '{where} 对 TLS 握手的应答不是 TLS' },
  tls: { en: 'the TLS handshake with {where} failed: {detail}', zh: '与 {where} 的 TLS 握手失败：{detail}' },
  tlsNoSni: { en: 'the TLS handshake with {where} failed: {detail} (no SNI was sent: add --servername NAME)', zh: '与 {where} 的 TLS 握手失败：{detail}（未发送 SNI：请加 --servername 域名）' },
  alert: { en: '{where} refused the TLS handshake for {name} with the alert {alert} ({number})', zh: '{where} 以 TLS 警报 {alert}（{number}）拒绝了 {name} 的握手' },
  unrecognizedName: { en: '{where} does not serve {name}: it refused the TLS handshake with the alert unrecognized_name (112)', zh: '{where} 不为 {name} 提供服务：它以 TLS 警报 unrecognized_name（112）拒绝了握手' },
  alertBare: { en: '{where} refused the TLS handshake with the alert {alert} ({number})', zh: '{where} 以 TLS 警报 {alert}（{number}）拒绝了握手' },
  oldTls: {
    en: '{where} offers only {version}, which this client refuses (it needs {accepted} or later): the server ended the handshake with the alert protocol_version (70)',
    zh: '{where} 只提供 {version}，本客户端不接受该版本（需要 {accepted} 或更高版本）：服务器以 TLS 警报 protocol_version（70）结束了握手',
  },
  oldTlsUnknown: {
    en: '{where} offers only a TLS version this client refuses (it needs {accepted} or later): the server ended the handshake with the alert protocol_version (70)',
    zh: '{where} 只提供本客户端不接受的 TLS 版本（需要 {accepted} 或更高版本）：服务器以 TLS 警报 protocol_version（70）结束了握手',
  },
  alertNoSni: { en: '{where} refused the TLS handshake with the alert {alert} ({number}); no SNI was sent: add --servername NAME', zh: '{where} 以 TLS 警报 {alert}（{number}）拒绝了握手；未发送 SNI，请加 --servername 域名' },
  closedForName: {
    en: '{where} closed the connection on a TLS handshake for {name}, and answers one that names no host: it does not serve {name}',
    zh: '{where} 在为 {name} 进行 TLS 握手时关闭了连接，但对不指定主机名的握手有应答：它不为 {name} 提供服务',
  },
  reset: { en: 'the connection to {where} was closed during the TLS handshake', zh: '与 {where} 的连接在 TLS 握手期间被关闭' },
  clientCertificate: {
    en: 'the server requires a client certificate (TLS 1.2 or older): its chain was read from the handshake without one',
    zh: '服务器要求客户端证书（TLS 1.2 或更早版本）：证书链是在未提供客户端证书的握手中读取的',
  },
  clientCertificateAlert: {
    en: 'the server requires a client certificate: it ended the connection with the alert {alert} ({number}) after a handshake without one; its chain was read from that handshake',
    zh: '服务器要求客户端证书：在未提供客户端证书的握手之后，它以 TLS 警报 {alert}（{number}）结束了连接；证书链是从该握手中读取的',
  },
  clientCertificateClosed: {
    en: 'the server requires a client certificate: it closed the connection after a handshake without one; its chain was read from that handshake',
    zh: '服务器要求客户端证书：在未提供客户端证书的握手之后，它关闭了连接；证书链是从该握手中读取的',
  },
  clientCertificateAsked: {
    en: 'the server asks for a client certificate (optional: it accepted this client without one)',
    zh: '服务器请求客户端证书（可选：它在没有客户端证书的情况下接受了本客户端）',
  },
  clientCertificateUntold: {
    en: 'the server asks for a client certificate (whether it requires one could not be told within --timeout)',
    zh: '服务器请求客户端证书（在 --timeout 时限内无法判断它是否必需）',
  },
  noCertificate: { en: '{where} sent no certificate', zh: '{where} 没有发送证书' },
  alsoRsa: { en: 'also serves an RSA certificate (for clients without ECDSA): {subject}, {expires}, SHA-256 {sha256}', zh: '还提供一张 RSA 证书（供不支持 ECDSA 的客户端使用）：{subject}，{expires}，SHA-256 {sha256}' },
  other: { en: 'cannot check {where}: {detail}', zh: '无法检查 {where}：{detail}' },
  noLeaf: { en: 'no certificate in {path}: {why}', zh: '{path} 中没有证书：{why}' },
  noLeafBare: { en: 'no certificate in {path}', zh: '{path} 中没有证书' },
  // A PKCS#12 file is read with the password given as validate takes it; without it, how to give it to check.
  pkcs12: {
    en: '{path} is a PKCS#12 (.pfx/.p12) file that needs its password: set SCM_PFX_PASSWORD, or pass --pfx-password-file FILE (its first line is read)',
    zh: '{path} 是需要密码的 PKCS#12（.pfx/.p12）文件：请设置环境变量 SCM_PFX_PASSWORD，或用 --pfx-password-file 指定存放密码的文件（读取其第一行）',
  },
  // A CA's password file beside it (keystorePass.txt, pfx-password.txt, jks-password.txt): named for the command, never read.
  pkcs12Beside: {
    en: '{path} is a PKCS#12 (.pfx/.p12) file that needs its password; its password is likely in {file}, beside it: `scm check {targetWord} --pfx-password-file {fileWord}` reads it (scm never reads a password file it was not given), or set SCM_PFX_PASSWORD',
    zh: '{path} 是需要密码的 PKCS#12（.pfx/.p12）文件；它的密码可能在旁边的 {file} 中：`scm check {targetWord} --pfx-password-file {fileWord}` 可读取它（scm 不会自行读取未指定的密码文件），或设置环境变量 SCM_PFX_PASSWORD',
  },
  pkcs12WrongEnv: {
    en: 'cannot open {path}: the password in SCM_PFX_PASSWORD is not its password (check it, or pass --pfx-password-file FILE)',
    zh: '无法打开 {path}：环境变量 SCM_PFX_PASSWORD 中的密码不是它的密码（请检查它，或用 --pfx-password-file 指定存放密码的文件）',
  },
  pkcs12WrongFile: {
    en: 'cannot open {path}: the first line of the file given to --pfx-password-file is not its password',
    zh: '无法打开 {path}：--pfx-password-file 指定的文件的第一行不是它的密码',
  },
  pkcs12WrongStdin: { en: 'cannot open {path}: the password read from standard input is not its password', zh: '无法打开 {path}：从标准输入读到的密码不是它的密码' },
  stdinOnce: { en: "'-' (standard input) may be given only once", zh: '“-”（标准输入）只能使用一次' },
  keystoreBeside: {
    en: '{source} is a Java keystore ({kind}): scm check reads certificate files (PEM, DER or PKCS#12) and bundle folders; its password is likely in {file}, beside it: convert it with `keytool -importkeystore -srckeystore {sourceWord} -destkeystore {p12Word} -deststoretype pkcs12 -srcstorepass:file {fileWord} -deststorepass:file {fileWord}`, then `scm check {p12Word} --pfx-password-file {fileWord}` reads it',
    zh: '{source} 是 Java 密钥库（{kind}）：`scm check` 只读取证书文件（PEM、DER 或 PKCS#12）和证书目录；它的密码可能在旁边的 {file} 中：请先用 `keytool -importkeystore -srckeystore {sourceWord} -destkeystore {p12Word} -deststoretype pkcs12 -srcstorepass:file {fileWord} -deststorepass:file {fileWord}` 转换，再用 `scm check {p12Word} --pfx-password-file {fileWord}` 读取它',
  },
  keystore: {
    en: '{source} is a Java keystore ({kind}): scm check reads certificate files (PEM, DER or PKCS#12) and bundle folders; convert it with `keytool -importkeystore -srckeystore {sourceWord} -destkeystore {p12Word} -deststoretype pkcs12`, then `scm check {p12Word}` reads it, given its password in SCM_PFX_PASSWORD or with --pfx-password-file FILE',
    zh: '{source} 是 Java 密钥库（{kind}）：`scm check` 只读取证书文件（PEM、DER 或 PKCS#12）和证书目录；请先用 `keytool -importkeystore -srckeystore {sourceWord} -destkeystore {p12Word} -deststoretype pkcs12` 转换，再用 `scm check {p12Word}` 读取它（密码放在环境变量 SCM_PFX_PASSWORD 中，或用 --pfx-password-file 指定存放密码的文件）',
  },
  // validate's own text says "pass … with --cert", a flag check does not have: check takes the other file itself.
  onlyCas: {
    en: '{path} holds only CA certificates ({held}), not the server certificate: this looks like the chain file; check cert.pem or fullchain.pem instead',
    zh: '{path} 中只有 CA 证书（{held}），没有服务器证书：这看起来是证书链文件；请改为检查 cert.pem 或 fullchain.pem',
  },

  // The end
  allOk: { en: (p) => `${plural(Number(p.count), 'target')} ok`, zh: '{count} 个检查对象全部正常' },
  needAttention: { en: (p) => `${p.bad} of ${plural(Number(p.count), 'target')} ${Number(p.bad) === 1 ? 'needs' : 'need'} attention`, zh: '{count} 个检查对象中，有 {bad} 个需要处理' },
} satisfies Messages;
