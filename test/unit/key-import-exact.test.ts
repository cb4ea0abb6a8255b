// jwkOf (key-import.ts) pinned to exact values (issue #15, mutation testing): the JWK it builds is the one Node
// exports for the same key, and every structure the fast path does not fully check (negative or empty
// integers, other versions, extra or missing fields, explicit curves, compressed or short points, wrong tags,
// bytes left over) is left to the DER decoder (undefined), so that no odd key is read differently from how
// OpenSSL reads it. Keys are rebuilt by hand (test/helpers/der-build.ts) from the generator's keys.
import { createPrivateKey, type JsonWebKey } from 'node:crypto';
import { expect, it } from 'vitest';
import { importPrivateKey, jwkOf } from '../../src/core/validate/key-import.js';
import { NULL, int, octet, oid, seq, tlv } from '../helpers/der-build.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes } from '../helpers/named-files.js';

const RSA_OID = oid('1.2.840.113549.1.1.1');
const EC_OID = oid('1.2.840.10045.2.1');
const P256 = oid('1.2.840.10045.3.1.7');
const b64 = (s: string): Buffer => Buffer.from(s, 'base64url');
/** An INTEGER holding a magnitude as given (a 00 is put first when its high bit is set). */
const uint = (m: Buffer): Buffer => tlv(0x02, m[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), m]) : m);
const bits = (unused: number, b: Buffer): Buffer => tlv(0x03, Buffer.from([unused]), b);

const jwkFile = (rel: string): JsonWebKey => createPrivateKey(bytes(rel)).export({ format: 'jwk' });
const RSA_FIELDS = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const;

describeFixtures('jwkOf', () => {
  const rsa = jwkFile('rsa.key');
  const ec = jwkFile('ec256.sec1.key');
  const fields = RSA_FIELDS.map((k) => uint(b64(rsa[k] as string)));
  const pkcs1 = (...f: Buffer[]): Buffer => seq(...f);
  const goodRsa = pkcs1(int(0), ...fields);
  const point = Buffer.concat([Buffer.from([4]), b64(ec.x!), b64(ec.y!)]);
  const d = b64(ec.d!);
  const sec1 = (...rest: Buffer[]): Buffer => seq(int(1), octet(d), ...rest);
  const params = tlv(0xa0, P256);
  const pub = tlv(0xa1, bits(0, point));
  const pkcs8 = (alg: Buffer, inner: Buffer, ...more: Buffer[]): Buffer => seq(int(0), alg, octet(inner), ...more);

  it('an RSA key, PKCS#1 and PKCS#8: the very JWK Node exports', () => {
    expect(jwkOf(goodRsa, 'pkcs1')).toEqual(rsa);
    expect(jwkOf(pkcs8(seq(RSA_OID, NULL), goodRsa), 'pkcs8')).toEqual(rsa);
    expect(jwkOf(bytes('rsa.pkcs1.key.der'), 'pkcs1')).toEqual(rsa);
    expect(jwkOf(bytes('rsa.key.der'), 'pkcs1')).toEqual(rsa);
    expect(jwkOf(createPrivateKey(bytes('rsa.key')).export({ type: 'pkcs8', format: 'der' }), 'pkcs8')).toEqual(rsa);
  });

  it('integers: leading zeros dropped, a zero kept as one byte', () => {
    const padded = pkcs1(tlv(0x02, Buffer.from([0, 0])), ...fields.slice(0, 7), tlv(0x02, Buffer.concat([Buffer.alloc(3), b64(rsa.qi!)])));
    expect(jwkOf(padded, 'pkcs1')).toEqual(rsa);
    const zero = pkcs1(int(0), ...fields.slice(0, 7), tlv(0x02, Buffer.from([0, 0])));
    expect(jwkOf(zero, 'pkcs1')).toEqual({ ...rsa, qi: 'AA' });
    const one = pkcs1(int(0), ...fields.slice(0, 7), tlv(0x02, Buffer.from([0, 0, 1])));
    expect(jwkOf(one, 'pkcs1')).toEqual({ ...rsa, qi: 'AQ' });
  });

  it('RSA structures left to the DER decoder', () => {
    const negative = tlv(0x02, Buffer.from([0x80, 1]));
    const cases: Buffer[] = [
      pkcs1(int(1), ...fields), // version 1 (multi-prime)
      pkcs1(int(0), ...fields, int(3)), // ten fields
      pkcs1(int(0), ...fields.slice(0, 7)), // eight
      pkcs1(tlv(0x02, Buffer.alloc(0)), ...fields), // empty version
      pkcs1(tlv(0x02, Buffer.from([0xff])), ...fields), // version -1
      pkcs1(int(0), negative, ...fields.slice(1)), // a negative modulus
      pkcs1(int(0), ...fields.slice(0, 7), negative), // a negative last field
      pkcs1(int(0), tlv(0x02, Buffer.alloc(0)), ...fields.slice(1)), // an empty modulus
      pkcs1(int(0), ...fields.slice(0, 7), tlv(0x04, b64(rsa.qi!))), // a field that is no INTEGER
      Buffer.concat([goodRsa, Buffer.from([0])]), // a byte left over
      tlv(0x31, Buffer.concat([int(0), ...fields])), // a SET
    ];
    for (const [i, der] of cases.entries()) expect(jwkOf(der, 'pkcs1'), `case ${i}`).toBeUndefined();
  });

  it('an EC key, SEC1 and PKCS#8: the very JWK Node exports', () => {
    expect(jwkOf(sec1(params, pub), 'sec1')).toEqual(ec);
    expect(jwkOf(sec1(pub, params), 'sec1')).toEqual(ec);
    expect(jwkOf(bytes('ec256.sec1.key.der'), 'sec1')).toEqual(ec);
    // PKCS#8 names the curve outside; the inner key may name it again or not
    expect(jwkOf(pkcs8(seq(EC_OID, P256), sec1(pub)), 'pkcs8')).toEqual(ec);
    expect(jwkOf(pkcs8(seq(EC_OID, P256), sec1(params, pub)), 'pkcs8')).toEqual(ec);
    for (const [rel, crv, size] of [['ec384.key', 'P-384', 48], ['ec521.key', 'P-521', 66]] as const) {
      const k = createPrivateKey(bytes(rel));
      const j = jwkOf(k.export({ type: 'sec1', format: 'der' }), 'sec1')!;
      expect(j).toEqual(k.export({ format: 'jwk' }));
      expect([j.crv, b64(j.d!).length, b64(j.x!).length]).toEqual([crv, size, size]);
    }
  });

  it('a short private value is padded to the curve size; longer than the curve, or empty, is refused', () => {
    const short = seq(int(1), octet(Buffer.alloc(31, 0x11)), params, pub);
    expect(jwkOf(short, 'sec1')).toEqual({ ...ec, d: Buffer.concat([Buffer.alloc(1), Buffer.alloc(31, 0x11)]).toString('base64url') });
    expect(jwkOf(seq(int(1), octet(Buffer.alloc(32, 0x22)), params, pub), 'sec1')).toEqual({ ...ec, d: Buffer.alloc(32, 0x22).toString('base64url') });
    expect(jwkOf(seq(int(1), octet(Buffer.alloc(33, 0x11)), params, pub), 'sec1')).toBeUndefined();
    expect(jwkOf(seq(int(1), octet(), params, pub), 'sec1')).toBeUndefined();
  });

  it('EC structures left to the DER decoder', () => {
    const odd = Buffer.from(point);
    odd[0] = 5;
    const cases: Array<[string, Buffer]> = [
      ['no curve', sec1(pub)],
      ['no public key', sec1(params)],
      ['version 0', seq(int(0), octet(d), params, pub)],
      ['version 2', seq(int(2), octet(d), params, pub)],
      ['version only', seq(int(1))],
      ['the private value as an INTEGER', seq(int(1), uint(d), params, pub)],
      ['explicit curve parameters', sec1(tlv(0xa0, seq(int(1))), pub)],
      ['a curve field with bytes after the OID', sec1(tlv(0xa0, P256, NULL), pub)],
      ['a key with bytes after the point', sec1(params, tlv(0xa1, bits(0, point), NULL))],
      ['a point with unused bits', sec1(params, tlv(0xa1, bits(1, point)))],
      ['a point in an OCTET STRING', sec1(params, tlv(0xa1, octet(Buffer.concat([Buffer.alloc(1), point]))))],
      ['a point of another form', sec1(params, tlv(0xa1, bits(0, odd)))],
      ['a compressed point', sec1(params, tlv(0xa1, bits(0, Buffer.concat([Buffer.from([2]), b64(ec.x!)]))))],
      ['a point one byte short', sec1(params, tlv(0xa1, bits(0, point.subarray(0, 64))))],
      ['a point one byte long', sec1(params, tlv(0xa1, bits(0, Buffer.concat([point, Buffer.alloc(1)]))))],
      ['another field', sec1(params, pub, tlv(0xa2, NULL))],
      ['the public key under [0]', sec1(tlv(0xa0, bits(0, point)), params)],
      ['the curve under [1]', sec1(tlv(0xa1, P256), pub)],
      ['secp256k1', sec1(tlv(0xa0, oid('1.3.132.0.10')), pub)],
      ['an empty [0]', sec1(tlv(0xa0), params, pub)],
      ['the curve OID bytes in an OCTET STRING', sec1(tlv(0xa0, octet(P256.subarray(2))), pub)],
    ];
    for (const [what, der] of cases) expect(jwkOf(der, 'sec1'), what).toBeUndefined();
  });

  it('PKCS#8 structures left to the DER decoder', () => {
    const rsaAlg = seq(RSA_OID, NULL);
    const cases: Array<[string, Buffer]> = [
      ['version 1', seq(int(1), rsaAlg, octet(goodRsa))],
      ['attributes', pkcs8(rsaAlg, goodRsa, tlv(0xa0))],
      ['no key', seq(int(0), rsaAlg)],
      ['an empty version', seq(tlv(0x02, Buffer.alloc(0)), rsaAlg, octet(goodRsa))],
      ['an algorithm that is no SEQUENCE', seq(int(0), tlv(0x31, RSA_OID, NULL), octet(goodRsa))],
      ['a key that is no OCTET STRING', seq(int(0), rsaAlg, tlv(0x03, Buffer.from([0]), goodRsa))],
      ['a key under a context tag', seq(int(0), rsaAlg, tlv(0x80, goodRsa))],
      ['a key with a byte left over', pkcs8(rsaAlg, Buffer.concat([goodRsa, Buffer.from([0])]))],
      ['a key that is no SEQUENCE', pkcs8(rsaAlg, tlv(0x31, Buffer.concat([int(0), ...fields])))],
      ['a key that is no TLV', pkcs8(rsaAlg, Buffer.from([0x30]))],
      ['an algorithm without OID', pkcs8(seq(NULL, NULL), goodRsa)],
      ['an empty algorithm', pkcs8(seq(), goodRsa)],
      ['RSA without parameters', pkcs8(seq(RSA_OID), goodRsa)],
      ['RSA with parameters that are no NULL', pkcs8(seq(RSA_OID, P256), goodRsa)],
      ['RSA with a NULL that holds a byte', pkcs8(seq(RSA_OID, tlv(0x05, Buffer.from([0]))), goodRsa)],
      ['RSA with a third field', pkcs8(seq(RSA_OID, NULL, NULL), goodRsa)],
      ['RSA with an empty OCTET STRING for parameters', pkcs8(seq(RSA_OID, octet()), goodRsa)],
      ['another algorithm with a curve for parameters', pkcs8(seq(oid('1.3.101.112'), P256), sec1(pub))],
      ['RSA-PSS', pkcs8(seq(oid('1.2.840.113549.1.1.10'), NULL), goodRsa)],
      ['EC without a curve', pkcs8(seq(EC_OID), sec1(params, pub))],
      ['EC with NULL parameters', pkcs8(seq(EC_OID, NULL), sec1(params, pub))],
      ['EC with a third field', pkcs8(seq(EC_OID, P256, NULL), sec1(pub))],
      ['EC holding an RSA key', pkcs8(seq(EC_OID, P256), goodRsa)],
      ['RSA holding an EC key', pkcs8(rsaAlg, sec1(params, pub))],
      ['Ed25519', pkcs8(seq(oid('1.3.101.112')), octet(d))],
    ];
    for (const [what, der] of cases) expect(jwkOf(der, 'pkcs8'), what).toBeUndefined();
  });

  it('the type given decides the reading', () => {
    const ecPkcs8 = pkcs8(seq(EC_OID, P256), sec1(pub));
    expect(jwkOf(goodRsa, 'sec1')).toBeUndefined();
    expect(jwkOf(goodRsa, 'pkcs8')).toBeUndefined();
    expect(jwkOf(sec1(params, pub), 'pkcs1')).toBeUndefined();
    expect(jwkOf(sec1(params, pub), 'pkcs8')).toBeUndefined();
    expect(jwkOf(ecPkcs8, 'sec1')).toBeUndefined();
    expect(jwkOf(ecPkcs8, 'pkcs1')).toBeUndefined();
    expect(jwkOf(Buffer.alloc(0), 'pkcs8')).toBeUndefined();
  });
});

describeFixtures('importPrivateKey when the fast path fails', () => {
  const error = (fn: () => unknown): unknown => {
    try {
      fn();
    } catch (e) {
      return { code: (e as { code?: string }).code, message: (e as Error).message };
    }
    return 'no error';
  };

  it('a JWK OpenSSL refuses (a point off the curve) throws what the DER decoder throws', () => {
    const ec = jwkFile('ec256.sec1.key');
    const y = b64(ec.y!);
    y[31] = y[31]! ^ 1;
    const der = seq(int(1), octet(b64(ec.d!)), tlv(0xa0, oid('1.2.840.10045.3.1.7')), tlv(0xa1, bits(0, Buffer.concat([Buffer.from([4]), b64(ec.x!), y]))));
    expect(jwkOf(der, 'sec1')).toBeDefined();
    const viaDer = error(() => createPrivateKey({ key: der, format: 'der', type: 'sec1' }));
    expect(viaDer).not.toBe('no error');
    expect(error(() => importPrivateKey(der, 'sec1'))).toEqual(viaDer);
  });
});
