// check --expect: a value with a pasted fingerprint's form that is no fingerprint (cut short, a digit too many, a
// prefix naming the other algorithm) is told apart from a file name, so that its error says what it lacks.
import { describe, expect, it } from 'vitest';
import { fingerprintLike } from '../../src/core/check/facts.js';

const SHA256 = 'AE:E6:F7:0E:6A:54:A6:4A:EB:58:39:3B:F9:00:EA:47:BF:EF:BB:91:64:90:EB:42:A4:EB:04:78:34:D5:CF:DD';
const SHA1 = '9F:D1:03:9D:73:17:5A:DC:7C:C0:C7:43:51:9D:84:15:23:A7:D2:DB';

describe('fingerprintLike', () => {
  it('a fingerprint is not "like" one: undefined', () => {
    for (const v of [SHA256, SHA1, `sha256 Fingerprint=${SHA256}`, `SHA1 Fingerprint=${SHA1}`, SHA256.replace(/:/g, '').toLowerCase()]) expect(fingerprintLike(v)).toBeUndefined();
  });

  it('cut short, or a digit too many: its hex digits counted', () => {
    expect(fingerprintLike(SHA256.slice(0, 47))).toEqual({ digits: 32 });
    expect(fingerprintLike(`sha256 Fingerprint=${SHA256.slice(0, 50)}`)).toEqual({ digits: 34, named: 'SHA-256' });
    expect(fingerprintLike(`${SHA1}:A`)).toEqual({ digits: 41 });
    expect(fingerprintLike('ab:cd:ef')).toEqual({ digits: 6 });
    expect(fingerprintLike('ab cd')).toEqual({ digits: 4 });
    expect(fingerprintLike('0123456789abcdef')).toEqual({ digits: 16 });
  });

  it('a prefix naming the other algorithm: named, with the digits it has', () => {
    expect(fingerprintLike(`SHA1 Fingerprint=${SHA256}`)).toEqual({ digits: 64, named: 'SHA-1' });
    expect(fingerprintLike(`sha-256 fingerprint = ${SHA1}`)).toEqual({ digits: 40, named: 'SHA-256' });
    expect(fingerprintLike(`sha-1 Fingerprint=${SHA256}`)).toEqual({ digits: 64, named: 'SHA-1' });
    expect(fingerprintLike(`sha256  Fingerprint=${SHA1}`)).toEqual({ digits: 40, named: 'SHA-256' });
  });

  it('what may be a file name is not', () => {
    for (const v of ['cert.pem', 'beef', '0123456789abcde', 'fullchain', '', ' ', 'scs1700000000000', 'sha256 Fingerprint=', './ab:cd', 'ab:cd.pem', '0123456789abcdef.pem', '0123456789abcde ']) expect(fingerprintLike(v)).toBeUndefined();
  });
});
