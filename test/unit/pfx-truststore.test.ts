// A truststore given as the bundle (keytool's, or `openssl pkcs12 -export -nokeys -in ca.pem`): a PKCS#12 file
// holding only CA certificates, no private key and no server certificate. One cause, one finding: it is a
// truststore (cert-missing, with the fix to export the keystore's key entry), never key-empty, chain-too-short,
// domain-invalid for the CA's name and cert-is-ca computed on the CA as if it were the leaf.
import { readFileSync } from 'node:fs';
import forge from 'node-forge';
import { expect, it } from 'vitest';
import { trustedOnly } from '../../src/core/validate/jks.js';
import type { RawInput } from '../../src/core/validate/types.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { bytes, lines, readTogether } from '../helpers/named-files.js';

const ROOT = 'pki/root-rsa.crt';
const INTER = 'pki/inter-rsa.crt';

/** A PKCS#12 file holding these certificates and no key (what `openssl pkcs12 -export -nokeys` makes). */
function certsOnly(...rels: string[]): Buffer {
  const certs = rels.map((rel) => forge.pki.certificateFromPem(bytes(rel).toString()));
  return Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(null, certs, 'secret', { algorithm: '3des' })).getBytes(), 'binary');
}
const pfx = (source: string, data: Buffer): RawInput => ({ source, data });

describeFixtures('a PKCS#12 truststore given as the bundle', () => {
  it.each([
    ['the root alone', [ROOT], 'CN=SCM Test Root R1'],
    ['a root and an intermediate', [ROOT, INTER], 'CN=SCM Test Root R1, CN=SCM Test Intermediate R2'],
  ])('%s, with --pfx or as a file argument: one finding, that it is a truststore', async (_, rels, held) => {
    const data = certsOnly(...rels);
    for (const r of [await readTogether([], { pfx: pfx('trust.p12', data), pfxPassword: 'secret' }), await readTogether([['trust.p12', data]], { pfxPassword: 'secret' })]) {
      expect(lines(r)).toEqual([`cert-missing error SCM.0031: trust.p12 is a truststore: it holds only CA certificates (${held}), no private key and no server certificate`]);
      expect(r.valid).toBe(false);
      expect(r.certificate).toBeUndefined();
      expect(r.payload).toBeUndefined();
      expect(r.findings[0]!.fix).toContain('keytool -importkeystore');
    }
    const zh = await readTogether([], { pfx: pfx('trust.p12', data), pfxPassword: 'secret' }, 'zh');
    expect(zh.findings.map((f) => f.rule)).toEqual(['cert-missing']);
    expect(zh.findings[0]!.message).toBe(`trust.p12 是信任库：其中只有 CA 证书（${held.replace(', CN=SCM Test Intermediate', '、CN=SCM Test Intermediate')}），没有私钥，也没有服务器证书`);
    expect(zh.findings[0]!.fix).toContain('`keytool -importkeystore');
  });

  it('the truststore beside the key that matches its CA certificate is a bundle, not a truststore', async () => {
    const r = await readTogether([['trust.p12', certsOnly(ROOT)], ['root.key', readFileSync(fixture('keys/root-rsa.key'))]], { pfxPassword: 'secret' });
    // The root is the leaf, with its key: judged as any certificate is (what is wrong with uploading a root), not
    // refused as a truststore, nor for a key or a certificate that is missing.
    expect(r.certificate?.subject).toBe('O=scm fixtures, CN=SCM Test Root R1');
    expect(r.findings.map((f) => f.rule)).toEqual(['chain-too-short', 'domain-invalid', 'cert-is-ca', 'input-converted']);
  });

  it('a PKCS#12 with a server certificate and no key still says only that the key is missing', async () => {
    const r = await readTogether([], { pfx: pfx('n.pfx', certsOnly('rsa.crt', INTER)), pfxPassword: 'secret' });
    expect(lines(r)[0]).toBe('key-empty error SCM.0059: n.pfx holds no private key');
  });
});

describeFixtures('a Java keystore: a truststore is told apart without its password', () => {
  const u32 = (n: number): Buffer => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const utf = (s: string): Buffer => Buffer.concat([Buffer.from([0, s.length]), Buffer.from(s)]);
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(forge.pki.certificateFromPem(bytes(ROOT).toString()))).getBytes();
  const entry = Buffer.concat([u32(2), utf('root'), Buffer.alloc(8), utf('X.509'), u32(der.length), Buffer.from(der, 'binary')]);
  const trust = Buffer.concat([u32(0xfeedfeed), u32(2), u32(1), entry, Buffer.alloc(20)]);

  it('trusted certificates only: the input error says it is a truststore; with a key entry (Tomcat\'s), how to convert it', async () => {
    expect(trustedOnly(trust)).toBe(true);
    expect(trustedOnly(trust.subarray(0, 40))).toBe(false);
    expect(trustedOnly(bytes('site.jks'))).toBe(false);
    await expect(readTogether([['trust.jks', trust]])).rejects.toMatchObject({ message: 'trust.jks is a Java truststore (JKS): it holds only trusted certificates, no private key and no server certificate' });
    await expect(readTogether([], { pfx: pfx('trust.jks', trust) })).rejects.toMatchObject({ message: 'trust.jks is a Java truststore (JKS): it holds only trusted certificates, no private key and no server certificate' });
    await expect(readTogether([['site.jks', 'site.jks']])).rejects.toMatchObject({ message: 'site.jks is a Java keystore (JKS), not a PKCS#12 (.pfx/.p12) file' });
  });
});
