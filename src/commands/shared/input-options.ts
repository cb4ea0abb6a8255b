// The certificate inputs `validate` and `upload` share (the same files, read the same way).
import type { OptionSpec } from '../types.js';

export const INPUT_OPTIONS: OptionSpec[] = [
  { flags: '--cert <file>', description: { en: 'certificate (PEM or DER; may hold the whole chain, leaf first)', zh: '证书文件（PEM 或 DER；可以包含完整证书链，服务器证书在前）' }, complete: 'file' },
  { flags: '--key <file>', description: { en: 'private key (PEM or DER; PKCS#1, PKCS#8 or SEC1; unencrypted, or opened with the password of --pfx-password-file or $SCM_PFX_PASSWORD)', zh: '私钥文件（PEM 或 DER；PKCS#1、PKCS#8 或 SEC1；未加密，或用 --pfx-password-file 或 $SCM_PFX_PASSWORD 中的密码打开）' }, complete: 'file' },
  {
    flags: '--chain <file>',
    description: {
      en: 'intermediate certificates, lowest first, if not in --cert; repeatable (DigiCertCA.crt and TrustedRoot.crt): the chain is then built from all of them, in issuer order',
      zh: '中间证书，从签发服务器证书的那张开始依次向上；已包含在 --cert 中时不需要；可重复（如 DigiCertCA.crt 和 TrustedRoot.crt），证书链由它们共同组成，按签发顺序排列',
    },
    repeatable: true,
    complete: 'file',
  },
  { flags: '--pfx <file>', description: { en: 'PKCS#12 file instead of --cert/--key/--chain (password: $SCM_PFX_PASSWORD or --pfx-password-file)', zh: 'PKCS#12 文件，代替 --cert/--key/--chain（密码取自 $SCM_PFX_PASSWORD 或 --pfx-password-file）' }, complete: 'file' },
  { flags: '--pfx-password-file <file>', description: { en: 'read the PKCS#12 password (also that of an encrypted --key) from the first line of FILE', zh: '从该文件的第一行读取 PKCS#12 密码（也用于打开加密的 --key）' }, complete: 'file' },
];

/** What commander makes of INPUT_OPTIONS. */
export interface InputFileOptions {
  cert?: string;
  key?: string;
  /** Every --chain, in the order given. */
  chain?: string[];
  pfx?: string;
  pfxPasswordFile?: string;
}

/**
 * Where the new certificate comes from, in a line a plan can show: the first file or folder given, and the
 * role flags that override part of a folder (`live/example.com (--cert new.pem)`), so that a plan never names a
 * folder whose certificate a flag replaced.
 */
export function inputSource(args: readonly string[], opts: InputFileOptions): string {
  if (args[0] === undefined) return opts.cert ?? opts.pfx ?? opts.key ?? opts.chain?.[0] ?? '';
  const given = (k: 'cert' | 'key' | 'chain'): string[] => [opts[k] ?? []].flat();
  const overrides = (['cert', 'key', 'chain'] as const).flatMap((k) => given(k).map((path) => `--${k} ${path}`));
  return overrides.length > 0 ? `${args.join(' ')} (${overrides.join(', ')})` : args.join(' ');
}
