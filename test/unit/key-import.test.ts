// importPrivateKey: the JWK fast path gives the very key OpenSSL's DER decoder gives, is taken for plain RSA
// and EC keys, and leaves everything else (Ed25519, SM2, encrypted, damaged) to createPrivateKey unchanged.
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { importPrivateKey, jwkOf } from '../../src/core/validate/key-import.js';
import { scanPem } from '../../src/core/validate/pem.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';

const TYPE = { 'RSA PRIVATE KEY': 'pkcs1', 'EC PRIVATE KEY': 'sec1', 'PRIVATE KEY': 'pkcs8' } as const;

function block(rel: string): { der: Buffer; type: 'pkcs1' | 'pkcs8' | 'sec1' } {
  const b = scanPem(readFileSync(fixture(rel), 'utf8')).blocks.find((x) => x.label.endsWith('PRIVATE KEY'))!;
  return { der: b.der!, type: TYPE[b.label as keyof typeof TYPE] };
}

const same = (a: import('node:crypto').KeyObject, b: import('node:crypto').KeyObject): void => {
  expect(a.export({ type: 'pkcs8', format: 'der' }).equals(b.export({ type: 'pkcs8', format: 'der' }))).toBe(true);
};

describeFixtures('importPrivateKey', () => {
  it.each(['cases/rsa.key', 'cases/rsa.pkcs1.key', 'cases/rsa4096.key', 'cases/rsa1024.key', 'cases/ec256.key', 'cases/ec256.sec1.key', 'cases/ec256.with-params.key', 'cases/ec384.key', 'cases/ec521.key'])('%s: fast path, same key as the DER decoder', (rel) => {
    const { der, type } = block(rel);
    expect(jwkOf(der, type)).toBeDefined();
    same(importPrivateKey(der, type), createPrivateKey({ key: der, format: 'der', type }));
  });

  it.each(['cases/ed25519.key', 'cases/sm2.key'])('%s: DER path, same result', (rel) => {
    const { der, type } = block(rel);
    expect(jwkOf(der, type)).toBeUndefined();
    const key = importPrivateKey(der, type);
    expect(key.type).toBe('private');
  });

  it('damaged keys fail (or not) exactly as createPrivateKey does', () => {
    const { der, type } = block('cases/rsa.key');
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    let read = 0;
    for (let i = 0; i < 300; i++) {
      const bad = Buffer.from(der);
      const at = next() % bad.length;
      bad[at] = bad[at]! ^ (1 << (next() % 8));
      const viaDer = (() => { try { return createPrivateKey({ key: bad, format: 'der', type }); } catch { return undefined; } })();
      const fast = (() => { try { return importPrivateKey(bad, type); } catch { return undefined; } })();
      // A flipped bit inside a number makes a different key on both paths; structure damage fails on both.
      if (viaDer === undefined) continue; // the fast path may read what OpenSSL refuses only if it is well-formed DER
      expect(fast, `byte ${at}`).toBeDefined();
      same(fast!, viaDer);
      read++;
    }
    // Damage the DER decoder still reads happens (a bit flipped inside a number): without it the loop checks nothing.
    expect(read).toBeGreaterThan(0);
  });
});
