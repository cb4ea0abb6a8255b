// Validity at the exact instants: a certificate is valid from its notBefore to its notAfter, both included
// (expired only after notAfter, not yet valid only before notBefore), for the leaf and for the chain.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { check, describeFixtures, fixture, triples, type Parts } from '../helpers/fixtures.js';

const x = (rel: string): X509Certificate => new X509Certificate(readFileSync(fixture(rel)));
const OK: Parts = { cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-chain.pem' };
const SOON = 'cert-expiring-soon warning null';
const CHAIN_EXPIRED = 'chain-cert-expired warning null';

describeFixtures('validity at the exact instants', () => {
  const leafFrom = new Date(x('cases/rsa.crt').validFrom);
  const leafTo = new Date(x('cases/rsa.crt').validTo);
  const interTo = new Date(x('pki/inter-rsa.crt').validTo);

  it('the fixtures: the intermediate expires one second before the leaf', () => {
    expect(leafTo.getTime() - interTo.getTime()).toBe(1000);
  });

  it.each([
    ['at the leaf\'s notBefore', () => leafFrom, []],
    ['a millisecond before it', () => new Date(leafFrom.getTime() - 1), ['cert-not-yet-valid warning null']],
    ['at the intermediate\'s notAfter', () => interTo, [SOON]],
    ['a millisecond after it', () => new Date(interTo.getTime() + 1), [SOON, CHAIN_EXPIRED]],
    ['at the leaf\'s notAfter', () => leafTo, [SOON, CHAIN_EXPIRED]],
    ['a millisecond after it', () => new Date(leafTo.getTime() + 1), ['cert-expired error null', CHAIN_EXPIRED]],
  ])('%s', async (_, now, findings) => {
    expect(triples(await check(OK, { now: now() })).filter((t) => !t.startsWith('chain-includes-root'))).toEqual(findings);
  });
});
