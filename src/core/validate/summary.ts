// The certificate summary shown before the findings (and in --json): who it is for, who issued it,
// how long it is valid, its key and fingerprint, and the chain as found.
import { daysLeft, notAfter, notBefore } from './cert-checks.js';
import { certNames } from './domains.js';
import { oneLine, type Cert } from './model.js';
import type { CertificateSummary } from './types.js';

const role = (c: Cert, i: number): string => (i === 0 ? 'leaf' : c.selfSigned ? 'root' : 'intermediate');

export function summarise(leaf: Cert, path: Cert[], unrelated: Cert[], now: Date): CertificateSummary {
  const { dns, ip } = certNames(leaf);
  const chain = path.map((c, i) => `${c.name} (${role(c, i)}, ${c.key.text})`);
  const top = path[path.length - 1]!;
  if (!top.selfSigned) chain.push(`${oneLine(top.x509.issuer)} (${path.length === 1 ? 'issuer' : 'root'}, not included)`);
  for (const c of unrelated) chain.push(`${c.name} (not part of the chain)`);
  return {
    subject: oneLine(leaf.x509.subject),
    issuer: oneLine(leaf.x509.issuer),
    names: [...dns, ...ip],
    notBefore: notBefore(leaf).toISOString(),
    notAfter: notAfter(leaf).toISOString(),
    daysLeft: daysLeft(leaf, now),
    keyType: leaf.key.type,
    keySize: leaf.key.bits,
    key: leaf.key.text,
    signatureAlgorithm: leaf.signature.name,
    sha256: leaf.x509.fingerprint256,
    sha1: leaf.x509.fingerprint,
    serial: leaf.x509.serialNumber,
    chain,
  };
}
