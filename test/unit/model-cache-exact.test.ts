// model.ts keeps what it parses so that many bundles validated together do not parse their shared
// intermediates again (issue #9: "must not parse a file twice"): each distinct CA certificate is parsed once per
// process, at most 256 of them (the oldest goes first), leaves never (each is seen once, and a kept one would
// hold its OpenSSL memory until a full GC); a certificate's key identifiers are read once. Parsed once shows as
// the same X509Certificate object coming back. The 257 CA certificates of the bound are one intermediate with
// its serial number changed: the bytes differ, the structure parses, and a CA that is not self-issued is
// never verified, so the broken signature does not matter.
import { expect, it } from 'vitest';
import { certFromDer, keyIdsOf } from '../../src/core/validate/model.js';
import { scanPem } from '../../src/core/validate/pem.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes } from '../helpers/named-files.js';

const derOf = (rel: string): Buffer => scanPem(bytes(rel).toString()).blocks[0]!.der!;

/** Offset just past a DER header at `at` (tag, then a short or long length). */
function bodyStart(der: Buffer, at: number): number {
  const first = der[at + 1]!;
  return at + 2 + (first & 0x80 ? first & 0x7f : 0);
}

/** The certificate with the last two bytes of its serial number set to 0x1000 + `n` (positive, minimal DER). */
function variant(der: Buffer, n: number): Buffer {
  const tbs = bodyStart(der, 0);
  let at = bodyStart(der, tbs);
  if (der[at] === 0xa0) at = bodyStart(der, at) + der[bodyStart(der, at) - 1]!; // skip [0] version
  expect(der[at]).toBe(0x02); // the serial number INTEGER
  const end = at + 2 + der[at + 1]!;
  const out = Buffer.from(der);
  out.writeUInt16BE(0x1000 + n, end - 2);
  return out;
}

describeFixtures('what model.ts parses once', () => {
  const inter = derOf('pki/inter-rsa.crt');
  const root = derOf('pki/root-rsa.crt');

  it('a CA certificate is parsed once per process: the same object each time, with the source and position of each call', () => {
    const a = certFromDer(inter, 'a.pem', 2);
    const b = certFromDer(inter, 'b.pem', 3);
    expect(b.x509).toBe(a.x509);
    expect([a.source, a.position, b.source, b.position]).toEqual(['a.pem', 2, 'b.pem', 3]);
  });

  it('two CA certificates are both kept', () => {
    const first = [certFromDer(inter, 'a.pem', 2), certFromDer(root, 'a.pem', 3)];
    expect([certFromDer(inter, 'b.pem', 2).x509, certFromDer(root, 'b.pem', 3).x509]).toEqual(first.map((c) => c.x509));
    expect(certFromDer(inter, 'c.pem', 2).x509).toBe(first[0]!.x509);
    expect(certFromDer(root, 'c.pem', 3).x509).toBe(first[1]!.x509);
  });

  it('a leaf is not kept: parsed again each time (within one bundle the caller\'s map shares it)', () => {
    const leaf = derOf('rsa.crt');
    expect(certFromDer(leaf, 'a.pem', 1).x509).not.toBe(certFromDer(leaf, 'b.pem', 1).x509);
    const seen = new Map();
    expect(certFromDer(leaf, 'a.pem', 1, seen)).toBe(certFromDer(leaf, 'fullchain.pem', 1, seen));
  });

  it('at most 256 CA certificates are kept: the 257th pushes out the oldest, the rest stay', () => {
    const many = Array.from({ length: 257 }, (_, i) => variant(inter, i));
    const parsed = many.map((der, i) => certFromDer(der, `v${i}.pem`, 1));
    expect(parsed.every((c) => c.ca)).toBe(true);
    expect(new Set(parsed.map((c) => c.sha256)).size).toBe(257);
    expect(certFromDer(many[256]!, 'again.pem', 1).x509).toBe(parsed[256]!.x509);
    expect(certFromDer(many[1]!, 'again.pem', 1).x509).toBe(parsed[1]!.x509);
    expect(certFromDer(many[0]!, 'again.pem', 1).x509).not.toBe(parsed[0]!.x509);
  });

  it('a certificate\'s key identifiers are read once', () => {
    const c = certFromDer(derOf('rsa.crt'), 'a.pem', 1);
    const ids = keyIdsOf(c);
    expect(ids.ski).toMatch(/^[0-9A-F:]+$/i);
    expect(keyIdsOf(c)).toBe(ids);
  });
});
