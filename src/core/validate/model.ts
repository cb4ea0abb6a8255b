// The parsed pieces a bundle is made of: certificates (with what node:crypto cannot tell us on Node 20
// filled in from DER) and key descriptions that work for RSA, EC, Ed25519, SM2 and the key types TLS cannot use.
import { createHash, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import { certKeyIds, certSignature, keyUsageBits, OID, spkiAlgorithm, type KeyIds } from './der-cert.js';
import { altNames, dnName, emptyIssuerName, emptySubjectName, oneLine } from './names.js';
import { armor } from './pem.js';

export { altNames, commonName, dnName, oneLine } from './names.js';

export interface KeyInfo {
  /** "RSA", "EC", "Ed25519", "SM2", "DSA", "X25519", ... */
  type: string;
  bits: number | null;
  /** "RSA 2048", "EC P-256", "SM2", "Ed25519", "EC secp256k1". */
  text: string;
  /** For EC keys: the curve, as "P-256" or OpenSSL's name. */
  curve?: string;
}

export interface Cert {
  x509: X509Certificate;
  der: Buffer;
  /** Canonical PEM, as it would be sent. */
  pem: string;
  /** The input it came from ("fullchain.pem") and its 1-based position there. */
  source: string;
  position: number;
  /** For messages: "CN=leaf.example.com" (or the whole subject when there is no CN). */
  name: string;
  /** The same for its issuer. */
  issuerName: string;
  sha256: string;
  signature: { name: string | null; weak?: string };
  key: KeyInfo;
  /** The certificate's public key, made once (x509.publicKey builds a new KeyObject on every read). */
  publicKey: KeyObject;
  /** basicConstraints CA:TRUE. */
  ca: boolean;
  sm2: boolean;
  selfSigned: boolean;
}

/**
 * A self-signed CA made to issue (keyUsage keyCertSign, no subjectAltName): a root given where the server
 * certificate belongs (`scm validate ca.pem`, `--cert ca.pem`), never a self-signed leaf, as OpenSSL 3's `req -x509`
 * makes them (CA:TRUE without keyUsage, or with the site's names).
 */
export const issuingRoot = (c: Cert): boolean => c.selfSigned && ((keyUsageBits(c.der) ?? 0) & 0x0400) !== 0 && c.x509.subjectAltName === undefined;

const CURVES: Record<string, [string, number]> = {
  prime256v1: ['P-256', 256],
  secp384r1: ['P-384', 384],
  secp521r1: ['P-521', 521],
  prime192v1: ['P-192', 192],
  secp224r1: ['P-224', 224],
  secp256k1: ['secp256k1', 256],
  brainpoolP256r1: ['brainpoolP256r1', 256],
  brainpoolP384r1: ['brainpoolP384r1', 384],
  brainpoolP512r1: ['brainpoolP512r1', 512],
};

const FIXED: Record<string, KeyInfo> = {
  ed25519: { type: 'Ed25519', bits: 256, text: 'Ed25519' },
  ed448: { type: 'Ed448', bits: 456, text: 'Ed448' },
  x25519: { type: 'X25519', bits: 256, text: 'X25519' },
  x448: { type: 'X448', bits: 448, text: 'X448' },
  dh: { type: 'DH', bits: null, text: 'DH' },
};

/** The words `text` holds when Node names no key type or curve (English: the JSON's; key-text.ts says them in the reader's language). */
/** The file name of an input's source (its path as given): what findings and lists name a file by. */
export const sourceName = (source: string): string => source.slice(source.lastIndexOf('/') + 1);

export const UNKNOWN_KEY = 'unknown key type';
export const UNKNOWN_CURVE = 'unknown curve';

/** Type and size of a public or private key. Never exports SM2 keys as SEC1 (that aborts Node 20). */
export function describeKey(key: KeyObject): KeyInfo {
  const details = key.asymmetricKeyDetails ?? {};
  const type = key.asymmetricKeyType;
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      const bits = details.modulusLength ?? null;
      const name = type === 'rsa' ? 'RSA' : 'RSA-PSS';
      return { type: name, bits, text: `${name} ${bits ?? '?'}` };
    }
    case 'ec': {
      const [curve, bits] = CURVES[details.namedCurve ?? ''] ?? [details.namedCurve ?? UNKNOWN_CURVE, null];
      return { type: 'EC', bits, text: `EC ${curve}`, curve };
    }
    case 'dsa':
      return { type: 'DSA', bits: details.modulusLength ?? null, text: `DSA ${details.modulusLength ?? '?'}` };
    case undefined: {
      // Node 20 leaves SM2 keys untyped; the curve OID in the SubjectPublicKeyInfo says what they are.
      const pub = key.type === 'private' ? createPublicKey(key) : key;
      const { curve } = spkiAlgorithm(pub.export({ type: 'spki', format: 'der' }));
      if (curve === OID.sm2Curve) return { type: 'SM2', bits: 256, text: 'SM2' };
      return { type: 'unknown', bits: null, text: UNKNOWN_KEY };
    }
    default:
      return FIXED[type] ?? { type, bits: null, text: type };
  }
}

/** Hashes neither Node nor OpenSSL 3's default provider computes: a signature with them verifies with no key. */
export const UNVERIFIABLE = new Set(['MD4', 'MD2']);

const keyIdCache = new WeakMap<Buffer, KeyIds>();

/** Subject and authority key identifiers (hex), read when a link needs explaining (not for every certificate). */
export function keyIdsOf(cert: Cert): KeyIds {
  let ids = keyIdCache.get(cert.der);
  if (!ids) keyIdCache.set(cert.der, (ids = certKeyIds(cert.der)));
  return ids;
}

function makeCert(x509: X509Certificate, der: Buffer, sha256: string, source: string, position: number): Cert {
  // OpenSSL parses a certificate whose validity it cannot read, then prints that date as "Bad time value":
  // such a certificate is as unusable as one that does not parse (and every date check needs the dates).
  if (Number.isNaN(Date.parse(x509.validFrom)) || Number.isNaN(Date.parse(x509.validTo))) throw new Error('unreadable validity dates');
  const publicKey = x509.publicKey;
  const key = describeKey(publicKey);
  const sm2 = key.type === 'SM2';
  // Not checkIssued(self): OpenSSL's version also demands keyCertSign, which self-signed leaves lack.
  // SM2 signatures cannot be verified on Node 20: a self-issued SM2 certificate counts as self-signed. Two
  // empty names are equal without naming anyone: then only a signature that verifies makes it self-signed.
  // MD4 and MD2 ones verify with no key: the name and key identifiers judge them, as links.ts judges their links.
  const named = x509.subject !== undefined;
  const [signature, ids] = [certSignature(der), certKeyIds(der)];
  const ownKeyId = ids.aki === undefined || ids.ski === undefined || ids.aki === ids.ski;
  const selfSigned = x509.subject === x509.issuer && (sm2 ? named : UNVERIFIABLE.has(signature.weak ?? '') ? named && ownKeyId : x509.verify(publicKey));
  const name = dnName(x509.subject) || emptySubjectName(x509);
  return {
    x509,
    der,
    pem: armor('CERTIFICATE', der),
    source,
    position,
    name,
    issuerName: dnName(x509.issuer) || emptyIssuerName(ids.aki, selfSigned, name),
    sha256,
    signature,
    key,
    publicKey,
    ca: x509.ca,
    sm2,
    selfSigned,
  };
}

/**
 * Messages call a certificate by its CN ("CN=Demo CA"), and two names with one CN (another O and C, or the same
 * RDNs in another order) would then read as one: among `certs` (one bundle, one served chain), such names are
 * given in full, as subject and as issuer. Each bundle has its own Cert objects (certFromDer), so this is its own.
 */
export function nameApart(certs: readonly Cert[]): void {
  const full = new Map<string, Set<string>>();
  for (const dn of certs.flatMap((c) => [c.x509.subject, c.x509.issuer])) {
    if (dn !== undefined) full.set(dnName(dn), (full.get(dnName(dn)) ?? new Set()).add(dn));
  }
  const alike = (dn: string | undefined): dn is string => dn !== undefined && full.get(dnName(dn))!.size > 1;
  for (const c of certs) {
    if (alike(c.x509.subject)) c.name = oneLine(c.x509.subject);
    if (alike(c.x509.issuer)) c.issuerName = oneLine(c.x509.issuer);
  }
}

// Bundles validated together mostly share their intermediates (every Let's Encrypt bundle carries the same
// R11): parse each distinct CA certificate once per process. Bounded, and keyed by content, so never stale.
// Leaves are not kept: each is seen once, and a cached one outlives the young generation, so its OpenSSL
// memory would wait for a full GC (`scm validate` of 2,000 bundles then peaked at twice the memory of 200).
const parsed = new Map<string, Cert>();
const CACHE_SIZE = 256;

/** What a certificate's bytes are known by: the SHA-256 (hex) of its DER, the key of a bundle's `seen` map. */
export const derKey = (der: Buffer): string => createHash('sha256').update(der).digest('hex');

/**
 * Parses DER into a Cert; throws what X509Certificate throws. `seen` (per bundle) returns the Cert already
 * made from the same bytes (cert.pem and fullchain.pem hold the same leaf): each certificate is parsed once.
 */
export function certFromDer(der: Buffer, source: string, position: number, seen?: Map<string, Cert>): Cert {
  const sha256 = derKey(der);
  const known = seen?.get(sha256);
  if (known) return known;
  let cert = parsed.get(sha256);
  if (!cert) {
    // X509Certificate would take PEM text too; the bytes kept here are the bytes sent, so they must be DER.
    if (der[0] !== 0x30) throw new Error('not DER');
    cert = makeCert(new X509Certificate(der), der, sha256, source, position);
    if (cert.ca) {
      if (parsed.size >= CACHE_SIZE) parsed.delete(parsed.keys().next().value!);
      parsed.set(sha256, cert);
    }
  }
  const out = { ...cert, source, position };
  seen?.set(sha256, out);
  return out;
}
