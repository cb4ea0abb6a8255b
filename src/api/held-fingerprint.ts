// The fingerprints of the leaf SCM holds under an id, for a ShowCertificate answer without `fingerprint` (or
// with an empty one): the SDK's model makes every member optional, and the service does not promise it. The
// leaf is read from ExportCertificate and hashed here. That answer also carries the private key: only the
// leaf's PEM is taken from it, the rest is dropped at once, never kept, logged or shown.
import { X509Certificate } from 'node:crypto';
import { normalizeFingerprint } from './cert-identity.js';
import type { ScmClient } from './client.js';

/** The first certificate of a PEM text (the leaf: SCM puts it first in `entire_certificate`). */
const FIRST_CERT = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/;

/**
 * SHA-1 and SHA-256 of the held leaf, lower-case hex; undefined when the export holds no leaf Node can read (an
 * answer scm cannot judge: undecided for the caller, never "another certificate"). Export failures are thrown.
 */
export async function heldFingerprints(client: ScmClient, id: string): Promise<{ sha1: string; sha256: string } | undefined> {
  const exported = await client.exportCertificate(id);
  const pem = FIRST_CERT.exec(exported.certificate)?.[0] ?? FIRST_CERT.exec(exported.entireCertificate)?.[0];
  if (pem === undefined) return undefined;
  try {
    const leaf = new X509Certificate(pem);
    return { sha1: normalizeFingerprint(leaf.fingerprint), sha256: normalizeFingerprint(leaf.fingerprint256) };
  } catch {
    return undefined;
  }
}
