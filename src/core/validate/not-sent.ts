// Files a bundle folder may hold that are no part of an upload: a CRL (`openssl ca -gencrl`, PEM or DER), a
// certificate signing request, a public key or DH parameters (PEM or DER). scm never sends them; each file is said once (input-not-sent, info), so that what
// was passed over is known, as a --chain file holding such a block says so too (chain-foreign-block).
import { childrenOf, tlvAt, type Tlv } from './der.js';
import { DER_DH_PARAMETERS, DER_PUBLIC_KEY, DER_RSA_PUBLIC_KEY } from './block-labels.js';
import type { Scanned } from './scan.js';

export const CRL = 'X509 CRL';
export const CSR = 'CERTIFICATE REQUEST';
const NOT_SENT: Readonly<Record<string, string>> = { [CRL]: CRL, [CSR]: CSR, 'NEW CERTIFICATE REQUEST': CSR };

/** The PEM label of a DER CRL or CSR (signed structures: to-be-signed part, algorithm, signature), else undefined. */
export function derLabel(der: Buffer): string | undefined {
  const outer = tlvAt(der, 0);
  if (!outer || outer.tag !== 0x30 || outer.end !== der.length) return undefined;
  const top = childrenOf(der, outer);
  if (top?.length !== 3 || top[0]!.tag !== 0x30 || top[2]!.tag !== 0x03) return undefined;
  const t = (childrenOf(der, top[0]!) ?? []).map((x) => x.tag);
  // A CSR: version, subject, public key, [0] attributes. A CRL: (version), algorithm, issuer, thisUpdate (a time);
  // a certificate has a validity SEQUENCE where the CRL has its time, and is read before this is asked.
  if (t.length === 4 && t[0] === 0x02 && t[1] === 0x30 && t[2] === 0x30 && t[3] === 0xa0) return CSR;
  const rest = t[0] === 0x02 ? t.slice(1) : t;
  return rest[0] === 0x30 && rest[1] === 0x30 && (rest[2] === 0x17 || rest[2] === 0x18) ? CRL : undefined;
}

/** The value of a small DER INTEGER (at most 4 bytes), else undefined. */
const small = (der: Buffer, t: Tlv): number | undefined => (t.end - t.start <= 4 ? der.subarray(t.start, t.end).reduce((n, b) => n * 256 + b, 0) : undefined);

/**
 * What a DER file that is no certificate, CSR, CRL or key holds, when a folder may hold it beside a bundle: a
 * public key (SubjectPublicKeyInfo, `openssl pkey -pubout -outform DER`; or PKCS#1, `openssl rsa -RSAPublicKey_out`),
 * DH parameters (`openssl dhparam -outform DER`: prime and generator 2 or 5, maybe a length; X9.42: p, g as long
 * as p, q ...). DSA parameters (p, then a short q) and anything else: undefined.
 */
function derOther(der: Buffer): string | undefined {
  const outer = tlvAt(der, 0);
  if (!outer || outer.tag !== 0x30 || outer.end !== der.length) return undefined;
  const top = childrenOf(der, outer);
  if (!top || top.length < 2) return undefined;
  if (top.length === 2 && top[0]!.tag === 0x30 && top[1]!.tag === 0x03 && childrenOf(der, top[0]!)?.[0]?.tag === 0x06) return DER_PUBLIC_KEY;
  const ints = top.filter((t, i) => t.tag === 0x02 || (i >= 3 && i === top.length - 1 && t.tag === 0x30));
  if (ints.length !== top.length || top[0]!.tag !== 0x02 || top[1]!.tag !== 0x02 || top.length > 5) return undefined;
  const [p, g] = [top[0]!, top[1]!];
  const gen = small(der, g);
  if (top.length <= 3 && (gen === 2 || gen === 5) && (top.length === 2 || (small(der, top[2]!) ?? Infinity) < 65536)) return DER_DH_PARAMETERS;
  if (top.length >= 3 && g.end - g.start >= p.end - p.start - 1) return DER_DH_PARAMETERS;
  return top.length === 2 && p.end - p.start >= 64 ? DER_RSA_PUBLIC_KEY : undefined;
}

/** derLabel, or what else a DER file a folder may hold is (derOther): what is never sent, in words for DER. */
export const derNotSent = (der: Buffer): string | undefined => derLabel(der) ?? derOther(der);

/**
 * What in this file is no part of an upload (labels, each once): a CRL or a CSR, and any other block (a public key,
 * DH parameters for ssl_dhparam) in a file of its own; beside a certificate or a key it is that file's business
 * (the EC PARAMETERS of `openssl ecparam -genkey` are part of its key).
 */
export function notSentIn(scan: Scanned): string[] {
  const alone = scan.certs.length === 0 && scan.keyBlocks.length === 0;
  const labels = scan.form === 'der' && scan.certs.length === 0 && scan.der ? [derNotSent(scan.der)] : scan.otherLabels.map((l) => NOT_SENT[l] ?? (alone ? l : undefined));
  return [...new Set(labels.filter((l): l is string => l !== undefined))];
}
