// The cryptography of PKCS#12 (RFC 7292) with node:crypto: the password encoded the way OpenSSL does (the MAC and
// the PKCS#12 PBEs take it as a BMPString, UTF-16BE plus two zero bytes; PBES2, OpenSSL 3's default of PBKDF2
// with AES-256-CBC, its UTF-8 bytes, so non-ASCII passwords open), the PKCS#12 KDF, the MAC check and the
// decryption of a bag or a safe. RC2 comes from the caller (pfx.ts, node-forge loaded lazily).
import { createDecipheriv, createHash, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { oidOf, smallInt, tlvAt, type Tlv } from './der.js';
import { kids, octets, Pkcs12Error } from './pkcs12-error.js';

const P = '1.2.840.113549';
const OIDS = { pbes2: `${P}.1.5.13`, pbkdf2: `${P}.1.5.12` };
const HASHES: Record<string, { name: string; block: number }> = {
  '1.3.14.3.2.26': { name: 'sha1', block: 64 },
  '2.16.840.1.101.3.4.2.4': { name: 'sha224', block: 64 },
  '2.16.840.1.101.3.4.2.1': { name: 'sha256', block: 64 },
  '2.16.840.1.101.3.4.2.2': { name: 'sha384', block: 128 },
  '2.16.840.1.101.3.4.2.3': { name: 'sha512', block: 128 },
};
const PRFS: Record<string, string> = { [`${P}.2.7`]: 'sha1', [`${P}.2.8`]: 'sha224', [`${P}.2.9`]: 'sha256', [`${P}.2.10`]: 'sha384', [`${P}.2.11`]: 'sha512' };
/**
 * PBES2 ciphers by OID: the name OpenSSL (so Node) takes them by, which pfx.ts also says in messages, and the key
 * length. What OpenSSL 3's -keypbe/-certpbe also write, and GM/T (SM4) and Korean (ARIA) tools, Node's OpenSSL
 * runs; one built without them reports the cipher by its OID (pfx.ts names it from here and says how to convert).
 */
export const PBES2_CIPHERS: Readonly<Record<string, [string, number]>> = {
  '2.16.840.1.101.3.4.1.2': ['AES-128-CBC', 16], '2.16.840.1.101.3.4.1.22': ['AES-192-CBC', 24], '2.16.840.1.101.3.4.1.42': ['AES-256-CBC', 32],
  [`${P}.3.7`]: ['DES-EDE3-CBC', 24],
  '1.2.392.200011.61.1.1.1.2': ['Camellia-128-CBC', 16], '1.2.392.200011.61.1.1.1.3': ['Camellia-192-CBC', 24], '1.2.392.200011.61.1.1.1.4': ['Camellia-256-CBC', 32],
  '1.2.410.200046.1.1.2': ['ARIA-128-CBC', 16], '1.2.410.200046.1.1.7': ['ARIA-192-CBC', 24], '1.2.410.200046.1.1.12': ['ARIA-256-CBC', 32],
  '1.2.156.10197.1.104.2': ['SM4-CBC', 16],
};
const PKCS12_PBES: Record<string, { cipher: string; key: number; rc2?: number }> = {
  [`${P}.1.12.1.3`]: { cipher: 'des-ede3-cbc', key: 24 },
  [`${P}.1.12.1.4`]: { cipher: 'des-ede-cbc', key: 16 },
  [`${P}.1.12.1.5`]: { cipher: 'rc2', key: 16, rc2: 128 },
  [`${P}.1.12.1.6`]: { cipher: 'rc2', key: 5, rc2: 40 },
};

/** The password as the PKCS#12 KDF wants it: BMPString with a final zero character (none for "no password"). */
export const bmp = (pw: string | null): Buffer => (pw === null ? Buffer.alloc(0) : Buffer.concat([Buffer.from(pw, 'utf16le').swap16(), Buffer.alloc(2)]));

/** RFC 7292 appendix B.2. */
function pkcs12Kdf(hash: { name: string; block: number }, password: Buffer, salt: Buffer, id: number, iterations: number, n: number): Buffer {
  const v = hash.block;
  const fill = (b: Buffer): Buffer => {
    const out = Buffer.alloc(b.length === 0 ? 0 : v * Math.ceil(b.length / v));
    for (let i = 0; i < out.length; i++) out[i] = b[i % b.length]!;
    return out;
  };
  const d = Buffer.alloc(v, id);
  const i = Buffer.concat([fill(salt), fill(password)]);
  const parts: Buffer[] = [];
  for (let have = 0; have < n;) {
    let a = createHash(hash.name).update(d).update(i).digest();
    for (let r = 1; r < iterations; r++) a = createHash(hash.name).update(a).digest();
    parts.push(a);
    have += a.length;
    const b = Buffer.alloc(v);
    for (let k = 0; k < v; k++) b[k] = a[k % a.length]!;
    for (let j = 0; j < i.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = i[j + k]! + b[k]! + carry;
        i[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(parts).subarray(0, n);
}

/**
 * More rounds than real files use (OpenSSL 2048, Windows 2000 to 10000, Java 10000, PBKDF2 up to a few
 * hundred thousand) is a damaged count, not work to do: the PKCS#12 KDF runs in JavaScript, PBKDF2 in OpenSSL.
 */
const MAX_ROUNDS = { kdf: 200_000, pbkdf2: 2_000_000 } as const;

/** An iteration count, refused when absurd (a corrupted file must not keep us hashing for minutes). */
function rounds(buf: Buffer, t: Tlv | undefined, kind: keyof typeof MAX_ROUNDS = 'kdf'): number {
  const n = smallInt(buf, t);
  if (n === undefined || n < 1 || n > MAX_ROUNDS[kind]) throw new Pkcs12Error('unsupported', `${n ?? '?'} iterations`);
  return n;
}

export interface Passwords {
  /** For the MAC and the PKCS#12 PBEs; the one the MAC verified first, else every candidate. */
  bmp: Buffer[];
  utf8: Buffer;
}

export type Rc2 = (key: Buffer, bits: number, iv: Buffer, data: Buffer) => Promise<Buffer>;

function decipher(name: string, key: Buffer, iv: Buffer, data: Buffer, id = name): Buffer {
  try {
    const d = createDecipheriv(name, key, iv);
    return Buffer.concat([d.update(data), d.final()]);
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_OSSL_EVP_BAD_DECRYPT' || /bad decrypt/i.test(String(e))) throw new Pkcs12Error('password');
    // A cipher this Node's OpenSSL lacks is named by its OID (pfx.ts words it); a malformed IV by the cipher.
    throw new Pkcs12Error('unsupported', (e as { code?: string }).code === 'ERR_CRYPTO_UNKNOWN_CIPHER' ? id : name);
  }
}

/** Decrypts `data` encrypted under AlgorithmIdentifier `alg`; the result must be DER, else the password was wrong. */
export async function decrypt(buf: Buffer, alg: Tlv, data: Buffer, pw: Passwords, rc2: Rc2): Promise<Buffer> {
  const [idTlv, params] = kids(buf, alg);
  const id = oidOf(buf, idTlv);
  let out: Buffer | undefined;
  if (id === OIDS.pbes2) {
    const [kdf, enc] = kids(buf, params);
    const [kdfId, kdfParams] = kids(buf, kdf);
    if (oidOf(buf, kdfId) !== OIDS.pbkdf2) throw new Pkcs12Error('unsupported', oidOf(buf, kdfId) ?? '?');
    const [salt, count, ...rest] = kids(buf, kdfParams);
    const prfTlv = rest.find((t) => t.tag === 0x30);
    const prfId = prfTlv && (oidOf(buf, kids(buf, prfTlv)[0]) ?? '?');
    const prf = prfId === undefined ? 'sha1' : PRFS[prfId];
    // Named on its own: a file with a PRF we lack must not be reported as protected with its (known) cipher.
    if (!prf) throw new Pkcs12Error('unsupported', prfId!);
    const [encId, iv] = kids(buf, enc);
    const cipher = PBES2_CIPHERS[oidOf(buf, encId) ?? ''];
    if (!cipher) throw new Pkcs12Error('unsupported', oidOf(buf, encId) ?? '?');
    const key = pbkdf2Sync(pw.utf8, octets(buf, salt), rounds(buf, count, 'pbkdf2'), cipher[1], prf);
    out = decipher(cipher[0], key, octets(buf, iv), data, oidOf(buf, encId));
  } else if (id !== undefined && PKCS12_PBES[id]) {
    const pbe = PKCS12_PBES[id]!;
    const [salt, count] = kids(buf, params);
    const sha1 = HASHES['1.3.14.3.2.26']!;
    for (const [n, password] of pw.bmp.entries()) {
      const args = [octets(buf, salt), rounds(buf, count)] as const;
      const key = pkcs12Kdf(sha1, password, args[0], 1, args[1], pbe.key);
      const iv = pkcs12Kdf(sha1, password, args[0], 2, args[1], 8);
      try {
        out = pbe.rc2 ? await rc2(key, pbe.rc2, iv, data) : decipher(pbe.cipher, key, iv, data);
        if (tlvAt(out, 0)?.tag === 0x30) break;
      } catch (e) {
        if (!(e instanceof Pkcs12Error && e.kind === 'password') || n === pw.bmp.length - 1) throw e;
      }
    }
  } else {
    throw new Pkcs12Error('unsupported', id ?? '?');
  }
  const seq = out && tlvAt(out, 0);
  if (!out || !seq || seq.tag !== 0x30) throw new Pkcs12Error('password');
  return out.subarray(0, seq.end);
}

/** The BMP password candidates that verify the MAC; all of them when the MAC is absent or of a kind we do not know. */
export function checkMac(buf: Buffer, macData: Tlv | undefined, content: Buffer, candidates: Buffer[]): Buffer[] {
  if (!macData) return candidates;
  const [digestInfo, salt, count] = kids(buf, macData);
  const [alg, digest] = kids(buf, digestInfo);
  const hash = HASHES[oidOf(buf, kids(buf, alg)[0]) ?? ''];
  if (!hash) return candidates; // PBMAC1 and the like: decryption will tell a wrong password anyway
  const expected = octets(buf, digest);
  const iterations = count ? rounds(buf, count) : 1;
  const good = candidates.filter((password) => {
    const key = pkcs12Kdf(hash, password, octets(buf, salt), 3, iterations, expected.length);
    const mac = createHmac(hash.name, key).update(content).digest();
    return mac.length === expected.length && timingSafeEqual(mac, expected);
  });
  if (good.length === 0) throw new Pkcs12Error('password');
  return good;
}
