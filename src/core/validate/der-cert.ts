// The few DER facts of a certificate node:crypto does not expose on Node 20: its signature algorithm (with a
// readable name and whether its hash is broken), its extensions, key usage, basic constraints and key
// identifiers, and the algorithm and curve of a public key (an SM2 key's among them). Read with der.ts.
import { childrenOf, oidOf, oidString, tlvAt, valueOf, type Tlv } from './der.js';

/** The OID of the AlgorithmIdentifier that opens `alg` (a SEQUENCE). */
function algorithmOid(buf: Buffer, alg: Tlv): string | undefined {
  return oidOf(buf, tlvAt(buf, alg.start, alg.end));
}

/** Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }: the signatureAlgorithm (a SEQUENCE). */
function certSignatureAlgorithm(der: Buffer): Tlv | undefined {
  const cert = tlvAt(der, 0);
  if (!cert || cert.tag !== 0x30) return undefined;
  const tbs = tlvAt(der, cert.start, cert.end);
  if (!tbs) return undefined;
  const alg = tlvAt(der, tbs.end, cert.end);
  return alg && alg.tag === 0x30 ? alg : undefined;
}

/** The signatureAlgorithm OID of a certificate. */
export function certSignatureOid(der: Buffer): string | undefined {
  const alg = certSignatureAlgorithm(der);
  return alg && algorithmOid(der, alg);
}

export interface KeyIds {
  /** subjectKeyIdentifier, hex. */
  ski?: string;
  /** authorityKeyIdentifier's keyIdentifier, hex. */
  aki?: string;
}

/** One extension of a certificate: Extension ::= SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }. */
export interface Extension {
  id: string | undefined;
  /** extnID, then critical when present, then extnValue (the last). */
  parts: Tlv[];
}

/** The extensions of a certificate (its tbsCertificate's [3] field), in order; none when it has no such field. */
export function certExtensions(der: Buffer): Extension[] {
  const cert = tlvAt(der, 0);
  const tbs = cert && tlvAt(der, cert.start, cert.end);
  const wrapper = tbs && childrenOf(der, tbs)?.find((t) => t.tag === 0xa3);
  const list = wrapper && tlvAt(der, wrapper.start, wrapper.end);
  return ((list && childrenOf(der, list)) ?? []).flatMap((ext) => {
    const parts = childrenOf(der, ext);
    return parts ? [{ id: oidOf(der, parts[0]), parts }] : [];
  });
}

/** keyUsage's bits (RFC 5280 4.2.1.3) as the first two bytes of its BIT STRING; undefined without the extension. */
export function keyUsageBits(der: Buffer): number | undefined {
  for (const { id, parts } of certExtensions(der)) {
    if (id !== '2.5.29.15') continue;
    const octets = parts.at(-1)!;
    const bits = tlvAt(der, octets.start, octets.end);
    if (!bits || bits.tag !== 0x03) return undefined;
    const value = valueOf(der, bits);
    return ((value[1] ?? 0) << 8) | (value[2] ?? 0);
  }
  return undefined;
}

/**
 * basicConstraints' cA flag (RFC 5280 4.2.1.9: SEQUENCE { cA BOOLEAN DEFAULT FALSE, ... }); undefined without the
 * extension. Node's x509.ca is OpenSSL's X509_check_ca, which also says false for a keyUsage without keyCertSign.
 */
export function basicConstraintsCa(der: Buffer): boolean | undefined {
  const ext = certExtensions(der).find((e) => e.id === '2.5.29.19');
  if (!ext) return undefined;
  const octets = ext.parts.at(-1)!;
  const seq = tlvAt(der, octets.start, octets.end);
  const first = seq && seq.tag === 0x30 ? childrenOf(der, seq)?.[0] : undefined;
  return first?.tag === 0x01 && der[first.start] !== 0;
}

/** basicConstraints' pathLenConstraint (RFC 5280 4.2.1.9): how many CA certificates may follow this one; undefined when unset. */
export function basicConstraintsPathLen(der: Buffer): number | undefined {
  const ext = certExtensions(der).find((e) => e.id === '2.5.29.19');
  const octets = ext?.parts.at(-1);
  const seq = octets && tlvAt(der, octets.start, octets.end);
  const len = seq && seq.tag === 0x30 ? childrenOf(der, seq)?.find((t) => t.tag === 0x02) : undefined;
  // An INTEGER of a few bytes at most: a longer one allows more CAs than any path holds.
  if (!len || len.end - len.start > 4) return undefined;
  let n = 0;
  for (let i = len.start; i < len.end; i++) n = n * 256 + der[i]!;
  return n;
}

const EXT_SKI = '2.5.29.14';
const EXT_AKI = '2.5.29.35';

/** The key identifiers of a certificate's extensions (RFC 5280 4.2.1.1 and 4.2.1.2). */
export function certKeyIds(der: Buffer): KeyIds {
  const out: KeyIds = {};
  for (const { id, parts } of certExtensions(der)) {
    const value = parts[parts.length - 1];
    if (!value || value.tag !== 0x04) continue;
    const inner = tlvAt(der, value.start, value.end);
    if (!inner) continue;
    if (id === EXT_SKI && inner.tag === 0x04) out.ski = der.toString('hex', inner.start, inner.end);
    if (id === EXT_AKI && inner.tag === 0x30) {
      const keyId = childrenOf(der, inner)?.find((t) => t.tag === 0x80);
      if (keyId) out.aki = der.toString('hex', keyId.start, keyId.end);
    }
  }
  return out;
}

/** SubjectPublicKeyInfo ::= SEQUENCE { algorithm SEQUENCE { oid, params }, key }: [algorithm, curve]. */
export function spkiAlgorithm(spki: Buffer): { algorithm?: string; curve?: string } {
  const outer = tlvAt(spki, 0);
  const alg = outer && tlvAt(spki, outer.start, outer.end);
  if (!alg || alg.tag !== 0x30) return {};
  const oid = tlvAt(spki, alg.start, alg.end);
  if (!oid || oid.tag !== 0x06) return {};
  const param = tlvAt(spki, oid.end, alg.end);
  const algorithm = oidString(valueOf(spki, oid));
  return param && param.tag === 0x06 ? { algorithm, curve: oidString(valueOf(spki, param)) } : { algorithm };
}

export const OID = {
  sm2Curve: '1.2.156.10197.1.301',
} as const;

type Broken = 'MD5' | 'SHA-1' | 'MD2' | 'MD4';

const SIGNATURES: Record<string, { name: string; weak?: Broken }> = {
  '1.2.840.113549.1.1.2': { name: 'md2WithRSAEncryption', weak: 'MD2' },
  '1.2.840.113549.1.1.3': { name: 'md4WithRSAEncryption', weak: 'MD4' },
  '1.2.840.113549.1.1.4': { name: 'md5WithRSAEncryption', weak: 'MD5' },
  '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', weak: 'SHA-1' },
  '1.2.840.113549.1.1.10': { name: 'rsassaPss' },
  '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption' },
  '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption' },
  '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption' },
  '1.2.840.113549.1.1.14': { name: 'sha224WithRSAEncryption' },
  '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', weak: 'SHA-1' },
  '1.2.840.10045.4.3.1': { name: 'ecdsa-with-SHA224' },
  '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256' },
  '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384' },
  '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512' },
  '1.2.840.10040.4.3': { name: 'dsa-with-SHA1', weak: 'SHA-1' },
  // The OIW's older OIDs for the same algorithms, which OpenSSL still verifies (sha1WithRSA, md5WithRSA, dsaWithSHA1).
  '1.3.14.3.2.29': { name: 'sha1WithRSA', weak: 'SHA-1' },
  '1.3.14.3.2.3': { name: 'md5WithRSA', weak: 'MD5' },
  '1.3.14.3.2.27': { name: 'dsaWithSHA1', weak: 'SHA-1' },
  '2.16.840.1.101.3.4.3.2': { name: 'dsa-with-SHA256' },
  '1.3.101.112': { name: 'Ed25519' },
  '1.3.101.113': { name: 'Ed448' },
  '1.2.156.10197.1.501': { name: 'SM2-with-SM3' },
};

/** A readable name for a signature OID, and whether its hash is broken. */
export function signatureInfo(oid: string | undefined): { name: string | null; weak?: Broken } {
  if (oid === undefined) return { name: null };
  return SIGNATURES[oid] ?? { name: oid };
}

const RSASSA_PSS = '1.2.840.113549.1.1.10';
const BROKEN_HASHES: Record<string, Broken> = { '1.3.14.3.2.26': 'SHA-1', '1.2.840.113549.2.5': 'MD5', '1.2.840.113549.2.2': 'MD2' };

/**
 * RSASSA-PSS names its hash in its parameters (RFC 4055 3.1: SEQUENCE { hashAlgorithm [0] DEFAULT sha1, ... }), so
 * `-sigopt rsa_padding_mode:pss -sha1` writes an empty SEQUENCE: SHA-1 by default. The broken hash it names, if
 * any; undefined without a parameters SEQUENCE (OpenSSL cannot verify such a signature at all).
 */
function pssBrokenHash(der: Buffer, alg: Tlv): Broken | undefined {
  const parts = childrenOf(der, alg);
  const params = parts?.[1];
  if (!params || params.tag !== 0x30) return undefined;
  const hash = childrenOf(der, params)?.find((t) => t.tag === 0xa0);
  if (!hash) return 'SHA-1';
  const hashAlg = tlvAt(der, hash.start, hash.end);
  const id = hashAlg && hashAlg.tag === 0x30 ? algorithmOid(der, hashAlg) : undefined;
  return id === undefined ? undefined : BROKEN_HASHES[id];
}

/** A certificate's signature algorithm, named, and the broken hash it signs with (RSASSA-PSS's from its parameters). */
export function certSignature(der: Buffer): { name: string | null; weak?: Broken } {
  const alg = certSignatureAlgorithm(der);
  const oid = alg && algorithmOid(der, alg);
  const info = signatureInfo(oid);
  if (oid !== RSASSA_PSS) return info;
  const weak = pssBrokenHash(der, alg!);
  return weak ? { ...info, weak } : info;
}
