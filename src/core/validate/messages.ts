// What the validator says, in English and Chinese side by side: every finding's message, the words of the
// certificate summary, and the input errors of bundles and PKCS#12 files. The rule table (src/core/rules/)
// holds each rule's title and fix; here are the sentences about this bundle. {params} by name.
import { plural, type Messages, type Params } from '../i18n.js';

const days = (n: unknown): string => plural(Number(n), 'day');
/** "a"/"an" by sound: acronyms by the name of their first letter (an RSA, a DSA, an X25519), words by their vowel. */
const an = (what: unknown): string => {
  const w = String(what);
  const acronym = /^[A-Z0-9]{2}/.test(w) || /^[A-Z][a-z]?\d/.test(w);
  return `${(acronym ? /^[AEFHILMNORSX8]/ : /^[aeiou]/i).test(w) ? 'an' : 'a'} ${w}`;
};

const inBundle = (p: Params): string => (p.bundle ? ` in ${String(p.bundle)}` : '');
const zhInBundle = (p: Params): string => (p.bundle ? ` ${String(p.bundle)} 中` : '');

export const M = {
  // Lists and places
  listSeparator: { en: ', ', zh: '、' },
  emptyMark: { en: '{name} (empty)', zh: '{name}（空文件）' },
  clauseSeparator: { en: '; ', zh: '；' },
  certWhere: { en: '{name} (certificate {position} in {source})', zh: '{name}（{source} 中的第 {position} 张证书）' },
  theCertIn: { en: 'the certificate in {source}', zh: '{source} 中的证书' },
  certNIn: { en: 'certificate {position} in {source}', zh: '{source} 中的第 {position} 张证书' },
  certsRangeIn: { en: 'certificates {from}–{to} in {source}', zh: '{source} 中的第 {from}～{to} 张证书' },
  certsListIn: { en: 'certificates {list} in {source}', zh: '{source} 中的第 {list} 张证书' },
  standardInput: { en: 'standard input', zh: '标准输入' },
  noNames: { en: 'no names', zh: '没有任何域名' },
  andMore: { en: '{list} and {more} more', zh: '{list} 等（另有 {more} 个）' },

  // What a PEM block or a file holds, for messages
  labelPkcs8: { en: 'PKCS#8 private key', zh: 'PKCS#8 私钥' },
  labelPkcs1: { en: 'PKCS#1 RSA private key', zh: 'PKCS#1 RSA 私钥' },
  labelSec1: { en: 'SEC1 EC private key', zh: 'SEC1 EC 私钥' },
  labelEncryptedPkcs8: { en: 'encrypted PKCS#8 private key', zh: '加密的 PKCS#8 私钥' },
  labelKey: { en: '{kind} private key', zh: '{kind} 私钥' },
  labelBlock: { en: '{label} block', zh: '{label} 块' },
  labelCsr: { en: 'certificate signing request (CSR)', zh: '证书签名请求（CSR）' },
  labelCrl: { en: 'certificate revocation list (CRL)', zh: '证书吊销列表（CRL）' },
  // What a DER file holds that no PEM label names (not-sent.ts): the words of keyIsPublicDer.
  labelDerPublicKey: { en: 'public key (DER)', zh: '公钥（DER 格式）' },
  labelDerRsaPublicKey: { en: 'RSA public key (DER, PKCS#1)', zh: 'RSA 公钥（DER 格式，PKCS#1）' },
  labelDerDh: { en: 'set of DH parameters (DER)', zh: 'DH 参数（DER 格式）' },
  aCertificate: { en: 'a certificate', zh: '证书' },
  aPublicKey: { en: 'a public key', zh: '公钥' },
  anSshPublicKey: { en: 'an SSH public key (one line, as in id_rsa.pub)', zh: 'SSH 公钥（一行文本，如 `id_rsa.pub` 中的内容）' },
  aPuttyKey: { en: 'a PuTTY private key (.ppk, the format PuTTYgen writes), an SSH key', zh: '`PuTTY` 格式的私钥（`.ppk`，`PuTTYgen` 生成的格式），是 SSH 密钥' },
  anOpensshKey: { en: 'an OpenSSH private key (the format ssh-keygen writes), an SSH key', zh: '`OpenSSH` 格式的私钥（`ssh-keygen` 生成的格式），是 SSH 密钥' },
  anSsh2Key: { en: 'an SSH2 private key, an SSH key', zh: 'SSH2 格式的私钥，是 SSH 密钥' },
  aThing: { en: (p) => an(p.what), zh: '{what}' },

  // Certificate and chain inputs
  emptyInput: { en: '{source} is empty', zh: '{source} 是空的' },
  slotsSwapped: {
    en: '{cert} holds a private key and no certificate, and {key} a certificate and no private key: --cert and --key were given the wrong way round',
    zh: '{cert} 中是私钥而没有证书，{key} 中是证书而没有私钥：--cert 和 --key 传反了',
  },
  slotsSwappedFix: { en: 'swap them: --cert {certWord} --key {keyWord}', zh: '请对调两者：--cert {certWord} --key {keyWord}' },
  certNotGiven: { en: 'no certificate was given (pass --cert FILE)', zh: '没有提供证书（请用 --cert 文件 传入）' },
  certNotAmong: { en: 'no certificate among {files}', zh: '{files} 中没有证书' },
  // A key beside its CSR and no certificate yet: what to wait for, not "pass --cert".
  certNotAmongCsr: {
    en: 'no certificate among {files}: {csr} holds a certificate signing request (CSR), not a certificate; the certificate is what your CA sends back for it',
    zh: '{files} 中没有证书：{csr} 中是证书签名请求（CSR），不是证书；证书是 CA 根据它签发后发回给你的文件',
  },
  certOnlyCasGiven: {
    en: '{source} holds only CA certificates ({held}), not the server certificate: this looks like the chain file; pass cert.pem or fullchain.pem with --cert',
    zh: '{source} 中只有 CA 证书（{held}），没有服务器证书：这看起来是证书链文件；请用 --cert 传入 cert.pem 或 fullchain.pem',
  },
  certOnlyCas: {
    en: 'no end-entity certificate among {files}: they hold only CA certificates ({held})',
    zh: '{files} 中没有服务器（终端实体）证书，只有 CA 证书（{held}）',
  },
  derConverted: { en: '{source} is DER; its certificate will be sent as PEM', zh: '{source} 是 DER 格式，其中的证书将转换为 PEM 发送' },
  // DER files joined with cat or `copy /b` (scan.ts): readable one by one, but OpenSSL stops after the first.
  derJoined: {
    en: '{source} holds {count} DER certificates one after another (DER files joined); they will be sent as PEM, in that order, but OpenSSL reads only the first of them',
    zh: '{source} 中有 {count} 张首尾相接的 DER 格式证书（由多个 DER 文件拼接而成）；它们将按此顺序转换为 PEM 发送，但 OpenSSL 只会读取其中第一张',
  },
  // DER certificates and keys joined (der-mixed.ts); {commands}: one per piece, each in backticks.
  derMixedWhat: {
    en: (p) => `${plural(Number(p.certs), 'certificate')} and ${plural(Number(p.keys), 'private key')}`,
    zh: '{certs} 张证书和 {keys} 个私钥',
  },
  derMixed: {
    en: '{source} holds {what} in DER one after another (DER files joined with cat); scm reads and sends them as PEM, but a server or tool given this file reads only the first of them',
    zh: '{source} 中是首尾相接的 DER 格式的 {what}（用 `cat` 拼接的多个 DER 文件）；scm 会读取它们并以 PEM 格式发送，但直接使用这个文件的服务器或工具只能读到其中第一个',
  },
  derMixedCertFile: { en: 'a certificate file', zh: '证书文件' },
  derMixedKeyFile: { en: 'a key file', zh: '私钥文件' },
  derMixedFix: {
    en: 'Nothing to do for the upload. For a server, write each as a PEM file of its own: {commands}.',
    zh: '上传无需处理。如需给服务器使用，请把每一部分分别保存为 PEM 文件：{commands}。',
  },
  derMixedSlot: {
    en: '{source} holds {what} in DER one after another (DER files joined with cat), not {kind}: split it into PEM files with {commands}, and pass them with --cert and --key, or give {source} alone: `scm validate {sourceWord}`',
    zh: '{source} 中是首尾相接的 DER 格式的 {what}（用 `cat` 拼接的多个 DER 文件），不是{kind}：请用 {commands} 拆分为 PEM 文件，再用 --cert 和 --key 传入，或者单独传入 {source}：`scm validate {sourceWord}`',
  },
  derJoinedFix: {
    en: 'Nothing to do for the upload. A server or tool given this file as it is gets the first certificate alone: convert each DER file with `openssl x509 -inform der -in FILE` and join the PEM output instead.',
    zh: '上传无需处理。直接使用这个文件的服务器或工具只能得到第一张证书：请用 `openssl x509 -inform der -in 文件` 逐个转换 DER 文件，再把得到的 PEM 拼接起来。',
  },
  derNotCert: { en: '{source} is binary (DER) data but not an X.509 certificate', zh: '{source} 是二进制（DER）数据，但不是 X.509 证书' },
  derTrailing: {
    en: '{source} has extra bytes after its DER data ({count}: a line end or padding added on the way); they are left out',
    zh: '{source} 的 DER 数据之后有多余的字节（{count} 个：传输中加上的换行或填充）；已忽略这些字节',
  },
  derTrailingFix: {
    en: 'Nothing to do: scm reads the DER data as OpenSSL does. Copy binary files as binary (not an FTP transfer in ASCII mode) so that nothing is added to them.',
    zh: '无需处理：scm 像 OpenSSL 一样读取其中的 DER 数据。请以二进制方式复制二进制文件（不要用 ASCII 模式的 FTP 传输），以免文件被添加内容。',
  },
  derTruncated: {
    en: '{source} is binary DER data that stops short (it says {expected} bytes, the file has {size}): it was cut off in transfer',
    zh: '{source} 是不完整的二进制 DER 数据（声明长度 {expected} 字节，文件只有 {size} 字节）：文件在传输中被截断了',
  },
  blockNoEnd: { en: '{where} has no -----END {label}----- line', zh: '{where} 缺少 -----END {label}----- 行' },
  blockEmpty: { en: '{where} has nothing between its BEGIN and END lines', zh: '{where} 的 BEGIN 行与 END 行之间没有内容' },
  blockBadBase64: { en: '{where} is not valid base64', zh: '{where} 不是有效的 Base64 编码' },
  blockNotX509: { en: '{where} does not parse as an X.509 certificate', zh: '{where} 无法解析为 X.509 证书' },
  orphanEnd: { en: '{source} has an -----END----- line without its -----BEGIN----- line', zh: '{source} 有 -----END----- 行，却没有对应的 -----BEGIN----- 行' },
  bareBase64Cert: {
    en: '{source} holds base64 text without -----BEGIN CERTIFICATE----- and -----END CERTIFICATE----- lines',
    zh: '{source} 中是 Base64 文本，缺少 -----BEGIN CERTIFICATE----- 和 -----END CERTIFICATE----- 行',
  },
  bareBase64P7: {
    en: (p) => `${String(p.source)} holds a PKCS#7 set (.p7b) of ${plural(Number(p.count), 'certificate')} in base64, without -----BEGIN PKCS7----- and -----END PKCS7----- lines`,
    zh: '{source} 中是 Base64 编码的 PKCS#7 证书集（.p7b，含 {count} 张证书），缺少 -----BEGIN PKCS7----- 和 -----END PKCS7----- 行',
  },
  bareBase64P7Fix: {
    en: 'Decode it: `base64 -d {sourceWord} > {p7bWord}`, then give {p7b} in its place (scm reads a .p7b and sends its certificates as PEM).',
    zh: '请先解码：`base64 -d {sourceWord} > {p7bWord}`，再用 {p7b} 代替它（scm 能读取 .p7b 文件，并以 PEM 格式发送其中的证书）。',
  },
  bareBase64P7FixStdin: {
    en: 'Decode it: save it to a file and run `base64 -d FILE > {p7bWord}`, then give {p7b} (scm reads a .p7b and sends its certificates as PEM).',
    zh: '请先解码：把它保存为文件，运行 `base64 -d 文件 > {p7bWord}`，再传入 {p7b}（scm 能读取 .p7b 文件，并以 PEM 格式发送其中的证书）。',
  },
  bareBase64Chain: {
    en: '{source} holds base64 text without the -----BEGIN CERTIFICATE----- and -----END CERTIFICATE----- lines of its certificates',
    zh: '{source} 中是 Base64 文本，其中的证书缺少 -----BEGIN CERTIFICATE----- 和 -----END CERTIFICATE----- 行',
  },
  noPem: { en: '{source} holds no PEM block and is not DER', zh: '{source} 中没有 PEM 块，也不是 DER 格式' },
  // A bundle of one file that holds nothing of one (lone-file.ts): what it is, for both the certificate and the key.
  loneText: { en: '{source} holds no certificate or private key: no PEM block, and it is not DER', zh: '{source} 中没有证书或私钥：没有 PEM 块，也不是 DER 格式' },
  loneSsh: {
    en: '{source} holds {what}, no certificate or TLS key: TLS needs the certificate your CA issued and the private key your CSR was made with, in PEM',
    zh: '{source} 中是 {what}，没有证书或 TLS 私钥：TLS 需要 CA 签发的证书和生成 CSR 时的私钥（PEM 格式）',
  },
  nothingAmong: { en: 'no certificate or private key among {files}', zh: '{files} 中没有证书或私钥' },
  sshFiles: {
    en: "no certificate or TLS key among {files}, only SSH keys ({ssh}: ssh-keygen's or PuTTYgen's, for logging in to servers); TLS needs the certificate your CA issued and the private key your CSR was made with, in PEM",
    zh: '{files} 中没有证书或 TLS 私钥，只有 SSH 密钥（{ssh}：由 `ssh-keygen` 或 `PuTTYgen` 生成，用于登录服务器）；TLS 需要 CA 签发的证书和生成 CSR 时的私钥（PEM 格式）',
  },
  loneBinary: { en: '{source} is binary data, but no certificate, private key or PKCS#12 file', zh: '{source} 是二进制数据，但不是证书、私钥或 PKCS#12 文件' },
  onlyOther: { en: '{source} holds no certificate, only {held}', zh: '{source} 中没有证书，只有 {held}' },
  csrNotCert: {
    en: '{source} holds a certificate signing request (CSR), not a certificate: the certificate is what your CA sends back for it',
    zh: '{source} 中是证书签名请求（CSR），不是证书：证书是 CA 根据它签发后发回给你的文件',
  },
  chainEmptyFile: { en: '{source} is empty', zh: '{source} 是空的' },
  chainForeign: { en: '{source} holds {what} beside its certificates; it is not sent', zh: '{source} 中除证书外还有 {what}；它不会被发送' },
  notSent: { en: '{source} holds {what}, not a certificate or a key of the bundle; it is not sent', zh: '{source} 中是 {what}，不是证书包的证书或私钥；它不会被发送' },
  chainForeignOnly: { en: '{source} holds {what} and no certificate; a chain holds certificates only', zh: '{source} 中只有 {what}，没有证书，而证书链中只能有证书' },
  chainMerged: {
    en: (p) => `${String(p.source)} holds ${plural(Number(p.count), 'certificate')} and ${String(p.chain)} ${Number(p.files) > 1 ? 'were' : 'was'} given as the chain: the chain sent is built from ${Number(p.files) > 1 ? 'all of them' : 'both'}, each certificate once, in issuer order`,
    zh: (p) => `${String(p.source)} 中有 ${Number(p.count)} 张证书，又用 ${String(p.chain)} 提供了证书链：发送的证书链由${Number(p.files) > 1 ? '它们' : '两者'}共同组成，每张证书只发送一次，按签发顺序排列`,
  },
  // --chain given more than once (DigiCertCA.crt and TrustedRoot.crt).
  chainFiles: {
    en: '{chain} were given as the chain: the chain sent is built from all of them, each certificate once, in issuer order',
    zh: '用 {chain} 提供了证书链：发送的证书链由它们共同组成，每张证书只发送一次，按签发顺序排列',
  },
  trustedCerts: {
    en: '{where} are TRUSTED CERTIFICATE blocks (openssl x509 -trustout); the certificates in them will be sent as plain CERTIFICATE blocks, without their trust settings',
    zh: '{where}是 TRUSTED CERTIFICATE 块（`openssl x509 -trustout` 的输出）；其中的证书将去掉信任设置，作为普通的 CERTIFICATE 块发送',
  },
  trustedCert: {
    en: '{where} is a TRUSTED CERTIFICATE block (openssl x509 -trustout); the certificate in it will be sent as a plain CERTIFICATE block, without its trust settings',
    zh: '{where} 是 TRUSTED CERTIFICATE 块（`openssl x509 -trustout` 的输出）；其中的证书将去掉信任设置，作为普通的 CERTIFICATE 块发送',
  },
  utf16: {
    en: '{source} is UTF-16 text (what Windows Notepad saves as "Unicode"); it was read and will be sent as UTF-8',
    zh: '{source} 是 UTF-16 编码的文本（记事本另存为“Unicode”时的格式）；已按 UTF-16 读取，将以 UTF-8 发送',
  },
  repaired: {
    en: '{source} had lost its line breaks (replaced by spaces, or written as \\n); they were put back',
    zh: '{source} 的换行丢失了（被替换成空格，或写成了字面的 \\n）；已恢复换行',
  },
  joined: {
    en: '{source} has an END line run into the next BEGIN line (-----END ...----------BEGIN ...-----), as `cat` writes when a file does not end with a newline; OpenSSL refuses such a file (bad end line), so nginx and Apache do too; the line break was put back',
    zh: '{source} 中有 `END` 行与下一个 `BEGIN` 行连在了一起（`-----END ...----------BEGIN ...-----`），文件末尾没有换行时用 `cat` 拼接就会这样；OpenSSL 会拒绝这样的文件（`bad end line`），直接读取它的服务器（如 `nginx`、`Apache`）也一样；已补回换行',
  },
  joinedFix: {
    en: 'nothing to do for the upload; scm sends the repaired PEM. For a server that reads the file itself, put a line break between the two lines, or join the files again with `awk 1 cert.pem chain.pem > fullchain.pem`, which ends each one with a newline',
    zh: '上传无需处理；scm 会发送修复后的 PEM。若服务器直接读取该文件，请在这两行之间加一个换行，或用 `awk 1 cert.pem chain.pem > fullchain.pem` 重新拼接（它会为每个文件补上结尾的换行）',
  },
  layoutIndented: {
    en: '{source} has indented -----BEGIN or -----END lines: OpenSSL looks for them at the start of a line, so it refuses the file as it stands (no start line), as nginx, Apache and HAProxy do; scm reads it and sends the PEM rewritten',
    zh: '{source} 中的 -----BEGIN 或 -----END 行前有缩进：OpenSSL 只在行首查找这些行，会拒绝原样的文件（`no start line`），`nginx`、`Apache`、`HAProxy` 也一样；scm 能读取它，并会重新写出 PEM 后发送',
  },
  layoutBom: {
    en: '{source} has a byte order mark (BOM, the invisible mark Windows editors write at the start of a file) before a -----BEGIN line that follows a blank line or other text, as where such files were joined: OpenSSL strips a BOM only at the start of the file or just after an END line, so it does not see that BEGIN line and skips the block, as nginx, Apache and HAProxy do; scm reads it and sends the PEM rewritten',
    zh: '{source} 中某个 -----BEGIN 行前有字节顺序标记（BOM，`Windows` 编辑器写在文件开头的不可见字符），且该行之前是空行或其他文字，常见于拼接这样的文件时：OpenSSL 只在文件开头或紧接 END 行之后去掉 BOM，因此看不到这个 BEGIN 行，会跳过整个块，`nginx`、`Apache`、`HAProxy` 也一样；scm 能读取它，并会重新写出 PEM 后发送',
  },
  layoutBomFix: {
    en: "nothing to do for the upload; scm sends the PEM rewritten, 64 characters a line. For a server that reads the file itself, remove the BOM: `sed -i 's/^\\xEF\\xBB\\xBF//' FILE`, or save the files as UTF-8 without a BOM and join them again",
    zh: "上传无需处理；scm 会重新写出 PEM（每行 64 个字符）后发送。若服务器直接读取该文件，请删除 BOM：`sed -i 's/^\\xEF\\xBB\\xBF//' FILE`，或把文件另存为不带 BOM 的 UTF-8 后重新拼接",
  },
  layoutBlankLine: {
    en: '{source} has a blank line inside a block, after its base64 lines began: OpenSSL reads the lines before it as headers, so it refuses the file as it stands, as nginx, Apache and HAProxy do; scm reads past it and sends the PEM rewritten',
    zh: '{source} 中某个块的 Base64 内容开始后出现了空行：OpenSSL 会把空行之前的内容当作头部，因而拒绝原样的文件，`nginx`、`Apache`、`HAProxy` 也一样；scm 会跳过空行读取，并重新写出 PEM 后发送',
  },
  layoutAfterBlank: {
    en: '{source} has a blank line just after a BEGIN line, then lines OpenSSL refuses there (after such a blank line it takes only base64 lines of 64 characters, the last one shorter, and no other blank line), so it refuses the file as it stands, as nginx, Apache and HAProxy do; scm reads it and sends the PEM rewritten',
    zh: '{source} 中某个 `BEGIN` 行之后紧跟着空行，其后的内容 OpenSSL 不接受（这样的空行之后，它只接受每行 64 个字符的 Base64，最后一行可以更短，且不能再有空行），因而拒绝原样的文件，`nginx`、`Apache`、`HAProxy` 也一样；scm 能读取它，并会重新写出 PEM 后发送',
  },
  layoutBeginText: {
    en: '{source} has other text on the same line as a -----BEGIN line: OpenSSL takes only a line that starts and ends with the dashes for a BEGIN line, so it finds none and refuses the file as it stands (no start line), as nginx, Apache and HAProxy do; scm reads past that text and sends the PEM rewritten',
    zh: '{source} 中某个 -----BEGIN 行的同一行里还有其他文字：OpenSSL 只把以破折号开头并以破折号结尾的行当作 BEGIN 行，因此找不到它，会拒绝原样的文件（`no start line`），`nginx`、`Apache`、`HAProxy` 也一样；scm 会略过这些文字读取，并重新写出 PEM 后发送',
  },
  layoutEndText: {
    en: '{source} has text after an -----END line, on the same line (a remark, or the % a terminal shows for a missing last newline, copied along): OpenSSL refuses such an END line, so it refuses the file as it stands (bad end line), as nginx, Apache and HAProxy do; scm reads past that text and sends the PEM rewritten',
    zh: '{source} 中某个 -----END 行的同一行里、结尾的破折号之后还有其他文字（如注释，或终端在文件末尾没有换行时显示的 %，被一并复制了）：OpenSSL 不接受这样的 END 行，会拒绝原样的文件（`bad end line`），`nginx`、`Apache`、`HAProxy` 也一样；scm 会略过这些文字读取，并重新写出 PEM 后发送',
  },
  layoutCr: {
    en: '{source} has lines that end with a lone CR (the line ends of old Mac OS): OpenSSL ends a line only at LF, so the BEGIN line runs on into the base64 and it refuses the file as it stands (no start line), as nginx, Apache and HAProxy do; scm reads it and sends the PEM rewritten',
    zh: '{source} 中的行以单独的 CR 结尾（旧版苹果系统的换行方式）：OpenSSL 只把 LF 当作行尾，BEGIN 行因而与 Base64 内容连成一行，会拒绝原样的文件（`no start line`），`nginx`、`Apache`、`HAProxy` 也一样；scm 能读取它，并会重新写出 PEM 后发送',
  },
  layoutTextFix: {
    en: 'nothing to do for the upload; scm sends the PEM rewritten, 64 characters a line. For a server that reads the file itself, move that text to a line of its own or remove it',
    zh: '上传无需处理；scm 会重新写出 PEM（每行 64 个字符）后发送。若服务器直接读取该文件，请把这些文字移到单独的一行，或将其删除',
  },
  layoutCrFix: {
    en: "nothing to do for the upload; scm sends the PEM rewritten, 64 characters a line. For a server that reads the file itself, convert its line ends to LF: `tr '\\r' '\\n' < FILE > FILE.new`",
    zh: "上传无需处理；scm 会重新写出 PEM（每行 64 个字符）后发送。若服务器直接读取该文件，请把行尾转换为 LF：`tr '\\r' '\\n' < FILE > FILE.new`",
  },
  layoutIndentedFix: {
    en: 'nothing to do for the upload; scm sends the PEM rewritten, 64 characters a line. For a server that reads the file itself, remove the spaces before the -----BEGIN and -----END lines',
    zh: '上传无需处理；scm 会重新写出 PEM（每行 64 个字符）后发送。若服务器直接读取该文件，请删除 -----BEGIN 和 -----END 行前的空格',
  },
  layoutBlankFix: {
    en: 'nothing to do for the upload; scm sends the PEM rewritten, 64 characters a line. For a server that reads the file itself, remove the blank line',
    zh: '上传无需处理；scm 会重新写出 PEM（每行 64 个字符）后发送。若服务器直接读取该文件，请删除这个空行',
  },

  // Private key inputs
  keyNotGiven: { en: 'no private key was given (pass --key FILE)', zh: '没有提供私钥（请用 --key 文件 传入）' },
  keyNotAmong: { en: 'no private key among {files}', zh: '{files} 中没有私钥' },
  // An SSH public key line among them (id_rsa.pub): named, as --key FILE.pub says it.
  keyNotAmongWhy: { en: 'no private key among {files}: {why}', zh: '{files} 中没有私钥：{why}' },
  keySm2Label: {
    en: '{source} holds an SM2 private key under the label only OpenSSL 3\'s `openssl ec` writes (SM2 PRIVATE KEY); it will be sent as PKCS#8 (PRIVATE KEY), as `openssl pkey -in {sourceWord} -out key.pem` converts it',
    zh: '{source} 中的 SM2 私钥使用的是只有 OpenSSL 3 的 `openssl ec` 才会写出的标签（SM2 PRIVATE KEY）；将按 PKCS#8 格式（PRIVATE KEY）发送，与 `openssl pkey -in {sourceWord} -out key.pem` 的转换结果相同',
  },
  keyDerConverted: { en: '{source} is a DER private key; it will be sent as PEM', zh: '{source} 是 DER 格式的私钥，将转换为 PEM 发送' },
  sm2EncPair: {
    en: '{cert} and {key} hold the SM2 encryption certificate {name} and its key: the encryption pair of the signing certificate, sent with it (enc_certificate, enc_private_key)',
    zh: '{cert} 和 {key} 中是 SM2 加密证书 {name} 及其私钥：它们是签名证书的加密证书对，会随签名证书一并发送（`enc_certificate`、`enc_private_key`）',
  },
  sm2EncPairOneFile: {
    en: '{cert} holds the SM2 encryption certificate {name} and its key: the encryption pair of the signing certificate, sent with it (enc_certificate, enc_private_key)',
    zh: '{cert} 中是 SM2 加密证书 {name} 及其私钥：它们是签名证书的加密证书对，会随签名证书一并发送（`enc_certificate`、`enc_private_key`）',
  },
  // Said by `scm upload` and `scm rotate` (ValidateOptions.sending): the form scm sends, not a fault of the input.
  keySentPkcs1: {
    en: 'the private key in {source} is sent as PKCS#1 (traditional RSA, BEGIN RSA PRIVATE KEY): WAF, ELB and CDN do not take PKCS#8 keys',
    zh: '{source} 中的私钥以 PKCS#1 格式（传统 RSA 格式，BEGIN RSA PRIVATE KEY）发送：WAF、ELB 和 CDN 暂不支持 PKCS#8 格式的私钥',
  },
  keySentSec1: {
    en: 'the private key in {source} is sent as SEC1 (traditional EC, BEGIN EC PRIVATE KEY): WAF, ELB and CDN do not take PKCS#8 keys',
    zh: '{source} 中的私钥以 SEC1 格式（传统 EC 格式，BEGIN EC PRIVATE KEY）发送：WAF、ELB 和 CDN 暂不支持 PKCS#8 格式的私钥',
  },
  // The fix of key-encrypted when the key came from a named file (the rule's fix says encrypted.key): the password
  // given as for a .pfx opens it (decode-key.ts), or the key without its password is written beside the encrypted
  // one, so a bundle folder finds it when validated again. A legacy cipher (below) Node cannot open: openssl only.
  keyEncryptedFix: {
    en: 'Give its password as for a .pfx (the first line of a file given with --pfx-password-file FILE, or SCM_PFX_PASSWORD): scm opens the key with it and sends it without the password. Or remove the password first: `openssl pkey -in {sourceWord} -out {decWord}` asks for it and writes the key without it beside the encrypted one (mode 600, keep it private); then use {dec} as the key (a bundle folder finds it there).',
    zh: '请像 .pfx 一样提供它的密码（写在文件第一行并用 --pfx-password-file 文件 传入，或设置 SCM_PFX_PASSWORD）：scm 会用它打开私钥，并以去掉密码后的形式发送。或者先去掉密码：`openssl pkey -in {sourceWord} -out {decWord}` 会询问密码，并在加密私钥旁写出未加密的私钥（权限 600，请妥善保管）；然后把 {dec} 作为私钥使用（证书目录会在原处找到它）。',
  },
  // The same for a key encrypted with a cipher OpenSSL 3 runs only with its legacy provider (key-cipher.ts).
  keyEncryptedLegacyFix: {
    en: 'Remove the password first: the key is encrypted with {cipher}, which OpenSSL 3 reads only with its legacy provider, so `openssl pkey -provider legacy -provider default -in {sourceWord} -out {decWord}` asks for it and writes the key without it beside the encrypted one (mode 600, keep it private); then use {dec} as the key (a bundle folder finds it there).',
    zh: '请先去掉密码：该私钥用 {cipher} 加密，OpenSSL 3 只有加载 `legacy` 提供程序才能读取，因此请用 `openssl pkey -provider legacy -provider default -in {sourceWord} -out {decWord}`，它会询问密码，并在加密私钥旁写出未加密的私钥（权限 600，请妥善保管）；然后把 {dec} 作为私钥使用（证书目录会在原处找到它）。',
  },
  keyEncryptedLegacyStdinFix: {
    en: 'Remove the password first: the key is encrypted with {cipher}, which OpenSSL 3 reads only with its legacy provider: `openssl pkey -provider legacy -provider default -in encrypted.key -out plain.key` (keep plain.key private, mode 600).',
    zh: '请先去掉密码：该私钥用 {cipher} 加密，OpenSSL 3 只有加载 `legacy` 提供程序才能读取：`openssl pkey -provider legacy -provider default -in encrypted.key -out plain.key`（妥善保管 plain.key，权限设为 600）。',
  },
  encryptedKeyDer: { en: 'encrypted PKCS#8 private key (DER)', zh: '加密的 PKCS#8 私钥（DER 格式）' },
  // An encrypted PKCS#8 key and the password given for the bundle (--pfx-password-file, SCM_PFX_PASSWORD): decode-key.ts.
  keyWrongPassword: {
    en: (p) => `${String(p.source)} holds ${an(p.what)} (protected by a password), and the password given (--pfx-password-file or SCM_PFX_PASSWORD) does not open it`,
    zh: '{source} 中是 {what}（有密码保护），所给的密码（--pfx-password-file 或 SCM_PFX_PASSWORD）无法打开它',
  },
  keyOpened: {
    en: '{source} holds a password-protected private key, opened with the password given (--pfx-password-file or SCM_PFX_PASSWORD); it is read, and sent, without the password, as SCM needs it',
    zh: '{source} 中是有密码保护的私钥，已用所给的密码（--pfx-password-file 或 SCM_PFX_PASSWORD）打开；scm 按去掉密码后的形式读取和发送它，SCM 只接受这种形式',
  },
  keyEncryptedDer: { en: '{source} is an encrypted PKCS#8 private key (DER)', zh: '{source} 是加密的 PKCS#8 私钥（DER 格式）' },
  keyIsCertDer: { en: '{source} is a certificate (DER), not a private key', zh: '{source} 是证书（DER 格式），不是私钥' },
  keyIsPublicDer: { en: '{source} is a public key (DER), not a private key', zh: '{source} 是公钥（DER 格式），不是私钥' },
  keyNotDer: { en: '{source} is binary (DER) data but not a private key', zh: '{source} 是二进制（DER）数据，但不是私钥' },
  keyNoEnd: { en: 'the {what} in {source} has no -----END line', zh: '{source} 中的 {what} 缺少 -----END 行' },
  keyEncryptedPkcs8: { en: (p) => `${String(p.source)} holds ${an(p.what)} (protected by a password)`, zh: '{source} 中是 {what}（有密码保护）' },
  keyEncryptedLegacy: { en: '{source} holds a password-protected {what} ({headers})', zh: '{source} 中是有密码保护的 {what}（{headers}）' },
  keyEncryptedBlock: { en: (p) => `${String(p.source)} holds an encrypted ${String(p.what)}`, zh: '{source} 中是加密的 {what}' },
  keyEmptyBody: { en: 'the {what} in {source} is empty between its BEGIN and END lines', zh: '{source} 中的 {what} 在 BEGIN 行与 END 行之间没有内容' },
  keyBadBase64: { en: 'the {what} in {source} is not valid base64', zh: '{source} 中的 {what} 不是有效的 Base64 编码' },
  keyNotParse: { en: 'the {what} in {source} does not parse', zh: '{source} 中的 {what} 无法解析' },
  keySsh: {
    en: '{source} holds an {format} private key (the format ssh-keygen writes); TLS needs a PEM key: convert a copy with `ssh-keygen -p -m PEM -f COPY` (RSA and ECDSA keys), or use the key your CSR was made with',
    zh: '{source} 中是 {format} 格式的私钥（`ssh-keygen` 生成的格式），而 TLS 需要 PEM 格式的私钥：请复制一份后用 `ssh-keygen -p -m PEM -f 副本` 转换（适用于 RSA 和 ECDSA 密钥），或使用生成 CSR 时的私钥',
  },
  keyPutty: {
    en: '{source} holds a PuTTY private key (.ppk, the format PuTTYgen writes), an SSH key; TLS needs a PEM key: use the key your CSR was made with, or export a copy from PuTTYgen as an OpenSSH key and convert it with `ssh-keygen -p -m PEM -f COPY` (RSA and ECDSA keys)',
    zh: '{source} 中是 `PuTTY` 格式的私钥（`.ppk`，`PuTTYgen` 生成的格式），是 SSH 密钥；而 TLS 需要 PEM 格式的私钥：请使用生成 CSR 时的私钥，或在 `PuTTYgen` 中把它导出为 `OpenSSH` 格式的副本，再用 `ssh-keygen -p -m PEM -f 副本` 转换（适用于 RSA 和 ECDSA 密钥）',
  },
  keyNotPrivate: { en: '{source} holds {what}, not a private key', zh: '{source} 中是 {what}，不是私钥' },
  keyOrphanEnd: { en: '{source} has an -----END line without its -----BEGIN line', zh: '{source} 有 -----END 行，却没有对应的 -----BEGIN 行' },
  keyBareBase64: {
    en: '{source} holds base64 text without the -----BEGIN and -----END lines of a private key',
    zh: '{source} 中是 Base64 文本，缺少私钥的 -----BEGIN 和 -----END 行',
  },
  keyMismatch: {
    en: 'the private key in {source} ({key}) does not match the certificate {cert} ({certKey})',
    zh: '{source} 中的私钥（{key}）与证书 {cert}（{certKey}）不匹配',
  },
  keyOfOther: {
    en: 'the private key in {source} ({key}) is the key of {other}, another certificate given, not of the certificate {cert} ({certKey})',
    zh: '{source} 中的私钥（{key}）是所给的另一张证书 {other} 的私钥，不是证书 {cert}（{certKey}）的私钥',
  },
  keysMismatch: {
    en: 'none of the private keys ({sources}) matches the certificate {cert} ({certKey})',
    zh: '所有私钥（{sources}）都与证书 {cert}（{certKey}）不匹配',
  },
  keyExtra: {
    en: '{source} holds a private key ({key}) that matches no certificate of the bundle; it is not used',
    zh: '{source} 中的私钥（{key}）与证书包中的任何证书都不匹配，未被使用',
  },

  // PKCS#12
  pkcs12Converted: {
    // A key alone (openssl pkcs12 -export -nocerts): its key, not "0 certificates and private key".
    en: (p) => `${String(p.source)} is PKCS#12; its ${Number(p.count) === 0 ? 'private key' : `${Number(p.count) === 1 ? 'certificate' : `${p.count} certificates`}${p.key ? ' and private key' : ''}`} will be sent as PEM`,
    zh: (p) => `${String(p.source)} 是 PKCS#12 文件；其中的${Number(p.count) === 0 ? '私钥' : ` ${p.count} 张证书${p.key ? '和私钥' : ''}`}将转换为 PEM 发送`,
  },
  pkcs12ConvertedSome: {
    en: (p) => `${String(p.source)} is PKCS#12; ${p.sent} of its ${p.count} certificates${p.key ? ' and its private key' : ''} will be sent as PEM (the others are not part of the chain)`,
    zh: (p) => `${String(p.source)} 是 PKCS#12 文件；其中 ${p.count} 张证书中的 ${p.sent} 张${p.key ? '和私钥' : ''}将转换为 PEM 发送（其余的不属于证书链）`,
  },
  pkcs12NoCert: { en: '{source} holds no certificate', zh: '{source} 中没有证书' },
  pkcs12NoKey: { en: '{source} holds no private key', zh: '{source} 中没有私钥' },
  pkcs12NoCertFix: {
    en: 'give the certificate with it: a .pfx or .p12 without its certificate takes the certificate file after it, as in `scm validate {sourceWord} fullchain.pem` (--pfx takes no --cert), or re-export the PKCS#12 with its certificate',
    zh: '请提供证书：不含证书的 .pfx 或 .p12 文件，请把证书文件写在它后面，如 `scm validate {sourceWord} fullchain.pem`（--pfx 不能与 --cert 同用），或连同证书重新导出 PKCS#12 文件',
  },
  // A truststore given as the bundle (truststore.ts): the key entry is in another keystore, exported from there.
  pkcs12Truststore: {
    en: '{source} is a truststore: it holds only CA certificates ({held}), no private key and no server certificate',
    zh: '{source} 是信任库：其中只有 CA 证书（{held}），没有私钥，也没有服务器证书',
  },
  pkcs12TruststoreFix: {
    en: 'Give the keystore that holds the server\'s private key entry, not the truststore: export it with its key, as in `keytool -importkeystore -srckeystore keystore.jks -destkeystore site.p12 -deststoretype pkcs12 -srcalias ALIAS` (ALIAS: the PrivateKeyEntry that `keytool -list -keystore keystore.jks` shows) or `openssl pkcs12 -export -inkey key.pem -in fullchain.pem -out site.p12`, then validate site.p12; or give the PEM files: `scm validate fullchain.pem privkey.pem`.',
    zh: '请提供含服务器私钥条目的密钥库，而不是信任库：连同私钥导出，例如 `keytool -importkeystore -srckeystore keystore.jks -destkeystore site.p12 -deststoretype pkcs12 -srcalias ALIAS`（ALIAS 为 `keytool -list -keystore keystore.jks` 列出的“PrivateKeyEntry”条目的别名）或 `openssl pkcs12 -export -inkey key.pem -in fullchain.pem -out site.p12`，再校验 site.p12；也可以直接提供 PEM 文件：`scm validate fullchain.pem privkey.pem`。',
  },
  pkcs12BadKey: { en: 'the private key in {source} does not parse', zh: '{source} 中的私钥无法解析' },
  pkcs12BadCert: { en: 'certificate {position} in {source} does not parse as an X.509 certificate', zh: '{source} 中的第 {position} 张证书无法解析为 X.509 证书' },
  pkcs12AsSlot: {
    en: '{source} is a PKCS#12 (.pfx/.p12) file, not a {slot}: pass it with --pfx (or as an argument: `scm validate {sourceWord}`)',
    zh: "{source} 是 PKCS#12（.pfx/.p12）文件，不是{slot}：请用 --pfx 传入（或作为参数：`scm validate {sourceWord}`）",
  },
  slotCert: { en: 'certificate', zh: '证书' },
  slotKey: { en: 'private key', zh: '私钥' },
  slotChain: { en: 'certificate chain', zh: '证书链' },
  pfxNotPkcs12: { en: '{source} is not a PKCS#12 (.pfx/.p12) file', zh: '{source} 不是 PKCS#12（.pfx/.p12）文件' },
  pfxTruncated: {
    en: '{source} is a PKCS#12 (.pfx/.p12) file that stops short (it says {expected} bytes, the file has {size}): it was cut off in transfer',
    zh: '{source} 是不完整的 PKCS#12（.pfx/.p12）文件（声明长度 {expected} 字节，文件只有 {size} 字节）：文件在传输中被截断了',
  },
  pfxTruncatedHint: {
    en: 'download or export it again, copied as binary (an FTP transfer in ASCII mode or a text editor damages it); nothing in it can be read as it is',
    zh: '请重新下载或导出该文件，并以二进制方式复制（ASCII 模式的 FTP 传输或文本编辑器会损坏它）；文件现在的内容无法读取',
  },
  pfxNotPkcs12Hint: { en: 'pass PEM or DER certificates with --cert/--key instead', zh: 'PEM 或 DER 格式的证书请用 --cert/--key 传入' },
  pfxNeedsPassword: { en: 'cannot open {source}: it needs a password', zh: '无法打开 {source}：需要密码' },
  pfxWrongPassword: { en: 'cannot open {source}: wrong password', zh: '无法打开 {source}：密码错误' },
  pfxPasswordHint: { en: 'set SCM_PFX_PASSWORD or pass --pfx-password-file FILE', zh: '请设置环境变量 SCM_PFX_PASSWORD，或用 --pfx-password-file 指定存放密码的文件' },
  // A CA's password file beside the .pfx (pfx-password-files.ts): named, never read unasked.
  pfxPasswordBesideHint: {
    en: 'the password is likely in {file}, beside it: pass --pfx-password-file {fileWord} (scm never reads a password file it was not given), or set SCM_PFX_PASSWORD',
    zh: '密码可能在旁边的 {file} 中：请用 --pfx-password-file {fileWord} 传入（scm 不会自行读取未指定的密码文件），或设置环境变量 SCM_PFX_PASSWORD',
  },
  // A wrong password names where it came from: the file given, or the variable (the other way is offered then).
  // The file by its option, never its path (README: the path is often the password itself, typed there).
  pfxWrongPasswordFileHint: {
    en: 'the password in the first line of the file given to --pfx-password-file does not open {source}: check that file',
    zh: '--pfx-password-file 指定的文件中的密码（第一行）打不开 {source}：请检查该文件',
  },
  pfxEmptyPasswordEnvHint: {
    en: 'SCM_PFX_PASSWORD is set but empty, and {source} has a password: set it to the password, or pass --pfx-password-file FILE',
    zh: '环境变量 SCM_PFX_PASSWORD 已设置但为空，而 {source} 有密码：请把它设为该密码，或用 --pfx-password-file 指定存放密码的文件',
  },
  pfxEmptyPasswordFileHint: {
    en: 'the first line of the file given to --pfx-password-file is empty, and {source} has a password: put the password on the first line',
    zh: '--pfx-password-file 指定的文件第一行是空的，而 {source} 有密码：请把密码写在第一行',
  },
  pfxEmptyPasswordStdinHint: {
    en: 'the first line read from standard input is empty, and {source} has a password: send the password as the first line',
    zh: '从标准输入读到的第一行是空的，而 {source} 有密码：请把密码作为第一行传入',
  },
  pfxPasswordNotUtf8: {
    en: '; the password read is not UTF-8 text (written as ANSI or GBK, as Windows Notepad may save a file): save it as UTF-8 and try again',
    zh: '；读到的密码不是 UTF-8 文本（以 ANSI 或 GBK 编码写入，记事本可能这样保存文件）：请将其另存为 UTF-8 编码后重试',
  },
  pfxWrongPasswordStdinHint: { en: 'the password read from standard input does not open {source}', zh: '从标准输入读到的密码打不开 {source}' },
  pfxWrongPasswordEnvHint: {
    en: 'the password in SCM_PFX_PASSWORD does not open {source}: check it, or pass --pfx-password-file FILE',
    zh: '环境变量 SCM_PFX_PASSWORD 中的密码打不开 {source}：请检查它，或用 --pfx-password-file 指定存放密码的文件',
  },
  pfxUnreadable: { en: 'cannot open {source} as PKCS#12: {reason}', zh: '无法按 PKCS#12 打开 {source}：{reason}' },
  pfxUnsupported: { en: 'it is protected with {algorithm}, which scm cannot open', zh: '它使用了 scm 无法解开的保护方式 {algorithm}' },
  pfxUnsupportedNamed: { en: 'it is encrypted with {algorithm} ({oid}), which scm cannot decrypt', zh: '它使用 {algorithm}（{oid}）加密，scm 无法解密' },
  pfxConvertHint: {
    en: "convert it with OpenSSL: `openssl pkcs12 {legacy}-in {source} -nodes -out bundle.pem` and validate bundle.pem (it holds the key unencrypted: keep it private), or export the .pfx again with the default AES-256",
    zh: "请用 OpenSSL 转换：`openssl pkcs12 {legacy}-in {source} -nodes -out bundle.pem`，再校验 bundle.pem（其中的私钥未加密，请妥善保管），或用默认的 AES-256 重新导出 .pfx 文件",
  },
  pfxPublicKeyMode: { en: 'it is encrypted for a recipient key (public-key privacy mode), not with a password', zh: '它是用接收方公钥加密的（公钥隐私模式），而不是用密码加密的' },
  pfxMalformed: { en: 'its structure does not parse', zh: '文件结构无法解析' },

  // Bundles read by content
  // Files or standard input given together have no folder to name: the sentence leaves "in …" out then.
  ambiguousLeaf: {
    en: (p) => `cannot tell which certificate is the leaf${inBundle(p)}: ${String(p.candidates)}; none of them matches a private key`,
    zh: (p) => `无法确定${zhInBundle(p)}哪张是服务器证书：${String(p.candidates)}；它们都与私钥不匹配`,
  },
  ambiguousLeafNoKey: {
    en: (p) => `cannot tell which certificate is the leaf${inBundle(p)}: ${String(p.candidates)}; there is no private key to choose by`,
    zh: (p) => `无法确定${zhInBundle(p)}哪张是服务器证书：${String(p.candidates)}；没有可据以判断的私钥`,
  },
  ambiguousLeafMatched: {
    en: (p) => `cannot tell which certificate is the leaf${inBundle(p)}: ${String(p.candidates)}; all of them match the private key`,
    zh: (p) => `无法确定${zhInBundle(p)}哪张是服务器证书：${String(p.candidates)}；它们都与私钥匹配`,
  },
  ambiguousLeafHint: { en: 'pass the leaf with --cert FILE', zh: '请用 --cert 文件 指定服务器证书' },
  // Files given together have no folder to name.
  // A CA's download unpacked as it comes: the bundles are one level down, one per server type.
  inSubfolders: {
    en: '{dir} holds no certificate or private key at its top{top}; its folders {folders} hold files: each is a bundle folder of its own',
    zh: '{dir} 的顶层没有证书或私钥{top}；其中的目录 {folders} 中有文件：每个目录都是单独的证书目录',
  },
  // One folder (lego's --path, a zip unpacked twice as x_nginx/x_nginx/): said as one.
  inSubfolder: {
    en: '{dir} holds no certificate or private key at its top{top}; its only folder, {folder}, holds files: that is the bundle folder',
    zh: '{dir} 的顶层没有证书或私钥{top}；其中只有一个目录 {folder} 中有文件：它就是证书目录',
  },
  inSubfoldersTop: { en: ' (only {files})', zh: '（只有 {files}）' },
  inSubfoldersHint: { en: 'validate the one for your server: `scm validate {path}`', zh: "请校验与服务器对应的目录：`scm validate {path}`" },
  inSubfolderHint: { en: 'validate that folder: `scm validate {path}`', zh: "请校验该目录：`scm validate {path}`" },
  ambiguousPairs: {
    en: (p) => `cannot tell which certificate and key to use${inBundle(p)}: it holds ${String(p.count)} certificates, each with its own private key: ${String(p.pairs)}`,
    zh: (p) => `无法确定${zhInBundle(p)}应使用哪一对证书和私钥：其中有 ${String(p.count)} 张证书，各有自己的私钥：${String(p.pairs)}`,
  },
  pairInFiles: { en: '{name} ({key}) in {source} with its key in {keySource}', zh: '{source} 中的 {name}（{key}，私钥在 {keySource} 中）' },
  pairInFile: { en: '{name} ({key}) with its key, in {source}', zh: '{source} 中的 {name}（{key}）及其私钥' },
  pairSeparator: { en: '; ', zh: '；' },
  pairNamed: { en: '{name} ({key})', zh: '{name}（{key}）' },
  // --domain chose one of several certificate+key pairs (pair-by-domain.ts).
  pairChosen: {
    en: '{where} holds {count} certificates, each with its own private key: {pairs}; the one whose names cover {domains} (--domain) was taken, {chosen}; the others are left out and not sent',
    zh: '{where} 中有 {count} 张证书，各有自己的私钥：{pairs}；已按 --domain 选用域名覆盖 {domains} 的 {chosen}，其余的未被使用，也不会被发送',
  },
  ambiguousPairsHint: { en: 'pass one pair with --cert FILE --key FILE (and --chain FILE), or put each pair in a folder of its own', zh: '请用 --cert 文件 --key 文件（以及 --chain 文件）指定其中一对，或把每一对放在各自的目录中' },
  ambiguousPairsHintGiven: {
    en: 'keep one pair: pass a --cert file with one certificate (and its chain) and a --key file with its key only',
    zh: '请只保留一对：--cert 文件中只放一张证书（及其证书链），--key 文件中只放它的私钥',
  },
  // The file named as one shell word, so the command pastes as-is (what 592c76a did for every other hint).
  ambiguousPairsHintOneFile: {
    en: 'split {file} into a certificate file and a key file for one pair, and pass them with --cert FILE --key FILE (for a PKCS#12 file, `openssl pkcs12 -in {fileWord} -nodes` prints them all)',
    zh: '请把 {file} 中的其中一对拆分为证书文件和私钥文件，再用 --cert 文件 --key 文件 传入（PKCS#12 文件可用 `openssl pkcs12 -in {fileWord} -nodes` 列出其中所有的证书和私钥）',
  },
  // The same, from a command whose --domain chooses among pairs (pair-by-domain.ts): {domain} is covered by one pair only.
  ambiguousPairsHintDomain: {
    en: '{split}; or take one pair with --domain, which keeps the pair whose names cover it: `--domain {domain}` takes {cert}',
    zh: '{split}；或用 --domain 选用域名覆盖它的那一对：`--domain {domain}` 选用 {cert}',
  },
  certInFile: { en: '{name} in {source}', zh: '{source} 中的 {name}' },

  // The chain
  chainDuplicateLeaf: { en: '{where} repeats the leaf certificate', zh: '{where} 与服务器证书重复' },
  chainDuplicate: { en: '{where} repeats {first}', zh: '{where} 与 {first} 重复' },
  chainTooShort: {
    en: '{leaf} would be uploaded alone: no intermediate certificate was given, and SCM refuses a chain of length 1',
    zh: '{leaf} 将被单独上传：没有提供中间证书，而 SCM 不接受长度为 1 的证书链',
  },
  chainTooShortSelfSigned: {
    en: '{leaf} is self-signed and would be uploaded alone: no intermediate certificate was given, and SCM refuses a chain of length 1',
    zh: '{leaf} 是自签名证书，将被单独上传：没有提供中间证书，而 SCM 不接受长度为 1 的证书链',
  },
  chainTooShortSelfSignedFix: {
    en: 'A self-signed certificate has no CA certificate to add, and SCM refuses it alone: have a CA issue the certificate for these names (a public CA, or your own private CA, whose root is then its chain). Browsers do not trust a self-signed certificate either.',
    zh: '自签名证书没有可添加的 CA 证书，而 SCM 不接受单独上传的证书：请让 CA 为这些域名签发证书（公共 CA，或你自己的私有 CA，这时把私有 CA 的根证书作为证书链）。浏览器同样不信任自签名证书。',
  },
  chainTooShortEmptyFile: {
    en: '{leaf} would be uploaded alone: {file}, given as the chain, is empty, and SCM refuses a chain of length 1',
    zh: '{leaf} 将被单独上传：作为证书链传入的 {file} 是空的，而 SCM 不接受长度为 1 的证书链',
  },
  chainTooShortBundle: {
    en: '{leaf} would be uploaded alone: there is no intermediate certificate among {files}, and SCM refuses a chain of length 1',
    zh: '{leaf} 将被单独上传：{files} 中没有中间证书，而 SCM 不接受长度为 1 的证书链',
  },
  // One file read by content (a .pfx, standard input): "among" a single file reads wrong.
  chainTooShortPfxFix: {
    en: 'Add the intermediate certificate(s): --pfx takes no --chain, so give the PKCS#12 file as an argument with the CA\'s file, `scm validate {fileWord} --chain chain.pem` (and `scm upload {fileWord} --chain chain.pem --name NAME`), or export the PKCS#12 again with its chain (`openssl pkcs12 -export ... -certfile chain.pem`). A leaf signed directly by a root (a private CA) needs that root as its chain.',
    zh: '请加上中间证书：--pfx 不能与 --chain 同用，请把 PKCS#12 文件作为参数传入，并用 --chain 传入 CA 的中间证书文件：`scm validate {fileWord} --chain chain.pem`（上传时 `scm upload {fileWord} --chain chain.pem --name NAME`），或连同证书链重新导出 PKCS#12 文件（`openssl pkcs12 -export ... -certfile chain.pem`）。由根证书直接签发的服务器证书（私有 CA）需要把该根证书作为证书链。',
  },
  chainTooShortOneFile: {
    en: '{leaf} would be uploaded alone: {file} holds no intermediate certificate, and SCM refuses a chain of length 1',
    zh: '{leaf} 将被单独上传：{file} 中没有中间证书，而 SCM 不接受长度为 1 的证书链',
  },
  chainKeyIdMismatch: {
    en: '{child} names {parent} as its issuer, but its authority key identifier ({aki}) is not the subject key identifier of {parentWhere} ({ski}): that certificate has the right name but another key, so it is not the one that issued {child}',
    zh: '{child} 的签发者名称是 {parent}，但它的授权密钥标识符（{aki}）与 {parentWhere} 的使用者密钥标识符（{ski}）不同：那张证书名称相同、密钥不同，并不是签发 {child} 的证书',
  },
  // The signature verifies, the key identifiers disagree (cert-checks.ts checkKeyIds): OpenSSL's X509_check_akid.
  chainKeyIdOther: {
    en: '{parentWhere} signed {child} (the signature verifies with its key), but the authority key identifier of {child} ({aki}) is not the subject key identifier of that issuer ({ski}): browsers accept the chain, but OpenSSL takes a certificate as the issuer only when the identifiers agree, and refuses it ("unable to get local issuer certificate", verify error 20)',
    zh: '{parentWhere} 签发了 {child}（用签发者的公钥能验证签名），但 {child} 的授权密钥标识符（{aki}）与签发者的使用者密钥标识符（{ski}）不同：浏览器可以接受这条证书链，但 OpenSSL 只把标识符相符的证书当作签发者，会拒绝这条证书链（报错 `unable to get local issuer certificate`，即校验错误 20）',
  },
  chainSignatureMismatch: {
    en: '{child} names {parent} as its issuer, but its signature does not verify with the key of {parentWhere}: that certificate has the right name but is not the one that signed it',
    zh: '{child} 的签发者名称是 {parent}，但用 {parentWhere} 的公钥无法验证它的签名：那张证书名称相同，却不是签发它的证书',
  },
  chainIssuerMissing: {
    en: '{leaf} was issued by {issuer}, which is not in the chain (it holds {held})',
    zh: '{leaf} 的签发者 {issuer} 不在证书链中（证书链中有 {held}）',
  },
  // keytool -genkeypair's placeholder beside the CA certificates imported for its reply, the reply itself never imported.
  chainSelfSignedLeafFix: {
    en: 'A self-signed certificate is its own issuer: no CA certificate sent with it makes it trusted. Have a CA issue the certificate for these names and send it with that CA\'s chain (a keystore made with `keytool -genkeypair` holds such a self-signed placeholder until the CA\'s reply is imported under the same alias with `keytool -importcert`).',
    zh: '自签名证书的签发者就是它自己：随它发送的任何 CA 证书都不能让它受信任。请让 CA 为这些域名签发证书，并连同该 CA 的证书链一起发送（用 `keytool -genkeypair` 生成的密钥库中就是这样的自签名占位证书，直到用 `keytool -importcert` 把 CA 签发的证书导入到同一别名下）。',
  },
  chainSelfSignedLeaf: {
    en: '{leaf} is self-signed, so no certificate in the chain can be its issuer (it holds {held})',
    zh: '{leaf} 是自签名证书，证书链中的任何证书都不可能是它的签发者（证书链中有 {held}）',
  },
  chainStray: {
    en: '{where} did not issue any certificate of this chain; SCM checks that each certificate is followed by its issuer, so it refuses the chain as given: remove it',
    zh: '{where} 没有签发这条证书链中的任何证书；SCM 要求每张证书后面紧跟它的签发者，因此会拒绝这样的证书链：请删除它',
  },
  chainStrayServed: {
    en: 'the server sends {where}, which issued no certificate of this chain: remove it from the chain the server is configured with',
    zh: '服务器发送了 {where}，但它没有签发这条证书链中的任何证书：请从服务器配置的证书链中删除它',
  },
  chainMissingIntermediate: {
    en: '{top} was issued by {missing}, which is not in the chain; the chain goes on with {next}, which did not issue it: add {missing} between {top} and {next} (or remove {next} if it does not belong to this chain)',
    zh: '{top} 的签发者 {missing} 不在证书链中；证书链接下来是 {next}，而它并没有签发 {top}：请在 {top} 与 {next} 之间加入 {missing}（如果 {next} 不属于这条证书链，请删除它）',
  },
  // A root after the hole: adding the missing one works only if that root is above it, unknown without it; say both.
  chainMissingBeforeRoot: {
    en: '{top} was issued by {missing}, which is not in the chain; the chain goes on with the root {next}, which did not issue it: add {missing} after {top}, and remove {next} if it is not the root above {missing} (a root of another CA cannot complete this chain)',
    zh: '{top} 的签发者 {missing} 不在证书链中；证书链接下来是根证书 {next}，而它并没有签发 {top}：请在 {top} 之后加入 {missing}；如果 {next} 不是 {missing} 之上的根证书，请删除它（其他 CA 的根证书无法补全这条证书链）',
  },
  chainMisordered: {
    en: 'the chain is complete but out of order: given {given}; the right order is {right}',
    zh: '证书链完整但顺序错误：实际顺序为 {given}；正确顺序是 {right}',
  },
  chainLeafNotFirstKey: {
    en: 'the certificate that matches the private key, {leaf}, is not first: given {given}; the right order is {right}',
    zh: '与私钥匹配的证书 {leaf} 没有排在第一位：实际顺序为 {given}；正确顺序是 {right}',
  },
  chainLeafNotFirst: {
    en: 'the end-entity (server) certificate, {leaf}, is not first: given {given}; the right order is {right}',
    zh: '服务器（终端实体）证书 {leaf} 没有排在第一位：实际顺序为 {given}；正确顺序是 {right}',
  },
  chainUnrelated: {
    en: '{where} did not issue {leaf} or any of its intermediates; it is not sent',
    zh: '{where} 没有签发 {leaf} 或它的任何中间证书，不会被发送',
  },
  chainUnrelatedMany: {
    en: (p) => `${p.source} holds ${p.count} CA certificates (${p.first} first) that did not issue ${p.leaf} or any of its intermediates, as a trust store does; they are not sent`,
    zh: '{source} 中有 {count} 张 CA 证书（第一张为 {first}）没有签发 {leaf} 或它的任何中间证书，像是一个信任库；它们不会被发送',
  },
  chainAlternative: {
    en: '{where} is another copy of {name} (same key, issued by {issuer}); the path uses the copy issued by {used}, so this one is not sent',
    zh: '{where} 是 {name} 的另一份副本（密钥相同，由 {issuer} 签发）；证书路径使用的是由 {used} 签发的那一份，这一份不会被发送',
  },
  chainAlternativeExpired: {
    en: '{where} is another copy of {name} (same key, issued by {issuer} too) that expired on {date}; the path uses the copy valid until {until}, so this one is not sent',
    zh: '{where} 是 {name} 的另一份副本（密钥相同，同样由 {issuer} 签发），已于 {date} 过期；证书路径使用的是有效期至 {until} 的那一份，这一份不会被发送',
  },
  chainAlternativeSameIssuer: {
    en: '{where} is another copy of {name} (same key, issued by {issuer} too, valid until {date}); one copy is enough, and the path uses the one valid until {until}, so this one is not sent',
    zh: '{where} 是 {name} 的另一份副本（密钥相同，同样由 {issuer} 签发，有效期至 {date}）；一份就够了，证书路径使用的是有效期至 {until} 的那一份，这一份不会被发送',
  },
  chainNotCaBasic: {
    en: '{parent} signed {child}, but it is no CA certificate (basicConstraints CA:FALSE): TLS clients refuse a chain through it (OpenSSL: "invalid CA certificate")',
    zh: '{parent} 签发了 {child}，但它不是 CA 证书（`basicConstraints` 为 `CA:FALSE`）：TLS 客户端会拒绝经过它的证书链（OpenSSL 报错 `invalid CA certificate`）',
  },
  chainNotCaMissing: {
    en: '{parent} signed {child}, but it is no CA certificate (it has no basicConstraints extension, which every CA certificate carries with CA:TRUE; a version 1 certificate has none): TLS clients refuse it as an intermediate (OpenSSL: "invalid CA certificate")',
    zh: '{parent} 签发了 {child}，但它不是 CA 证书（它没有 `basicConstraints` 扩展，而每张 CA 证书都带有该扩展并设为 `CA:TRUE`；版本 1 的证书没有该扩展）：TLS 客户端不接受它作为中间证书（OpenSSL 报错 `invalid CA certificate`）',
  },
  chainNotCaUsage: {
    en: '{parent} signed {child}, but its keyUsage does not allow signing certificates (no keyCertSign): TLS clients refuse a chain through it (OpenSSL: "key usage does not include certificate signing")',
    zh: '{parent} 签发了 {child}，但它的 `keyUsage` 不允许签发证书（没有 `keyCertSign`）：TLS 客户端会拒绝经过它的证书链（OpenSSL 报错 `key usage does not include certificate signing`）',
  },
  chainPathLengthZero: {
    en: '{ca} may issue no CA certificate (basicConstraints pathlen:0), yet the path down to {leaf} has {count} below it: {below}; TLS clients refuse the chain (OpenSSL: "path length constraint exceeded")',
    zh: '{ca} 不能签发 CA 证书（`basicConstraints` 为 `pathlen:0`），而它到 {leaf} 的路径上有 {count} 张 CA 证书：{below}；TLS 客户端会拒绝这条证书链（OpenSSL 报错 `path length constraint exceeded`）',
  },
  chainPathLength: {
    en: '{ca} limits the CA certificates below it to {limit} (basicConstraints pathlen:{limit}), yet the path down to {leaf} has {count}: {below}; TLS clients refuse the chain (OpenSSL: "path length constraint exceeded")',
    zh: '{ca} 其下最多只允许 {limit} 张 CA 证书（`basicConstraints` 为 `pathlen:{limit}`），而它到 {leaf} 的路径上有 {count} 张：{below}；TLS 客户端会拒绝这条证书链（OpenSSL 报错 `path length constraint exceeded`）',
  },
  chainAlternativeRoute: {
    en: '{where} issued {issued}, which is left out (another route to the same CA), not a certificate of the path; it is not sent either',
    zh: '{where} 签发了 {issued}，而后者未被采用（通往同一 CA 的另一条路径），并非证书路径上的证书；它同样不会被发送',
  },
  chainAlternativeSent: {
    en: '{where} is another copy of {name} (same key, issued by {issuer}) next to the one issued by {used}; SCM checks that each certificate is followed by its issuer, so it refuses the chain as given: remove one of them',
    zh: '{where} 是 {name} 的另一份副本（密钥相同，由 {issuer} 签发），与由 {used} 签发的那一份同时存在；SCM 要求每张证书后面紧跟它的签发者，因此会拒绝这样的证书链：请删除其中一份',
  },
  chainReissuedSent: {
    en: '{where} is another copy of {name} (same key, issued by {issuer} too, valid until {date}) beside the copy valid until {until}; SCM checks that each certificate is followed by its issuer, so it refuses the chain as given: remove this copy, the one that ends first',
    zh: '{where} 是 {name} 的另一份副本（密钥相同，同样由 {issuer} 签发，有效期至 {date}），与有效期至 {until} 的那一份同时存在；SCM 要求每张证书后面紧跟它的签发者，因此会拒绝这样的证书链：请删除这份先到期的副本',
  },
  chainReissuedSentExpired: {
    en: '{where} is another copy of {name} (same key, issued by {issuer} too) that expired on {date}, beside the copy valid until {until}; SCM checks that each certificate is followed by its issuer, so it refuses the chain as given: remove this expired copy',
    zh: '{where} 是 {name} 的另一份副本（密钥相同，同样由 {issuer} 签发），已于 {date} 过期，与有效期至 {until} 的那一份同时存在；SCM 要求每张证书后面紧跟它的签发者，因此会拒绝这样的证书链：请删除这份已过期的副本',
  },
  // Two copies of one CA, same name and key, whose subjectKeyIdentifiers differ: one is not the issuer OpenSSL takes.
  chainKeyIdCopySent: {
    en: '{where} is another copy of {name} (same key, issued by {issuer}) beside {usedWhere}, and its subject key identifier ({ski}) is not the authority key identifier of {child} ({aki}); SCM checks that each certificate is followed by its issuer, so it refuses the chain as given: remove this copy',
    zh: '{where} 是 {name} 的另一份副本（密钥相同，由 {issuer} 签发），与 {usedWhere} 同时存在，而它的使用者密钥标识符（{ski}）不是 {child} 的授权密钥标识符（{aki}）；SCM 要求每张证书后面紧跟它的签发者，因此会拒绝这样的证书链：请删除这一份',
  },
  chainKeyIdCopyServed: {
    en: 'the server sends {where}, another copy of {name} (same key, issued by {issuer}) beside {usedWhere}, and its subject key identifier ({ski}) is not the authority key identifier of {child} ({aki}), so not every certificate there is followed by its issuer: remove this copy from the chain the server is configured with',
    zh: '服务器发送了 {where}，它是 {name} 的另一份副本（密钥相同，由 {issuer} 签发），与 {usedWhere} 同时存在，而它的使用者密钥标识符（{ski}）不是 {child} 的授权密钥标识符（{aki}），因此并非每张证书后面都紧跟它的签发者：请从服务器配置的证书链中删除这一份',
  },
  chainKeyIdCopyFix: {
    en: 'Remove {where}, whose subject key identifier is {ski}, and keep {usedWhere}, whose subject key identifier is {aki}, the authority key identifier of {child}: OpenSSL takes only that copy as its issuer (verify error 20 with the other).',
    zh: '请删除 {where}，它的使用者密钥标识符为 {ski}；保留 {usedWhere}：它的使用者密钥标识符是 {aki}，即 {child} 的授权密钥标识符；OpenSSL 只把那一份当作签发者（用另一份会报校验错误 20）。',
  },
  chainAlternativeSentServed: {
    en: 'the server sends {where}, another copy of {name} (same key, issued by {issuer}) next to the one issued by {used}, so not every certificate there is followed by its issuer: remove one of them from the chain the server is configured with',
    zh: '服务器发送了 {where}，它是 {name} 的另一份副本（密钥相同，由 {issuer} 签发），与由 {used} 签发的那一份同时存在，因此并非每张证书后面都紧跟它的签发者：请从服务器配置的证书链中删除其中一份',
  },
  chainRouteSent: {
    en: '{route} ({name} issued by {issuer}, then {rest}) are another route to {name} beside the one via {used}; SCM checks that each certificate is followed by its issuer, so it refuses the chain with both',
    zh: '{route}（由 {issuer} 签发的 {name}，然后是 {rest}）是通往 {name} 的另一条路径，与经由 {used} 的路径同时存在；SCM 要求每张证书后面紧跟它的签发者，因此会拒绝同时包含两条路径的证书链',
  },
  chainRouteServed: {
    en: '{route} ({name} issued by {issuer}, then {rest}) are another route to {name} beside the one via {used}; with both, a certificate is followed by one that did not issue it: keep one route',
    zh: '{route}（由 {issuer} 签发的 {name}，然后是 {rest}）是通往 {name} 的另一条路径，与经由 {used} 的路径同时存在；两条路径同时存在时，有证书后面紧跟的不是它的签发者：请只保留一条路径',
  },
  chainRouteFix: {
    en: 'Keep one route: drop {route} (the route via {issuer}).',
    zh: '只保留一条路径：删除 {route}（经由 {issuer} 的路径）。',
  },
  chainAlternativeLinked: {
    en: '{where} is another copy of {name} (same key, issued by {issuer}) next to the one issued by {used}; it is sent as given, and as each certificate is still followed by its issuer by name, SCM accepts the chain: remove the copy clients do not need to keep it short',
    zh: '{where} 是 {name} 的另一份副本（密钥相同，由 {issuer} 签发），与由 {used} 签发的那一份同时存在；它会按原样发送，由于每张证书后面仍紧跟按名称对应的签发者，SCM 会接受这条证书链：如需精简，可删除客户端用不到的那一份',
  },
  // A CA above such a copy, given after it, whose issuer is a path CA given next: the chain goes round, by name linked.
  chainAlternativeRouteLinked: {
    en: '{where} issued {issued}, the copy the path does not use, and leads back to a CA of the path; it is sent as given, and as each certificate is still followed by its issuer by name, SCM accepts the chain: remove it with that copy to keep it short',
    zh: '{where} 签发了路径上未使用的那一份副本 {issued}，并指回路径上的 CA；它会按原样发送，由于每张证书后面仍紧跟按名称对应的签发者，SCM 会接受这条证书链：如需精简，可将它与那一份副本一起删除',
  },
  chainOtherLeafChain: {
    en: '{where} is another end-entity certificate, with the CA certificates above it ({cas}): another chain, not the one for this bundle; none of them is sent',
    zh: '{where} 是另一张服务器（终端实体）证书，连同其上级 CA 证书（{cas}）构成另一条证书链，不属于这个证书包，都不会被发送',
  },
  chainOtherLeaf: {
    en: '{where} is another end-entity certificate, not the one for this bundle; it is not sent',
    zh: '{where} 是另一张服务器（终端实体）证书，不属于这个证书包，不会被发送',
  },
  certOlderGeneration: {
    en: '{where} is an older generation of the leaf (the same names, issued {issued}; the leaf was issued {leafIssued}); it is not sent',
    zh: '{where} 是服务器证书的旧版本（域名相同，签发于 {issued}；服务器证书签发于 {leafIssued}），不会被发送',
  },
  chainIncludesRoot: {
    en: 'the chain ends with the self-signed root {root} ({length} characters), after an intermediate; a client that trusts this root already holds it',
    zh: '证书链在中间证书之后以自签名根证书 {root} 结尾（{length} 个字符）；信任这个根证书的客户端本来就持有它',
  },
  sm2Unverified: {
    en: 'the SM2 signature of {child} by {parent} cannot be verified offline (Node.js 20 has no SM2 verification); the link was checked by name and key identifier',
    zh: '无法离线验证 {parent} 对 {child} 的 SM2 签名（Node.js 20 不支持 SM2 验签）；已按名称和密钥标识符检查签发关系',
  },
  // What clients do: refuse the chain as sent, unless their path builder finds another (Chrome and Firefox keep CA
  // certificates they have seen, and may hold this CA's renewal; OpenSSL builds from what was sent).
  chainCertExpired: {
    en: '{cert} in the chain expired on {date}: clients refuse the chain as it is sent (OpenSSL: "certificate has expired", verify error 10), unless they build another path to a root they trust without it, as a browser may from a current certificate of this CA it holds',
    zh: '证书链中的 {cert} 已于 {date} 过期：客户端会拒绝按原样发送的这条证书链（OpenSSL 报错 `certificate has expired`，即校验错误 10），除非它们不经过这张证书，另行构建一条通往所信任根证书的路径，浏览器可能用它持有的该 CA 的当前证书做到这一点',
  },
  // Not self-signed, yet above another CA of the path: the shape of a root cross-signed by an older one. Clients
  // with the CA below as a root stop there (OpenSSL from 1.1.0 looks in its trust store first); the others, and
  // OpenSSL 1.0.2 (Let's Encrypt's DST Root CA X3, 2021), go on to the expired copy and fail.
  chainCrossExpired: {
    en: '{cert} in the chain expired on {date}; it signed {below}, another CA, as a root cross-signed by an older root does: clients that trust {below} as a root stop there and accept the chain; the others, and older ones that follow the chain as it is sent (OpenSSL 1.0.2), reach the expired certificate and refuse the chain',
    zh: '证书链中的 {cert} 已于 {date} 过期；它签发了另一个 CA {below}，正像由旧根证书交叉签名的根证书那样：把 {below} 作为根证书信任的客户端到它为止，会接受这条证书链；其他客户端，以及按发送顺序构建证书链的旧客户端（如 OpenSSL 1.0.2），会走到这张过期的证书并拒绝这条证书链',
  },
  // The self-signed root at the top, after an intermediate: no client uses the copy sent (chain-includes-root, said once).
  chainRootExpired: {
    en: 'the chain ends with the self-signed root {cert}, which expired on {date}; a client checks the chain against the roots in its own trust store, so the root need not be sent at all',
    zh: '证书链以自签名根证书 {cert} 结尾，它已于 {date} 过期；客户端用自己信任库中的根证书验证证书链，根本不需要发送根证书',
  },
  chainRootExpiredFix: {
    en: 'Remove {cert} from the chain file and keep the intermediate(s): clients use the root in their own trust store, never the copy sent. If their copy has expired too, no client can build the chain: ask your CA for the intermediate that chains to its current root.',
    zh: '请把 {cert} 从证书链文件中删掉，只保留中间证书：客户端只使用自己信任库中的根证书，从不使用随证书链发送的副本。如果客户端持有的根证书也已过期，任何客户端都无法构建证书链：请向 CA 获取链接到其当前根证书的中间证书。',
  },
  // A self-signed root that issued the leaf itself (a private CA): the chain's only CA, which SCM needs sent.
  chainIssuingRootExpired: {
    en: '{cert}, the self-signed root that issued {leaf} itself and the only CA certificate of the chain, expired on {date}: clients that hold only this copy of the root refuse the leaf (OpenSSL: "certificate has expired", verify error 10)',
    zh: '{cert} 是直接签发 {leaf} 的自签名根证书，也是证书链中唯一的 CA 证书，已于 {date} 过期：只持有这份根证书的客户端会拒绝服务器证书（OpenSSL 报错 `certificate has expired`，即校验错误 10）',
  },
  chainIssuingRootExpiringSoon: {
    en: (p) => `${String(p.cert)}, the self-signed root that issued ${String(p.leaf)} itself and the only CA certificate of the chain, expires on ${String(p.date)}, in ${days(p.days)}, before the leaf (${String(p.leafDate)}): from then on clients that hold only this copy of the root refuse the leaf`,
    zh: '{cert} 是直接签发 {leaf} 的自签名根证书，也是证书链中唯一的 CA 证书，将于 {date} 过期（还剩 {days} 天），早于服务器证书（{leafDate}）：此后只持有这份根证书的客户端会拒绝服务器证书',
  },
  chainIssuingRootFix: {
    en: 'Send the CA\'s current certificate for this root in its place (a renewal under the same name and key still verifies the leaf, and clients that trust the renewal accept the leaf), or have the leaf reissued by a CA valid beyond it. Do not just remove {cert}: it is the leaf\'s issuer, no intermediate stands in for it, and SCM refuses a chain without a CA certificate (chain-too-short).',
    zh: '请发送 CA 为这个根证书续期后的当前证书来替换它（名称和密钥不变的续期证书仍能验证服务器证书，信任它的客户端会接受服务器证书），或让有效期更长的 CA 重新签发服务器证书。不要直接删掉 {cert}：它是服务器证书的签发者，没有中间证书能代替它，而且证书链中没有 CA 证书时 SCM 会拒绝上传（`chain-too-short`）。',
  },
  chainCrossExpiredFix: {
    en: 'Leave {cert} (and any certificate after it) out of the chain: clients that hold it as a root use their own copy, and an expired copy serves no client; only if it is no root, get its current certificate from your CA.',
    zh: '请把 {cert}（以及它之后的证书）从证书链中删掉：把它作为根证书的客户端会使用自己的副本，过期的副本对任何客户端都没有用；只有当它不是根证书时，才需要向 CA 获取它当前有效的证书。',
  },
  nameConstraintsOutside: {
    en: '{leaf} names {names}, outside the names {ca} may issue for (its nameConstraints permit only {subtrees}): TLS clients refuse the chain (OpenSSL: "permitted subtree violation")',
    zh: '{leaf} 包含的 {names} 超出了 {ca} 可签发的名称范围（其 `nameConstraints` 只允许 {subtrees}）：TLS 客户端会拒绝这条证书链（OpenSSL 报错 `permitted subtree violation`）',
  },
  nameConstraintsExcluded: {
    en: '{leaf} names {names}, which {ca} must not issue for (its nameConstraints exclude {subtrees}): TLS clients refuse the chain (OpenSSL: "excluded subtree violation")',
    zh: '{leaf} 包含的 {names} 属于 {ca} 不得签发的名称（其 `nameConstraints` 排除了 {subtrees}）：TLS 客户端会拒绝这条证书链（OpenSSL 报错 `excluded subtree violation`）',
  },
  nameConstraintsMinMax: {
    en: '{leaf} names {names}, and the nameConstraints of {ca} give the subtrees for such names ({subtrees}) a minimum or maximum, which OpenSSL does not support: it refuses the chain ("name constraints minimum and maximum not supported"); the CA certificate needs reissuing without them',
    zh: '{leaf} 包含 {names}，而 {ca} 的 `nameConstraints` 为这类名称的子树（{subtrees}）设置了最小值或最大值，OpenSSL 不支持：它会拒绝这条证书链（OpenSSL 报错 `name constraints minimum and maximum not supported`）；需要去掉它们后重新签发该 CA 证书',
  },
  nameConstraintsMinMaxFix: {
    en: 'SCM checks names only and accepts it, but OpenSSL refuses any chain through this CA for such names (verify error 49; RFC 5280 has CAs leave out minimum and maximum). Ask the CA for a certificate whose nameConstraints have no minimum or maximum, or have the certificate issued under another CA.',
    zh: 'SCM 只检查名称，会接受它，但对这类名称，OpenSSL 会拒绝经过该 CA 的任何证书链（校验错误 49；RFC 5280 要求 CA 不使用最小值和最大值）。请让 CA 提供 `nameConstraints` 中不含最小值和最大值的 CA 证书，或改由其他 CA 签发证书。',
  },
  nameConstraintsUnsupportedFix: {
    en: 'SCM checks names only and accepts it, but OpenSSL refuses the chain (verify errors 51 and 53). Reissue the certificate without {names}, or for your own CA, reissue the CA certificate without the subtrees {subtrees}.',
    zh: 'SCM 只检查名称，会接受它，但 OpenSSL 会拒绝这条证书链（校验错误 51 和 53）。请去掉 {names} 后重新签发证书；如果是你自己的 CA，也可以去掉子树 {subtrees} 后重新签发 CA 证书。',
  },
  nameConstraintsType: {
    en: '{leaf} names {names}, a kind of name the nameConstraints of {ca} restrict ({subtrees}) but OpenSSL cannot match: it refuses the chain ("unsupported name constraint type")',
    zh: '{leaf} 包含 {names}，{ca} 的 `nameConstraints` 限制了这类名称（{subtrees}），但 OpenSSL 无法匹配它：会拒绝这条证书链（OpenSSL 报错 `unsupported name constraint type`）',
  },
  nameConstraintsSyntax: {
    en: '{leaf} names {names}, which OpenSSL cannot read as an address to check against the nameConstraints of {ca} ({subtrees}): it refuses the chain ("unsupported name syntax")',
    zh: '{leaf} 包含的 {names} 无法被 OpenSSL 读作地址，因而无法按 {ca} 的 `nameConstraints`（{subtrees}）检查：它会拒绝这条证书链（OpenSSL 报错 `unsupported name syntax`）',
  },
  chainCertNotYetValid: {
    en: (p) => `${String(p.cert)} in the chain is valid only from ${String(p.date)}, in ${days(p.days)}: clients refuse the chain until then (OpenSSL: "certificate is not yet valid")`,
    zh: '证书链中的 {cert} 从 {date} 起才生效（还有 {days} 天）：在此之前客户端会拒绝这条证书链（OpenSSL 报错 `certificate is not yet valid`）',
  },
  chainCertNotYetValidFix: {
    en: 'Get the intermediate that is valid now from your CA, or wait until {date} to send this one.',
    zh: '请从 CA 获取当前有效的中间证书，或等到 {date} 之后再发送这张证书。',
  },
  // A root: the bundle's copy is not what clients trust, but the intermediate below it chains to it all the same.
  chainRootExpiringSoon: {
    en: (p) => `the root ${String(p.cert)} at the top of the chain expires on ${String(p.date)}, in ${days(p.days)}, before ${String(p.leaf)} (${String(p.leafDate)}): from then on clients cannot build a path through it; leaving it out of the bundle does not help, as the intermediate below it still chains to it`,
    zh: '证书链顶端的根证书 {cert} 将于 {date} 过期（还剩 {days} 天），早于 {leaf}（{leafDate}）：此后客户端无法经由它构建证书路径；把它从证书包中删掉也无济于事，因为它下面的中间证书仍然链接到它',
  },
  chainCertExpiringSoon: {
    en: (p) => `${String(p.cert)} in the chain expires on ${String(p.date)}, in ${days(p.days)}, before ${String(p.leaf)} (${String(p.leafDate)}): from then on clients cannot build the chain`,
    zh: '证书链中的 {cert} 将于 {date} 过期（还剩 {days} 天），早于 {leaf}（{leafDate}）：此后客户端将无法构建证书链',
  },

  // Validity, strength, key types, role, target
  expired: {
    en: (p) => `${String(p.cert)} expired on ${String(p.date)}, ${days(p.days)} ago`,
    zh: (p) => `${String(p.cert)} 已于 ${String(p.date)} 过期（${String(p.days)} 天前）`,
  },
  expiredTarget: {
    en: (p) => `${String(p.cert)} expired on ${String(p.date)}, ${days(p.days)} ago: SCM refuses it, and could not push it to ${String(p.target)}`,
    zh: (p) => `${String(p.cert)} 已于 ${String(p.date)} 过期（${String(p.days)} 天前）：SCM 不会接受它，也无法把它推送到 ${String(p.target)}`,
  },
  notYetValid: {
    en: (p) => `${String(p.cert)} is valid only from ${String(p.date)}, in ${days(p.days)}`,
    zh: '{cert} 从 {date} 起才生效（还有 {days} 天）',
  },
  expiringSoon: {
    en: (p) => `${String(p.cert)} expires on ${String(p.date)}, in ${days(p.days)} (warning threshold ${p.warn} days)`,
    zh: '{cert} 将于 {date} 过期，还剩 {days} 天（提醒阈值为 {warn} 天）',
  },
  weakKey: {
    en: (p) => `${String(p.cert)} has ${an(p.type)} key of ${p.bits} bits; 2048 is the minimum clients accept`,
    zh: '{cert} 的 {type} 密钥只有 {bits} 位；客户端要求至少 2048 位',
  },
  weakEcKey: {
    en: '{cert} has an EC key of {bits} bits ({curve}); 256 is the minimum clients accept',
    zh: '{cert} 的 EC 密钥只有 {bits} 位（{curve}）；客户端要求至少 256 位',
  },
  weakSignature: { en: '{cert} is signed with {hash} ({algorithm})', zh: '{cert} 使用 {hash} 签名（{algorithm}）' },
  // MD4 and MD2: OpenSSL 3 computes them only with its legacy provider, which clients do not load.
  weakSignatureRefused: {
    en: '{cert} is signed with {hash} ({algorithm}), which OpenSSL 3 clients refuse outright: without the legacy provider they cannot check the signature ("certificate signature failure", verify error 7)',
    zh: '{cert} 使用 {hash} 签名（{algorithm}），OpenSSL 3 客户端会直接拒绝：不加载 `legacy` 提供程序就无法校验这个签名（报错 `certificate signature failure`，即校验错误 7）',
  },
  keyCannotSign: {
    en: (p) => `${String(p.cert)} has ${an(p.type)} key, which can agree on keys but cannot sign: no TLS server can use this certificate`,
    zh: '{cert} 的密钥类型为 {type}，只能用于密钥协商、不能签名：任何 TLS 服务器都无法使用这张证书',
  },
  keyTypeUnsupported: {
    en: (p) => `${String(p.cert)} has ${an(p.key)} key; browsers and cloud load balancers do not support it`,
    zh: '{cert} 的密钥为 {key}，浏览器和云负载均衡都不支持',
  },
  keyTypeRsaPss: {
    en: '{cert} has an {key} key (RSASSA-PSS only, not a plain RSA key): browsers and cloud load balancers do not support it, and it has no PKCS#1 form, so it would be sent as PKCS#8',
    zh: '{cert} 的密钥为 {key}（只能用于 RSASSA-PSS 签名，不是普通的 RSA 密钥）：浏览器和云负载均衡都不支持，而且它没有 PKCS#1 形式，只能以 PKCS#8 格式发送',
  },
  keyTypeChain: {
    en: (p) => `${String(p.cert)} in the chain has ${an(p.key)} key: browsers (Chrome's BoringSSL checks every key of the path) and cloud load balancers refuse the chain for it`,
    zh: '证书链中的 {cert} 的密钥为 {key}：浏览器（Chrome 的 BoringSSL 会检查路径上每张证书的密钥）和云负载均衡会因此拒绝整条证书链',
  },
  // `openssl ecparam -param_enc explicit`: the curve's parameters spelled out instead of its name (RFC 5480: named only).
  keyExplicitCurve: {
    en: '{cert} has an {key} key written with explicit curve parameters, not the curve\'s name: RFC 5480 allows only a named curve in a certificate, and Firefox and Go clients refuse it',
    zh: '{cert} 的密钥为 {key}，但曲线以显式参数写出，而不是曲线名称：RFC 5480 规定证书中只能使用命名曲线，Firefox 和用 Go 语言编写的客户端会拒绝它',
  },
  keyExplicitCurveChain: {
    en: '{cert} in the chain has an {key} key written with explicit curve parameters, not the curve\'s name: RFC 5480 allows only a named curve, and Firefox and Go clients refuse the chain for it',
    zh: '证书链中的 {cert} 的密钥为 {key}，但曲线以显式参数写出，而不是曲线名称：RFC 5480 只允许命名曲线，Firefox 和用 Go 语言编写的客户端会因此拒绝整条证书链',
  },
  keyTypeUnknown: {
    en: '{cert} has a key of a type scm does not recognise; browsers and cloud load balancers do not support it',
    zh: '{cert} 的密钥类型无法识别，浏览器和云负载均衡都不支持',
  },
  criticalExtension: {
    en: '{cert} marks the extension {ext} critical, and TLS clients do not process it: RFC 5280 (4.2) has them refuse such a certificate, as OpenSSL does ("unhandled critical extension")',
    zh: '{cert} 把扩展 {ext} 标记为关键扩展，而 TLS 客户端不处理该扩展：按 RFC 5280（4.2 节），客户端会拒绝这样的证书，OpenSSL 即报错 `unhandled critical extension`',
  },
  notForServers: {
    en: '{cert} may be used only for {uses} (extendedKeyUsage), not by a TLS server (serverAuth): browsers and OpenSSL refuse it ("unsuitable certificate purpose")',
    zh: '{cert} 只能用于 {uses}（`extendedKeyUsage`），不能用于 TLS 服务器（`serverAuth`）：浏览器和 OpenSSL 会拒绝它（OpenSSL 报错 `unsuitable certificate purpose`）',
  },
  notForServersCa: {
    en: '{cert} limits the certificates below it to {uses} (extendedKeyUsage), without TLS servers (serverAuth): browsers and OpenSSL refuse {leaf} through it ("unsuitable certificate purpose")',
    zh: '{cert} 把它下面的证书限定为 {uses}（`extendedKeyUsage`），不含 TLS 服务器（`serverAuth`）：浏览器和 OpenSSL 会拒绝经过它的 {leaf}（OpenSSL 报错 `unsuitable certificate purpose`）',
  },
  // anyExtendedKeyUsage without serverAuth: browsers take it, OpenSSL does not.
  notForServersAny: {
    en: '{cert} lists {uses} in its extendedKeyUsage, without serverAuth: browsers take anyExtendedKeyUsage for TLS servers, but OpenSSL clients (curl, wget) refuse it ("unsuitable certificate purpose")',
    zh: '{cert} 的 `extendedKeyUsage` 为 {uses}，不含 `serverAuth`：浏览器把 `anyExtendedKeyUsage` 当作允许用于 TLS 服务器，但 OpenSSL 客户端（如 `curl`、`wget`）会拒绝它（报错 `unsuitable certificate purpose`）',
  },
  notForServersAnyCa: {
    en: '{cert} lists {uses} in its extendedKeyUsage, without serverAuth: browsers take anyExtendedKeyUsage for TLS servers, but OpenSSL clients (curl, wget) refuse {leaf} through it ("unsuitable certificate purpose")',
    zh: '{cert} 的 `extendedKeyUsage` 为 {uses}，不含 `serverAuth`：浏览器把 `anyExtendedKeyUsage` 当作允许用于 TLS 服务器，但 OpenSSL 客户端（如 `curl`、`wget`）会拒绝经过它的 {leaf}（报错 `unsuitable certificate purpose`）',
  },
  notForServersAnyFix: {
    en: 'SCM accepts it, and so do browsers; for OpenSSL clients have the certificate reissued with serverAuth in its extendedKeyUsage (anyExtendedKeyUsage may stay beside it), or, for an intermediate, get the chain for TLS server certificates from your CA.',
    zh: 'SCM 会接受它，浏览器也会接受；为了 OpenSSL 客户端，请重新签发证书，在 `extendedKeyUsage` 中加入 `serverAuth`（`anyExtendedKeyUsage` 可以保留）；如果是中间证书，请向 CA 获取用于 TLS 服务器证书的证书链。',
  },
  // A leaf's keyUsage that leaves TLS servers out (purposes.ts).
  notForServersUsage: {
    en: '{cert} may be used only for {usages} (keyUsage), without digitalSignature, keyEncipherment or keyAgreement, one of which a TLS server needs: OpenSSL clients (curl, wget) refuse it ("unsuitable certificate purpose")',
    zh: '{cert} 只能用于 {usages}（`keyUsage`），不含 TLS 服务器必需的 `digitalSignature`、`keyEncipherment` 或 `keyAgreement`：OpenSSL 客户端（如 `curl`、`wget`）会拒绝它（报错 `unsuitable certificate purpose`）',
  },
  notForServersEcUsage: {
    en: '{cert} has an EC key and a keyUsage without digitalSignature ({usages}): an ECDSA server signs its handshake with that key, so an OpenSSL server refuses TLS 1.2 with it ("handshake failure"; TLS 1.3 still works)',
    zh: '{cert} 使用 EC 密钥，但其 `keyUsage`（{usages}）中没有 `digitalSignature`：ECDSA 服务器要用这个密钥为握手签名，因此 OpenSSL 服务器用它时会拒绝 TLS 1.2 连接（报错 `handshake failure`；TLS 1.3 仍可用）',
  },
  notForServersUsageFix: {
    en: 'SCM accepts it as it is, but clients and servers do not: have the certificate reissued with digitalSignature in its keyUsage (and keyEncipherment beside it for an RSA key), as TLS server certificates have it.',
    zh: 'SCM 会原样接受它，但客户端和服务器不会：请重新签发证书，在 `keyUsage` 中加入 `digitalSignature`（RSA 密钥再加上 `keyEncipherment`），TLS 服务器证书都是这样。',
  },
  // A leaf's Netscape nsCertType without server (purposes.ts).
  notForServersNs: {
    en: '{cert} is marked by its Netscape certificate type (nsCertType) for {types} only, not for SSL servers (server): OpenSSL clients (curl, wget) refuse it ("unsuitable certificate purpose")',
    zh: '{cert} 的 `nsCertType` 扩展只标明 {types}，不含 SSL 服务器（`server`）：OpenSSL 客户端（如 `curl`、`wget`）会拒绝它（报错 `unsuitable certificate purpose`）',
  },
  notForServersNsFix: {
    en: 'SCM accepts it, but OpenSSL clients do not: have the certificate reissued without nsCertType (it is obsolete: extendedKeyUsage serverAuth says what it meant), or with server among its types.',
    zh: 'SCM 会接受它，但 OpenSSL 客户端不会：请重新签发证书，去掉 `nsCertType`（它已过时，`extendedKeyUsage` 中的 `serverAuth` 就表达了它的用意），或让它包含 `server`。',
  },
  nothingAtAll: { en: 'nothing (an empty list)', zh: '空列表（没有任何用途）' },
  // A negative serial number (serials.ts): Go (1.23 on) refuses it.
  serialNegative: {
    en: '{cert} has the negative serial number {serial}; RFC 5280 (4.1.2.2) requires a positive one, and Go clients refuse the certificate (since Go 1.23: "x509: negative serial number")',
    zh: '{cert} 的序列号 {serial} 是负数；RFC 5280（4.1.2.2 节）要求序列号为正数，Go 客户端会拒绝这张证书（Go 1.23 起报错 `x509: negative serial number`）',
  },
  // A publicly trusted leaf valid for more than 398 days (validity-period.ts): Chrome and Apple refuse it.
  validityTooLong: {
    en: '{cert} was issued on {from} under the CA/Browser Forum Baseline Requirements (certificate policy {policy}) and is valid for {days} days, until {to}: Chrome and Apple platforms refuse a leaf issued since 2020-09-01 that is valid for more than 398 days when it chains to a publicly trusted root',
    zh: '{cert} 于 {from} 按 CA/浏览器论坛的《基线要求》签发（证书策略 {policy}），有效期 {days} 天，至 {to}：2020-09-01 起签发、有效期超过 398 天的服务器证书如果链接到公共信任的根证书，Chrome 和 Apple 平台会拒绝它',
  },
  // Over a cap by the BRs' count but not by a client's: ballot SC-081's caps (200, 100 and 47 days), which no client
  // enforces, or SC31's 398 days by a second (Chrome compares notAfter - notBefore with 398 days: it takes that
  // leaf). {days} counts notBefore through notAfter inclusive, as the BRs do; {ballot}: SC31 or SC-081.
  validityTooLongBr: {
    en: '{cert} was issued on {from} under the CA/Browser Forum Baseline Requirements (certificate policy {policy}) and is valid for {days} days, until {to}: since {since} the Baseline Requirements (ballot {ballot}) allow a publicly trusted leaf at most {limit} days, so a public CA must not issue it and must revoke it once it learns of it',
    zh: '{cert} 于 {from} 按 CA/浏览器论坛的《基线要求》签发（证书策略 {policy}），有效期 {days} 天，至 {to}：自 {since} 起，《基线要求》（{ballot} 投票）规定公共信任的服务器证书有效期最多 {limit} 天，公共 CA 不得签发这样的证书，一旦发现必须吊销',
  },
  extensionDuplicate: {
    en: '{cert} carries the extension {ext} {count} times; RFC 5280 (4.2) allows one, and TLS clients refuse such a certificate (OpenSSL: "invalid certificate")',
    zh: '{cert} 中的扩展 {ext} 出现了 {count} 次；RFC 5280（4.2 节）每种扩展只允许出现一次，TLS 客户端会拒绝这样的证书（OpenSSL 报错 `invalid certificate`）',
  },
  criticalExtensionOpenssl: {
    en: '{cert} marks the extension {ext} critical; OpenSSL processes it, but browsers do not, and RFC 5280 (4.2) has them refuse such a certificate',
    zh: '{cert} 把扩展 {ext} 标记为关键扩展；OpenSSL 能处理该扩展，但浏览器不能，按 RFC 5280（4.2 节），浏览器会拒绝这样的证书',
  },
  certIsCaSelfSigned: {
    en: '{cert}, given as the leaf, is a self-signed certificate with basicConstraints CA:TRUE',
    zh: '作为服务器证书提供的 {cert} 是自签名证书，且基本约束为 CA:TRUE',
  },
  certIsCa: {
    en: '{cert}, given as the leaf, is a CA certificate (basicConstraints CA:TRUE)',
    zh: '作为服务器证书提供的 {cert} 是 CA 证书（基本约束为 CA:TRUE）',
  },
  targetSm2: {
    en: '{cert} is an SM2 certificate; SCM cannot push SM2 certificates to {target}',
    zh: '{cert} 是国密（SM2）证书；SCM 无法把国密证书推送到 {target}',
  },

  // Names
  noDomain: { en: '{cert} has no DNS subject alternative name and no common name', zh: '{cert} 既没有 DNS 备用名称，也没有通用名称' },
  noDomainIpOnly: {
    en: '{cert} has no DNS subject alternative name and no common name (only IP addresses: {ips})',
    zh: '{cert} 既没有 DNS 备用名称，也没有通用名称（只有 IP 地址：{ips}）',
  },
  domainInvalidCn: { en: 'the common name "{name}" {problem}', zh: '通用名称“{name}”{problem}' },
  domainInvalidSan: { en: 'the name "{name}" {problem}', zh: '域名“{name}”{problem}' },
  // A --domain value that is more than a host name (domain-arg.ts): what to remove, and the host meant.
  argScheme: { en: 'is a URL; give its host name alone ({host})', zh: '是一个 URL；请只传其中的主机名（{host}）' },
  argPath: { en: 'has a path ("{path}"); give the host name alone ({host})', zh: '带有路径（“{path}”）；请只传主机名（{host}）' },
  argQuery: { en: 'has a query or fragment ("{part}"); give the host name alone ({host})', zh: '带有查询串或片段（“{part}”）；请只传主机名（{host}）' },
  argBackslash: { en: 'has a backslash; give the host name alone ({host})', zh: '含有反斜杠；请只传主机名（{host}）' },
  argPort: { en: 'has a port ("{port}"); a certificate does not name ports: give the host alone ({host})', zh: '带有端口（“{port}”）；证书不包含端口：请只传主机（{host}）' },
  argPrefix: {
    en: 'is an address range (prefix length "{prefix}"); a certificate names single addresses: give one ({host})',
    zh: '是一个地址段（前缀长度“{prefix}”）；证书只包含单个地址：请传入一个地址（{host}）',
  },
  argBrackets: { en: 'is an IPv6 address in brackets, as URLs write it; give it without them ({host})', zh: '是带方括号的 IPv6 地址（URL 的写法）；请去掉方括号（{host}）' },
  argZone: {
    en: 'has a zone id ("{zone}"), which only means something on one machine; give the address without it ({host})',
    zh: '带有区域标识（“{zone}”），它只在本机有意义；请去掉它，只传地址（{host}）',
  },
  argBadIpv6: { en: 'is not a valid IPv6 address', zh: '不是有效的 IPv6 地址' },
  argIpNotation: {
    en: 'is an IPv4 address in another notation (read as {ip}); write it as four decimal numbers',
    zh: '是另一种写法的 IPv4 地址（会被解读为 {ip}）；请写成四个十进制数',
  },
  hostEmpty: { en: 'is empty', zh: '为空' },
  hostSpaces: { en: 'contains spaces or control characters', zh: '含有空格或控制字符' },
  argALabelInvalid: {
    en: 'has an xn-- label that is not valid punycode for an internationalised name ("{label}")',
    zh: '有一段以 `xn--` 开头，却不是国际化域名的合法 punycode 形式（“{label}”）',
  },
  hostNotAscii: {
    en: 'is not ASCII; internationalised names must be written in punycode ({ascii})',
    zh: '含有非 ASCII 字符；国际化域名必须写成 punycode 形式（{ascii}）',
  },
  hostNotAsciiNoForm: { en: 'is not ASCII and has no punycode form', zh: '含有非 ASCII 字符，且无法转换为 punycode 形式' },
  hostTooLong: { en: 'is {length} characters long; a host name has at most 253', zh: '长 {length} 个字符；主机名最多 253 个字符' },
  hostManyWildcards: { en: 'has more than one wildcard', zh: '含有多个通配符' },
  hostPartialWildcard: { en: 'has a wildcard that is not the whole leftmost label', zh: '中的通配符不是完整的最左一段' },
  hostBareWildcard: { en: 'is a bare wildcard', zh: '只是一个通配符，没有域名' },
  hostTrailingDot: { en: 'ends with a dot', zh: '以点号结尾' },
  hostEmptyLabel: { en: 'has an empty label', zh: '含有空的一段' },
  hostLongLabel: { en: 'has a label of {length} characters (at most 63)', zh: '有一段长 {length} 个字符（每段最多 63 个）' },
  hostBadChars: {
    en: 'has a label with characters other than letters, digits and hyphens ("{label}")',
    zh: '有一段含有字母、数字和连字符以外的字符（“{label}”）',
  },
  hostHyphen: { en: 'has a label that starts or ends with a hyphen ("{label}")', zh: '有一段以连字符开头或结尾（“{label}”）' },
  ipAsDns: {
    en: 'DNS:{name} is an IP address written as a DNS name: browsers match an address only against IP SANs, so https://{name} fails in them',
    zh: 'DNS:{name} 是写成 DNS 名称的 IP 地址：浏览器只用 IP 类型的备用名称匹配地址，因此在浏览器中访问 https://{name} 会失败',
  },
  // The rule's fix with the address found: reference prose (sentence case, full stop), as the rule table's.
  ipAsDnsFix: {
    en: 'Reissue with {name} as an IP subject alternative name (IP:{name}, not DNS:{name}).',
    zh: '请重新签发，把 {name} 写成 IP 类型的备用名称（IP:{name}，而不是 DNS:{name}）。',
  },
  certNoSan: {
    en: '{cert} has no subject alternative names: {name} is only its common name, which browsers ignore',
    zh: '{cert} 没有备用名称（SAN）：{name} 只是它的通用名称（CN），浏览器会忽略它',
  },
  cnNotInSan: {
    en: 'the common name "{cn}" is not among the subject alternative names ({names})',
    zh: '通用名称“{cn}”不在备用名称（{names}）之中',
  },
  domainPunycode: { en: '{name} ({ascii})', zh: '{name}（{ascii}）' },
  notCovered: { en: '{cert} does not cover {domain}; it covers {names}', zh: '{cert} 不包含 {domain}；它包含的是 {names}' },
  domainCountMismatch: {
    en: (p) => `${String(p.cert)} carries ${plural(Number(p.count), 'domain name')}; --domain-count asked for ${p.wanted}`,
    zh: '{cert} 带有 {count} 个域名；--domain-count 要求的是 {wanted} 个',
  },

  // Request fields
  tooLong: { en: '{what} is {length} characters; SCM accepts at most {max}', zh: '{what} 长 {length} 个字符；SCM 最多接受 {max} 个' },
  fieldAsSent: { en: 'the {field} field', zh: '{field} 字段' },
  leafOnly: { en: 'the certificate (leaf only)', zh: '证书（仅服务器证书）' },
  wholeChain: { en: 'the certificate chain', zh: '证书链' },
  wholeKey: { en: 'the private key', zh: '私钥' },
  encCertField: { en: 'the SM2 encryption certificate', zh: 'SM2 加密证书' },
  encKeyField: { en: 'the SM2 encryption private key', zh: 'SM2 加密私钥' },
  nameInvalid: { en: 'the name {name} {why}', zh: '名称{name}{why}' },
  nameShort: {
    en: (p) => `is ${plural(Number(p.length), 'character')} long (at least 3)`,
    zh: '只有 {length} 个字符（至少 3 个）',
  },
  nameLong: { en: 'is {length} characters long (at most 63)', zh: '长 {length} 个字符（最多 63 个）' },
  nameChars: { en: 'contains {chars}', zh: '含有不允许的字符 {chars}' },
  nameBoth: { en: '{length} and {chars}', zh: '{length}，并且{chars}' },
  enterpriseProjectInvalid: {
    en: 'the enterprise project ID {id} is not "0", "all" or an ID like 3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b',
    zh: '企业项目 ID {id}不是“0”或“all”，也不是形如 3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b 的 ID',
  },

  // The certificate summary
  roleLeaf: { en: 'leaf', zh: '服务器证书' },
  roleIntermediate: { en: 'intermediate', zh: '中间证书' },
  roleRoot: { en: 'root', zh: '根证书' },
  keyNameUnknown: { en: 'unknown key type', zh: '未知密钥类型' },
  curveNameUnknown: { en: 'unknown curve', zh: '未知曲线' },
  chainLine: { en: '{name} ({role}, {key})', zh: '{name}（{role}，{key}）' },
  issuerNotIncluded: { en: '{issuer} (issuer of {cert}, not included)', zh: '{issuer}（{cert} 的签发者，未包含）' },
  // Two CAs that issued each other (or a CA cross-signed by one below it): the top's issuer is on the path already.
  issuerLoops: {
    en: '{issuer} again (issuer of {cert}, already in the chain: the chain goes round in a circle and reaches no root)',
    zh: '再次回到 {issuer}（{cert} 的签发者，已在证书链中：证书链绕成了一个圈，到不了根证书）',
  },
  notInChain: { en: '{name} (not part of the chain)', zh: '{name}（不属于证书链）' },
  notInChainNotSent: { en: '{name} (not part of the chain, not sent)', zh: '{name}（不属于证书链，不发送）' },
  moreNotInChain: {
    en: (p) => `… and ${p.count} more ${Number(p.count) === 1 ? 'certificate' : 'certificates'} in ${p.source} (not part of the chain, not sent)`,
    zh: '……以及 {source} 中的另外 {count} 张证书（不属于证书链，不发送）',
  },

  // A repeat in an upload: scm sends each certificate once (index.ts), as SCM's order rule needs
  chainDuplicateLeafSentOnce: {
    en: '{where} repeats the leaf certificate; scm sends the leaf once, in the certificate field, not again in the chain (SCM would refuse the repeat: each certificate must be followed by its issuer)',
    zh: '{where} 与服务器证书重复；scm 只在证书字段中发送一次服务器证书，不会在证书链中重复发送（SCM 要求每张证书后面紧跟它的签发者，会拒绝重复的证书）',
  },
  theLeafCert: { en: 'the leaf certificate', zh: '服务器证书' },
  chainDuplicates: { en: '{where} repeat {first}, given before them', zh: '{where}与前面的 {first} 重复' },
  chainDuplicatesSentOnce: {
    en: '{where} repeat {first}, given before them; scm sends each once (SCM would refuse the repeats: each certificate must be followed by its issuer)',
    zh: '{where}与前面的 {first} 重复；scm 每张只发送一次（SCM 要求每张证书后面紧跟它的签发者，会拒绝重复的证书）',
  },
  chainDuplicatesLeafSentOnce: {
    en: '{where} repeat {first}, given before them; scm sends each once, the leaf in the certificate field only (SCM would refuse the repeats: each certificate must be followed by its issuer)',
    zh: '{where}与前面的 {first} 重复；scm 每张只发送一次，服务器证书只在证书字段中发送（SCM 要求每张证书后面紧跟它的签发者，会拒绝重复的证书）',
  },
  // The fix of a repeat the rule's own fix (--chain chain.pem, not fullchain.pem: the leaf again) does not fit.
  chainDuplicateSameFileFix: {
    en: (p) => `Nothing blocks the upload (scm sends each certificate once); still, remove the repeated ${Number(p.count) === 1 ? 'copy' : 'copies'} from ${String(p.source)}, as other tools send the file as it is: each certificate once, each followed by its issuer.`,
    zh: '不影响上传（scm 只发送每张证书一次）；但仍建议从 {source} 中删除重复的证书，因为其他工具会原样发送文件内容：每张证书只出现一次，且后面紧跟它的签发者。',
  },
  chainDuplicateSentOnce: {
    en: '{where} repeats {first}; scm sends it once (SCM would refuse the repeat: each certificate must be followed by its issuer)',
    zh: '{where} 与 {first} 重复；scm 只发送一次（SCM 要求每张证书后面紧跟它的签发者，会拒绝重复的证书）',
  },
  // Files of a bundle read by content that cannot be read, left out when the other files hold the leaf and key
  keystore: {
    en: '{source} is a Java keystore ({kind}): convert it with `keytool -importkeystore -srckeystore {sourceWord} -destkeystore {p12Word} -deststoretype pkcs12`, then give the .p12 with --pfx',
    zh: '{source} 是 Java 密钥库（{kind}）：请先用 `keytool -importkeystore -srckeystore {sourceWord} -destkeystore {p12Word} -deststoretype pkcs12` 转换，再用 --pfx 传入生成的 .p12 文件',
  },
  keystoreTruststore: {
    en: '{source} is a Java truststore ({kind}): it holds only trusted certificates, no private key and no server certificate',
    zh: '{source} 是 Java 信任库（{kind}）：其中只有受信任的证书，没有私钥，也没有服务器证书',
  },
  keystoreTruststoreHint: {
    en: 'give the keystore that holds the server\'s private key entry: convert it with `keytool -importkeystore -srckeystore keystore.jks -destkeystore site.p12 -deststoretype pkcs12`, then give site.p12 with --pfx',
    zh: '请提供含服务器私钥条目的密钥库：先用 `keytool -importkeystore -srckeystore keystore.jks -destkeystore site.p12 -deststoretype pkcs12` 转换，再用 --pfx 传入 site.p12',
  },
  pfxIsKeystore: { en: '{source} is a Java keystore ({kind}), not a PKCS#12 (.pfx/.p12) file', zh: '{source} 是 Java 密钥库（{kind}），不是 PKCS#12（.pfx/.p12）文件' },
  keystoreHint: {
    en: 'convert it with `keytool -importkeystore -srckeystore {sourceWord} -destkeystore {p12Word} -deststoretype pkcs12`, then give the .p12 with --pfx',
    zh: '请先用 `keytool -importkeystore -srckeystore {sourceWord} -destkeystore {p12Word} -deststoretype pkcs12` 转换，再用 --pfx 传入生成的 .p12 文件',
  },
  // A CA's password file beside it (Tomcat/ keystorePass.txt, Aliyun's jks-password.txt): keytool reads it for both passwords (:file takes its
  // first line, as --pfx-password-file does), so the .p12 opens with that same file.
  keystoreHintBeside: {
    en: 'its password is likely in {file}, beside it: convert it with `keytool -importkeystore -srckeystore {sourceWord} -destkeystore {p12Word} -deststoretype pkcs12 -srcstorepass:file {fileWord} -deststorepass:file {fileWord}`, then give the .p12 with `--pfx {p12Word} --pfx-password-file {fileWord}`',
    zh: '它的密码可能在旁边的 {file} 中：请先用 `keytool -importkeystore -srckeystore {sourceWord} -destkeystore {p12Word} -deststoretype pkcs12 -srcstorepass:file {fileWord} -deststorepass:file {fileWord}` 转换，再用 `--pfx {p12Word} --pfx-password-file {fileWord}` 传入生成的 .p12 文件',
  },
  // lego's .pfx opened with lego's default password (lego-pfx.ts), which is never printed: said so, as an info.
  pfxLegoPassword: {
    en: "{source} was opened with lego's default password (lego's .json is beside it, and no password was given)",
    zh: '{source} 已用 lego 的默认密码打开（旁边有 lego 的 `.json` 文件，且未提供密码）',
  },
  pfxLegoPasswordFix: {
    en: "Nothing to do; anyone who has the .pfx can open it with lego's default password, so keep it as private as the key, or have lego use another with `--pfx.pass` (then give it with SCM_PFX_PASSWORD or --pfx-password-file).",
    zh: '无需处理；任何拿到该 `.pfx` 文件的人都能用 lego 的默认密码打开它，请像保管私钥一样保管它，或用 lego 的 `--pfx.pass` 另设密码（之后请用 SCM_PFX_PASSWORD 或 --pfx-password-file 提供该密码）。',
  },
  pfxLeftOutNoPassword: {
    en: '{source} was left out: it needs a password (SCM_PFX_PASSWORD or --pfx-password-file), and the other files hold the certificate and the private key',
    zh: '{source} 未被读取：它需要密码（SCM_PFX_PASSWORD 或 --pfx-password-file），而其他文件中已有证书和私钥',
  },
  pfxLeftOutWrongPassword: {
    en: '{source} was left out: the password given does not open it, and the other files hold the certificate and the private key',
    zh: '{source} 未被读取：所给的密码无法打开它，而其他文件中已有证书和私钥',
  },
  pfxLeftOutTruncated: {
    en: '{source} was left out: it is a PKCS#12 (.pfx/.p12) file cut short (it says {expected} bytes, the file has {size}), and the other files hold the certificate and the private key',
    zh: '{source} 未被读取：它是被截断的 PKCS#12（.pfx/.p12）文件（声明长度 {expected} 字节，文件只有 {size} 字节），而其他文件中已有证书和私钥',
  },
  pfxLeftOutTruncatedFix: {
    en: 'Nothing to do: the other files hold what is uploaded. To have it read too, download or export it again, copied as binary (an FTP transfer in ASCII mode or a text editor damages it).',
    zh: '无需处理：要上传的内容已在其他文件中。如需同时读取该文件，请重新下载或导出，并以二进制方式复制（ASCII 模式的 FTP 传输或文本编辑器会损坏它）。',
  },
  keystoreLeftOut: {
    en: '{source} was left out: it is a Java keystore ({kind}), and the other files hold the certificate and the private key',
    zh: '{source} 未被读取：它是 Java 密钥库（{kind}），而其他文件中已有证书和私钥',
  },
  // --domain named by the CN alone, beside SANs that do not name it
  notCoveredCnIgnored: {
    en: 'the certificate\'s subject alternative names ({names}) do not include {domain}; its common name "{cn}" is not used when SANs are present',
    zh: '证书的备用名称（{names}）不包含 {domain}；证书带有备用名称时，不使用其通用名称“{cn}”',
  },
} satisfies Messages;
