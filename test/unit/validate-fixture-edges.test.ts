// What validate says for certificates at its edges (scripts/gen-fixtures.mjs, mutationRerunFixtures): weak
// keys of CAs above a leaf whose key type is already reported (each CA still judged), a self-signed leaf
// signed with SHA-1, a key type Node cannot name, a cross-signed copy of the intermediate left over, and a
// certificate with exactly five names (listed whole, never "and 0 more"). Exact findings, both languages.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Lang } from '../../src/core/i18n.js';
import { validateBundle } from '../../src/core/validate/index.js';
import type { ValidationReport } from '../../src/core/validate/types.js';
import { check, describeFixtures, fixture, raw, text, type Parts } from '../helpers/fixtures.js';

const all = (r: ValidationReport) => r.findings.map((f) => `${f.rule} ${f.severity} ${f.code} ${f.message}`);
const run = (parts: Parts, lang: Lang = 'en', domains?: string[]) => check(parts, { lang, ...(domains ? { domains } : {}) });
const NO_KEY = 'key-empty error SCM.0059 no private key was given (pass --key FILE)';

describeFixtures('validate at the edges of its fixtures', () => {
  it('a DSA 1024 CA above a DSA leaf: the leaf\'s type, and the CA\'s weak key', async () => {
    const r = await run({ cert: 'keytype-dsa-under-dsa1024.crt', chain: 'pki/inter-dsa1024.crt' });
    expect(all(r)).toEqual([
      NO_KEY,
      'key-type-unsupported warning null CN=keytype.example.com has a DSA 2048 key; browsers and cloud load balancers do not support it',
      'weak-key warning null CN=SCM DSA 1024 Intermediate has a DSA key of 1024 bits; 2048 is the minimum clients accept',
    ]);
    const zh = await run({ cert: 'keytype-dsa-under-dsa1024.crt', chain: 'pki/inter-dsa1024.crt' }, 'zh');
    expect(all(zh).slice(1)).toEqual([
      'key-type-unsupported warning null CN=keytype.example.com 的密钥为 DSA 2048，浏览器和云负载均衡都不支持',
      'weak-key warning null CN=SCM DSA 1024 Intermediate 的 DSA 密钥只有 1024 位；客户端要求至少 2048 位',
    ]);
  });

  it('an EC P-192 CA above a P-192 leaf: a weak key each, with its curve (README: EC under 256 is weak-key)', async () => {
    const r = await run({ cert: 'keytype-p192-under-p192.crt', chain: 'pki/inter-p192.crt' });
    expect(all(r)).toEqual([
      NO_KEY,
      'weak-key warning null CN=keytype.example.com has an EC key of 192 bits (P-192); 256 is the minimum clients accept',
      'weak-key warning null CN=SCM P-192 Intermediate has an EC key of 192 bits (P-192); 256 is the minimum clients accept',
    ]);
    const zh = await run({ cert: 'keytype-p192-under-p192.crt', chain: 'pki/inter-p192.crt' }, 'zh');
    expect(all(zh)[2]).toBe('weak-key warning null CN=SCM P-192 Intermediate 的 EC 密钥只有 192 位（P-192）；客户端要求至少 256 位');
  });

  it('a self-signed leaf signed with SHA-1: its own signature is judged (only a root above a leaf is not)', async () => {
    const r = await run({ cert: 'self-signed-sha1.crt', key: 'rsa.key' });
    expect(all(r)).toEqual([
      'chain-too-short error SCM.0109 CN=self.example.com is self-signed and would be uploaded alone: no intermediate certificate was given, and SCM refuses a chain of length 1',
      'weak-signature warning null CN=self.example.com is signed with SHA-1 (sha1WithRSAEncryption)',
    ]);
  });

  it('a key type Node cannot name (SM2 with explicit curve parameters) is unsupported, said in both languages', async () => {
    const r = await run({ cert: 'keytype-unknown.crt', chain: 'rsa-chain.pem' });
    expect(all(r)).toEqual([
      NO_KEY,
      'key-type-unsupported warning null CN=keytype.example.com has a key of a type scm does not recognise; browsers and cloud load balancers do not support it',
    ]);
    const zh = await run({ cert: 'keytype-unknown.crt', chain: 'rsa-chain.pem' }, 'zh');
    expect(all(zh)[1]).toBe('key-type-unsupported warning null CN=keytype.example.com 的密钥类型无法识别，浏览器和云负载均衡都不支持');
  });

  it('exactly five names are listed whole, in both languages', async () => {
    const names = ['a', 'b', 'c', 'd', 'e'].map((x) => `${x}.five.example.com`);
    const r = await run({ cert: 'five-names.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, 'en', ['x.example.org']);
    expect(all(r)).toEqual([
      `domain-not-covered error SCM.0015 CN=five.example.com does not cover x.example.org; it covers ${names.join(', ')}`,
      `cn-not-in-san warning null the common name "five.example.com" is not among the subject alternative names (${names.join(', ')})`,
    ]);
    const zh = await run({ cert: 'five-names.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, 'zh', ['x.example.org']);
    expect(all(zh)).toEqual([
      `domain-not-covered error SCM.0015 CN=five.example.com 不包含 x.example.org；它包含的是 ${names.join('、')}`,
      `cn-not-in-san warning null 通用名称“five.example.com”不在备用名称（${names.join('、')}）之中`,
    ]);
  });
});

describeFixtures('a certificate with the issuer\'s name and no subject key identifier', () => {
  it('is judged by its signature, and said so (there is no key identifier to compare)', async () => {
    const r = await run({ cert: 'rsa.crt', key: 'rsa.key', chain: 'pki/inter-twin-no-ski.crt' });
    expect(all(r)).toEqual([
      'chain-broken error SCM.0079 CN=rsa.example.com names CN=SCM Test Intermediate R2 as its issuer, but its signature does not verify with the key of CN=SCM Test Intermediate R2 (certificate 1 in inter-twin-no-ski.crt): that certificate has the right name but is not the one that signed it',
    ]);
  });
});

describeFixtures('a cross-signed copy of the intermediate left over', () => {
  const pem = (rel: string): string => readFileSync(fixture(rel), 'utf8');
  // The other copy (same subject and key, issued by root B) is an alternative issuer, not a stranger.
  const chain = { source: 'chain.pem', data: Buffer.from(pem('pki/inter-rsa.crt') + pem('pki/inter-rsa-cross-b.crt')) };
  const now = new Date();

  it('sent as given: SCM refuses the copy, said as a copy (it did issue the leaf)', async () => {
    const r = await validateBundle({ cert: raw('cases/rsa.crt'), key: raw('cases/rsa.key'), chain }, { now });
    expect(all(r)).toEqual([
      'chain-broken error SCM.0079 CN=SCM Test Intermediate R2 (certificate 2 in chain.pem) is another copy of CN=SCM Test Intermediate R2 (same key, issued by CN=Unrelated Root B) next to the one issued by CN=SCM Test Root R1; SCM checks that each certificate is followed by its issuer, so it refuses the chain as given: remove one of them',
    ]);
  });

  it('read by content without root B: the first copy is sent, the other is not (info)', async () => {
    const r = await validateBundle({ files: [raw('cases/rsa.crt'), raw('cases/rsa.key'), chain] }, { now });
    expect(all(r)).toEqual([
      'chain-alternative-ignored info null CN=SCM Test Intermediate R2 (certificate 2 in chain.pem) is another copy of CN=SCM Test Intermediate R2 (same key, issued by CN=Unrelated Root B); the path uses the copy issued by CN=SCM Test Root R1, so this one is not sent',
    ]);
    expect(r.payload!.certificate_chain).toBe(pem('pki/inter-rsa.crt'));
  });
});

describeFixtures('a copy of the intermediate reissued by the same root, read by content', () => {
  const pem = (rel: string): string => readFileSync(fixture(rel), 'utf8');
  const until = (rel: string): string => new Date(new X509Certificate(pem(rel)).validTo).toISOString().slice(0, 10);
  const [usual, reissued] = ['pki/inter-rsa.crt', 'pki/inter-rsa-50y-same-root.crt'];
  const files = (order: string[]) => [raw('cases/rsa.crt'), raw('cases/rsa.key'), ...order.map((rel, i) => raw(rel, `${i + 1}.pem`))];

  it('both valid: the longer-lived copy is the path in either order, the other one copy too many', async () => {
    for (const order of [[reissued, usual], [usual, reissued]]) {
      const r = await validateBundle({ files: files(order) }, { now: new Date(), lang: 'en' });
      expect(all(r)).toEqual([
        `chain-alternative-ignored info null CN=SCM Test Intermediate R2 (certificate 1 in ${order.indexOf(reissued) + 1}.pem) is another copy of CN=SCM Test Intermediate R2 (same key, issued by CN=SCM Test Root R1 too, valid until ${until(reissued)}); one copy is enough, and the path uses the one valid until ${until(usual)}, so this one is not sent`,
      ]);
      expect(r.payload!.certificate_chain).toBe(pem(usual));
    }
  });

  it('given in order (both copies in one fullchain): refused as SCM does, saying which copy to remove and why, in both languages', async () => {
    const given = { cert: raw('cases/rsa.crt'), key: raw('cases/rsa.key'), chain: text(pem(reissued) + pem(usual), 'chain.pem') };
    const r = await validateBundle(given, { now: new Date(), lang: 'en' });
    expect(all(r)).toEqual([
      `chain-broken error SCM.0079 CN=SCM Test Intermediate R2 (certificate 1 in chain.pem) is another copy of CN=SCM Test Intermediate R2 (same key, issued by CN=SCM Test Root R1 too, valid until ${until(reissued)}) beside the copy valid until ${until(usual)}; SCM checks that each certificate is followed by its issuer, so it refuses the chain as given: remove this copy, the one that ends first`,
    ]);
    const later = new Date(Date.parse(new X509Certificate(pem(reissued)).validTo) + 86_400_000);
    const expired = await validateBundle(given, { now: later, lang: 'en' });
    expect(all(expired)[0]).toBe(`chain-broken error SCM.0079 CN=SCM Test Intermediate R2 (certificate 1 in chain.pem) is another copy of CN=SCM Test Intermediate R2 (same key, issued by CN=SCM Test Root R1 too) that expired on ${until(reissued)}, beside the copy valid until ${until(usual)}; SCM checks that each certificate is followed by its issuer, so it refuses the chain as given: remove this expired copy`);
    const zh = await validateBundle(given, { now: later, lang: 'zh' });
    expect(all(zh)[0]).toBe(`chain-broken error SCM.0079 CN=SCM Test Intermediate R2（chain.pem 中的第 1 张证书）是 CN=SCM Test Intermediate R2 的另一份副本（密钥相同，同样由 CN=SCM Test Root R1 签发），已于 ${until(reissued)} 过期，与有效期至 ${until(usual)} 的那一份同时存在；SCM 要求每张证书后面紧跟它的签发者，因此会拒绝这样的证书链：请删除这份已过期的副本`);
  });

  it('the clock past the copy\'s end: it expired, said with its date (zh)', async () => {
    const later = new Date(Date.parse(new X509Certificate(pem(reissued)).validTo) + 86_400_000);
    const r = await validateBundle({ files: files([reissued, usual]) }, { now: later, lang: 'zh' });
    expect(all(r)).toEqual([
      `chain-alternative-ignored info null CN=SCM Test Intermediate R2（1.pem 中的第 1 张证书）是 CN=SCM Test Intermediate R2 的另一份副本（密钥相同，同样由 CN=SCM Test Root R1 签发），已于 ${until(reissued)} 过期；证书路径使用的是有效期至 ${until(usual)} 的那一份，这一份不会被发送`,
    ]);
  });
});
