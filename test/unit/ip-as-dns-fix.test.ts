// The ip-as-dns-name finding's fix names the address found in the certificate (DNS:192.0.2.9 here), never an
// example address; `scm explain ip-as-dns-name` (the rule table, with no certificate) names none at all.
import { expect, it } from 'vitest';
import { ruleById } from '../../src/core/rules/table.js';
import { Findings } from '../../src/core/validate/findings.js';
import { check, describeFixtures } from '../helpers/fixtures.js';

const parts = { cert: 'ip-as-dns.crt', chain: 'rsa-chain.pem', key: 'rsa.key' };

describeFixtures('the ip-as-dns-name fix', () => {
  it('names the address the certificate holds as a DNS name, in both languages', async () => {
    const en = await check(parts);
    expect(en.findings.map((f) => [f.rule, f.fix])).toEqual([['ip-as-dns-name', 'Reissue with 192.0.2.9 as an IP subject alternative name (IP:192.0.2.9, not DNS:192.0.2.9).']]);
    const zh = await check(parts, { lang: 'zh' });
    expect(zh.findings.map((f) => [f.rule, f.fix])).toEqual([['ip-as-dns-name', '请重新签发，把 192.0.2.9 写成 IP 类型的备用名称（IP:192.0.2.9，而不是 DNS:192.0.2.9）。']]);
  });
});

it('the rule table names no example address that a reader could take for theirs', () => {
  const rule = ruleById('ip-as-dns-name')!;
  for (const text of [rule.fix.en, rule.fix.zh]) expect(text).not.toMatch(/\d+\.\d+\.\d+\.\d+/);
});

it("a finding's own fix (a message of the table, with the finding's parameters) replaces the rule's", () => {
  const f = new Findings('en');
  f.add('ip-as-dns-name', { en: 'said {name}', zh: '说 {name}' }, { name: '10.0.0.1' }, { en: 'Fix {name}.', zh: '修复 {name}。' });
  f.add('cn-not-in-san', { en: 'cn', zh: 'cn' });
  expect(f.sorted().map((x) => [x.message, x.fix])).toEqual([['said 10.0.0.1', 'Fix 10.0.0.1.'], ['cn', ruleById('cn-not-in-san')!.fix.en]]);
});
