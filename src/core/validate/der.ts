// A few DER facts node:crypto does not expose on Node 20: the signature algorithm of a certificate, the
// curve of an SM2 key, and whether bytes look like DER or PKCS#12 at all. Read-only, bounds-checked.

interface Tlv {
  tag: number;
  /** Offset of the value. */
  start: number;
  /** Offset just past the value. */
  end: number;
}

function tlv(buf: Buffer, offset: number): Tlv | undefined {
  if (offset + 2 > buf.length) return undefined;
  const tag = buf[offset]!;
  let len = buf[offset + 1]!;
  let start = offset + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || start + n > buf.length) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[start + i]!;
    start += n;
  }
  const end = start + len;
  return end > buf.length ? undefined : { tag, start, end };
}

function oidString(bytes: Buffer): string {
  const parts: number[] = [];
  let value = 0;
  for (const b of bytes) {
    value = value * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      parts.push(value);
      value = 0;
    }
  }
  const first = parts.shift() ?? 0;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...parts].join('.');
}

/** The OID of the AlgorithmIdentifier that opens `seq` (a SEQUENCE value range). */
function algorithmOid(buf: Buffer, alg: Tlv): string | undefined {
  const oid = tlv(buf, alg.start);
  return oid && oid.tag === 0x06 ? oidString(buf.subarray(oid.start, oid.end)) : undefined;
}

/** Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }: the signatureAlgorithm OID. */
export function certSignatureOid(der: Buffer): string | undefined {
  const cert = tlv(der, 0);
  if (!cert || cert.tag !== 0x30) return undefined;
  const tbs = tlv(der, cert.start);
  if (!tbs) return undefined;
  const alg = tlv(der, tbs.end);
  return alg && alg.tag === 0x30 ? algorithmOid(der, alg) : undefined;
}

/** SubjectPublicKeyInfo ::= SEQUENCE { algorithm SEQUENCE { oid, params }, key }: [algorithm, curve]. */
export function spkiAlgorithm(spki: Buffer): { algorithm?: string; curve?: string } {
  const outer = tlv(spki, 0);
  const alg = outer && tlv(spki, outer.start);
  if (!alg || alg.tag !== 0x30) return {};
  const oid = tlv(spki, alg.start);
  if (!oid || oid.tag !== 0x06) return {};
  const param = tlv(spki, oid.end);
  const algorithm = oidString(spki.subarray(oid.start, oid.end));
  return param && param.tag === 0x06 && param.end <= alg.end
    ? { algorithm, curve: oidString(spki.subarray(param.start, param.end)) }
    : { algorithm };
}

/** One complete DER SEQUENCE spanning the whole buffer (a DER certificate, key or PKCS#12 file). */
export function isDerSequence(buf: Buffer): boolean {
  const outer = tlv(buf, 0);
  return outer !== undefined && outer.tag === 0x30 && outer.end === buf.length;
}

/** PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, ... }. */
export function looksLikePkcs12(buf: Buffer): boolean {
  const outer = tlv(buf, 0);
  const version = outer && tlv(buf, outer.start);
  return version !== undefined && version.tag === 0x02 && version.end - version.start === 1 && buf[version.start] === 3;
}

export const OID = {
  sm2Curve: '1.2.156.10197.1.301',
} as const;

const SIGNATURES: Record<string, { name: string; weak?: 'MD5' | 'SHA-1' | 'MD2' }> = {
  '1.2.840.113549.1.1.2': { name: 'md2WithRSAEncryption', weak: 'MD2' },
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
  '1.3.101.112': { name: 'Ed25519' },
  '1.3.101.113': { name: 'Ed448' },
  '1.2.156.10197.1.501': { name: 'SM2-with-SM3' },
};

/** A readable name for a signature OID, and whether its hash is broken. */
export function signatureInfo(oid: string | undefined): { name: string | null; weak?: 'MD5' | 'SHA-1' | 'MD2' } {
  if (oid === undefined) return { name: null };
  return SIGNATURES[oid] ?? { name: oid };
}
