// What `scm check` says of a target, in English and Chinese: each problem (the JSON keeps its id), and the
// words of the report.
import { plural, type Messages } from '../i18n.js';

export const PM = {
  expired: {
    en: (p) => `expired on ${p.date} (${Number(p.days) === 0 ? 'less than a day ago' : `${plural(Number(p.days), 'day')} ago`})`,
    zh: (p) => `已于 ${p.date} 过期（${Number(p.days) === 0 ? '不到一天前' : `${p.days} 天前`}）`,
  },
  expiring: {
    en: (p) => `expires on ${p.date}: ${plural(Number(p.days), 'day')} left, not more than ${p.within} (--within)`,
    zh: '将于 {date} 过期：还剩 {days} 天，不超过 {within} 天（--within）',
  },
  notYetValid: { en: 'not valid before {date}', zh: '{date} 之前无效' },
  expiryUnknown: { en: 'SCM gives no expiry date', zh: 'SCM 没有给出到期时间' },
  nameMismatch: { en: 'does not cover {host} (its names: {names})', zh: '不包含 {host}（证书中的域名：{names}）' },
  noSni: {
    en: '{message}; no SNI was sent (an IP address is never sent as SNI), so the server chose which certificate to serve: add --servername NAME with the name the site is reached by',
    zh: '{message}；未发送 SNI（IP 地址不会作为 SNI 发送），发送哪张证书由服务器自行决定：请加上 `--servername 域名`，给出访问网站所用的域名',
  },
  noNames: { en: 'none', zh: '无' },
  expectMismatch: { en: 'is not {what}: {algo} {got}, expected {want}', zh: '不是 {what}：{algo} 为 {got}，应为 {want}' },
  expectOnlyRsa: {
    en: 'is {what} only for clients without ECDSA (its RSA certificate): clients with ECDSA get another one, {algo} {got}',
    zh: '只对不支持 ECDSA 的客户端提供 {what}（RSA 证书）：支持 ECDSA 的客户端得到的是另一张证书，{algo} 为 {got}',
  },
  expectUnknown: { en: 'cannot be compared with {what}: no common fingerprint', zh: '无法与 {what} 比较：没有可比较的指纹' },
  servedAlone: {
    en: '{leaf} comes alone: no intermediate certificate, so most clients cannot build a chain to a trusted root',
    zh: '只有 {leaf} 一张证书，没有中间证书，大多数客户端无法建立到受信任根证书的证书链',
  },
  selfSigned: {
    en: '{leaf} is self-signed: clients trust it only where it was installed by hand, and no intermediate certificate can change that (serve a certificate a CA issued)',
    zh: '{leaf} 是自签名证书：只有手动安装了它的客户端才会信任它，添加中间证书也无济于事（请改用 CA 签发的证书）',
  },
  joined: {
    en: '{source} has an END line run into the next BEGIN line (-----END ...----------BEGIN ...-----), as `cat` writes when a file does not end with a newline: OpenSSL refuses it (bad end line), so nginx, Apache and HAProxy do too; put a line break between the two lines, or join the files again with `awk 1 cert.pem chain.pem > fullchain.pem`, which ends each one with a newline',
    zh: '{source} 中有 `END` 行与下一个 `BEGIN` 行连在了一起（`-----END ...----------BEGIN ...-----`），文件末尾没有换行时用 `cat` 拼接就会这样：OpenSSL 会拒绝这样的文件（`bad end line`），`nginx`、`Apache`、`HAProxy` 也一样；请在这两行之间加一个换行，或用 `awk 1 cert.pem chain.pem > fullchain.pem` 重新拼接（它会为每个文件补上结尾的换行）',
  },
  lineBreaks: {
    en: '{source} has lost its line breaks (replaced by spaces, or written as \\n): OpenSSL cannot read it, so nginx, Apache and HAProxy cannot either; write it again with a line break after the BEGIN line, after each line of base64 and before the END line',
    zh: '{source} 的换行丢失了（被替换成空格，或写成了字面的 \\n）：OpenSSL 无法读取，`nginx`、`Apache`、`HAProxy` 也无法读取；请重新写入，在 `BEGIN` 行之后、每行 Base64 之后和 `END` 行之前换行',
  },
  derJoined: {
    en: '{source} is DER certificates one after another (DER files joined with cat or `copy /b`): OpenSSL reads only the first of them, so a server or tool given the file gets that certificate without the rest of its chain; convert each DER file with `openssl x509 -inform der -in FILE` and join the PEM output instead',
    zh: '{source} 由多张首尾相接的 DER 格式证书组成（用 `cat` 或 `copy /b` 拼接 DER 文件所致）：OpenSSL 只读取其中第一张，所以使用这个文件的服务器或工具只能得到这张证书，得不到证书链的其余部分；请用 `openssl x509 -inform der -in 文件` 逐个转换 DER 文件，再把得到的 PEM 拼接起来',
  },
  utf16: {
    en: '{source} is UTF-16 text (what Windows Notepad saves as "Unicode"): OpenSSL cannot read it, so nginx, Apache and HAProxy cannot either; save it again as UTF-8, or convert it with `iconv -f UTF-16 -t UTF-8`',
    zh: '{source} 是 UTF-16 编码的文本（记事本另存为“Unicode”时的格式）：OpenSSL 无法读取，`nginx`、`Apache`、`HAProxy` 也无法读取；请另存为 UTF-8 编码，或用 `iconv -f UTF-16 -t UTF-8` 转换',
  },
  indented: {
    en: '{source} has indented -----BEGIN or -----END lines: OpenSSL looks for them at the start of a line, so nginx, Apache and HAProxy refuse the file; remove the spaces before them',
    zh: '{source} 中的 -----BEGIN 或 -----END 行前有缩进：OpenSSL 只在行首查找这些行，`nginx`、`Apache`、`HAProxy` 也就会拒绝这个文件；请删除它们前面的空格',
  },
  beginText: {
    en: '{source} has other text on the same line as a -----BEGIN line: OpenSSL takes only a line that starts and ends with the dashes for a BEGIN line, so it finds none (no start line), and nginx, Apache and HAProxy refuse the file; move that text to a line of its own or remove it',
    zh: '{source} 中某个 -----BEGIN 行的同一行里还有其他文字：OpenSSL 只把以破折号开头并以破折号结尾的行当作 BEGIN 行，因此找不到它（`no start line`），`nginx`、`Apache`、`HAProxy` 也就会拒绝这个文件；请把这些文字移到单独的一行，或将其删除',
  },
  endText: {
    en: '{source} has text after an -----END line, on the same line (a remark, or the % a terminal shows for a missing last newline, copied along): OpenSSL refuses such an END line (bad end line), so nginx, Apache and HAProxy refuse the file; move that text to a line of its own or remove it',
    zh: '{source} 中某个 -----END 行的同一行里、结尾的破折号之后还有其他文字（如注释，或终端在文件末尾没有换行时显示的 %，被一并复制了）：OpenSSL 不接受这样的 END 行（`bad end line`），`nginx`、`Apache`、`HAProxy` 也就会拒绝这个文件；请把这些文字移到单独的一行，或将其删除',
  },
  cr: {
    en: "{source} has lines that end with a lone CR (the line ends of old Mac OS): OpenSSL ends a line only at LF, so it finds no BEGIN line (no start line), and nginx, Apache and HAProxy refuse the file; convert its line ends to LF: `tr '\\r' '\\n' < FILE > FILE.new`",
    zh: "{source} 中的行以单独的 CR 结尾（旧版苹果系统的换行方式）：OpenSSL 只把 LF 当作行尾，因此找不到 BEGIN 行（`no start line`），`nginx`、`Apache`、`HAProxy` 也就会拒绝这个文件；请把行尾转换为 LF：`tr '\\r' '\\n' < FILE > FILE.new`",
  },
  blankLine: {
    en: '{source} has a blank line inside a block, after its base64 lines began: OpenSSL then reads the lines before it as headers and refuses the block, so nginx, Apache and HAProxy refuse the file; remove the blank line',
    zh: '{source} 中某个块的 Base64 内容开始后出现了空行：OpenSSL 会把空行之前的内容当作头部而拒绝这个块，`nginx`、`Apache`、`HAProxy` 也就会拒绝这个文件；请删除这个空行',
  },
  bom: {
    en: "{source} has a byte order mark (BOM, the invisible mark Windows editors write at the start of a file) before a -----BEGIN line that follows a blank line or other text: OpenSSL strips a BOM only at the start of the file or just after an END line, so nginx, Apache and HAProxy do not see that block; remove the BOM with `sed -i 's/^\\xEF\\xBB\\xBF//' FILE`",
    zh: "{source} 中某个 -----BEGIN 行前有字节顺序标记（BOM，`Windows` 编辑器写在文件开头的不可见字符），且该行之前是空行或其他文字：OpenSSL 只在文件开头或紧接 END 行之后去掉 BOM，`nginx`、`Apache`、`HAProxy` 因此看不到这个块；请用 `sed -i 's/^\\xEF\\xBB\\xBF//' FILE` 删除 BOM",
  },
  afterBlank: {
    en: '{source} has a blank line just after a BEGIN line, then lines OpenSSL refuses there: after such a blank line it takes only base64 lines of 64 characters (the last one shorter) and no other blank line, so nginx, Apache and HAProxy refuse the file; remove the blank line',
    zh: '{source} 中某个 `BEGIN` 行之后紧跟着空行，其后的内容 OpenSSL 不接受：这样的空行之后，它只接受每行 64 个字符的 Base64（最后一行可以更短），且不能再有空行，`nginx`、`Apache`、`HAProxy` 也就会拒绝这个文件；请删除这个空行',
  },
  brokenBlock: {
    en: '{message}: OpenSSL stops there, so nginx, Apache and HAProxy refuse the file',
    zh: '{message}：OpenSSL 读到这里就会出错，`nginx`、`Apache`、`HAProxy` 也会拒绝这个文件',
  },
  leafNotFirst: {
    en: '{message}: nginx, Apache and HAProxy take the first certificate of the file, {first}, for the server\'s own, so they refuse it with the server\'s private key (key values mismatch)',
    zh: '{message}：`nginx`、`Apache`、`HAProxy` 会把文件中的第一张证书 {first} 当作服务器证书，与服务器私钥一起加载时会报错（`key values mismatch`）',
  },
  leafNotFirstIn: {
    en: '{source} has {first} first and the end-entity (server) certificate, {leaf}, as certificate {position}: nginx, Apache and HAProxy take the first certificate of the file for the server\'s own, so, pointed at this file, they refuse it with the server\'s private key (key values mismatch); put {leaf} first',
    zh: '{source} 中的第一张证书是 {first}，服务器证书 {leaf} 是第 {position} 张：`nginx`、`Apache`、`HAProxy` 会把文件中的第一张证书当作服务器证书，配置指向这个文件时，与服务器私钥一起加载会报错（`key values mismatch`）；请把 {leaf} 放在最前面',
  },
  servedChain: { en: 'the served chain', zh: '服务器发送的证书链' },
  ofRsa: { en: 'the RSA certificate (for clients without ECDSA): {message}', zh: 'RSA 证书（供不支持 ECDSA 的客户端使用）：{message}' },
} satisfies Messages;
