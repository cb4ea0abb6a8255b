// leaf-validity-too-long through the built binary: a leaf declaring the CA/Browser Forum Baseline Requirements, valid
// for 399 days (cases/lifetime-399d.crt, scripts/gen-fixtures-lifetimes.mjs), with the clock injected by SCM_NOW. A
// warning (SCM accepts it): exit 0, 1 with --strict; explained by `scm explain`, en and zh.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const env = (name: string): Record<string, string> =>
  ({ SCM_NOW: new Date(new Date(new X509Certificate(readFileSync(C(name))).validFrom).getTime() + 86_400_000).toISOString() });
const args = (name: string): string[] => ['validate', '--cert', C(name), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key')];

describeFixtures('a publicly trusted leaf valid for more than 398 days', () => {
  it('validate: the warning, exit 0 (1 with --strict), in English and Chinese; 398 days: nothing', async () => {
    const r = await runCli([...args('lifetime-399d.crt'), '--json'], { env: env('lifetime-399d.crt') });
    const findings = JSON.parse(r.stdout).findings as { rule: string; severity: string; message: string }[];
    expect([r.code, findings.map((f) => `${f.rule} ${f.severity}`)]).toEqual([0, ['leaf-validity-too-long warning']]);
    expect(findings[0]!.message).toMatch(/and is valid for 399 days, until \d{4}-\d\d-\d\d: Chrome and Apple platforms refuse a leaf issued since 2020-09-01 that is valid for more than 398 days when it chains to a publicly trusted root$/);
    expect((await runCli([...args('lifetime-399d.crt'), '--strict'], { env: env('lifetime-399d.crt') })).code).toBe(1);
    const zh = await runCli([...args('lifetime-399d.crt'), '--lang', 'zh'], { env: env('lifetime-399d.crt') });
    expect(zh.stdout).toContain('有效期 399 天');
    expect(zh.stdout).toContain('私有 CA 签发的证书和自签名证书不受此限');
    const cap = await runCli([...args('lifetime-398d.crt'), '--json'], { env: env('lifetime-398d.crt') });
    expect([cap.code, JSON.parse(cap.stdout).findings]).toEqual([0, []]);
  });

  it('scm explain leaf-validity-too-long: the rule, its consequence and who is exempt, en and zh', async () => {
    const en = await runCli(['explain', 'leaf-validity-too-long', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('NET::ERR_CERT_VALIDITY_TOO_LONG');
    expect(en.stdout).toContain('self-signed ones are exempt');
    const zh = await runCli(['explain', 'leaf-validity-too-long', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('有效期却超过 398 天');
  });
});
