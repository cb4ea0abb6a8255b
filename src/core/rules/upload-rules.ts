// Rules that `scm validate` (and `scm upload`, and the emulator's import) apply to a certificate bundle.
import type { RuleMeta } from './types.js';

const r = (id: string, severity: RuleMeta['severity'], code: string | null, title: RuleMeta['title'], fix: RuleMeta['fix']): RuleMeta =>
  ({ id, severity, code, title, fix });

export const UPLOAD_RULES: readonly RuleMeta[] = [
  r('key-mismatch', 'error', 'SCM.0014',
    { en: 'The private key does not match the certificate', zh: '私钥与证书不匹配' },
    { en: 'Use the private key generated together with this certificate (compare `openssl x509 -noout -pubkey` with `openssl pkey -pubout`).', zh: '请使用与该证书一起生成的私钥（比较 `openssl x509 -noout -pubkey` 与 `openssl pkey -pubout` 的输出）。' }),
];
