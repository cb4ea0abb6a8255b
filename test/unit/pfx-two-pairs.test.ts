// A PKCS#12 holding two certificate+key pairs (pfx/two-pairs.pfx: rsa.example.com with its RSA key and chain,
// ec.example.com with its EC key and chain; scripts/gen-fixtures-edges.mjs joins two `openssl pkcs12 -export`
// outputs with node-forge). Without --domain nothing may choose: the ambiguous-pairs input error, as for two pairs
// in a PEM file. With --domain, the pair whose leaf covers it is taken, said once (pair-chosen), the other pair and
// its chain left out: not sent, not a second finding.
import { expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { check, describeFixtures } from '../helpers/fixtures.js';

const PFX = { pfx: 'two-pairs.pfx', pfxPassword: 'secret' };
const rules = (r: Awaited<ReturnType<typeof check>>): string[] => r.findings.filter((f) => f.rule !== 'input-converted').map((f) => `${f.rule} ${f.severity}`);

describeFixtures('a PKCS#12 with two certificate+key pairs', () => {
  it('no --domain: the input error naming both pairs (today\'s behaviour); a --domain neither covers: the same', async () => {
    await expect(check(PFX)).rejects.toThrow(/^cannot tell which certificate and key to use: it holds 2 certificates, each with its own private key: CN=rsa\.example\.com \(RSA 2048\) with its key, in two-pairs\.pfx; CN=ec\.example\.com \(EC P-256\) with its key, in two-pairs\.pfx$/);
    await expect(check(PFX, { domains: ['other.example.com'] })).rejects.toBeInstanceOf(InputError);
  });

  it('--domain ec.example.com: that pair, its key and chain, said in one info finding (en and zh); nothing of the other is sent', async () => {
    const r = await check(PFX, { domains: ['www.ec.example.com'] });
    expect([r.valid, rules(r)]).toEqual([true, ['pair-chosen info']]);
    expect(r.certificate?.subject).toBe('CN=ec.example.com');
    expect(r.keyType).toBe('EC P-256');
    expect(r.payload?.certificate_chain).toBeDefined();
    expect(r.findings.find((f) => f.rule === 'pair-chosen')!.message).toBe('two-pairs.pfx holds 2 certificates, each with its own private key: CN=rsa.example.com (RSA 2048); CN=ec.example.com (EC P-256); the one whose names cover www.ec.example.com (--domain) was taken, CN=ec.example.com; the others are left out and not sent');
    const zh = await check(PFX, { domains: ['www.ec.example.com'], lang: 'zh' });
    expect(zh.findings.find((f) => f.rule === 'pair-chosen')!.message).toBe('two-pairs.pfx 中有 2 张证书，各有自己的私钥：CN=rsa.example.com（RSA 2048）；CN=ec.example.com（EC P-256）；已按 --domain 选用域名覆盖 www.ec.example.com 的 CN=ec.example.com，其余的未被使用，也不会被发送');
  });

  it('--domain rsa.example.com: the other pair, with its chain only', async () => {
    const r = await check(PFX, { domains: ['rsa.example.com'] });
    expect([r.valid, rules(r), r.certificate?.subject, r.keyType]).toEqual([true, ['pair-chosen info'], 'CN=rsa.example.com', 'RSA 2048']);
    expect(r.payload?.certificate_chain).not.toContain(r.payload?.certificate);
  });
});
