// What the file adapters in src/io/ say, in English and Chinese: reading inputs and bundle folders (IO, exit 2),
// standard input (STDIN), writing files that hold secrets (M) and writing the output itself (OUT).
import type { Messages } from '../core/i18n.js';

export const IO = {
  cannotRead: { en: 'cannot read {path}: {why}', zh: '无法读取 {path}：{why}' },
  // What errors call the file given to --pfx-password-file: never its path, which may be the password itself.
  passwordFile: { en: 'the file given to --pfx-password-file', zh: '--pfx-password-file 指定的文件' },
  passwordFileHint: {
    en: '--pfx-password-file takes the path of a file whose first line is the password (or - for standard input), never the password itself',
    zh: '--pfx-password-file 接收的是首行为密码的文件路径（或用 - 表示标准输入），而不是密码本身',
  },
  noSuchFile: { en: 'no such file', zh: '文件不存在' },
  noSuchDirectory: { en: 'no such directory', zh: '目录不存在' },
  permissionDenied: { en: 'permission denied', zh: '权限不足' },
  // An input this user may not read: certbot's keys, /etc/letsencrypt/live/ and archive/ are root's alone.
  permissionHint: {
    en: 'run scm as a user who may read it, e.g. with `sudo` in front (certbot keeps its keys readable by root alone), or copy it readable to you: `sudo install -m 600 -o "$USER" {path} .`',
    zh: '请以有权读取它的用户运行 `scm`，例如在命令前加上 `sudo`（`certbot` 的私钥只有 `root` 可读），或把它复制成你可读的文件：`sudo install -m 600 -o "$USER" {path} .`',
  },
  permissionNoCopyHint: {
    en: 'run scm as a user who may read it, e.g. with `sudo` in front (certbot keeps its folders and keys readable by root alone)',
    zh: '请以有权读取它的用户运行 `scm`，例如在命令前加上 `sudo`（`certbot` 的目录和私钥只有 `root` 可读）',
  },
  isDirectory: { en: '{path} is a directory', zh: '{path} 是目录' },
  isDirectoryHint: { en: 'pass bundle folders as arguments: `scm validate {path}`', zh: "证书目录请作为参数传入：`scm validate {path}`" },
  notReadable: {
    en: '{path} is not a regular file, a pipe or standard input (a device such as /dev/zero is never read)',
    zh: '{path} 不是普通文件、管道或标准输入（不会读取 /dev/zero 这样的设备）',
  },
  tooBig: {
    en: '{path} is {size} bytes; a certificate, key or PKCS#12 file is at most {limit} bytes here',
    zh: '{path} 有 {size} 字节；证书、私钥或 PKCS#12 文件在这里最多 {limit} 字节',
  },
  moreThan: { en: 'more than {limit}', zh: '超过 {limit}' },
  tooBigHint: { en: 'check that this is the right file', zh: '请确认文件是否正确' },
  pipeSilent: { en: 'nothing was written to {path} (a named pipe) within {seconds}s', zh: '{seconds} 秒内没有内容写入 {path}（命名管道）' },
  pipeSilentHint: { en: 'start the command that writes to the pipe first, or give its output as <(command)', zh: '请先启动向该管道写入的命令，或改用 <(命令) 的形式给出其输出' },
  // `<(command)`, /dev/stdin: an unnamed pipe, whose writer the shell started with scm.
  pipeSilentUnnamed: { en: 'nothing was written to {path} (a pipe) within {seconds}s', zh: '{seconds} 秒内没有内容写入 {path}（管道）' },
  // The writer is there (its pipe is open) but has printed nothing: a slow command (ssh, curl), or one that waits.
  pipeWriterQuietHint: {
    en: 'the command writing to it has printed nothing yet: save its output to a file first, then give that file',
    zh: '向其写入的命令尚未输出任何内容：请先将其输出保存到文件，再给出该文件',
  },
  notADirectory: { en: '{dir} is not a directory', zh: '{dir} 不是目录' },
  notADirectoryHint: { en: 'pass files with --cert/--key, folders as arguments', zh: '文件请用 --cert/--key 传入，目录作为参数传入' },
  // A link in a bundle folder whose target is missing (a copy of certbot's live/<name> without archive/).
  danglingLink: { en: 'cannot read {path}: it is a symbolic link to {target}, which does not exist', zh: '无法读取 {path}：它是指向 {target} 的符号链接，而目标不存在' },
  danglingLinks: {
    en: 'cannot read {count} files in {dir}: they are symbolic links to files that do not exist: {links}',
    zh: '无法读取 {dir} 中的 {count} 个文件：它们是指向不存在的文件的符号链接：{links}',
  },
  danglingLinkHint: { en: 'copy the file itself into the folder, or make the link point to a file that exists', zh: '请把文件本身复制到该目录中，或让链接指向存在的文件' },
  // certbot's live/<name>/cert.pem is a link to ../../archive/<name>/cert1.pem: `cp -r live/<name>` copies the links.
  certbotLinksHint: {
    en: "certbot's live/ folders hold links into ../../archive/, which must be copied with them: copy with 'cp -rL' (it copies the files the links point to), or validate the folder under /etc/letsencrypt/live/ itself",
    zh: "certbot 的 live/ 目录中是指向 ../../archive/ 的链接，复制时必须连同其目标一起复制：请用 `cp -rL` 复制（它复制链接指向的文件本身），或直接校验 /etc/letsencrypt/live/ 下的目录",
  },
  emptyFolder: { en: '{dir} holds no files', zh: '{dir} 中没有文件' },
  tooManyFiles: {
    en: '{dir} holds {count} files; a bundle folder holds a few: pass the right ones as arguments or with --cert/--key',
    zh: '{dir} 中有 {count} 个文件，而证书目录通常只有几个：请把需要的文件作为参数或用 --cert/--key 传入',
  },
} satisfies Messages;

/** Standard input ('-'). */
export const STDIN = {
  terminalForbidden: {
    en: "'-' reads standard input, but it is a terminal and --no-input (or CI=true) forbids waiting for typing",
    zh: '“-”表示读取标准输入，但标准输入是终端，而 --no-input（或 CI=true）不允许等待键盘输入',
  },
  terminalForbiddenHint: { en: 'pipe or redirect the data: ... - < file.pem', zh: '请用管道或重定向提供数据：... - < file.pem' },
  tooBig: { en: 'standard input is larger than {limit} bytes', zh: '标准输入超过 {limit} 字节' },
  silent: { en: 'nothing was written to standard input within {seconds}s', zh: '{seconds} 秒内没有内容写入标准输入' },
  readingPem: {
    en: 'reading a PEM (certificate or key) from standard input: paste it, then press Ctrl-D at the start of a line',
    zh: '正在从标准输入读取 PEM（证书或私钥）：请粘贴内容，然后在新的一行开头按 Ctrl-D 结束',
  },
  readingPassword: {
    en: 'reading the PKCS#12 password from standard input (its first line): type it, shown as you type, then press Enter and Ctrl-D',
    zh: '正在从标准输入读取 PKCS#12 密码（只读取第一行）：请输入密码（输入时会显示在屏幕上），然后按回车键，再按 Ctrl-D 结束',
  },
  typingPassword: {
    en: 'reading the PKCS#12 password from the terminal: type it (nothing is shown as you type), then press Enter',
    zh: '正在从终端读取 PKCS#12 密码：请输入密码（输入时屏幕上不会显示），然后按回车键',
  },
  terminalUnreadable: { en: 'cannot read the password from the terminal: {why}', zh: '无法从终端读取密码：{why}' },
  readingText: {
    en: 'reading an API error body (or any text) from standard input: paste it, then press Ctrl-D at the start of a line',
    zh: '正在从标准输入读取 API 错误应答（或任意文本）：请粘贴内容，然后在新的一行开头按 Ctrl-D 结束',
  },
} satisfies Messages;

export const M = {
  secretIsLink: { en: 'refusing to write {path}: it is a symbolic link', zh: '拒绝写入 {path}：它是一个符号链接' },
  secretNotFile: { en: 'refusing to write {path}: it is not a regular file', zh: '拒绝写入 {path}：它不是普通文件' },
  secretExists: { en: '{path} already exists', zh: '{path} 已存在' },
  secretNoFolder: { en: 'cannot write {path}: the folder {dir} does not exist', zh: '无法写入 {path}：目录 {dir} 不存在' },
  secretDenied: { en: 'cannot write {path}: permission denied', zh: '无法写入 {path}：权限不足' },
  secretNoSpace: { en: 'cannot write {path}: no space left on the device', zh: '无法写入 {path}：磁盘空间不足' },
  // A set of files (an export) written all or nothing (secret-set.ts): what the folder holds after a failure.
  setUntouched: { en: '{reason}; nothing was replaced: the files already there are as they were', zh: '{reason}；没有替换任何文件：已有的文件保持原样' },
  setNothing: { en: '{reason}; nothing was written', zh: '{reason}；没有写入任何文件' },
  setMixed: {
    en: '{reason}; the earlier files could not all be put back, and these now hold the new export, which does not belong with the files beside them: {paths}',
    zh: '{reason}；之前的文件未能全部恢复，以下文件现在是新导出的内容，与旁边的其他文件不配套：{paths}',
  },
  secretWriteFailed: { en: 'cannot write {path}: {reason}', zh: '无法写入 {path}：{reason}' },
} satisfies Messages;

/**
 * What a system error code means, said to a person instead of the bare code (errno.ts). Reading, writing,
 * making folders and stdout all say these the same way; a code not here keeps the system's own words.
 */
export const ERRNO = {
  ENOENT: { en: 'no such file or folder', zh: '文件或目录不存在' },
  ENOTDIR: { en: 'a part of the path is a file, not a folder', zh: '路径中有一部分是文件而不是目录' },
  EEXIST: { en: 'something of that name is already there', zh: '该位置已有同名的文件或链接' },
  EISDIR: { en: 'it is a folder', zh: '它是目录' },
  ELOOP: { en: 'too many symbolic links', zh: '符号链接层数过多' },
  ENAMETOOLONG: { en: 'the path, or a name in it, is too long', zh: '路径或其中某一级名称过长' },
  EACCES: { en: 'permission denied', zh: '权限不足' },
  EPERM: { en: 'operation not permitted', zh: '不允许的操作' },
  EROFS: { en: 'read-only file system', zh: '文件系统为只读' },
  ENOSPC: { en: 'no space left on the device', zh: '磁盘空间不足' },
  EDQUOT: { en: 'disk quota exceeded', zh: '超出磁盘配额' },
  EFBIG: { en: 'the file is too large', zh: '文件过大' },
  EIO: { en: 'input/output error', zh: '输入/输出错误' },
  EMFILE: { en: 'too many files open', zh: '打开的文件过多' },
  EBUSY: { en: 'the file or device is busy', zh: '文件或设备正忙' },
  // open() of a socket file (or of /dev/stdin that is one, other than as an input: read-input.ts reads that one).
  ENXIO: { en: 'it is a socket (or a device with nothing behind it), which cannot be read as a file', zh: '它是套接字（或背后没有设备的设备文件），不能作为文件读取' },
} satisfies Messages;

/** stdout could not be written (a full disk, an I/O error): said on stderr when the command ends (exit 2). */
export const OUT = {
  stdoutFailed: { en: 'cannot write to stdout: {reason} ({code}); the output is incomplete', zh: '无法写入标准输出：{reason}（{code}），输出不完整' },
  EBADF: { en: 'stdout is not open', zh: '标准输出未打开' },
} satisfies Messages;
