// The certificate inputs `validate` and `upload` share (the same files, read the same way).
import type { OptionSpec } from '../types.js';

export const INPUT_OPTIONS: OptionSpec[] = [
  { flags: '--cert <file>', description: 'certificate (PEM or DER; may hold the whole chain, leaf first)', complete: 'file' },
  { flags: '--key <file>', description: 'private key (PEM or DER; PKCS#1, PKCS#8 or SEC1; unencrypted)', complete: 'file' },
  { flags: '--chain <file>', description: 'intermediate certificates, lowest first, if not in --cert', complete: 'file' },
  { flags: '--pfx <file>', description: 'PKCS#12 file instead of --cert/--key/--chain (password: $SCM_PFX_PASSWORD or --pfx-password-file)', complete: 'file' },
  { flags: '--pfx-password-file <file>', description: 'read the PKCS#12 password from the first line of FILE', complete: 'file' },
];

/** What commander makes of INPUT_OPTIONS. */
export interface InputFileOptions {
  cert?: string;
  key?: string;
  chain?: string;
  pfx?: string;
  pfxPasswordFile?: string;
}
