// Certificates with an empty subject (RFC 5280 allows it beside a critical SAN; Let's Encrypt's short-lived
// profile issues them) or an empty issuer: they parse, are named by their SAN (else their fingerprint) in
// words that need no translating, and get exactly the findings a named certificate would.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { certFromDer, keyIdsOf } from '../../src/core/validate/model.js';
import { emptyIssuerName } from '../../src/core/validate/names.js';
import { scanPem } from '../../src/core/validate/pem.js';
import { check, describeFixtures, fixture, triples } from '../helpers/fixtures.js';

const certOf = (rel: string) => certFromDer(scanPem(readFileSync(fixture(rel), 'utf8')).blocks[0]!.der!, 'x.pem', 1);
/** "SHA-256 AB:CD:..." (8 bytes), as the summary's SHA-256 line starts. */
const short = (rel: string): string => `SHA-256 ${new X509Certificate(readFileSync(fixture(rel))).fingerprint256.slice(0, 23)}`;
const INTER = 'CN=SCM Test Intermediate R2';
const ROOT_LINE = 'O=scm fixtures, CN=SCM Test Root R1 (issuer of CN=SCM Test Intermediate R2, not included)';

describeFixtures('an empty subject', () => {
  it('with a critical SAN: named by its first SAN, its own issuer\'s name kept, not self-signed', () => {
    const c = certOf('cases/empty-subject.crt');
    expect({ name: c.name, issuerName: c.issuerName, selfSigned: c.selfSigned, ca: c.ca }).toEqual({
      name: 'DNS:empty.example.com', issuerName: INTER, selfSigned: false, ca: false,
    });
  });

  it.each([
    ['--cert, --chain, --key', { cert: 'empty-subject.crt', chain: 'rsa-chain.pem', key: 'rsa.key' }],
    ['a bundle folder', { dir: 'empty-subject' }],
  ])('%s: no finding at all; the summary\'s names come from the SAN', async (_, parts) => {
    const r = await check(parts);
    expect(triples(r)).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.certificate).toMatchObject({
      subject: '',
      issuer: 'O=scm fixtures, CN=SCM Test Intermediate R2',
      names: ['empty.example.com', 'www.empty.example.com'],
      chain: ['DNS:empty.example.com (leaf, RSA 2048)', `${INTER} (intermediate, RSA 2048)`, ROOT_LINE],
    });
  });

  it('--domain is judged on the SAN, with the SAN name in the message', async () => {
    const r = await check({ cert: 'empty-subject.crt', chain: 'rsa-chain.pem', key: 'rsa.key' }, { domains: ['www.empty.example.com', 'other.example.com'] });
    expect(triples(r)).toEqual(['domain-not-covered error SCM.0015']);
    expect(r.findings[0]!.message).toBe('DNS:empty.example.com does not cover other.example.com; it covers empty.example.com, www.empty.example.com');
  });

  it('with no SAN either: one cert-no-domain, naming it by fingerprint in both languages', async () => {
    const parts = { cert: 'empty-subject-no-san.crt', chain: 'rsa-chain.pem', key: 'rsa.key' };
    const name = short('cases/empty-subject-no-san.crt');
    expect(certOf('cases/empty-subject-no-san.crt').name).toBe(name);
    const en = await check(parts);
    expect(triples(en)).toEqual(['cert-no-domain error SCM.0009']);
    expect(en.findings[0]!.message).toBe(`${name} has no DNS subject alternative name and no common name`);
    expect(en.certificate).toMatchObject({ subject: '', names: [] });
    const zh = await check(parts, { lang: 'zh' });
    expect(triples(zh)).toEqual(['cert-no-domain error SCM.0009']);
    expect(zh.findings[0]!.message).toBe(`${name} 既没有 DNS 备用名称，也没有通用名称`);
  });

  it('with an IP address as its only SAN: named by it, and cert-no-domain lists it', async () => {
    expect(certOf('cases/empty-subject-ip.crt').name).toBe('IP:10.0.0.3');
    const r = await check({ cert: 'empty-subject-ip.crt', chain: 'rsa-chain.pem', key: 'rsa.key' });
    expect(triples(r)).toEqual(['cert-no-domain error SCM.0009']);
    expect(r.findings[0]!.message).toBe('IP:10.0.0.3 has no DNS subject alternative name and no common name (only IP addresses: 10.0.0.3)');
    expect(r.certificate!.names).toEqual(['10.0.0.3']);
  });
});

describeFixtures('empty subject and issuer: self-signed only when the signature says so', () => {
  it('signed by its own key: self-signed, its issuer named as itself; alone it is chain-too-short, said as self-signed', async () => {
    const c = certOf('cases/empty-subject-self-signed.crt');
    expect({ name: c.name, issuerName: c.issuerName, selfSigned: c.selfSigned }).toEqual({
      name: 'DNS:self-empty.example.com', issuerName: 'DNS:self-empty.example.com', selfSigned: true,
    });
    const r = await check({ cert: 'empty-subject-self-signed.crt', key: 'rsa.key' });
    expect(triples(r)).toEqual(['chain-too-short error SCM.0109']);
    expect(r.findings[0]!.message).toMatch(/^DNS:self-empty\.example\.com is self-signed and would be uploaded alone/);
    expect(r.certificate).toMatchObject({ subject: '', issuer: '', chain: ['DNS:self-empty.example.com (leaf, RSA 2048)'] });
  });

  it('SM2 (Node 20 cannot verify it): two empty names alone do not make it self-signed', async () => {
    const c = certOf('cases/empty-subject-sm2-self-issued.crt');
    expect({ name: c.name, selfSigned: c.selfSigned, sm2: c.sm2 }).toEqual({ name: 'DNS:sm2-empty.example.com', selfSigned: false, sm2: true });
    // A named self-issued SM2 certificate still counts as self-signed.
    expect(certOf('cases/sm2-self-signed.crt').selfSigned).toBe(true);
  });

  it('a root with an empty name: self-signed, named by its fingerprint', () => {
    const root = certOf('pki/empty-name-root.crt');
    const name = short('pki/empty-name-root.crt');
    expect({ name: root.name, issuerName: root.issuerName, selfSigned: root.selfSigned, ca: root.ca }).toEqual({ name, issuerName: name, selfSigned: true, ca: true });
  });

  it('a leaf whose issuer is empty: the issuer named by its key identifier; with that root given the chain holds', async () => {
    const root = certOf('pki/empty-name-root.crt');
    const ski = keyIdsOf(root).ski!.toUpperCase().replace(/(..)(?!$)/g, '$1:');
    const leaf = certOf('cases/empty-issuer.crt');
    expect([leaf.name, leaf.issuerName]).toEqual(['CN=emptyissuer.example.com', `keyid:${ski}`]);
    const alone = await check({ cert: 'empty-issuer.crt', key: 'rsa.key' });
    expect(triples(alone)).toEqual(['chain-too-short error SCM.0109']);
    expect(alone.certificate).toMatchObject({ issuer: '', chain: ['CN=emptyissuer.example.com (leaf, RSA 2048)', `keyid:${ski} (issuer of CN=emptyissuer.example.com, not included)`] });
    const withRoot = await check({ cert: 'empty-issuer.crt', chain: 'pki/empty-name-root.crt', key: 'rsa.key' });
    expect(triples(withRoot)).toEqual([]); // the root signed the leaf: it is the whole chain, nothing to drop
    expect(withRoot.certificate!.chain).toEqual(['CN=emptyissuer.example.com (leaf, RSA 2048)', `${short('pki/empty-name-root.crt')} (root, EC P-256)`]);
  });
});

it('an empty issuer without a key identifier is said as "" (no name to give), a self-signed one as itself', () => {
  expect(emptyIssuerName(undefined, false, 'DNS:a.example')).toBe('""');
  expect(emptyIssuerName('0a1b', true, 'DNS:a.example')).toBe('DNS:a.example');
  expect(emptyIssuerName('0a1b2c', false, 'DNS:a.example')).toBe('keyid:0A:1B:2C');
});
