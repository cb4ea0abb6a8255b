// The one rule table: every check `scm validate` runs (and the emulator enforces), with its stable id,
// severity, the SCM code it prevents and the fix. Data only, so `scm explain` can load it cheaply; the
// checks that implement the rules live in src/core/validate/.
import type { RuleMeta } from './types.js';

const r = (id: string, severity: RuleMeta['severity'], code: string | null, title: RuleMeta['title'], fix: RuleMeta['fix']): RuleMeta =>
  ({ id, severity, code, title, fix });

export const RULES: readonly RuleMeta[] = [
  r('key-mismatch', 'error', 'SCM.0014',
    { en: 'The private key does not match the certificate', zh: '私钥与证书不匹配' },
    { en: 'Use the private key generated together with this certificate (compare `openssl x509 -noout -pubkey` with `openssl pkey -pubout`).', zh: '请使用与该证书一起生成的私钥（比较 `openssl x509 -noout -pubkey` 与 `openssl pkey -pubout` 的输出）。' }),
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): RuleMeta | undefined {
  return byId.get(id);
}

/** The validate rules that catch `code` offline. */
export function rulesForCode(code: string): RuleMeta[] {
  return RULES.filter((rule) => rule.code === code);
}
