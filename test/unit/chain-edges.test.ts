// Chain analysis at its edges, with the exact findings: duplicates (said only for a file given in order),
// certificates that are not CAs among files read by content, a self-signed leaf with CA certificates beside it.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { validateBundle } from '../../src/core/validate/index.js';
import { check, describeFixtures, expected, fixture, raw, triples } from '../helpers/fixtures.js';

const pem = (rel: string): string => readFileSync(fixture(rel), 'utf8');
const [ROOT, SHORT, BROKEN, UNRELATED, DUPLICATE, MISSING] = expected([
  'chain-includes-root', 'chain-too-short', 'chain-broken', 'chain-unrelated-cert', 'chain-duplicate', 'chain-missing-intermediate',
]);

describeFixtures('chain edges', () => {
  const P: Record<string, string> = { L: pem('cases/rsa.crt'), I: pem('pki/inter-rsa.crt'), R: pem('pki/root-rsa.crt'), B: pem('pki/inter-b.crt'), E: pem('cases/ec256.crt') };
  const key = raw('cases/rsa.key');
  const now = new Date();
  const oneFile = async (order: string) => validateBundle({ cert: { source: 'fullchain.pem', data: Buffer.from([...order].map((x) => P[x]).join('')) }, key }, { now });
  const together = async (order: string) => validateBundle({ files: [...order].map((x, i) => ({ source: `${i}-${x}.pem`, data: Buffer.from(P[x]!) })), key }, { now });

  it.each([
    // order, in one file, read by content
    ['LIIR', [DUPLICATE, ROOT], [ROOT]],
    ['LLI', [DUPLICATE], []],
    ['LE', [BROKEN], [SHORT, UNRELATED]],
    ['LB', [BROKEN], [BROKEN]],
    ['LBE', [BROKEN], [BROKEN, UNRELATED]], // another leaf in an ordered file is no stray when the issuer is missing already
  ])('%s: one file %j, read by content %j', async (order, inFile, byContent) => {
    expect(triples(await oneFile(order)), 'one file').toEqual(inFile);
    expect(triples(await together(order)), 'by content').toEqual(byContent);
  });

  it('a duplicate is named where it is, and where it was first', async () => {
    const r = await oneFile('LIIR');
    expect(r.findings[0]!.message).toMatch(/CN=SCM Test Intermediate R1|Intermediate/);
    expect(r.findings[0]!.message).toMatch(/fullchain\.pem/);
  });

  it('a self-signed leaf with CA certificates beside it: broken, saying it is self-signed', async () => {
    const r = await check({ cert: 'self-signed.crt', key: 'rsa.key', chain: 'rsa-chain.pem' });
    expect(triples(r)).toEqual([BROKEN]);
    expect(r.findings[0]!.message).toBe('CN=self.example.com is self-signed, so no certificate in the chain can be its issuer (it holds CN=SCM Test Intermediate R2)');
    const plain = await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'pki/inter-b.crt' });
    expect(triples(plain)).toEqual([BROKEN]);
    expect(plain.findings[0]!.message).not.toMatch(/self-signed/);
  });

  it('files with only a CA-issued leaf name the files looked in; a self-signed leaf (leaf-only) is said self-signed instead', async () => {
    const r = await check({ files: ['rsa.crt', 'rsa.key'] });
    expect(triples(r)).toEqual([SHORT]);
    expect(r.findings[0]!.message).toBe('CN=rsa.example.com would be uploaded alone: there is no intermediate certificate among rsa.crt, rsa.key, and SCM refuses a chain of length 1');
    const self = await check({ dir: 'leaf-only' });
    expect(triples(self)).toEqual([SHORT]);
    expect(self.findings[0]!.message).toMatch(/^CN=self\.example\.com is self-signed and would be uploaded alone/);
  });

  it('another CA\'s intermediate read by content is not sent (a warning), not a missing intermediate: the path is judged alone', async () => {
    const r = await together('LIB');
    expect(triples(r)).toEqual([UNRELATED]);
    expect(r.payload!.certificate_chain).toBe(P.I);
    // The same in one file given in order is sent, so it is the hole SCM refuses.
    expect(triples(await oneFile('LIB'))).toEqual([MISSING]);
  });

  it('the chain lines of the summary: each certificate with its role, the issuer left out, what is not sent', async () => {
    const L = 'CN=rsa.example.com (leaf, RSA 2048)';
    const I = 'CN=SCM Test Intermediate R2 (intermediate, RSA 2048)';
    const notIncluded = 'O=scm fixtures, CN=SCM Test Root R1 (issuer of CN=SCM Test Intermediate R2, not included)';
    expect((await oneFile('LI')).certificate!.chain).toEqual([L, I, notIncluded]);
    expect((await oneFile('LIR')).certificate!.chain).toEqual([L, I, 'CN=SCM Test Root R1 (root, RSA 2048)']);
    expect((await together('LIE')).certificate!.chain).toEqual([L, I, notIncluded, 'CN=ec.example.com (not part of the chain, not sent)']);
    expect((await check({ cert: 'self-signed.crt', key: 'rsa.key' })).certificate!.chain).toEqual(['CN=self.example.com (leaf, RSA 2048)']);
  });
});
