// Part of scripts/gen-fixtures.mjs (its stamp covers this file too): leaves around the 398-day cap on publicly
// trusted leaves issued since 2020-09-01 (leaf-validity-too-long). node-forge, as OpenSSL 3.0's CLI cannot set a
// notBefore: each is dated exactly, so the tests inject a clock inside its validity. All are the RSA leaf's key, and
// declare the Baseline Requirements (a CA/Browser Forum policy) unless said otherwise. Those issued now are under the
// RSA intermediate; those of 2020 under an intermediate of their own valid since 2020-01-01 (the test PKI starts
// when the generator runs: a chain certificate not valid yet would be a finding of its own).
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
  const { read, write, K, interRsa, rootRsa } = h;
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
  const CAS = { now: [forge.pki.certificateFromPem(read(interRsa)), forge.pki.privateKeyFromPem(read(K.interRsa))], 2020: [i, key2020] };
  /**
   * A leaf from `from` (now: when the generator runs, to the second) for `ms`, with the policies `oids` (marked
   * critical with `critical`, as RFC 5280 allows); self-signed with `self`.
   */
  const leaf = (name, from, ms, oids, { self = false, critical = false } = {}) => {
    const [inter, interKey] = CAS[from === 'now' ? 'now' : 2020];
    const start = from === 'now' ? new Date(Math.floor(Date.now() / 1000) * 1000) : new Date(from);
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
  // One day too many, the Forum's policy after the CA's own (critical: its value comes after the flag); the cap itself; the same day too many without the
  // Forum's policy (a private CA's own OID alone), and self-signed with it (exempt).
  leaf('lifetime-399d', 'now', 399 * DAY, [OWN, DV], { critical: true });
  leaf('lifetime-398d', 'now', 398 * DAY, [DV]);
  leaf('lifetime-own-policy', 'now', 399 * DAY, [OWN]);
  leaf('lifetime-self-signed', 'now', 399 * DAY, [DV], { self: true });
  // Around the date the cap took effect: the last second before it (825 days was the cap then), and its first.
  leaf('lifetime-before-cap', '2020-08-31T23:59:59Z', 825 * DAY, [EV]);
  leaf('lifetime-at-cap', '2020-09-01T00:00:00Z', 399 * DAY, [EV]);
}
