// A leaf certificate as SCM's list and ShowCertificate can be held against it: its fingerprints, its names and
// its expiry (identityOf), and whether a list entry could be it (mayBe). Apart from find.ts, which looks the
// copies up, because upload, rotate and the tests need a leaf's identity without the lookup (and its list code).
import { X509Certificate } from 'node:crypto';
import { plainFingerprint } from '../core/fingerprint.js';
import { splitNames } from '../core/inventory/rows.js';
import { DAY_MS, parseScmTime } from '../core/inventory/time.js';
import { hostForm } from '../core/validate/host-form.js';
import type { CertificateListItem } from './types.js';

export interface CertIdentity {
  /** Lower-case hex, no separators. */
  sha1: string;
  /** The same for SHA-256, in case a service reports that one as `fingerprint`. */
  sha256: string;
  /** DNS names from the SANs, else the CN; the first (the CN when there is one) is what SCM lists as `domain`. */
  names: string[];
  notAfter: Date;
}

export function identityOf(leafPem: string): CertIdentity {
  const cert = new X509Certificate(leafPem);
  const sans = (cert.subjectAltName ?? '').split(/,\s*/).filter((s) => s.startsWith('DNS:')).map((s) => s.slice(4));
  const cn = /(?:^|\n)CN=([^\n]+)/.exec(cert.subject)?.[1];
  const names = [...new Set([...(cn ? [cn] : []), ...sans])];
  return { sha1: plainFingerprint(cert.fingerprint), sha256: plainFingerprint(cert.fingerprint256), names, notAfter: new Date(cert.validTo) };
}

/**
 * Could this list entry be the leaf? Its names are among the leaf's, its expiry within a day. Unknown fields do
 * not exclude, nor does a name written in Unicode on one side and in punycode on the other (one name).
 */
export function mayBe(item: CertificateListItem, id: CertIdentity): boolean {
  const ours = new Set(id.names.map(hostForm));
  const domain = splitNames(item.domain).map(hostForm);
  if (domain.length > 0 && !domain.every((n) => ours.has(n))) return false;
  if (!splitNames(item.sans).every((n) => ours.has(hostForm(n)))) return false;
  const expires = parseScmTime(item.expire_time);
  return expires === undefined || Math.abs(expires.getTime() - id.notAfter.getTime()) <= DAY_MS;
}
