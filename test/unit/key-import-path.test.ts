// Which decoder importPrivateKey (key-import.ts) asks: the fast path (one JWK import) for plain RSA and EC keys,
// the DER decoder alone for anything else, and the DER decoder after a JWK OpenSSL refused. This is the module's
// reason to exist (a bundle's validation time is mostly key decoding), so the calls are pinned, not only the keys.
import { createPrivateKey as realCreate } from 'node:crypto';
import { beforeEach, expect, it, vi } from 'vitest';
import { importPrivateKey } from '../../src/core/validate/key-import.js';
import { scanPem } from '../../src/core/validate/pem.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes } from '../helpers/named-files.js';

vi.mock('node:crypto', async (importOriginal) => {
  const m = await importOriginal<typeof import('node:crypto')>();
  return { ...m, createPrivateKey: vi.fn(m.createPrivateKey) };
});

const { createPrivateKey } = await import('node:crypto');
const spy = vi.mocked(createPrivateKey);
const TYPE = { 'RSA PRIVATE KEY': 'pkcs1', 'EC PRIVATE KEY': 'sec1', 'PRIVATE KEY': 'pkcs8' } as const;

function keyDer(rel: string): { der: Buffer; type: 'pkcs1' | 'pkcs8' | 'sec1' } {
  const b = scanPem(bytes(rel).toString()).blocks.find((x) => x.label.endsWith('PRIVATE KEY'))!;
  return { der: b.der!, type: TYPE[b.label as keyof typeof TYPE] };
}

/** The formats createPrivateKey was asked for, in order. */
const formats = (): string[] => spy.mock.calls.map(([arg]) => (arg as { format: string }).format);

beforeEach(() => {
  spy.mockClear();
});

describeFixtures('importPrivateKey: the decoders asked', () => {
  it.each(['rsa.key', 'rsa.pkcs1.key', 'ec256.key', 'ec256.sec1.key', 'ec384.key', 'ec521.key'])('%s: one JWK import', (rel) => {
    const { der, type } = keyDer(rel);
    const key = importPrivateKey(der, type);
    expect(formats()).toEqual(['jwk']);
    const viaDer = realCreate({ key: der, format: 'der', type });
    expect(key.export({ type: 'pkcs8', format: 'der' })).toEqual(viaDer.export({ type: 'pkcs8', format: 'der' }));
  });

  it.each(['ed25519.key', 'sm2.key', 'keytype-dsa.key', 'rsapss.key', 'keytype-secp256k1.key'])('%s: the DER decoder alone', (rel) => {
    const { der, type } = keyDer(rel);
    expect(importPrivateKey(der, type).type).toBe('private');
    expect(spy.mock.calls).toEqual([[{ key: der, format: 'der', type }]]);
  });

  it('a JWK OpenSSL refuses: then the DER decoder, whose error is thrown', () => {
    const { der } = keyDer('ec256.sec1.key');
    const bad = Buffer.from(der);
    bad[bad.length - 1] = bad[bad.length - 1]! ^ 1; // the point's last byte: off the curve
    expect(() => importPrivateKey(bad, 'sec1')).toThrow();
    expect(formats()).toEqual(['jwk', 'der']);
  });
});
