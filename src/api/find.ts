// Finding a certificate that is already in SCM: list by domain, then compare the SHA-1 fingerprint that
// ShowCertificate returns. Used by `upload --if-changed` and before re-sending an import of unknown outcome.
import { X509Certificate } from 'node:crypto';
import type { ScmClient } from './client.js';

export interface CertIdentity {
  /** Lower-case hex, no separators. */
  sha1: string;
  /** DNS names from the SANs, else the CN; the first is what SCM lists as `domain`. */
  names: string[];
}

export const normalizeFingerprint = (f: string): string => f.replace(/[^0-9a-fA-F]/g, '').toLowerCase();

export function identityOf(leafPem: string): CertIdentity {
  const cert = new X509Certificate(leafPem);
  const sans = (cert.subjectAltName ?? '').split(/,\s*/).filter((s) => s.startsWith('DNS:')).map((s) => s.slice(4));
  const cn = /(?:^|\n)CN=([^\n]+)/.exec(cert.subject)?.[1];
  const names = [...new Set([...(cn ? [cn] : []), ...sans])];
  return { sha1: normalizeFingerprint(cert.fingerprint), names };
}

export interface Found {
  id: string;
  name?: string;
}

/** How many candidates we are willing to open one by one. */
const MAX_SHOWS = 20;
const PAGE = 50;

/**
 * The id of a certificate in SCM with the same fingerprint, or undefined. Searches the newest 50 certificates
 * whose name or domain contains the certificate's primary name (ListCertificates `content`).
 */
export async function findExisting(client: ScmClient, identity: CertIdentity): Promise<Found | undefined> {
  const domain = identity.names[0];
  const { certificates } = await client.list({ limit: PAGE, offset: 0, ...(domain ? { content: domain } : {}) });
  const wanted = new Set(identity.names.map((n) => n.toLowerCase()));
  // Certificates listed under one of our names first; the rest of the page after them.
  const ranked = [...certificates].sort((a, b) => Number(!wanted.has(String(a.domain).toLowerCase())) - Number(!wanted.has(String(b.domain).toLowerCase())));
  for (const item of ranked.slice(0, MAX_SHOWS)) {
    if (typeof item.id !== 'string') continue;
    const detail = await client.show(item.id);
    if (typeof detail.fingerprint === 'string' && normalizeFingerprint(detail.fingerprint) === identity.sha1) {
      return { id: item.id, ...(typeof item.name === 'string' ? { name: item.name } : {}) };
    }
  }
  return undefined;
}
