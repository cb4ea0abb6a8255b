// The default certificate name of `scm upload --from` at its edges: the 54-character domain part (63 minus
// '-YYYYMMDD'), the cut at a label boundary when that keeps at least half, the clean-up of what SCM's name
// rule (SCM.0032) does not allow, and the fallback when nothing of the domain is left.
import { describe, expect, it } from 'vitest';
import { defaultCertificateName, nameSafeDomain } from '../../src/core/acme/name.js';

const NOW = new Date('2026-11-28T23:30:00Z');
const name = (domain: string): string => defaultCertificateName(domain, NOW);
const a = (n: number): string => 'a'.repeat(n);
const b = (n: number): string => 'b'.repeat(n);

describe('default name: the 63-character cut', () => {
  it.each([
    // [domain, name]: a domain part of up to 54 characters is kept whole, top-level domain included
    ['example.com', 'example.com-20261128'],
    [`${a(30)}.example.com`, `${a(30)}.example.com-20261128`],
    [`${a(50)}.com`, `${a(50)}.com-20261128`], // 54: exactly 63 in all
    [`${a(51)}.com`, `${a(51)}-20261128`], // 55: cut at the last dot within 54
    [`${a(27)}.${b(40)}`, `${a(27)}-20261128`], // the dot at 27 = half of 54: still cut there
    [`${a(26)}.${b(40)}`, `${a(26)}.${b(27)}-20261128`], // the dot at 26 is under half: cut at 54 characters
    [`${a(10)}.${b(42)}-${'z'.repeat(10)}`, `${a(10)}.${b(42)}-20261128`], // a separator left at the cut goes
    [`${'x'.repeat(52)}--${'z'.repeat(10)}`, `${'x'.repeat(52)}-20261128`], // every separator left at the cut goes
    [`${'x'.repeat(53)}._${'z'.repeat(10)}`, `${'x'.repeat(53)}-20261128`],
  ])('%s → %s', (domain, expected) => {
    const n = name(domain);
    expect(n).toBe(expected);
    expect(n.length).toBeLessThanOrEqual(63);
  });
});

describe('default name: characters SCM does not allow', () => {
  it.each([
    ['  example.com  ', 'example.com-20261128'], // whitespace around a domain is not part of it
    ['\texample.com\n', 'example.com-20261128'],
    ['Example.COM.', 'example.com-20261128'],
    ['*.example.com', 'wildcard.example.com-20261128'],
    ['a*b.example.com', 'awildcardb.example.com-20261128'],
    ['a  b.example', 'a-b.example-20261128'], // a run of disallowed characters is one '-'
    ['bücher.example', 'b-cher.example-20261128'],
    ['-.-a.example', 'a.example-20261128'], // leading separators go, all of them
    ['..a.example', 'a.example-20261128'],
    ['', 'certificate-20261128'], // nothing left of the domain
    ['...', 'certificate-20261128'],
    ['日本', 'certificate-20261128'],
  ])('%j → %s', (domain, expected) => {
    expect(name(domain)).toBe(expected);
  });

  it('nameSafeDomain keeps a wildcard readable and the allowed characters as they are', () => {
    expect(nameSafeDomain('*.Example.com.')).toBe('wildcard.example.com');
    expect(nameSafeDomain('my_host-1.example.com')).toBe('my_host-1.example.com');
    expect(nameSafeDomain('*.*.example.com')).toBe('wildcard.wildcard.example.com');
  });

  it('the date is the UTC day', () => {
    expect(defaultCertificateName('example.com', new Date('2026-12-31T23:59:59Z'))).toBe('example.com-20261231');
    expect(defaultCertificateName('example.com', new Date('2027-01-01T00:00:00Z'))).toBe('example.com-20270101');
  });
});
