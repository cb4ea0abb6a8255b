// Reading folders by content never parses a file, or a certificate, twice: certbot's cert.pem and chain.pem are
// inside fullchain.pem, Tencent Cloud's x_bundle.crt and x_bundle.pem are the same file. Counted at the source:
// every X509Certificate node:crypto builds while a bundle is validated.
import { beforeEach, expect, it, vi } from 'vitest';
import { check, describeFixtures, triples } from '../helpers/fixtures.js';

const built = vi.hoisted(() => ({ certificates: [] as string[] }));

vi.mock('node:crypto', async (original) => {
  const crypto = await original<typeof import('node:crypto')>();
  class CountingX509 extends crypto.X509Certificate {
    constructor(der: Buffer) {
      super(der);
      built.certificates.push(this.fingerprint256);
    }
  }
  return { ...crypto, X509Certificate: CountingX509 };
});

beforeEach(() => {
  built.certificates.length = 0;
});

describeFixtures('each certificate of a bundle is parsed once', () => {
  it.each([
    // folder, distinct certificates in it (the CA certificates may already be cached from earlier tests: at most)
    ['rsa-ok', 2],
    ['layouts/tencent-nginx', 2],
    ['layouts/sectigo', 3],
    ['layouts/certbot-archive', 3],
  ])('%s', async (dir, distinct) => {
    const r = await check({ dir });
    expect(r.certificate).toBeDefined();
    expect(new Set(built.certificates).size).toBe(built.certificates.length);
    expect(built.certificates.length).toBeLessThanOrEqual(distinct);
    expect(triples(r).filter((t) => t.includes(' error '))).toEqual([]);
  });
});
