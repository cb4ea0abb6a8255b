// What the DER reader takes from certificates, pinned to exact values (issue #15, mutation testing): the key
// identifiers that link a chain, the signature algorithm, the public key's algorithm and curve, and the
// certificates of a PKCS#7 bundle. Hand-built DER gives each branch an input of its own; the generated
// certificates check the same functions on real files.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certKeyIds, certSignature, certSignatureOid, spkiAlgorithm } from '../../src/core/validate/der-cert.js';
import { isDerSequence, looksLikePkcs12, pkcs7Certs } from '../../src/core/validate/der-sniff.js';
import { scanPem } from '../../src/core/validate/pem.js';
import { oid, octet, seq, tlv } from '../helpers/der-build.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';

const h = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

const ALG = seq(oid('1.2.840.113549.1.1.11'), h('0500'));
/** A certificate's shape: tbs (version, serial, then the extensions given), algorithm, signature. */
const certWith = (extensions: Buffer[] | null, tail: Buffer = ALG): Buffer =>
  seq(seq(tlv(0xa0, h('020102')), h('020101'), ...(extensions ? [tlv(0xa3, seq(...extensions))] : [])), tail, h('0301 00'));
const ext = (id: string, ...rest: Buffer[]): Buffer => seq(oid(id), ...rest);
const SKI = '2.5.29.14';
const AKI = '2.5.29.35';

describe('certSignatureOid', () => {
  it('reads the algorithm after the tbsCertificate, and nothing from what is not a certificate', () => {
    expect(certSignatureOid(certWith(null))).toBe('1.2.840.113549.1.1.11');
    expect(certSignatureOid(certWith(null, tlv(0x31, oid('1.2.840.113549.1.1.11'))))).toBeUndefined();
    expect(certSignatureOid(certWith(null, seq(h('0500'))))).toBeUndefined();
    expect(certSignatureOid(seq(h('0500')))).toBeUndefined();
    expect(certSignatureOid(tlv(0x31, seq(), ALG))).toBeUndefined();
    expect(certSignatureOid(h('3003 0402 00'))).toBeUndefined();
    expect(certSignatureOid(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('certSignature', () => {
  const PSS = '1.2.840.113549.1.1.10';
  const hashAlg = (id: string): Buffer => tlv(0xa0, seq(oid(id), h('0500')));
  const mgf = (id: string): Buffer => tlv(0xa1, seq(oid('1.2.840.113549.1.1.8'), seq(oid(id), h('0500'))));
  const pss = (...params: Buffer[]): Buffer => certWith(null, seq(oid(PSS), ...params));
  it('reads the hash of an RSASSA-PSS signature from its parameters: SHA-1 when they leave it out (RFC 4055)', () => {
    expect(certSignature(pss(seq()))).toEqual({ name: 'rsassaPss', weak: 'SHA-1' });
    expect(certSignature(pss(seq(tlv(0xa2, h('020114')))))).toEqual({ name: 'rsassaPss', weak: 'SHA-1' });
    expect(certSignature(pss(seq(hashAlg('1.3.14.3.2.26'), mgf('1.3.14.3.2.26'))))).toEqual({ name: 'rsassaPss', weak: 'SHA-1' });
    expect(certSignature(pss(seq(hashAlg('1.2.840.113549.2.5'))))).toEqual({ name: 'rsassaPss', weak: 'MD5' });
    expect(certSignature(pss(seq(hashAlg('2.16.840.1.101.3.4.2.1'), mgf('2.16.840.1.101.3.4.2.1'), tlv(0xa2, h('020120')))))).toEqual({ name: 'rsassaPss' });
    // No parameters, or parameters that are not a SEQUENCE: nothing to read (OpenSSL cannot verify it either).
    expect(certSignature(pss())).toEqual({ name: 'rsassaPss' });
    expect(certSignature(pss(h('0500')))).toEqual({ name: 'rsassaPss' });
    expect(certSignature(pss(seq(tlv(0xa0, h('0500')))))).toEqual({ name: 'rsassaPss' });
  });

  it('names other algorithms by their OID alone', () => {
    expect(certSignature(certWith(null))).toEqual({ name: 'sha256WithRSAEncryption' });
    expect(certSignature(certWith(null, seq(oid('1.2.840.113549.1.1.5'), seq())))).toEqual({ name: 'sha1WithRSAEncryption', weak: 'SHA-1' });
    expect(certSignature(Buffer.alloc(0))).toEqual({ name: null });
  });
});

describe('certKeyIds', () => {
  it('reads the subject and authority key identifiers, critical or not', () => {
    const der = certWith([
      ext('2.5.29.19', octet(seq())),
      ext(SKI, h('0101ff'), octet(octet(h('0102030405')))),
      ext(AKI, octet(seq(tlv(0x80, h('a1a2a3')), tlv(0xa1, h('0500')), tlv(0x82, h('01'))))),
    ]);
    expect(certKeyIds(der)).toEqual({ ski: '0102030405', aki: 'a1a2a3' });
  });

  it('finds the keyIdentifier wherever it sits in the authority key identifier', () => {
    expect(certKeyIds(certWith([ext(AKI, octet(seq(tlv(0xa1, h('0500')), tlv(0x80, h('beef')))))]))).toEqual({ aki: 'beef' });
  });

  it('ignores identifiers of the wrong shape, and other extensions', () => {
    const cases: Buffer[][] = [
      [ext(SKI, seq(octet(h('01'))))], // value not an OCTET STRING
      [ext(SKI, octet(seq(h('0500'))))], // SKI not an OCTET STRING inside
      [ext(SKI, octet())], // nothing inside
      [ext(AKI, octet(seq(tlv(0xa1, h('0500')), tlv(0x82, h('01')))))], // issuer and serial only
      [ext(AKI, octet(octet(tlv(0x80, h('01')))))], // AKI not a SEQUENCE inside
      [ext('2.5.29.17', octet(octet(h('01'))))], // another extension of the same shape as a SKI
      [ext('2.5.29.17', octet(seq(tlv(0x80, h('01')))))], // ... and of an AKI
      [seq(h('0500'), h('02'))], // an extension that does not parse
      [ext(AKI, octet(tlv(0x30, h('8005aa'))))], // an AKI whose fields do not parse
    ];
    for (const exts of cases) expect(certKeyIds(certWith(exts)), exts[0]!.toString('hex')).toEqual({});
  });

  it('reads a key identifier as itself, even when its bytes look like DER', () => {
    expect(certKeyIds(certWith([ext(SKI, octet(octet(h('8002abcd'))))]))).toEqual({ ski: '8002abcd' });
  });

  it('finds nothing without extensions or a certificate', () => {
    expect(certKeyIds(certWith(null))).toEqual({});
    expect(certKeyIds(h('3000'))).toEqual({});
    expect(certKeyIds(h('0000'))).toEqual({});
    expect(certKeyIds(seq(seq(tlv(0xa3, h('0500')))))).toEqual({});
  });
});

describe('spkiAlgorithm', () => {
  it('gives the algorithm, and the curve when the parameters name one', () => {
    const spki = (alg: Buffer) => seq(alg, h('0302 0000'));
    expect(spkiAlgorithm(spki(seq(oid('1.2.840.10045.2.1'), oid('1.2.840.10045.3.1.7'))))).toEqual({ algorithm: '1.2.840.10045.2.1', curve: '1.2.840.10045.3.1.7' });
    expect(spkiAlgorithm(spki(seq(oid('1.2.840.113549.1.1.1'), h('0500'))))).toEqual({ algorithm: '1.2.840.113549.1.1.1' });
    expect(spkiAlgorithm(spki(seq(oid('1.3.101.112'))))).toEqual({ algorithm: '1.3.101.112' });
    expect(spkiAlgorithm(spki(tlv(0x31, oid('1.3.101.112'))))).toEqual({});
    expect(spkiAlgorithm(spki(seq(h('0500'), oid('1.3.101.112'))))).toEqual({});
    expect(spkiAlgorithm(spki(seq()))).toEqual({});
    expect(spkiAlgorithm(h('3000'))).toEqual({});
    expect(spkiAlgorithm(Buffer.alloc(0))).toEqual({});
  });
});

const SIGNED_DATA = '1.2.840.113549.1.7.2';
const p7 = (signed: Buffer, type = SIGNED_DATA): Buffer => seq(oid(type), tlv(0xa0, signed));

describe('pkcs7Certs', () => {
  it('gives the certificates of a SignedData, skipping what is not a SEQUENCE', () => {
    const a = seq(h('0201 01'));
    const b = seq(h('0201 02'));
    const signed = seq(h('020101'), tlv(0x31), seq(oid('1.2.840.113549.1.7.1')), tlv(0xa0, a, h('0500'), b), tlv(0x31));
    expect(pkcs7Certs(p7(signed))?.map((c) => c.toString('hex'))).toEqual([a.toString('hex'), b.toString('hex')]);
  });

  it('gives none for a SignedData without certificates, and undefined for what is not one', () => {
    expect(pkcs7Certs(p7(seq(h('020101'), tlv(0x31))))).toEqual([]);
    expect(pkcs7Certs(p7(seq(h('020101')), '1.2.840.113549.1.7.1'))).toBeUndefined();
    expect(pkcs7Certs(seq(oid(SIGNED_DATA), tlv(0xa1, seq())))).toBeUndefined();
    expect(pkcs7Certs(seq(oid(SIGNED_DATA)))).toBeUndefined();
    expect(pkcs7Certs(Buffer.concat([p7(seq()), h('00')]))).toBeUndefined();
    expect(pkcs7Certs(p7(h('0500')))).toEqual([]);
    expect(pkcs7Certs(p7(seq(h('020101'), tlv(0xa0, h('3005 00')))))).toEqual([]);
    expect(pkcs7Certs(p7(h('3003 0500 02')))).toBeUndefined();
    expect(pkcs7Certs(h('0500'))).toBeUndefined();
  });
});

describeFixtures('DER facts of generated certificates', () => {
  const pem = (rel: string) => scanPem(readFileSync(fixture(rel), 'utf8')).blocks.map((b) => b.der!);

  it('links a leaf to its intermediate and the intermediate to its root by key identifier', () => {
    const [leaf] = pem('cases/rsa.crt');
    const [inter, root] = pem('cases/rsa-chain-with-root.pem');
    const ids = [leaf, inter, root].map((c) => certKeyIds(c!));
    expect(ids[0]!.aki).toMatch(/^[0-9a-f]{40}$/);
    expect(ids[0]!.aki).toBe(ids[1]!.ski);
    expect(ids[1]!.aki).toBe(ids[2]!.ski);
    expect(ids[1]!.ski).not.toBe(ids[2]!.ski);
    expect(certSignatureOid(leaf!)).toBe('1.2.840.113549.1.1.11');
    expect(certSignatureOid(pem('cases/sha1.crt')[0]!)).toBe('1.2.840.113549.1.1.5');
    expect(certSignature(pem('cases/pss-sha1.crt')[0]!)).toEqual({ name: 'rsassaPss', weak: 'SHA-1' });
    expect(certSignature(pem('cases/pss-sha256.crt')[0]!)).toEqual({ name: 'rsassaPss' });
  });

  it('reads the algorithm and curve of real public keys', () => {
    const spki = (rel: string) => new X509Certificate(readFileSync(fixture(rel))).publicKey.export({ type: 'spki', format: 'der' });
    expect(spkiAlgorithm(spki('cases/rsa.crt'))).toEqual({ algorithm: '1.2.840.113549.1.1.1' });
    expect(spkiAlgorithm(spki('cases/ec256.crt'))).toEqual({ algorithm: '1.2.840.10045.2.1', curve: '1.2.840.10045.3.1.7' });
    expect(spkiAlgorithm(spki('cases/ed25519.crt'))).toEqual({ algorithm: '1.3.101.112' });
  });

  it('gives the certificates of an openssl .p7b in file order', () => {
    const certs = pkcs7Certs(readFileSync(fixture('cases/rsa-chain.p7b')));
    expect(certs?.map((c) => c.toString('hex'))).toEqual(pem('cases/rsa-chain-with-root.pem').map((c) => c.toString('hex')));
    expect(isDerSequence(readFileSync(fixture('cases/rsa.der')))).toBe(true);
    expect(looksLikePkcs12(readFileSync(fixture('pfx/rsa.pfx')))).toBe(true);
    expect(looksLikePkcs12(readFileSync(fixture('cases/rsa.der')))).toBe(false);
  });
});
