// Files that hold a certificate only as base64 of its PEM text, inside a format of their own: a Kubernetes TLS
// Secret as `kubectl get secret -o yaml|json` prints it, and Traefik's ACME store (acme.json); and archives (a CA's
// .zip download given as it came), whose files are read once unpacked. scm does not dig
// the PEM out of them (which certificate of acme.json, which Secret, is the user's choice): it names the file
// for what it is and gives the command that extracts the PEM. Recognised by content, cheaply.
import { InputError } from '../../errors.js';
import { t, type Lang, type Messages } from '../i18n.js';
import { shellWord } from '../shell-word.js';
import { M } from './messages.js';

export const CM = {
  k8sSecret: {
    en: "{source} is a Kubernetes TLS Secret (kubectl get secret -o yaml/json): its certificate and key are base64 of PEM files inside it; extract them with `kubectl get secret {name} -o jsonpath='{.data.tls\\.crt}' | base64 -d > tls.crt` and `kubectl get secret {name} -o jsonpath='{.data.tls\\.key}' | base64 -d > tls.key`, then give those files",
    zh: "{source} 是 Kubernetes TLS Secret（kubectl get secret -o yaml/json 的输出）：其中的证书和私钥是 PEM 文件的 Base64 编码；请用 `kubectl get secret {name} -o jsonpath='{.data.tls\\.crt}' | base64 -d > tls.crt` 和 `kubectl get secret {name} -o jsonpath='{.data.tls\\.key}' | base64 -d > tls.key` 取出，再传入这两个文件",
  },
  traefikStore: {
    en: "{source} is Traefik's ACME store (acme.json): each certificate and key in it is base64 of a PEM file; extract one with `jq -r '.{resolver}.Certificates[] | select(.domain.main==\"{domain}\") | .certificate' {fileWord} | base64 -d > cert.pem` and the same with `.key` > key.pem, then give those files",
    zh: "{source} 是 Traefik 的 ACME 存储文件（acme.json）：其中每个证书和私钥都是 PEM 文件的 Base64 编码；请用 `jq -r '.{resolver}.Certificates[] | select(.domain.main==\"{domain}\") | .certificate' {fileWord} | base64 -d > cert.pem` 取出证书，把 `.certificate` 换成 `.key` 并输出到 key.pem 取出私钥，再传入这两个文件",
  },
  // A certificate block whose body decodes to PEM text, and base64 of a PEM file with no armor at all
  blockNested: {
    en: '{where} holds base64 of a PEM file, not a certificate (a Kubernetes or Traefik value wrapped in BEGIN/END lines): decode the base64 text with `base64 -d` and use the PEM it gives',
    zh: '{where} 中是 PEM 文件的 Base64 编码，而不是证书（Kubernetes 或 Traefik 的值被套上了 BEGIN/END 行）：请用 `base64 -d` 解码这段 Base64 文本，使用解码得到的 PEM',
  },
  keyNested: {
    en: 'the {what} in {source} holds base64 of a PEM file, not a key (a Kubernetes or Traefik value wrapped in BEGIN/END lines): decode the base64 text with `base64 -d` and use the PEM it gives',
    zh: '{source} 中的 {what} 是 PEM 文件的 Base64 编码，而不是私钥（Kubernetes 或 Traefik 的值被套上了 BEGIN/END 行）：请用 `base64 -d` 解码这段 Base64 文本，使用解码得到的 PEM',
  },
  // {sourceWord}, {plainWord}: the paths as one shell word each, so the command pastes whatever the file is called.
  bareNested: {
    en: '{source} is base64-encoded PEM, as Kubernetes and Traefik store it: decode it with `base64 -d {sourceWord} > {plainWord}` and give {plain}',
    zh: '{source} 是 Base64 编码的 PEM（Kubernetes 和 Traefik 就这样存储）：请用 `base64 -d {sourceWord} > {plainWord}` 解码，再传入 {plain}',
  },
  bareNestedStdin: {
    en: '{source} is base64-encoded PEM, as Kubernetes and Traefik store it: save it to a file, decode it with `base64 -d FILE > {plainWord}` and give {plain}',
    zh: '{source} 是 Base64 编码的 PEM（Kubernetes 和 Traefik 就这样存储）：请把它保存为文件，用 `base64 -d 文件 > {plainWord}` 解码，再传入 {plain}',
  },
  // A CA's download given as it came: {command} unpacks it into {dirWord}, a folder beside it.
  archive: {
    en: '{source} is a {format} archive (a download not unpacked yet), not a certificate or a key: unpack it with `{command}`, then validate the folder it makes: `scm validate {dirWord}`',
    zh: '{source} 是 {format} 压缩包（下载后还没有解压），不是证书或私钥：请先用 `{command}` 解压，再校验解压出的目录：`scm validate {dirWord}`',
  },
  // The same from standard input, which has no file name to unpack: saved to a file first (placeholders, not a name it never had).
  archiveStdin: {
    en: '{source} is a {format} archive (a download not unpacked yet), not a certificate or a key: save it to a file, unpack that with `{command}`, then validate the folder it makes: `scm validate {dirWord}`',
    zh: '{source} 是 {format} 压缩包（下载后还没有解压），不是证书或私钥：请先把它保存为文件，用 `{command}` 解压，再校验解压出的目录：`scm validate {dirWord}`',
  },
  archiveFile: { en: 'FILE', zh: '文件' },
  archiveFolder: { en: 'FOLDER', zh: '目录' },
  archiveLeftOut: {
    en: '{source} was left out: it is an archive ({format}), and the other files hold the certificate and the private key',
    zh: '{source} 未被读取：它是压缩包（{format}），而其他文件中已有证书和私钥',
  },
  archiveLeftOutFix: {
    en: 'Nothing to do: what it holds is read from the files unpacked beside it. Move it out of the folder if the folder should hold only what is uploaded.',
    zh: '无需处理：其中的内容已从旁边解压出的文件中读取。如果希望目录中只保留要上传的文件，请把它移出该目录。',
  },
  containerLeftOut: {
    en: '{source} was left out: it is a Kubernetes Secret or a Traefik acme.json, and the other files hold the certificate and the private key',
    zh: '{source} 未被读取：它是 Kubernetes Secret 或 Traefik 的 acme.json，而其他文件中已有证书和私钥',
  },
} satisfies Messages;

/** Standard input ("standard input", "标准输入") has no file name to put in a command line. */
export const noFileName = (source: string): boolean => source === M.standardInput.en || source === M.standardInput.zh;

/** The decoded file to write: tls.crt.b64 → tls.crt; anything else gets .pem. */
export const plainName = (source: string): string => noFileName(source) ? 'decoded.pem' : (/\.b(ase)?64$/i.test(source) ? source.replace(/\.b(ase)?64$/i, '') : `${source.replace(/\.(txt)$/i, '')}.pem`);

/** The finding for base64 of a PEM file: the command that decodes it, its paths one shell word each. */
export function bareNestedFinding(source: string): [typeof CM.bareNested, Record<string, string>] {
  const plain = plainName(source);
  return [noFileName(source) ? CM.bareNestedStdin : CM.bareNested, { source, plain, sourceWord: shellWord(source), plainWord: shellWord(plain) }];
}

export type Container = { kind: 'k8s'; name: string } | { kind: 'traefik'; resolver: string; domain: string } | { kind: 'archive'; format: ArchiveFormat };

type ArchiveFormat = 'zip' | 'gzip' | 'bzip2' | 'xz' | '7z' | 'rar' | 'tar';

/** An archive, by its magic bytes (a .zip, .tar.gz, .tgz, .7z or .rar download): never a certificate or key format. */
const ARCHIVES: Array<[ArchiveFormat, number[]]> = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]], ['zip', [0x50, 0x4b, 0x05, 0x06]], ['gzip', [0x1f, 0x8b]], ['bzip2', [0x42, 0x5a, 0x68]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]], ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]], ['rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
];

/** A tar file (POSIX ustar or GNU tar, uncompressed) says so at byte 257 of its first header, not at its start. */
const USTAR = Buffer.from('ustar');

export function archiveOf(data: Buffer): Container | undefined {
  const found = ARCHIVES.find(([, magic]) => magic.every((b, i) => data[i] === b));
  if (found) return { kind: 'archive', format: found[0] };
  return data.length >= 512 && data.subarray(257, 262).equals(USTAR) ? { kind: 'archive', format: 'tar' } : undefined;
}

/** The command that unpacks `file` into `dir` (a tarball for gzip, bzip2 and xz: what CAs and people pack). */
function unpackCommand(format: ArchiveFormat, f: string, d: string): string {
  if (format === 'zip') return `unzip ${f} -d ${d}`;
  if (format === '7z') return `7z x ${f} -o${d}`;
  if (format === 'rar') return `unrar x ${f} ${d}/`;
  return `mkdir ${d} && tar -x${format === 'tar' ? '' : format === 'gzip' ? 'z' : format === 'bzip2' ? 'j' : 'J'}f ${f} -C ${d}`;
}

function archiveError(source: string, format: ArchiveFormat, lang: Lang): InputError {
  if (noFileName(source)) {
    const [file, folder] = [t(lang, CM.archiveFile), t(lang, CM.archiveFolder)];
    return new InputError(t(lang, CM.archiveStdin, { source, format, command: unpackCommand(format, file, folder), dirWord: folder }), { path: source });
  }
  const dir = source.replace(/\.(tar\.(gz|bz2|xz)|tgz|tbz2?|txz|tar|zip|7z|rar|gz|bz2|xz)$/i, '');
  const folder = dir === source || dir === '' ? `${source}.d` : dir;
  return new InputError(t(lang, CM.archive, { source, format, command: unpackCommand(format, shellWord(source), shellWord(folder)), dirWord: shellWord(folder) }), { path: source });
}

const PEM_START = Buffer.from('-----BEGIN ');

/** Bytes that are PEM text (what base64 of a PEM file decodes to), not DER. */
export function isPemText(data: Buffer): boolean {
  let i = 0;
  while (i < data.length && (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09)) i++;
  return data.subarray(i, i + PEM_START.length).equals(PEM_START);
}

const K8S_YAML = /^kind:\s*["']?Secret["']?\s*$/m;
const K8S_JSON = /"kind"\s*:\s*"Secret"/;
const TLS_KEY = /["']?tls\.(crt|key)["']?\s*:/;

function k8sName(text: string): string {
  try {
    const name = (JSON.parse(text) as { metadata?: { name?: unknown } }).metadata?.name;
    if (typeof name === 'string' && /^[\w.-]+$/.test(name)) return name;
  } catch { /* YAML */ }
  const yaml = /^metadata:[ \t]*\r?\n(?:[ \t]+.*\r?\n)*?[ \t]+name:[ \t]*["']?([\w.-]+)/m.exec(text);
  return yaml?.[1] ?? 'NAME';
}

function traefik(text: string): Container | undefined {
  if (!/"Certificates"\s*:/.test(text) || !/"certificate"\s*:/.test(text)) return undefined;
  let resolver = 'RESOLVER';
  let domain = 'example.com';
  try {
    const store = JSON.parse(text) as Record<string, { Certificates?: Array<{ domain?: { main?: unknown } }> }>;
    const [name, value] = Object.entries(store).find(([, v]) => Array.isArray(v?.Certificates)) ?? [];
    if (name && /^[\w-]+$/.test(name)) resolver = name;
    const main = value?.Certificates?.[0]?.domain?.main;
    if (typeof main === 'string' && /^[\w*.-]+$/.test(main)) domain = main;
  } catch { /* a store cut short: the words stay generic */ }
  return { kind: 'traefik', resolver, domain };
}

/** What `text` (no PEM block in it) is, when it is one of these containers. */
export function containerOf(text: string): Container | undefined {
  if (text.length > 8_000_000) return undefined;
  if ((K8S_YAML.test(text) || K8S_JSON.test(text)) && TLS_KEY.test(text)) return { kind: 'k8s', name: k8sName(text) };
  return traefik(text);
}

/** The input error (exit 2) for a container given where a certificate, key or bundle belongs. */
export function containerError(source: string, c: Container, lang: Lang): InputError {
  if (c.kind === 'archive') return archiveError(source, c.format, lang);
  const file = noFileName(source) ? 'acme.json' : source;
  const message = c.kind === 'k8s' ? t(lang, CM.k8sSecret, { source, name: c.name }) : t(lang, CM.traefikStore, { source, fileWord: shellWord(file), resolver: c.resolver, domain: c.domain });
  return new InputError(message, { path: source });
}
