// Part of scripts/gen-fixtures.mjs (its stamp covers this file too): leaves around the caps on publicly trusted
// leaves by issue date (leaf-validity-too-long): 398 days from 2020-09-01 (SC31), 200, 100 and 47 days from
// 2026-03-15, 2027-03-15 and 2029-03-15 (SC-081). node-forge, as OpenSSL 3.0's CLI cannot set a notBefore: each is
// dated exactly (never "now", whose cap depends on the day the generator runs), so the tests inject a clock inside
// its validity. All are the RSA leaf's key, and declare the Baseline Requirements (a CA/Browser Forum policy) unless
// said otherwise, under an intermediate of their own valid since 2020-01-01 (the test PKI starts when the generator
// runs: a chain certificate not valid yet would be a finding of its own). Days are the BRs' (6.3.2): notBefore
// through notAfter inclusive, so a leaf of N days ends a second before its Nth day is out, as CAs issue them.
import { createRequire } from 'node:module';

const DAY = 86_400_000;
const DV = '2.23.140.1.2.1';
const EV = '2.23.140.1.1';
/** A CA's own policy OID (ISRG's, as Let's Encrypt asserted beside DV): not the Forum's, so it says nothing alone. */
const OWN = '1.3.6.1.4.1.44947.1.1.1';

/** The keys this part needs, cached like the others (node-forge signs with RSA only). */
export function lifetimeKeys(key) {
  return { inter2020: key('inter-2020', 'rsa2048') };
}

/** Everything this part writes; `h` holds the main generator's helpers. */
export function generateLifetimes(h) {
  const { read, write, K, rootRsa } = h;
  const forge = createRequire(import.meta.url)('node-forge');
  const { asn1 } = forge;
  const policies = (oids) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, oids.map((oid) =>
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(oid).getBytes())])));
  const leafKey = forge.pki.privateKeyFromPem(read(K.leafRsa));
  let serial = 3980;
  const root = forge.pki.certificateFromPem(read(rootRsa));
  const key2020 = forge.pki.privateKeyFromPem(read(K.inter2020));
  const i = forge.pki.createCertificate();
  i.publicKey = forge.pki.setRsaPublicKey(key2020.n, key2020.e);
  i.serialNumber = String(serial++);
  i.validity.notBefore = new Date('2020-01-01T00:00:00Z');
  i.validity.notAfter = new Date('2100-01-01T00:00:00Z');
  i.setSubject([{ shortName: 'O', value: 'scm fixtures' }, { shortName: 'CN', value: 'SCM Test Intermediate 2020' }]);
  i.setIssuer(root.subject.attributes);
  i.setExtensions([{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' }, { name: 'authorityKeyIdentifier', keyIdentifier: root.generateSubjectKeyIdentifier().getBytes() }]);
  i.sign(forge.pki.privateKeyFromPem(read(K.rootRsa)), forge.md.sha256.create());
  write('cases/lifetime-2020-chain.pem', forge.pki.certificateToPem(i));
  const [inter, interKey] = [i, key2020];
  /** `n` days as the BRs count them: notAfter - notBefore + 1 second. */
  const days = (n) => n * DAY - 1000;
  /**
   * A leaf from `from` for `ms` (notAfter - notBefore), with the policies `oids` (marked critical with `critical`,
   * as RFC 5280 allows); self-signed with `self`.
   */
  const leaf = (name, from, ms, oids, { self = false, critical = false } = {}) => {
    const start = new Date(from);
    const c = forge.pki.createCertificate();
    c.publicKey = forge.pki.setRsaPublicKey(leafKey.n, leafKey.e);
    c.serialNumber = String(serial++);
    c.validity.notBefore = start;
    c.validity.notAfter = new Date(start.getTime() + ms);
    c.setSubject([{ shortName: 'CN', value: 'rsa.example.com' }]);
    c.setIssuer(self ? c.subject.attributes : inter.subject.attributes);
    c.setExtensions([{ name: 'basicConstraints', cA: false, critical: true }, { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true }, { name: 'subjectAltName', altNames: [{ type: 2, value: 'rsa.example.com' }] },
      ...(oids.length > 0 ? [{ id: '2.5.29.32', critical, value: policies(oids) }] : []),
      ...(self ? [] : [{ name: 'authorityKeyIdentifier', keyIdentifier: inter.generateSubjectKeyIdentifier().getBytes() }])]);
    c.sign(self ? leafKey : interKey, forge.md.sha256.create());
    write(`cases/${name}.crt`, forge.pki.certificateToPem(c));
  };
  // Under SC31 (2025-06-01): one day too many, the Forum's policy after the CA's own (critical: its value comes after
  // the flag); the cap itself; a second over it (notAfter 398 days after notBefore: Chrome takes it, the BRs count 399
  // days); the same day too many without the Forum's policy (a private CA's own OID alone), and self-signed with it.
  const SC31 = '2025-06-01T00:00:00Z';
  leaf('lifetime-399d', SC31, days(399), [OWN, DV], { critical: true });
  leaf('lifetime-398d', SC31, days(398), [DV]);
  leaf('lifetime-398d-1s', SC31, 398 * DAY, [DV]);
  leaf('lifetime-own-policy', SC31, days(399), [OWN]);
  leaf('lifetime-self-signed', SC31, days(399), [DV], { self: true });
  // Around the date the cap took effect: the last second before it (825 days was the cap then), and its first.
  leaf('lifetime-before-cap', '2020-08-31T23:59:59Z', 825 * DAY, [EV]);
  leaf('lifetime-at-cap', '2020-09-01T00:00:00Z', days(399), [EV]);
  // SC-081's steps: the last second before each date with the cap before it (within it), and on the date the new
  // cap exactly and a day more; at 2026-03-15 also a second more (notAfter 200 days after notBefore: 201 days).
  for (const [date, before, cap] of [['2026-03-15', 398, 200], ['2027-03-15', 200, 100], ['2029-03-15', 100, 47]]) {
    const on = `${date}T00:00:00Z`;
    leaf(`lifetime-sc081-${cap}-before`, new Date(new Date(on).getTime() - 1000).toISOString(), days(before), [DV]);
    leaf(`lifetime-sc081-${cap}-at`, on, days(cap), [DV]);
    leaf(`lifetime-sc081-${cap}-over`, on, days(cap + 1), [DV]);
  }
  leaf('lifetime-sc081-200-1s', '2026-03-15T00:00:00Z', 200 * DAY, [DV]);
}
