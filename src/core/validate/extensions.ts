// Critical extensions TLS clients do not process. RFC 5280 4.2: "A certificate-using system MUST reject the
// certificate if it encounters a critical extension it does not recognize"; OpenSSL does so with "unhandled
// critical extension" (verify error 34), browsers likewise. SCM stores such a certificate all the same, so only
// scm can say it before a site stops working. An extension given twice is refused the same way.
import { certExtensions } from './der-cert.js';

/**
 * What every path validator processes (RFC 5280 section 6, plus the names and purposes TLS checks): OpenSSL,
 * BoringSSL, Chrome's verifier, NSS and Java all know these, critical or not.
 */
const KNOWN_TO_ALL = new Set([
  '2.5.29.15', // keyUsage
  '2.5.29.17', // subjectAltName
  '2.5.29.19', // basicConstraints
  '2.5.29.30', // nameConstraints
  '2.5.29.32', // certificatePolicies
  '2.5.29.33', // policyMappings
  '2.5.29.36', // policyConstraints
  '2.5.29.37', // extendedKeyUsage
  '2.5.29.54', // inhibitAnyPolicy
]);

/** Known to OpenSSL (X509_supported_extension) but not to browsers: Chrome's verifier refuses them critical. */
const KNOWN_TO_OPENSSL = new Set([
  '2.5.29.31', // crlDistributionPoints
  '2.16.840.1.113730.1.1', // nsCertType
  '1.3.6.1.5.5.7.1.7', // sbgp-ipAddrBlock (RFC 3779)
  '1.3.6.1.5.5.7.1.8', // sbgp-autonomousSysNum (RFC 3779)
  '1.3.6.1.5.5.7.1.14', // proxyCertInfo
  '1.3.6.1.5.5.7.48.1.5', // OCSP noCheck
]);

/** OpenSSL's short names, for the extensions a CA could mark critical by mistake; others go by their OID. */
const NAMES: Record<string, string> = {
  '2.5.29.15': 'keyUsage',
  '2.5.29.17': 'subjectAltName',
  '2.5.29.19': 'basicConstraints',
  '2.5.29.30': 'nameConstraints',
  '2.5.29.32': 'certificatePolicies',
  '2.5.29.37': 'extendedKeyUsage',
  '2.5.29.14': 'subjectKeyIdentifier',
  '2.5.29.35': 'authorityKeyIdentifier',
  '2.5.29.18': 'issuerAltName',
  '2.5.29.9': 'subjectDirectoryAttributes',
  '2.5.29.46': 'freshestCRL',
  '1.3.6.1.5.5.7.1.1': 'authorityInfoAccess',
  '1.3.6.1.5.5.7.1.11': 'subjectInfoAccess',
  '1.3.6.1.5.5.7.1.24': 'tlsfeature',
  '1.3.6.1.4.1.11129.2.4.2': 'ct_precert_scts',
  '1.3.6.1.4.1.11129.2.4.3': 'ct_precert_poison',
  '2.5.29.31': 'crlDistributionPoints',
  '2.16.840.1.113730.1.1': 'nsCertType',
  '1.3.6.1.5.5.7.1.7': 'sbgp-ipAddrBlock',
  '1.3.6.1.5.5.7.1.8': 'sbgp-autonomousSysNum',
  '1.3.6.1.5.5.7.1.14': 'proxyCertInfo',
  '1.3.6.1.5.5.7.48.1.5': 'noCheck',
};

export interface UnhandledExtension {
  /** "authorityInfoAccess (1.3.6.1.5.5.7.1.1)", or the bare OID. */
  text: string;
  /** OpenSSL processes it (so servers and clients on OpenSSL accept it); browsers do not. */
  openssl: boolean;
}

/**
 * Extension ::= SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }, in the
 * tbsCertificate's [3] field: the OIDs of those marked critical.
 */
export function criticalExtensionOids(der: Buffer): string[] {
  const out: string[] = [];
  for (const { id, parts } of certExtensions(der)) {
    const flag = parts[1];
    if (id && flag && flag.tag === 0x01 && flag.end > flag.start && der[flag.start] !== 0) out.push(id);
  }
  return out;
}

const extensionText = (oid: string): string => (NAMES[oid] ? `${NAMES[oid]} (${oid})` : oid);

/** The critical extensions of a certificate that some or all TLS clients do not process. */
export function unhandledCriticalExtensions(der: Buffer): UnhandledExtension[] {
  return criticalExtensionOids(der)
    .filter((oid) => !KNOWN_TO_ALL.has(oid))
    .map((oid) => ({ text: extensionText(oid), openssl: KNOWN_TO_OPENSSL.has(oid) }));
}

/**
 * Extensions a certificate carries more than once, with how many times. RFC 5280 (4.2) allows one of each, and
 * OpenSSL marks such a certificate invalid (ossl_x509v3_cache_extensions: "invalid certificate"), as browsers do;
 * which copy a reader takes is anyone's guess (Node shows the first subjectAltName).
 */
export function duplicateExtensions(der: Buffer): Array<{ text: string; count: number }> {
  const counts = new Map<string, number>();
  for (const { id } of certExtensions(der)) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([oid, count]) => ({ text: extensionText(oid), count }));
}
