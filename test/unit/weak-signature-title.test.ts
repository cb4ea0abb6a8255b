// weak-signature's title and fix name every hash the validator calls broken (MD2 and MD4 since e1e7936, not only
// SHA-1 and MD5), in English and Chinese; and a real MD4-signed leaf from the generator (OpenSSL 3's legacy
// provider) is read as such. MD2 cannot be made: no OpenSSL 3 build has it by default.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UPLOAD_RULES } from '../../src/core/rules/upload-rules.js';
import { signatureInfo } from '../../src/core/validate/der-cert.js';
import { check, describeFixtures, fixture } from '../helpers/fixtures.js';

// The PKCS#1 OIDs of RSA with each hash, and ECDSA and DSA with SHA-1: every broken hash signatureInfo knows.
const OIDS = ['1.2.840.113549.1.1.2', '1.2.840.113549.1.1.3', '1.2.840.113549.1.1.4', '1.2.840.113549.1.1.5', '1.2.840.10045.4.1', '1.2.840.10040.4.3'];

describe('weak-signature in the rule table', () => {
  it('names each hash it is raised for, in both languages', () => {
    const rule = UPLOAD_RULES.find((r) => r.id === 'weak-signature')!;
    const hashes = [...new Set(OIDS.map((o) => signatureInfo(o).weak))];
    expect(hashes).toEqual(['MD2', 'MD4', 'MD5', 'SHA-1']);
    for (const h of hashes) {
      expect(rule.title.en).toContain(h);
      expect(rule.title.zh).toContain(h);
      expect(rule.fix.en).toContain(h);
      expect(rule.fix.zh).toContain(h);
    }
  });
});

describeFixtures('an MD4-signed leaf made by openssl', () => {
  // Without the legacy provider `openssl verify` fails it with error 7, "certificate signature failure": the message says so.
  it.skipIf(!existsSync(fixture('cases/md4.crt')))('is weak-signature, named MD4 (md4WithRSAEncryption), refused outright by OpenSSL 3', async () => {
    const report = await check({ cert: 'md4.crt', key: 'rsa.key', chain: 'rsa-chain.pem' });
    expect(report.findings.find((f) => f.rule === 'weak-signature')?.message).toBe(
      'CN=rsa.example.com is signed with MD4 (md4WithRSAEncryption), which OpenSSL 3 clients refuse outright: without the legacy provider they cannot check the signature ("certificate signature failure", verify error 7)',
    );
    const plain = spawnSync('openssl', ['verify', '-CAfile', fixture('pki/root-rsa.crt'), '-untrusted', fixture('cases/rsa-chain.pem'), fixture('cases/md4.crt')], { encoding: 'utf8' });
    expect([plain.status, plain.stdout + plain.stderr]).toEqual([2, expect.stringContaining('error 7 at 0 depth lookup: certificate signature failure')]);
  });
  it('keeps the plain wording for SHA-1, which OpenSSL 3 still verifies', async () => {
    const report = await check({ cert: 'self-signed-sha1.crt', key: 'rsa.key' });
    expect(report.findings.find((f) => f.rule === 'weak-signature')?.message).toBe('CN=self.example.com is signed with SHA-1 (sha1WithRSAEncryption)');
  });
});
