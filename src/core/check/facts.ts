// The leaf's facts `scm check` reports, from a parsed certificate (a file, a TLS handshake) or from what
// ShowCertificate says (names, expiry, SHA-1 fingerprint).
import { toRow } from '../inventory/rows.js';
import { notAfter, notBefore } from '../validate/cert-checks.js';
import { certNames } from '../validate/domains.js';
import { oneLine, type Cert } from '../validate/model.js';
import type { LeafFacts } from './report.js';

/** "AB:CD:..." as Node and openssl print fingerprints, as SCM does (lower case, no separators). */
export const plainFingerprint = (f: string): string => f.replace(/[^0-9a-fA-F]/g, '').toLowerCase();

export function leafFacts(cert: Cert): LeafFacts {
  const { dns, ip } = certNames(cert);
  return {
    subject: oneLine(cert.x509.subject),
    issuer: oneLine(cert.x509.issuer),
    dns,
    ip,
    notBefore: notBefore(cert),
    notAfter: notAfter(cert),
    sha1: plainFingerprint(cert.x509.fingerprint),
    sha256: plainFingerprint(cert.x509.fingerprint256),
  };
}

/** ShowCertificate's answer: SCM names no subject, so its domain stands in (`CN=` + domain). */
export function scmLeafFacts(item: Readonly<Record<string, unknown>>): LeafFacts {
  const row = toRow(item);
  const fingerprint = typeof item.fingerprint === 'string' ? plainFingerprint(item.fingerprint) : '';
  return {
    subject: row.domain ? `CN=${row.domain}` : '',
    dns: row.names,
    ip: [],
    ...(row.notAfter ? { notAfter: row.notAfter } : {}),
    ...(fingerprint.length === 40 ? { sha1: fingerprint } : fingerprint.length === 64 ? { sha256: fingerprint } : {}),
  };
}
