// The leaf's facts `scm check` reports, from a parsed certificate (a file, a TLS handshake) or from what
// ShowCertificate says (names, expiry, SHA-1 fingerprint).
import { plainFingerprint, shownFingerprint } from '../fingerprint.js';
import { toRow } from '../inventory/rows.js';
import { parseScmTime } from '../inventory/time.js';
import { notAfter, notBefore } from '../validate/cert-dates.js';
import { certNames } from '../validate/domains.js';
import { oneLine, type Cert } from '../validate/model.js';
import type { LeafFacts } from './report.js';

export { plainFingerprint };

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

/**
 * ShowCertificate's answer: SCM names no subject, so its domain stands in (`CN=` + domain). Its fingerprint is
 * read as show reads it: a value that is not a digest leaves the comparison undecided, never a wrong digest.
 */
export function scmLeafFacts(item: Readonly<Record<string, unknown>>): LeafFacts {
  const row = toRow(item);
  const fingerprint = shownFingerprint(item.fingerprint) ?? '';
  // What the server gives is filled in: not_before (UTC+8, as not_after), and the issuer. The SDK's model has no
  // issuer member; an `issuer` a server sends is taken, else `brand`, the CA that issued a purchased certificate.
  const notBefore = parseScmTime(item.not_before);
  const issuer = [item.issuer, item.brand].find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim();
  return {
    subject: row.domain ? `CN=${row.domain}` : '',
    ...(issuer ? { issuer: oneLine(issuer) } : {}),
    dns: row.names,
    ip: [],
    ...(notBefore ? { notBefore } : {}),
    ...(row.notAfter ? { notAfter: row.notAfter } : {}),
    ...(fingerprint.length === 40 ? { sha1: fingerprint } : fingerprint.length === 64 ? { sha256: fingerprint } : {}),
  };
}

/**
 * A fingerprint pasted as --expect, in the forms people copy: `openssl x509 -fingerprint`'s `sha256
 * Fingerprint=AB:CD:...` (or `SHA1 Fingerprint=`), hex with colons, spaces or nothing between bytes, either case;
 * 40 digits are SHA-1, 64 SHA-256. Undefined when it is not one (or its prefix names the other algorithm).
 */
export function pastedFingerprint(text: string): { sha1: string } | { sha256: string } | undefined {
  const m = /^\s*(?:(sha-?1|sha-?256)\s+fingerprint\s*=\s*)?((?:[0-9a-f]{2}[:\s]?)+)\s*$/i.exec(text);
  if (!m) return undefined;
  const hex = plainFingerprint(m[2]!);
  const algo = m[1]?.replace('-', '').toLowerCase();
  if (hex.length === 40 && algo !== 'sha256') return { sha1: hex };
  if (hex.length === 64 && algo !== 'sha1') return { sha256: hex };
  return undefined;
}

/**
 * A value with a pasted fingerprint's form that pastedFingerprint does not take: openssl's `sha1 Fingerprint=` or
 * `sha256 Fingerprint=` before hex, or hex digits with colons or spaces between them, or 16 or more bare hex
 * digits (a shorter bare word may be a file name). Its hex digits counted, and the algorithm its prefix names.
 * Undefined when it has no such form, or is a fingerprint after all.
 */
export function fingerprintLike(text: string): { digits: number; named?: 'SHA-1' | 'SHA-256' } | undefined {
  if (pastedFingerprint(text)) return undefined;
  const m = /^\s*(?:(sha-?1|sha-?256)\s+fingerprint\s*=\s*)?([0-9a-f][0-9a-f:\s]*)$/i.exec(text);
  if (!m) return undefined;
  const digits = plainFingerprint(m[2]!).length;
  if (!m[1] && !/[:\s]/.test(m[2]!.trim()) && digits < 16) return undefined;
  return { digits, ...(m[1] ? { named: m[1].replace('-', '').toLowerCase() === 'sha1' ? 'SHA-1' as const : 'SHA-256' as const } : {}) };
}
