// leaf-validity-too-long: a leaf that declares the CA/Browser Forum Baseline Requirements (a 2.23.140.1.* policy),
// valid for longer than the cap of its issue date: 398 days from 2020-09-01 (SC31, which Chrome and Apple platforms
// enforce), 200/100/47 days from 2026-03-15/2027-03-15/2029-03-15 (SC-081), days counted as the BRs count them
// (notBefore through notAfter inclusive). Real certificates (scripts/gen-fixtures-lifetimes.mjs), the clock
// injected inside each.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ruleById } from '../../src/core/rules/table.js';
import { capFor, policyOids } from '../../src/core/validate/validity-period.js';
import { check, describeFixtures, fixture, ruleIds, type Parts } from '../helpers/fixtures.js';

const DAY = 86_400_000;
const RULE = 'leaf-validity-too-long';
const x509 = (name: string): X509Certificate => new X509Certificate(readFileSync(fixture(`cases/${name}`)));
/** A day into the leaf's validity. */
const inside = (name: string): { now: Date } => ({ now: new Date(new Date(x509(name).validFrom).getTime() + DAY) });
const issued = (name: string): Parts => ({ cert: name, key: 'rsa.key', chain: 'lifetime-2020-chain.pem' });
const said = async (name: string): Promise<string[]> => ruleIds(await check(issued(`${name}.crt`), inside(`${name}.crt`)));

describeFixtures('leaf-validity-too-long', () => {
  it('a leaf under the Forum\'s policy valid for 399 days: the one finding, its days, dates and policy (en and zh)', async () => {
    const x = x509('lifetime-399d.crt');
    const [from, to] = [new Date(x.validFrom), new Date(x.validTo)].map((d) => d.toISOString().slice(0, 10));
    const r = await check(issued('lifetime-399d.crt'), inside('lifetime-399d.crt'));
    expect(ruleIds(r)).toEqual([RULE]);
    expect(r.valid).toBe(true);
    const f = r.findings[0]!;
    expect([f.severity, f.code]).toEqual(['warning', null]);
    expect(f.message).toBe(`CN=rsa.example.com was issued on ${from} under the CA/Browser Forum Baseline Requirements (certificate policy 2.23.140.1.2.1) and is valid for 399 days, until ${to}: Chrome and Apple platforms refuse a leaf issued since 2020-09-01 that is valid for more than 398 days when it chains to a publicly trusted root`);
    expect(f.fix).toBe(ruleById(RULE)!.fix.en);
    expect(f.fix).toMatch(/private CA's certificates and self-signed ones are exempt/);
    const zh = await check(issued('lifetime-399d.crt'), { ...inside('lifetime-399d.crt'), lang: 'zh' });
    expect(zh.findings[0]!.message).toBe(`CN=rsa.example.com 于 ${from} 按 CA/浏览器论坛的《基线要求》签发（证书策略 2.23.140.1.2.1），有效期 399 天，至 ${to}：2020-09-01 起签发、有效期超过 398 天的服务器证书如果链接到公共信任的根证书，Chrome 和 Apple 平台会拒绝它`);
    expect(zh.findings[0]!.fix).toBe(ruleById(RULE)!.fix.zh);
  });

  it('398 days exactly (the cap, counted inclusive: notAfter a second short of 398 days on), the same 399 days with only a CA\'s own policy, or self-signed: nothing', async () => {
    expect(ruleIds(await check(issued('lifetime-398d.crt'), inside('lifetime-398d.crt')))).toEqual([]);
    expect(ruleIds(await check(issued('lifetime-own-policy.crt'), inside('lifetime-own-policy.crt')))).toEqual([]);
    // Every fixture leaf is a private CA's, valid for 100 years, without a policy: not said either.
    expect(ruleIds(await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, inside('rsa.crt')))).toEqual([]);
    const self = await check({ cert: 'lifetime-self-signed.crt', key: 'rsa.key' }, inside('lifetime-self-signed.crt'));
    expect(ruleIds(self)).not.toContain(RULE);
  });

  it('the cap applies from 2020-09-01 00:00 UTC: the second before it, 825 days, is not said; the first second, 399 days, is', async () => {
    const at = { now: new Date('2021-06-01T00:00:00Z') };
    expect(ruleIds(await check(issued('lifetime-before-cap.crt'), at))).toEqual([]);
    const r = await check(issued('lifetime-at-cap.crt'), at);
    expect(ruleIds(r)).toEqual([RULE]);
    expect(r.findings[0]!.message).toMatch(/^CN=rsa\.example\.com was issued on 2020-09-01 under the CA\/Browser Forum Baseline Requirements \(certificate policy 2\.23\.140\.1\.1\) and is valid for 399 days, until 2021-10-04:/);
  });

  it('days are the BRs\': notBefore through notAfter inclusive, so notAfter 398 days on to the second is 399 days (Chrome would take it)', async () => {
    const r = await check(issued('lifetime-398d-1s.crt'), inside('lifetime-398d-1s.crt'));
    expect(ruleIds(r)).toEqual([RULE]);
    // Over by the BRs' count alone: the CA's misissuance, not a refusal by Chrome, which takes it (en and zh).
    expect(r.findings[0]!.message).toMatch(/and is valid for 399 days, until 2026-07-04: since 2020-09-01 the Baseline Requirements \(ballot SC31\) allow a publicly trusted leaf at most 398 days, so a public CA must not issue it/);
    expect(r.findings[0]!.message).not.toMatch(/Chrome/);
    const zh = await check(issued('lifetime-398d-1s.crt'), { ...inside('lifetime-398d-1s.crt'), lang: 'zh' });
    expect(zh.findings[0]!.message).toMatch(/：自 2020-09-01 起，《基线要求》（SC31 投票）规定公共信任的服务器证书有效期最多 398 天/);
    expect(zh.findings[0]!.message).not.toMatch(/Chrome/);
    const sc081 = await check(issued('lifetime-sc081-200-1s.crt'), inside('lifetime-sc081-200-1s.crt'));
    expect(sc081.findings.map((f) => f.message)).toEqual([expect.stringMatching(/ is valid for 201 days, until 2026-10-01: since 2026-03-15 /)]);
  });

  it('SC-081: the last second before each date keeps the cap before it; on the date, the new cap exactly is nothing, a day more is said', async () => {
    for (const [cap, before] of [[200, 398], [100, 200], [47, 100]] as const) {
      expect([cap, await said(`lifetime-sc081-${cap}-before`)]).toEqual([cap, []]);
      expect(capFor(new Date(x509(`lifetime-sc081-${cap}-before.crt`).validFrom).getTime())?.days).toBe(before);
      expect([cap, await said(`lifetime-sc081-${cap}-at`)]).toEqual([cap, []]);
      expect([cap, await said(`lifetime-sc081-${cap}-over`)]).toEqual([cap, [RULE]]);
    }
  });

  it('SC-081: the message names the cap that applied, its date and ballot, in English and Chinese; a warning, no SCM code', async () => {
    const name = 'lifetime-sc081-100-over.crt';
    const r = await check(issued(name), inside(name));
    expect([r.valid, r.findings[0]!.severity, r.findings[0]!.code]).toEqual([true, 'warning', null]);
    expect(r.findings[0]!.message).toBe('CN=rsa.example.com was issued on 2027-03-15 under the CA/Browser Forum Baseline Requirements (certificate policy 2.23.140.1.2.1) and is valid for 101 days, until 2027-06-23: since 2027-03-15 the Baseline Requirements (ballot SC-081) allow a publicly trusted leaf at most 100 days, so a public CA must not issue it and must revoke it once it learns of it');
    const zh = await check(issued(name), { ...inside(name), lang: 'zh' });
    expect(zh.findings[0]!.message).toBe('CN=rsa.example.com 于 2027-03-15 按 CA/浏览器论坛的《基线要求》签发（证书策略 2.23.140.1.2.1），有效期 101 天，至 2027-06-23：自 2027-03-15 起，《基线要求》（SC-081 投票）规定公共信任的服务器证书有效期最多 100 天，公共 CA 不得签发这样的证书，一旦发现必须吊销');
    expect((await check(issued('lifetime-sc081-47-over.crt'), inside('lifetime-sc081-47-over.crt'))).findings[0]!.message).toMatch(/valid for 48 days, until 2029-05-01: since 2029-03-15 .* at most 47 days/);
    expect((await check(issued('lifetime-sc081-200-over.crt'), inside('lifetime-sc081-200-over.crt'))).findings[0]!.message).toMatch(/valid for 201 days, until 2026-10-01: since 2026-03-15 .* at most 200 days/);
  });

  it('once the leaf has expired, cert-expired alone (a new certificate is due anyway); at its notAfter it is still valid, and said', async () => {
    const r = await check(issued('lifetime-at-cap.crt'), { now: new Date('2022-01-01T00:00:00Z') });
    expect(ruleIds(r)).toEqual(['cert-expired']);
    const last = await check(issued('lifetime-at-cap.crt'), { now: new Date(x509('lifetime-at-cap.crt').validTo) });
    expect(ruleIds(last)).toEqual(['cert-expiring-soon', RULE]);
  });

  it('policyOids reads certificatePolicies in order (marked critical there), and nothing from a certificate without it', () => {
    expect(policyOids(x509('lifetime-399d.crt').raw)).toEqual(['1.3.6.1.4.1.44947.1.1.1', '2.23.140.1.2.1']);
    expect(policyOids(x509('rsa.crt').raw)).toEqual([]);
  });
});
