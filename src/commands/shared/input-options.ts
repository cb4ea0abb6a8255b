// The certificate inputs `validate`, `upload` and `rotate` share (the same files, read the same way).
import { t, type Lang } from '../../core/i18n.js';
import { UsageError } from '../../errors.js';
import type { OptionSpec } from '../types.js';
import { EMPTY } from './messages.js';

export const INPUT_OPTIONS: OptionSpec[] = [
  { flags: '--cert <file>', description: { en: 'certificate (PEM or DER; may hold the whole chain, leaf first)', zh: '证书文件（PEM 或 DER；可以包含完整证书链，服务器证书在前）' }, complete: 'file' },
  { flags: '--key <file>', description: { en: 'private key (PEM or DER; PKCS#1, PKCS#8 or SEC1; unencrypted)', zh: '私钥文件（PEM 或 DER；PKCS#1、PKCS#8 或 SEC1；不能加密）' }, complete: 'file' },
  { flags: '--chain <file>', description: { en: 'intermediate certificates, lowest first, if not in --cert', zh: '中间证书，从签发服务器证书的那张开始依次向上；已包含在 --cert 中时不需要' }, complete: 'file' },
  { flags: '--pfx <file>', description: { en: 'PKCS#12 file instead of --cert/--key/--chain (password: $SCM_PFX_PASSWORD or --pfx-password-file)', zh: 'PKCS#12 文件，代替 --cert/--key/--chain（密码取自 $SCM_PFX_PASSWORD 或 --pfx-password-file）' }, complete: 'file' },
  { flags: '--pfx-password-file <file>', description: { en: 'read the PKCS#12 password from the first line of FILE', zh: '从该文件的第一行读取 PKCS#12 密码' }, complete: 'file' },
];

/** What commander makes of INPUT_OPTIONS. */
export interface InputFileOptions {
  cert?: string;
  key?: string;
  chain?: string;
  pfx?: string;
  pfxPasswordFile?: string;
}

const FLAGS: ReadonlyArray<[keyof InputFileOptions, string]> = [['cert', '--cert'], ['key', '--key'], ['chain', '--chain'], ['pfx', '--pfx'], ['pfxPasswordFile', '--pfx-password-file']];

/**
 * A file option or argument given as '' is a usage error (exit 2) before anything is read: `--cert "$CERT"` with
 * CERT unset would otherwise read the working directory ("  is a directory"), and `scm validate "$DIR"` judge it.
 */
export function refuseEmptyInputs(opts: InputFileOptions, args: readonly string[], lang: Lang): void {
  const flag = FLAGS.find(([key]) => opts[key] !== undefined && opts[key]!.trim() === '');
  if (flag) throw new UsageError(t(lang, EMPTY.option, { flag: flag[1] }), { hint: t(lang, EMPTY.optionHint) });
  if (args.some((a) => a.trim() === '')) throw new UsageError(t(lang, EMPTY.argument), { hint: t(lang, EMPTY.argumentHint) });
}
