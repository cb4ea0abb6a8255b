// The rules at their edges: documented name and ID forms, wildcard and Unicode coverage, the --warn-days
// threshold, expiry, SHA-1 roots (really signed with SHA-1), keys of every algorithm, chain and PKCS#12 order.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { certSignatureOid, signatureInfo } from '../../src/core/validate/der-cert.js';
import { check, describeFixtures, expected, find, fixture, ruleIds, triples, type Parts } from '../helpers/fixtures.js';

const DAY = 86_400_000;
const cert = (rel: string): X509Certificate => new X509Certificate(readFileSync(fixture(rel)));
const dates = (rel: string): { from: Date; to: Date } => {
  const x = cert(`cases/${rel}`);
  return { from: new Date(x.validFrom), to: new Date(x.validTo) };
};
const OK: Parts = { cert: 'rsa-fullchain.pem', key: 'rsa.key' };

describeFixtures('validate rule boundaries', () => {
  it('accepts the documented name and enterprise project ID forms, and not one character more', async () => {
    for (const name of ['abc', 'a'.repeat(63), 'Example_com-2026.v1']) expect(ruleIds(await check(OK, { name }))).toEqual([]);
    for (const name of ['ab', 'a'.repeat(64), 'a b']) expect(ruleIds(await check(OK, { name }))).toEqual(['name-invalid']);
    for (const id of ['0', 'all', '3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b']) expect(ruleIds(await check(OK, { enterpriseProjectId: id }))).toEqual([]);
  });

  it('wildcards cover exactly one level, case-insensitively', async () => {
    const wild: Parts = { cert: 'wildcard.crt', key: 'rsa.key', chain: 'rsa-chain.pem' };
    expect(ruleIds(await check(wild, { domains: ['API.wild.example.com', 'wild.example.com', '*.wild.example.com'] }))).toEqual([]);
    const r = await check(wild, { domains: ['example.com', 'a.b.wild.example.com'] });
    expect(triples(r)).toEqual(expected(['domain-not-covered', 'domain-not-covered']));
  });

  it('compares a Unicode --domain in punycode (no false SCM.0015)', async () => {
    const idn: Parts = { cert: 'idn-punycode.crt', key: 'rsa.key', chain: 'rsa-chain.pem' };
    expect(triples(await check(idn, { domains: ['bücher.example.com', 'www.bücher.example.com', 'xn--bcher-kva.example.com'] }))).toEqual([]);
    expect(triples(await check(idn, { domains: ['bucher.example.com'] }))).toEqual(expected(['domain-not-covered']));
  });

  it('counts SANs for --domain-count, the CN when there are none', async () => {
    expect(ruleIds(await check(OK, { domainCount: 2 }))).toEqual([]);
    expect(ruleIds(await check({ cert: 'cn-only.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, { domainCount: 1, domains: ['cnonly.example.com'] }))).toEqual(['cert-no-san']);
  });

  it('warns from --warn-days on, and not a second earlier', async () => {
    const { to } = dates('rsa.crt');
    expect(ruleIds(await check(OK, { now: new Date(to.getTime() - 30 * DAY) }))).toEqual([]);
    expect(ruleIds(await check(OK, { now: new Date(to.getTime() - 30 * DAY + 1000) }))).toEqual(['cert-expiring-soon']);
    expect(ruleIds(await check(OK, { now: new Date(to.getTime() - 10 * DAY), warnDays: 5 }))).toEqual([]);
  });

  it('an expired certificate is one error (code null), not also "expiring"; with --target the same single finding says so', async () => {
    const short: Parts = { cert: 'short-fullchain.pem', key: 'rsa.key' };
    const now = new Date(dates('short-leaf.crt').to.getTime() + DAY);
    expect(triples(await check(short, { now }))).toEqual(expected(['cert-expired']));
    expect(triples(await check(short, { now, target: 'CDN' }))).toEqual(expected(['target-cert-expired']));
    expect(find(await check(short, { now }), 'cert-expired')).toMatchObject({ severity: 'error', code: null });
  });

  it('does not count the SHA-1 self-signature of an included root as weak (the fixture root is signed with SHA-1)', async () => {
    expect(signatureInfo(certSignatureOid(cert('pki/sha1-root.crt').raw)).weak).toBe('SHA-1');
    const r = await check({ cert: 'under-sha1-root.crt', key: 'rsa.key', chain: 'sha1-root-chain.pem' });
    expect(triples(r)).toEqual(expected(['chain-includes-root']));
  });

  it('matches keys of every supported algorithm, mixed chains included', async () => {
    const pairs: Array<[Parts, string[]]> = [
      [{ cert: 'rsa4096.crt', key: 'rsa4096.key', chain: 'rsa-chain.pem' }, []],
      [{ cert: 'ec384.crt', key: 'ec384.key', chain: 'ec-chain.pem' }, []],
      [{ cert: 'ec521-under-rsa.crt', key: 'ec521.key', chain: 'rsa-chain.pem' }, []],
      [{ cert: 'ed25519.crt', key: 'ed25519.key', chain: 'rsa-chain.pem' }, ['key-type-unsupported']],
      [{ cert: 'sm2.crt', key: 'sm2.key', chain: 'sm2-chain.pem' }, ['sm2-signature-unverified']],
    ];
    for (const [parts, rules] of pairs) expect(triples(await check(parts)), parts.cert).toEqual(expected(rules));
  });

  it('a complete chain given in any order is misordered once, never broken, unrelated or missing', async () => {
    for (const parts of [{ cert: 'rsa-fullchain-misordered.pem', key: 'rsa.key' }, { cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-chain-reversed.pem' }]) {
      expect(triples(await check(parts))).toEqual(expected(['chain-misordered', 'chain-includes-root']));
    }
  });

  it('an extra certificate from another CA is never called misordered', async () => {
    const r = await check({ cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-chain-plus-unrelated.pem' });
    expect(ruleIds(r)).toEqual(['chain-missing-intermediate']);
    expect(r.findings[0]!.message).toMatch(/or remove CN=Unrelated Intermediate B if it does not belong to this chain/);
  });

  it('PKCS#12 has no order: root first is accepted and sent in issuing order, leaf first', async () => {
    for (const pfx of ['rsa.pfx', 'root-first.pfx']) {
      const r = await check({ pfx, pfxPassword: 'secret' });
      expect(triples(r), pfx).toEqual(expected(['input-converted', 'chain-includes-root']));
      expect(new X509Certificate(r.payload!.certificate).subject).toBe('CN=rsa.example.com');
      expect(r.payload!.certificate_chain).toBe(readFileSync(fixture('cases/rsa-chain-with-root.pem'), 'utf8'));
    }
  });

  it('names a root only when it is self-signed', async () => {
    const r = await check({ cert: 'deep-leaf.crt', key: 'deep-leaf.key', chain: 'deep-chain-full.pem' });
    expect(triples(r)).toEqual([]);
    expect(r.certificate!.chain).toEqual([
      'CN=deep.example.com (leaf, EC P-256)',
      'CN=SCM Deep Intermediate 3 (intermediate, EC P-256)',
      'CN=SCM Deep Intermediate 2 (intermediate, EC P-256)',
      'CN=SCM Deep Intermediate 1 (intermediate, EC P-256)',
      'O=scm fixtures, CN=SCM Test Root R1 (issuer of CN=SCM Deep Intermediate 1, not included)',
    ]);
    const gap = await check({ cert: 'deep-leaf.crt', key: 'deep-leaf.key', chain: 'deep-chain-gap.pem' });
    expect(gap.certificate!.chain.some((line) => /Deep Intermediate 1 \(root/.test(line))).toBe(false);
  });
});
