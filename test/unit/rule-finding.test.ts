// Findings of the rule table outside validate (rules/finding.ts): id, severity and code from the table, the
// message as given or after the rule's title, the rule's fix unless another is given, and an unknown id refused.
import { expect, it } from 'vitest';
import { ruleFinding, ruleFindingSaid } from '../../src/core/rules/finding.js';

it('a finding of a rule of the table, in either language', () => {
  expect(ruleFindingSaid('push-id-format', 'said', 'en', 'fix it')).toEqual({ rule: 'push-id-format', severity: 'error', code: 'SCM.0020', message: 'said', fix: 'fix it' });
  const zh = ruleFinding('push-id-format', '细节', 'zh');
  expect([zh.rule, zh.severity, zh.code]).toEqual(['push-id-format', 'error', 'SCM.0020']);
  expect(zh.message).toMatch(/^\S.*[^ ]：细节$/);
  expect(zh.fix).toMatch(/^请传入 `scm upload` 输出的证书 ID，/);
});

it('an id that is not in the table is an internal error naming it', () => {
  expect(() => ruleFindingSaid('no-such-rule', 'x', 'en')).toThrow(new Error('unknown rule no-such-rule'));
  expect(() => ruleFinding('no-such-rule', 'x', 'en')).toThrow(new Error('unknown rule no-such-rule'));
});
