// What a file's bytes are before anything parses them: one whole DER SEQUENCE, a DER file cut off in transfer, a
// PKCS#12 (whole or cut short, with the length it announces), or a PKCS#7 SignedData and its certificates.
// scan.ts asks once per input; read with der.ts.
import { childrenOf, encodingOf, oidOf, tlvAt } from './der.js';

/** One complete DER SEQUENCE spanning the whole buffer (a DER certificate, key or PKCS#12 file). */
export function isDerSequence(buf: Buffer): boolean {
  const outer = tlvAt(buf, 0);
  return outer !== undefined && outer.tag === 0x30 && outer.end === buf.length;
}

/**
 * Binary that opens like a DER SEQUENCE but stops short: a DER file cut off in transfer. The second byte
 * (0x81-0x83, a long length) is itself no text character, so text never gets here.
 */
export function looksLikeTruncatedDer(buf: Buffer): boolean {
  if (buf.length < 4 || buf[0] !== 0x30 || !(buf[1]! >= 0x81 && buf[1]! <= 0x83)) return false;
  const n = buf[1]! & 0x7f;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + (buf[2 + i] ?? 0);
  return 2 + n + len > buf.length;
}

/**
 * A PKCS#12 file cut short: a DER SEQUENCE longer than the file whose first field is PFX's version INTEGER 3 (a
 * certificate starts with a SEQUENCE, a private key with version 0 or 1). The length it announces, else undefined.
 */
export function truncatedPkcs12Length(buf: Buffer): number | undefined {
  if (!looksLikeTruncatedDer(buf)) return undefined;
  const n = buf[1]! & 0x7f;
  if (buf[2 + n] !== 0x02 || buf[3 + n] !== 0x01 || buf[4 + n] !== 0x03) return undefined;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + buf[2 + i]!;
  return 2 + n + len;
}

/**
 * PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, ... }. The SEQUENCE may have BER's indefinite
 * length (30 80), as older exporters write it: pfx.ts hands such files to node-forge.
 */
export function looksLikePkcs12(buf: Buffer): boolean {
  const outer = buf[0] === 0x30 && buf[1] === 0x80 ? { start: 2, end: buf.length } : tlvAt(buf, 0);
  const version = outer && tlvAt(buf, outer.start, outer.end);
  return version !== undefined && version.tag === 0x02 && version.end - version.start === 1 && buf[version.start] === 3;
}

const SIGNED_DATA = '1.2.840.113549.1.7.2';

/**
 * The certificates of a PKCS#7 SignedData (a .p7b/.p7c "certificate chain" file as Windows and some CAs
 * deliver it), or undefined when `der` is not one.
 */
export function pkcs7Certs(der: Buffer): Buffer[] | undefined {
  const info = tlvAt(der, 0);
  const parts = info && info.end === der.length ? childrenOf(der, info) : undefined;
  if (!parts || oidOf(der, parts[0]) !== SIGNED_DATA || parts[1]?.tag !== 0xa0) return undefined;
  const signed = tlvAt(der, parts[1].start, parts[1].end);
  const fields = signed && childrenOf(der, signed);
  const certs = fields?.find((t) => t.tag === 0xa0);
  if (!certs) return fields ? [] : undefined;
  return (childrenOf(der, certs) ?? []).filter((t) => t.tag === 0x30).map((t) => encodingOf(der, t));
}

/** A byte a text transfer or an editor adds after DER data: a line end, a space or tab, a NUL. */
export const isPadding = (b: number): boolean => [0x00, 0x09, 0x0a, 0x0d, 0x20].includes(b);

/**
 * Two or more DER SEQUENCEs back to back (`cat leaf.der inter.der`, `copy /b`), line ends, spaces or NULs after the
 * last allowed as a text transfer leaves them: each one's bytes; else undefined. OpenSSL reads only the first of them.
 * Text can tile so too ('0' is a SEQUENCE's tag): the caller takes the pieces only when each is a certificate.
 */
export function derRun(buf: Buffer): Buffer[] | undefined {
  const out: Buffer[] = [];
  let at = 0;
  for (let t = tlvAt(buf, 0); t?.tag === 0x30; t = tlvAt(buf, at)) {
    out.push(encodingOf(buf, t));
    at = t.end;
  }
  return out.length > 1 && buf.subarray(at).every(isPadding) ? out : undefined;
}
