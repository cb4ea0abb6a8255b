// The certificate model (model.ts): the key description every message and summary shows ("RSA 2048",
// "EC P-256", "SM2"), the names shown for subjects and issuers, the SANs, the CA and self-signed flags, and a
// certificate met twice in a bundle being one Cert with the first place it was found.
import { createPrivateKey } from 'node:crypto';
import { expect, it } from 'vitest';
import { altNames, certFromDer, commonName, describeKey, dnName, oneLine } from '../../src/core/validate/model.js';
import { scanPem } from '../../src/core/validate/pem.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes } from '../helpers/named-files.js';

const derOf = (rel: string): Buffer => scanPem(bytes(rel).toString()).blocks[0]!.der!;
const certOf = (rel: string, source = 'x.pem', position = 1) => certFromDer(derOf(rel), source, position);

describeFixtures('key descriptions', () => {
  it.each([
    ['rsa.crt', { type: 'RSA', bits: 2048, text: 'RSA 2048' }],
    ['rsa4096.crt', { type: 'RSA', bits: 4096, text: 'RSA 4096' }],
    ['rsapss.crt', { type: 'RSA-PSS', bits: 2048, text: 'RSA-PSS 2048' }],
    ['ec256.crt', { type: 'EC', bits: 256, text: 'EC P-256', curve: 'P-256' }],
    ['ec384.crt', { type: 'EC', bits: 384, text: 'EC P-384', curve: 'P-384' }],
    ['ec521-under-rsa.crt', { type: 'EC', bits: 521, text: 'EC P-521', curve: 'P-521' }],
    ['keytype-p192.crt', { type: 'EC', bits: 192, text: 'EC P-192', curve: 'P-192' }],
    ['keytype-secp256k1.crt', { type: 'EC', bits: 256, text: 'EC secp256k1', curve: 'secp256k1' }],
    ['keytype-brainpool.crt', { type: 'EC', bits: 256, text: 'EC brainpoolP256r1', curve: 'brainpoolP256r1' }],
    ['ed25519.crt', { type: 'Ed25519', bits: 256, text: 'Ed25519' }],
    ['keytype-ed448.crt', { type: 'Ed448', bits: 456, text: 'Ed448' }],
    ['keytype-x25519.crt', { type: 'X25519', bits: 256, text: 'X25519' }],
    ['keytype-x448.crt', { type: 'X448', bits: 448, text: 'X448' }],
    ['keytype-dh.crt', { type: 'DH', bits: null, text: 'DH' }],
    ['keytype-dsa.crt', { type: 'DSA', bits: 2048, text: 'DSA 2048' }],
    ['sm2.crt', { type: 'SM2', bits: 256, text: 'SM2' }],
  ])('%s: the certificate\'s key, and its private key, are described alike', (rel, info) => {
    expect(certOf(rel).key).toEqual(info);
    const keyRel = rel.replace(/\.crt$/, '.key').replace('ec521-under-rsa', 'ec521');
    expect(describeKey(createPrivateKey(bytes(keyRel)))).toEqual(info);
  });
});

describeFixtures('names', () => {
  it('a subject is shown by its CN, else whole on one line; an empty one is empty (the Cert names it: empty-names-exact)', () => {
    expect(dnName('O=scm fixtures\nCN=SCM Test Root R1')).toBe('CN=SCM Test Root R1');
    expect(dnName('C=CN\nO=No Name Org')).toBe('C=CN, O=No Name Org');
    expect([dnName(''), dnName(undefined), oneLine(undefined)]).toEqual(['', '', '']);
    expect(dnName('CN="a, b"')).toBe('CN=a, b');
    expect(oneLine('C=CN\n\nO=x\n')).toBe('C=CN, O=x');
    const noName = certOf('no-name.crt');
    expect([noName.name, noName.issuerName]).toEqual(['O=No Name Org', 'CN=SCM Test Intermediate R2']);
    expect(commonName(noName.x509)).toBeUndefined();
    expect(commonName(certOf('rsa.crt').x509)).toBe('rsa.example.com');
  });

  it('SANs: DNS names (UTF-8 read as UTF-8) and IP addresses apart', () => {
    expect(altNames(certOf('ip-only.crt').x509)).toEqual({ dns: [], ip: ['10.0.0.1'] });
    expect(altNames(certOf('cn-only.crt').x509)).toEqual({ dns: [], ip: [] });
    expect(altNames(certOf('idn-san.crt').x509).dns[0]).toBe('münchen.example');
  });
});

describeFixtures('flags and places', () => {
  it.each([
    ['rsa.crt', false, false, false],
    ['self-signed.crt', false, true, false],
    ['pki/root-rsa.crt', true, true, false],
    ['pki/inter-rsa.crt', true, false, false],
    ['sm2.crt', false, false, true],
    ['sm2-self-signed.crt', false, true, true],
  ])('%s: CA %s, self-signed %s, SM2 %s', (rel, ca, selfSigned, sm2) => {
    const c = certOf(rel);
    expect({ ca: c.ca, selfSigned: c.selfSigned, sm2: c.sm2 }).toEqual({ ca, selfSigned, sm2 });
  });

  it('a certificate met again in the same bundle is the first Cert, with its first place', () => {
    const seen = new Map();
    const first = certFromDer(derOf('rsa.crt'), 'cert.pem', 1, seen);
    const again = certFromDer(derOf('rsa.crt'), 'fullchain.pem', 1, seen);
    expect(again).toBe(first);
    expect([again.source, again.position]).toEqual(['cert.pem', 1]);
    const inter = certFromDer(derOf('pki/inter-rsa.crt'), 'chain.pem', 2, seen);
    const elsewhere = certFromDer(derOf('pki/inter-rsa.crt'), 'other.pem', 3);
    expect([inter.source, inter.position, elsewhere.source, elsewhere.position]).toEqual(['chain.pem', 2, 'other.pem', 3]);
    expect(elsewhere).not.toBe(inter);
    expect(elsewhere.pem).toBe(bytes('pki/inter-rsa.crt').toString());
  });
});
