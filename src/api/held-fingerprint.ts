// The fingerprints of the leaf SCM holds under an id, for a ShowCertificate answer without one scm can compare
// (left out, empty, not a digest: core/fingerprint.ts): every member of the SDK's model is optional,
// and the service does not promise `fingerprint`. The leaf is read from ExportCertificate and hashed here, for
// upload's lookup (find.ts) and `check --expect ID`. That answer also carries the private key: only the leaf's
// PEM is taken from it, the rest is dropped at once, never kept, logged or shown. PEM whose line breaks were
// lost on the way (written as \n in the JSON string, or turned into spaces) is mended first, as `scm export`
// mends it. Small on purpose: check's start-up loads it (node:crypto only when an export is read).
import { shownFingerprint } from '../core/fingerprint.js';
import { repairPem } from '../core/validate/pem.js';
import type { ScmClient } from './client.js';

/** The first certificate of a PEM text (the leaf: SCM puts it first in `entire_certificate`). */
const FIRST_CERT = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/;

/**
 * SHA-1 and SHA-256 of the held leaf, lower-case hex without separators; undefined when the export holds no leaf
 * Node can read (the caller cannot judge: undecided, never "another certificate"). Export failures are thrown.
 */
export async function heldFingerprints(client: Pick<ScmClient, 'exportCertificate'>, id: string): Promise<{ sha1: string; sha256: string } | undefined> {
  const exported = await client.exportCertificate(id);
  const first = (text: string): string | undefined => FIRST_CERT.exec(repairPem(text) ?? text)?.[0];
  const pem = first(exported.certificate) ?? first(exported.entireCertificate);
  if (pem === undefined) return undefined;
  const { X509Certificate } = await import('node:crypto');
  try {
    const leaf = new X509Certificate(pem);
    return { sha1: shownFingerprint(leaf.fingerprint)!, sha256: shownFingerprint(leaf.fingerprint256)! };
  } catch {
    return undefined;
  }
}
