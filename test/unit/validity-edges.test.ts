// Validity at the exact instants: a certificate is valid from its notBefore to its notAfter, both included
// (expired only after notAfter, not yet valid only before notBefore), for the leaf and for the chain.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { check, describeFixtures, fixture, triples, type Parts } from '../helpers/fixtures.js';

const x = (rel: string): X509Certificate => new X509Certificate(readFileSync(fixture(rel)));
const at = (d: Date, ms = 0): Date => new Date(d.getTime() + ms);
const SOON = 'cert-expiring-soon warning null';
const CHAIN_EXPIRED = 'chain-cert-expired warning null';

describeFixtures('validity at the exact instants', () => {
  const OK: Parts = { cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-chain.pem' };
  const leafFrom = new Date(x('cases/rsa.crt').validFrom);
  const leafTo = new Date(x('cases/rsa.crt').validTo);
  /** The leaf's own findings (the intermediate of rsa-chain.pem is made in the same second as the leaf). */
  const leafOnly = async (now: Date): Promise<string[]> => triples(await check(OK, { now })).filter((t) => t.startsWith('cert-'));

  it.each([
    ['at the leaf\'s notBefore', () => leafFrom, []],
    ['a millisecond before it', () => at(leafFrom, -1), ['cert-not-yet-valid warning null']],
    ['at the leaf\'s notAfter', () => leafTo, [SOON]],
    ['a millisecond after it', () => at(leafTo, 1), ['cert-expired error null']],
  ])('leaf %s', async (_, now, findings) => {
    expect(await leafOnly(now())).toEqual(findings);
  });

  // An intermediate that expires decades before its leaf (36000 days against 36500).
  const SHORT: Parts = { cert: 'short-chain-leaf.crt', key: 'rsa.key', chain: 'short-chain.pem' };
  const interTo = new Date(x('pki/inter-short.crt').validTo);

  it('chain: at the intermediate\'s notAfter it is valid, a millisecond later it has expired', async () => {
    expect(interTo.getTime()).toBeLessThan(new Date(x('cases/short-chain-leaf.crt').validTo).getTime() - 86_400_000 * 365);
    // Valid still, and about to expire long before its leaf: chain-cert-expiring-soon.
    expect(triples(await check(SHORT, { now: interTo }))).toEqual(['chain-cert-expiring-soon warning null']);
    expect(triples(await check(SHORT, { now: at(interTo, 1) }))).toEqual([CHAIN_EXPIRED]);
  });

  it('an expired intermediate: the message says what clients do with the chain (refuse it, unless they find another path), en and zh', async () => {
    const day = interTo.toISOString().slice(0, 10);
    const [en] = (await check(SHORT, { now: at(interTo, 1) })).findings;
    expect(en!.message).toBe(`CN=SCM Short-lived Intermediate in the chain expired on ${day}: clients refuse the chain as it is sent (OpenSSL: "certificate has expired", verify error 10), unless they build another path to a root they trust without it, as a browser may from a current certificate of this CA it holds`);
    const [zh] = (await check(SHORT, { now: at(interTo, 1), lang: 'zh' })).findings;
    expect(zh!.message).toBe(`证书链中的 CN=SCM Short-lived Intermediate 已于 ${day} 过期：客户端会拒绝按原样发送的这条证书链（OpenSSL 报错 \`certificate has expired\`，即校验错误 10），除非它们不经过这张证书，另行构建一条通往所信任根证书的路径，浏览器可能用它持有的该 CA 的当前证书做到这一点`);
  });
});
