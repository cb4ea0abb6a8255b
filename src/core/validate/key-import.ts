// Private key DER -> KeyObject, fast. OpenSSL 3's DER decoders (what createPrivateKey runs on PEM or DER)
// cost ~0.7 ms per key, most of a bundle's validation time; the same RSA or EC key imported as a JWK takes
// 0.02-0.1 ms. So plain RSA and EC keys are read here (strict DER: definite lengths, nothing left over) and
// imported as JWKs; anything else, or anything odd, goes to createPrivateKey unchanged, errors and all.
import { createPrivateKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { childrenOf as children, tlvAt as tlv, type Tlv } from './der.js';

const b64url = (bytes: Buffer): string => bytes.toString('base64url');

/** A positive INTEGER's magnitude, or undefined (negative, empty, not an INTEGER). */
function unsigned(buf: Buffer, t: Tlv | undefined): Buffer | undefined {
  if (!t || t.tag !== 0x02 || t.end === t.start || buf[t.start]! & 0x80) return undefined;
  let start = t.start;
  while (start < t.end - 1 && buf[start] === 0) start++;
  return buf.subarray(start, t.end);
}

const OID = {
  rsa: '2a864886f70d010101',
  ec: '2a8648ce3d0201',
} as const;

const CURVES: Record<string, { crv: string; size: number }> = {
  '2a8648ce3d030107': { crv: 'P-256', size: 32 },
  '2b81040022': { crv: 'P-384', size: 48 },
  '2b81040023': { crv: 'P-521', size: 66 },
};

const hex = (buf: Buffer, t: Tlv): string => buf.toString('hex', t.start, t.end);

/** RSAPrivateKey (PKCS#1), two-prime only. */
function rsaJwk(buf: Buffer, seq: Tlv): JsonWebKey | undefined {
  const f = children(buf, seq);
  if (!f || f.length !== 9 || unsigned(buf, f[0])?.[0] !== 0) return undefined;
  const v = f.slice(1).map((t) => unsigned(buf, t));
  if (v.some((x) => x === undefined)) return undefined;
  const [n, e, d, p, q, dp, dq, qi] = v as Buffer[];
  return { kty: 'RSA', n: b64url(n!), e: b64url(e!), d: b64url(d!), p: b64url(p!), q: b64url(q!), dp: b64url(dp!), dq: b64url(dq!), qi: b64url(qi!) };
}

/** ECPrivateKey (SEC1) with its public point; `curveOid` from PKCS#8 when the key itself has none. */
function ecJwk(buf: Buffer, seq: Tlv, curveOid?: string): JsonWebKey | undefined {
  const f = children(buf, seq);
  if (!f || f.length < 2 || unsigned(buf, f[0])?.[0] !== 1 || f[1]!.tag !== 0x04) return undefined;
  let oid = curveOid;
  let point: Buffer | undefined;
  for (const t of f.slice(2)) {
    const inner = tlv(buf, t.start, t.end);
    if (!inner || inner.end !== t.end) return undefined;
    if (t.tag === 0xa0 && inner.tag === 0x06) oid = hex(buf, inner);
    else if (t.tag === 0xa1 && inner.tag === 0x03 && buf[inner.start] === 0) point = buf.subarray(inner.start + 1, inner.end);
    else return undefined;
  }
  const curve = oid === undefined ? undefined : CURVES[oid];
  if (!curve || !point || point[0] !== 0x04 || point.length !== 1 + 2 * curve.size) return undefined;
  const d = buf.subarray(f[1]!.start, f[1]!.end);
  if (d.length === 0 || d.length > curve.size) return undefined;
  const padded = Buffer.concat([Buffer.alloc(curve.size - d.length), d]);
  return { kty: 'EC', crv: curve.crv, d: b64url(padded), x: b64url(point.subarray(1, 1 + curve.size)), y: b64url(point.subarray(1 + curve.size)) };
}

/** PrivateKeyInfo (PKCS#8, version 0, no attributes) holding an RSA or EC key. */
function pkcs8Jwk(buf: Buffer, seq: Tlv): JsonWebKey | undefined {
  const f = children(buf, seq);
  if (!f || f.length !== 3 || unsigned(buf, f[0])?.[0] !== 0 || f[1]!.tag !== 0x30 || f[2]!.tag !== 0x04) return undefined;
  const alg = children(buf, f[1]!);
  const inner = tlv(buf, f[2]!.start, f[2]!.end);
  if (!alg || alg[0]?.tag !== 0x06 || !inner || inner.end !== f[2]!.end || inner.tag !== 0x30) return undefined;
  const algorithm = hex(buf, alg[0]);
  if (algorithm === OID.rsa && alg.length === 2 && alg[1]!.tag === 0x05 && alg[1]!.end === alg[1]!.start) return rsaJwk(buf, inner);
  if (algorithm === OID.ec && alg.length === 2 && alg[1]!.tag === 0x06) return ecJwk(buf, inner, hex(buf, alg[1]!));
  return undefined;
}

/** The JWK of a plain RSA or EC key, or undefined when the DER path must decide. */
export function jwkOf(der: Buffer, type: 'pkcs1' | 'pkcs8' | 'sec1'): JsonWebKey | undefined {
  const seq = tlv(der, 0, der.length);
  if (!seq || seq.tag !== 0x30 || seq.end !== der.length) return undefined;
  return type === 'pkcs8' ? pkcs8Jwk(der, seq) : type === 'pkcs1' ? rsaJwk(der, seq) : ecJwk(der, seq);
}

/** createPrivateKey for DER, the fast way when the key allows it; throws exactly what createPrivateKey throws. */
export function importPrivateKey(der: Buffer, type: 'pkcs1' | 'pkcs8' | 'sec1'): KeyObject {
  const jwk = jwkOf(der, type);
  if (jwk) {
    try {
      return createPrivateKey({ key: jwk, format: 'jwk' });
    } catch {
      // values OpenSSL will not take as a JWK: let the DER decoder say what is wrong
    }
  }
  return createPrivateKey({ key: der, format: 'der', type });
}
