// The domain `scm upload` without --name names a certificate after (acme/name.ts mainName), at its edges:
// the CN matched whatever its case, a CN found only at the start or after ", ", addresses (IPv4 exactly,
// anything with a colon) never taken for a domain, and the CN as the last resort only when it is a name.
import { expect, it } from 'vitest';
import { mainName } from '../../src/core/acme/name.js';

it.each([
  // subject, names, the main name
  ['CN=WWW.Example.com', ['example.com', 'www.example.com'], 'WWW.Example.com'], // the CN as written, when a name matches it in any case
  ['O=Example, CN=b.example.com', ['a.example.com', 'b.example.com'], 'b.example.com'],
  ['O=Example CN=b.example.com', ['a.example.com', 'b.example.com'], 'a.example.com'], // "CN=" inside another value is no CN
  ['OU=XCN=b.example.com', ['a.example.com', 'b.example.com'], 'a.example.com'],
  ['CN=b.example.com, O=Example', ['a.example.com', 'b.example.com'], 'b.example.com'], // the CN ends at the comma
  ['CN=c.example.com', ['a.example.com', 'b.example.com'], 'a.example.com'], // a CN that is not a name: the first name
  ['CN=10.0.0.1', ['10.0.0.1', 'example.com'], 'example.com'], // an IP SAN is no name, even as the CN
  ['CN=x', ['1.2.3.4.example.com'], '1.2.3.4.example.com'], // looks like an address at the start only
  ['CN=x', ['host1.2.3.4'], 'host1.2.3.4'], // and at the end only
  ['CN=x', ['1000.0.0.1', 'example.com'], '1000.0.0.1'], // four digits: no IPv4 address
  ['CN=x', ['1.2.3', 'example.com'], '1.2.3'], // three parts: no IPv4 address
  ['CN=x', ['2001:db8::1', 'example.com'], 'example.com'],
  ['CN=x', ['192.168.10.200', 'example.com'], 'example.com'], // an address with octets of two and three digits
  ['CN= www.example.com ', ['example.com', 'www.example.com'], 'www.example.com'], // the CN without the spaces around it
  ['CN=10.0.0.1', ['10.0.0.1'], undefined], // nothing but an address
  ['CN=2001:db8::1', [], undefined],
  ['CN=legacy.example.com', [], 'legacy.example.com'],
  ['O=No CN', [], undefined],
] as const)('%s with %j → %s', (subject, names, main) => {
  expect(mainName({ subject, names })).toBe(main);
});
