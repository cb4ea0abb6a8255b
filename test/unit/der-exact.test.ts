// The DER reader pinned to exact values (issue #15, mutation testing): lengths at their limits, the OIDs and
// integers it reads, and the sniffing that decides whether a file is DER, a truncated DER or a PKCS#12.
// Hand-built DER gives each branch an input of its own (der-certs.test.ts: what it reads from certificates).
import { describe, expect, it } from 'vitest';
import { childrenOf, encodingOf, oidOf, oidString, smallInt, tlvAt, valueOf } from '../../src/core/validate/der.js';
import { signatureInfo } from '../../src/core/validate/der-cert.js';
import { isDerSequence, looksLikePkcs12, looksLikeTruncatedDer } from '../../src/core/validate/der-sniff.js';
import { oid, seq } from '../helpers/der-build.js';

const h = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

describe('tlvAt', () => {
  it('reads short and long lengths exactly', () => {
    expect(tlvAt(h('0500'), 0)).toEqual({ at: 0, tag: 5, start: 2, end: 2 });
    expect(tlvAt(h('ff 0401 aabbccdd 00'), 1)).toEqual({ at: 1, tag: 4, start: 3, end: 4 });
    expect(tlvAt(h('308100'), 0)).toEqual({ at: 0, tag: 0x30, start: 3, end: 3 });
    const long = Buffer.concat([h('04820102'), Buffer.alloc(0x102)]);
    expect(tlvAt(long, 0)).toEqual({ at: 0, tag: 4, start: 4, end: 4 + 0x102 });
    expect(tlvAt(Buffer.concat([h('0484 00000001'), h('aa')]), 0)).toEqual({ at: 0, tag: 4, start: 6, end: 7 });
  });

  it('refuses what does not fit its limit, indefinite lengths and lengths of more than four bytes', () => {
    expect(tlvAt(h('05'), 0)).toBeUndefined();
    expect(tlvAt(h('0500'), 1)).toBeUndefined();
    expect(tlvAt(h('0401aa'), 0, 2)).toBeUndefined();
    expect(tlvAt(h('0402aa'), 0)).toBeUndefined();
    expect(tlvAt(h('3081'), 0)).toBeUndefined();
    expect(tlvAt(h('3082 01'), 0)).toBeUndefined();
    expect(tlvAt(h('3080 0500 0000'), 0)).toBeUndefined();
    expect(tlvAt(Buffer.concat([h('0485 0000000001'), h('aa')]), 0)).toBeUndefined();
  });
});

describe('childrenOf, valueOf, encodingOf', () => {
  it('lists the TLVs that tile a value, and nothing when they do not', () => {
    const buf = seq(h('0500'), h('0201 07'));
    const outer = tlvAt(buf, 0)!;
    expect(childrenOf(buf, outer)).toEqual([{ at: 2, tag: 5, start: 4, end: 4 }, { at: 4, tag: 2, start: 6, end: 7 }]);
    expect(childrenOf(h('3000'), tlvAt(h('3000'), 0)!)).toEqual([]);
    const ragged = h('3003 0500 02');
    expect(childrenOf(ragged, tlvAt(ragged, 0)!)).toBeUndefined();
    // A child may not run past its parent even if the buffer goes on.
    const spill = h('3003 0202 0700 ff');
    expect(childrenOf(spill, { at: 0, tag: 0x30, start: 2, end: 5 })).toBeUndefined();
    expect(valueOf(buf, outer).toString('hex')).toBe('0500020107');
    expect(encodingOf(buf, { at: 4, tag: 2, start: 6, end: 7 }).toString('hex')).toBe('020107');
  });
});

describe('OIDs and small integers', () => {
  it('reads object identifiers, the first two arcs included', () => {
    expect(oidString(h('2a864886f70d01010b'))).toBe('1.2.840.113549.1.1.11');
    expect(oidString(h('551d0e'))).toBe('2.5.29.14');
    expect(oidString(h('0a'))).toBe('0.10');
    expect(oidString(h('4f'))).toBe('1.39');
    expect(oidString(h('50'))).toBe('2.0');
    expect(oidString(h('8837 03'))).toBe('2.999.3');
    expect(oidString(Buffer.alloc(0))).toBe('0.0');
  });

  it('reads an OID only from an OBJECT IDENTIFIER', () => {
    const buf = Buffer.concat([oid('1.3.101.112'), h('0203 2a8648')]);
    expect(oidOf(buf, tlvAt(buf, 0))).toBe('1.3.101.112');
    expect(oidOf(buf, tlvAt(buf, 5))).toBeUndefined();
    expect(oidOf(buf, undefined)).toBeUndefined();
  });

  it('reads non-negative integers of one to six bytes', () => {
    const int = (s: string) => { const b = h(s); return smallInt(b, tlvAt(b, 0)); };
    expect(int('020103')).toBe(3);
    expect(int('0202 0800')).toBe(2048);
    expect(int('0203 00ff00')).toBe(0xff00);
    expect(int('0206 7fffffffffff')).toBe(0x7fffffffffff);
    expect(int('0207 00010000000000')).toBeUndefined();
    expect(int('0200')).toBeUndefined();
    expect(int('0201 80')).toBeUndefined();
    expect(int('0401 03')).toBeUndefined();
    expect(smallInt(h('020103'), undefined)).toBeUndefined();
  });
});

describe('sniffing', () => {
  it('takes one whole SEQUENCE as DER, nothing else', () => {
    expect(isDerSequence(h('3000'))).toBe(true);
    expect(isDerSequence(h('0400'))).toBe(false);
    expect(isDerSequence(h('300000'))).toBe(false);
    expect(isDerSequence(h('30'))).toBe(false);
  });

  it('calls binary that promises more bytes than it has a truncated DER', () => {
    expect(looksLikeTruncatedDer(h('3081ff00'))).toBe(true);
    expect(looksLikeTruncatedDer(h('3081ff'))).toBe(false);
    expect(looksLikeTruncatedDer(h('3082 0100 41414141'))).toBe(true);
    expect(looksLikeTruncatedDer(h('3083 010000 41414141'))).toBe(true);
    expect(looksLikeTruncatedDer(h('3082 0004 414141'))).toBe(true);
    expect(looksLikeTruncatedDer(h('3082 0004 41414141'))).toBe(false);
    expect(looksLikeTruncatedDer(h('3081 03 000000'))).toBe(false);
    expect(looksLikeTruncatedDer(h('3080 000000'))).toBe(false);
    // A short length (under 0x80) says how many bytes follow, not how many length bytes: never "truncated".
    expect(looksLikeTruncatedDer(h('3005 4141'))).toBe(false);
    expect(looksLikeTruncatedDer(h('3084 00000100 00'))).toBe(false);
    expect(looksLikeTruncatedDer(h('3181 ff 0000'))).toBe(false);
    expect(looksLikeTruncatedDer(Buffer.from('0\x81 looks like text', 'latin1'))).toBe(true);
    expect(looksLikeTruncatedDer(Buffer.from('-----BEGIN CERTIFICATE-----'))).toBe(false);
  });

  it('takes a SEQUENCE opening with INTEGER 3 for a PKCS#12', () => {
    expect(looksLikePkcs12(h('3003 020103'))).toBe(true);
    expect(looksLikePkcs12(h('3003 020102'))).toBe(false);
    expect(looksLikePkcs12(h('3004 02020003'))).toBe(false);
    expect(looksLikePkcs12(h('3004 02020300'))).toBe(false);
    expect(looksLikePkcs12(h('3003 040103'))).toBe(false);
    expect(looksLikePkcs12(h('3000'))).toBe(false);
    // BER's indefinite length, as older exporters write it.
    expect(looksLikePkcs12(h('3080 020103 0000'))).toBe(true);
    expect(looksLikePkcs12(h('3080 020102 0000'))).toBe(false);
    expect(looksLikePkcs12(h('3180 020103 0000'))).toBe(false);
    expect(looksLikePkcs12(h('3081 020103 0000'))).toBe(false);
    expect(looksLikePkcs12(Buffer.alloc(0))).toBe(false);
  });
});

describe('signatureInfo', () => {
  it('names known algorithms, echoes unknown ones, and gives nothing for none', () => {
    expect(signatureInfo(undefined)).toEqual({ name: null });
    expect(signatureInfo('1.2.3.4')).toEqual({ name: '1.2.3.4' });
    expect(signatureInfo('1.2.840.113549.1.1.4')).toEqual({ name: 'md5WithRSAEncryption', weak: 'MD5' });
  });

  it('calls the broken hashes broken under every OID OpenSSL verifies them by: MD4, and the OIW\'s SHA-1 and MD5 ones', () => {
    expect(signatureInfo('1.2.840.113549.1.1.3')).toEqual({ name: 'md4WithRSAEncryption', weak: 'MD4' });
    expect(signatureInfo('1.3.14.3.2.29')).toEqual({ name: 'sha1WithRSA', weak: 'SHA-1' });
    expect(signatureInfo('1.3.14.3.2.3')).toEqual({ name: 'md5WithRSA', weak: 'MD5' });
    expect(signatureInfo('1.3.14.3.2.27')).toEqual({ name: 'dsaWithSHA1', weak: 'SHA-1' });
  });
});
