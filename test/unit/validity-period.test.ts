// leaf-validity-too-long: a leaf that declares the CA/Browser Forum Baseline Requirements (a 2.23.140.1.* policy),
// issued on or after 2020-09-01 and valid for more than 398 days, which Chrome and Apple platforms refuse from a
// publicly trusted root. Real certificates (scripts/gen-fixtures-lifetimes.mjs), the clock injected inside each.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ruleById } from '../../src/core/rules/table.js';
import { policyOids } from '../../src/core/validate/validity-period.js';
import { check, describeFixtures, fixture, ruleIds, type Parts } from '../helpers/fixtures.js';

const DAY = 86_400_000;
const RULE = 'leaf-validity-too-long';
const x509 = (name: string): X509Certificate => new X509Certificate(readFileSync(fixture(`cases/${name}`)));
/** A day into the leaf's validity. */
const inside = (name: string): { now: Date } => ({ now: new Date(new Date(x509(name).validFrom).getTime() + DAY) });
const issuedNow = (name: string): Parts => ({ cert: name, key: 'rsa.key', chain: 'rsa-chain.pem' });
const issued2020 = (name: string): Parts => ({ cert: name, key: 'rsa.key', chain: 'lifetime-2020-chain.pem' });

describeFixtures('leaf-validity-too-long', () => {
  it('a leaf under the Forum\'s policy valid for 399 days: the one finding, its days, dates and policy (en and zh)', async () => {
    const x = x509('lifetime-399d.crt');
    const [from, to] = [new Date(x.validFrom), new Date(x.validTo)].map((d) => d.toISOString().slice(0, 10));
    const r = await check(issuedNow('lifetime-399d.crt'), inside('lifetime-399d.crt'));
    expect(ruleIds(r)).toEqual([RULE]);
    expect(r.valid).toBe(true);
    const f = r.findings[0]!;
    expect([f.severity, f.code]).toEqual(['warning', null]);
    expect(f.message).toBe(`CN=rsa.example.com was issued on ${from} under the CA/Browser Forum Baseline Requirements (certificate policy 2.23.140.1.2.1) and is valid for 399 days, until ${to}: Chrome and Apple platforms refuse a leaf issued since 2020-09-01 that is valid for more than 398 days when it chains to a publicly trusted root`);
    expect(f.fix).toBe(ruleById(RULE)!.fix.en);
    expect(f.fix).toMatch(/private CA's certificates and self-signed ones are exempt/);
    const zh = await check(issuedNow('lifetime-399d.crt'), { ...inside('lifetime-399d.crt'), lang: 'zh' });
    expect(zh.findings[0]!.message).toBe(`CN=rsa.example.com 于 ${from} 按 CA/浏览器论坛的《基线要求》签发（证书策略 2.23.140.1.2.1），有效期 399 天，至 ${to}：2020-09-01 起签发、有效期超过 398 天的服务器证书如果链接到公共信任的根证书，Chrome 和 Apple 平台会拒绝它`);
    expect(zh.findings[0]!.fix).toBe(ruleById(RULE)!.fix.zh);
  });

  it('398 days exactly (the cap), the same 399 days with only a CA\'s own policy, or self-signed: nothing', async () => {
    expect(ruleIds(await check(issuedNow('lifetime-398d.crt'), inside('lifetime-398d.crt')))).toEqual([]);
    expect(ruleIds(await check(issuedNow('lifetime-own-policy.crt'), inside('lifetime-own-policy.crt')))).toEqual([]);
    // Every fixture leaf is a private CA's, valid for 100 years, without a policy: not said either.
    expect(ruleIds(await check(issuedNow('rsa.crt'), inside('rsa.crt')))).toEqual([]);
    const self = await check({ cert: 'lifetime-self-signed.crt', key: 'rsa.key' }, inside('lifetime-self-signed.crt'));
    expect(ruleIds(self)).not.toContain(RULE);
  });

  it('the cap applies from 2020-09-01 00:00 UTC: the second before it, 825 days, is not said; the first second, 399 days, is', async () => {
    const at = { now: new Date('2021-06-01T00:00:00Z') };
    expect(ruleIds(await check(issued2020('lifetime-before-cap.crt'), at))).toEqual([]);
    const r = await check(issued2020('lifetime-at-cap.crt'), at);
    expect(ruleIds(r)).toEqual([RULE]);
    expect(r.findings[0]!.message).toMatch(/^CN=rsa\.example\.com was issued on 2020-09-01 under the CA\/Browser Forum Baseline Requirements \(certificate policy 2\.23\.140\.1\.1\) and is valid for 399 days, until 2021-10-05:/);
  });

  it('once the leaf has expired, cert-expired alone (a new certificate is due anyway); at its notAfter it is still valid, and said', async () => {
    const r = await check(issued2020('lifetime-at-cap.crt'), { now: new Date('2022-01-01T00:00:00Z') });
    expect(ruleIds(r)).toEqual(['cert-expired']);
    const last = await check(issued2020('lifetime-at-cap.crt'), { now: new Date(x509('lifetime-at-cap.crt').validTo) });
    expect(ruleIds(last)).toEqual(['cert-expiring-soon', RULE]);
  });

  it('policyOids reads certificatePolicies in order (marked critical there), and nothing from a certificate without it', () => {
    expect(policyOids(x509('lifetime-399d.crt').raw)).toEqual(['1.3.6.1.4.1.44947.1.1.1', '2.23.140.1.2.1']);
    expect(policyOids(x509('rsa.crt').raw)).toEqual([]);
  });
});
