// The validate rules feed `scm explain`: every rule id is explained, and each SCM code names the offline
// checks that catch it. Checked on the built binary, as users run it.
import { expect, it } from 'vitest';
import { describe } from 'vitest';
import { UPLOAD_RULES } from '../../src/core/rules/upload-rules.js';
import { runCli } from '../helpers/run-cli.js';

describe('explain knows the validate rules', () => {
  it('scm explain key-mismatch shows the rule and SCM.0014', async () => {
    const r = await runCli(['explain', 'key-mismatch']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Rule\s+key-mismatch \(error\): The private key does not match the certificate/);
    expect(r.stdout).toContain('SCM.0014');
  });

  it('scm explain SCM.0014 names the offline check', async () => {
    const r = await runCli(['explain', 'SCM.0014']);
    expect(r.stdout).toMatch(/Offline\s+scm validate: key-mismatch \(error\)/);
  });

  it('a push rule is not said to be run by scm validate (it would read push-id-format as a file)', async () => {
    const r = await runCli(['explain', 'SCM.0020']);
    expect(r.stdout).toMatch(/^ {2}Offline\s+checked before sending: push-id-format \(error\)$/m);
    expect(r.stdout).not.toContain('scm validate');
    expect((await runCli(['explain', 'SCM.0020', '--lang', 'zh'])).stdout).toMatch(/^ {2}离线检查\s+发送前检查：push-id-format（错误）$/m);
  });

  it('each SCM code lists all of its rules', async () => {
    const r = await runCli(['explain', 'SCM.0005', 'SCM.0079', 'SCM.0012', '--json']);
    const rules = Object.fromEntries((JSON.parse(r.stdout) as Array<{ code: string; rules: Array<{ id: string }> }>).map((x) => [x.code, x.rules.map((rule) => rule.id)]));
    expect(rules['SCM.0005']).toEqual(['cert-too-long', 'chain-too-long', 'key-too-long', 'enc-cert-too-long', 'enc-key-too-long', 'enterprise-project-id-invalid']);
    expect(rules['SCM.0079']).toEqual(['chain-broken', 'chain-misordered', 'chain-missing-intermediate']);
    expect(rules['SCM.0012']).toEqual(['key-unparsable', 'key-encrypted', 'key-not-private']);
  });

  it('explains every rule id, with or without an SCM code', async () => {
    const r = await runCli(['explain', ...UPLOAD_RULES.map((rule) => rule.id), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Array<{ query: string; code: string | null; rule: { id: string; severity: string } }>;
    expect(out.map((x) => x.rule.id)).toEqual(UPLOAD_RULES.map((rule) => rule.id));
    for (const [x, rule] of out.map((o, i) => [o, UPLOAD_RULES[i]!] as const)) {
      expect(x.code).toBe(rule.code);
      expect(x.rule.severity).toBe(rule.severity);
    }
  });

  it('a rule without a code explains itself (cert-expired), in Chinese too', async () => {
    const en = await runCli(['explain', 'cert-expired']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^cert-expired · error · no published SCM code/);
    const zh = await runCli(['explain', 'cert-expired', '--lang', 'zh']);
    expect(zh.stdout).toContain('证书已过期');
  });
});
