// Names in chain findings and the chain lines: a CA is called by its CN, unless another name in the bundle has the
// same CN (another CA with the same CN, or the same RDNs in another order): then both are shown in full.
import { expect, it } from 'vitest';
import { check, describeFixtures, triples, expected } from '../helpers/fixtures.js';

const [BROKEN] = expected(['chain-broken']);
const given = (chain: string) => ({ cert: 'demo-leaf.crt', key: '../keys/dup-chain-leaf.key', chain: `pki/${chain}` });

describeFixtures('names that read alike', () => {
  it.each([
    ['demo-ca-other.crt', 'C=US, O=Other, CN=Demo CA'],
    ['demo-ca-reversed.crt', 'CN=Demo CA, O=Demo, C=CN'],
  ])('the chain holds %s: the issuer and what is held are named in full, in the message and the chain lines', async (file, held) => {
    const r = await check(given(file));
    expect(triples(r)).toEqual([BROKEN]);
    expect(r.findings[0]!.message).toBe(`CN=www.example.com was issued by C=CN, O=Demo, CN=Demo CA, which is not in the chain (it holds ${held})`);
    expect(r.certificate!.chain).toEqual([
      'CN=www.example.com (leaf, EC P-256)',
      'C=CN, O=Demo, CN=Demo CA (issuer of CN=www.example.com, not included)',
      `${held} (not part of the chain)`,
    ]);
    const zh = await check(given(file), { lang: 'zh' });
    expect(zh.findings[0]!.message).toBe(`CN=www.example.com 的签发者 C=CN, O=Demo, CN=Demo CA 不在证书链中（证书链中有 ${held}）`);
  });

  it('names that differ in their CN keep the short form', async () => {
    const r = await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'pki/inter-b.crt' });
    expect(r.findings[0]!.message).toBe('CN=rsa.example.com was issued by CN=SCM Test Intermediate R2, which is not in the chain (it holds CN=Unrelated Intermediate B)');
  });
});
