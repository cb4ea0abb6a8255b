// What model.ts makes of the names and dates Node prints, at the edges the mutation run left open: SAN values
// Node must quote (a comma, a quote, a backslash, UTF-8 bytes only), a name that reads as a JSON number, a
// certificate that took its issuer's name without being signed by its own key, unreadable validity dates, and
// key descriptions for keys made here (an EC curve outside the table, DSA).
import { generateKeyPairSync } from 'node:crypto';
import { expect, it } from 'vitest';
import { altNames, certFromDer, commonName, describeKey } from '../../src/core/validate/model.js';
import { scanPem } from '../../src/core/validate/pem.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes } from '../helpers/named-files.js';

const derOf = (rel: string): Buffer => scanPem(bytes(rel).toString()).blocks[0]!.der!;
const certOf = (rel: string) => certFromDer(derOf(rel), 'x.pem', 1);

describeFixtures('names Node quotes', () => {
  // The SAN also holds a URI, an email and a directory name with "DNS:" inside them: none of those is a DNS name.
  it('SAN values with a comma, a quote and a backslash, UTF-8 bytes only, and "1e3", read as written; "DNS:" inside other entries ignored', () => {
    const c = certOf('names-quoted-san.crt');
    expect(altNames(c.x509)).toEqual({
      dns: ['a,b.example.com', 'q"uo\\te.example.com', '日本', '1e3', 'plain.example.com'],
      ip: ['10.0.0.2'],
    });
  });

  it('a CN that reads as a JSON number is shown as written, not as the number', () => {
    const c = certOf('names-quoted-san.crt');
    expect([c.name, commonName(c.x509)]).toEqual(['CN=1e3', '1e3']);
  });

  it('plain SANs: the first entry and the last are read too', () => {
    expect(altNames(certOf('rsa.crt').x509)).toEqual({ dns: ['rsa.example.com', 'www.rsa.example.com'], ip: [] });
    expect(altNames(certOf('ip-only.crt').x509)).toEqual({ dns: [], ip: ['10.0.0.1'] });
  });

  it('no subjectAltName: no names at all', () => {
    expect(altNames(certOf('cn-only.crt').x509)).toEqual({ dns: [], ip: [] });
  });
});

describeFixtures('self-signed means signed by its own key', () => {
  it('a leaf named like its issuer (subject = issuer) but signed by the issuer\'s key is not self-signed', () => {
    const c = certOf('self-issued-not-self-signed.crt');
    expect({ name: c.name, issuerName: c.issuerName, selfSigned: c.selfSigned, ca: c.ca }).toEqual({
      name: 'CN=SCM Test Intermediate R2',
      issuerName: 'CN=SCM Test Intermediate R2',
      selfSigned: false,
      ca: false,
    });
    expect(certOf('self-signed.crt').selfSigned).toBe(true);
  });
});

describeFixtures('unreadable validity dates', () => {
  // rsa.crt's notBefore is a UTCTime (YYMMDD...), its notAfter (2126) a GeneralizedTime (YYYYMMDD...):
  // month 13 in either makes OpenSSL print "Bad time value" for that date alone.
  const badMonth = (which: 'notBefore' | 'notAfter'): Buffer => {
    const der = Buffer.from(derOf('rsa.crt'));
    const utc = der.indexOf(Buffer.from([0x17, 0x0d]));
    const at = which === 'notBefore' ? utc + 2 + 2 : der.indexOf(Buffer.from([0x18, 0x0f]), utc) + 2 + 4;
    der.write('13', at, 'latin1');
    return der;
  };

  it.each(['notBefore', 'notAfter'] as const)('a bad %s alone makes the certificate unusable', (which) => {
    expect(() => certFromDer(badMonth(which), 'x.pem', 1)).toThrowError(/^unreadable validity dates$/);
  });

  it('the same certificate with its dates intact parses', () => {
    expect(certOf('rsa.crt').x509.validFrom).not.toBe('Bad time value');
  });
});

it.each([
  ['an EC curve outside the table: its OpenSSL name, no size', () => generateKeyPairSync('ec', { namedCurve: 'secp224k1' }).publicKey,
    { type: 'EC', bits: null, text: 'EC secp224k1', curve: 'secp224k1' }],
  ['EC P-256', () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey, { type: 'EC', bits: 256, text: 'EC P-256', curve: 'P-256' }],
  ['DSA 1024', () => generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }).publicKey, { type: 'DSA', bits: 1024, text: 'DSA 1024' }],
  ['RSA 1024', () => generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey, { type: 'RSA', bits: 1024, text: 'RSA 1024' }],
])('key description: %s', (_, make, info) => {
  expect(describeKey(make())).toEqual(info);
});
