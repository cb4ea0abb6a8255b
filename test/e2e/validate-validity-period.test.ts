// leaf-validity-too-long through the built binary: a leaf declaring the CA/Browser Forum Baseline Requirements, valid
// for 399 days when issued in 2025 (cases/lifetime-399d.crt, scripts/gen-fixtures-lifetimes.mjs), or for 201 days
// when issued on 2026-03-15 (SC-081's first step), with the clock injected by SCM_NOW. A warning (SCM accepts it):
// exit 0, 1 with --strict; explained by `scm explain`, en and zh.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const env = (name: string): Record<string, string> =>
  ({ SCM_NOW: new Date(new Date(new X509Certificate(readFileSync(C(name))).validFrom).getTime() + 86_400_000).toISOString() });
const args = (name: string): string[] => ['validate', '--cert', C(name), '--chain', C('lifetime-2020-chain.pem'), '--key', C('rsa.key')];

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

  it('validate: a leaf issued on 2026-03-15 for 201 days is over SC-081\'s 200, said with the cap and its date; 200 days: nothing', async () => {
    const r = await runCli([...args('lifetime-sc081-200-over.crt'), '--json'], { env: env('lifetime-sc081-200-over.crt') });
    const findings = JSON.parse(r.stdout).findings as { rule: string; severity: string; message: string }[];
    expect([r.code, findings.map((f) => `${f.rule} ${f.severity}`)]).toEqual([0, ['leaf-validity-too-long warning']]);
    expect(findings[0]!.message).toMatch(/valid for 201 days, until 2026-10-01: since 2026-03-15 the Baseline Requirements \(ballot SC-081\) allow a publicly trusted leaf at most 200 days/);
    const zh = await runCli([...args('lifetime-sc081-200-over.crt'), '--lang', 'zh'], { env: env('lifetime-sc081-200-over.crt') });
    expect(zh.stdout).toContain('自 2026-03-15 起，《基线要求》（SC-081 投票）规定公共信任的服务器证书有效期最多 200 天');
    const at = await runCli([...args('lifetime-sc081-200-at.crt'), '--json'], { env: env('lifetime-sc081-200-at.crt') });
    expect([at.code, JSON.parse(at.stdout).findings]).toEqual([0, []]);
  });

  it('scm explain leaf-validity-too-long: the rule, its consequence and who is exempt, en and zh', async () => {
    const en = await runCli(['explain', 'leaf-validity-too-long', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('NET::ERR_CERT_VALIDITY_TOO_LONG');
    expect(en.stdout).toContain('self-signed ones are exempt');
    const zh = await runCli(['explain', 'leaf-validity-too-long', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('2026-03-15、2027-03-15、2029-03-15 起分别为 200、100、47 天');
    expect(en.stdout).toContain('notBefore through notAfter inclusive');
  });
});
