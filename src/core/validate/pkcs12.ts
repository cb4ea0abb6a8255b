// PKCS#12 (RFC 7292) unpacking: the PFX, its authenticated safe and its bags (certificates, plain and shrouded
// keys, nested safe contents) walked with der.ts; pkcs12-crypto.ts checks the MAC and decrypts what is encrypted.
// node-forge (imported lazily by pfx.ts) is only asked for RC2, which OpenSSL 3 keeps in its legacy provider.
// Throws Pkcs12Error (pkcs12-error.ts); pfx.ts turns that into words.
import { encodingOf, oidOf, smallInt, tlvAt, valueOf, type Tlv } from './der.js';
import { bmp, checkMac, decrypt, type Passwords, type Rc2 } from './pkcs12-crypto.js';
import { inner, kids, need, octets, Pkcs12Error } from './pkcs12-error.js';

export interface Unpacked {
  /** DER certificates, in the order of their bags. */
  certs: Buffer[];
  /** PKCS#8 PrivateKeyInfo DER of each key bag. */
  keys: Buffer[];
}

const P = '1.2.840.113549';
const OIDS = {
  data: `${P}.1.7.1`, encryptedData: `${P}.1.7.6`, envelopedData: `${P}.1.7.3`,
  keyBag: `${P}.1.12.10.1.1`, shroudedKeyBag: `${P}.1.12.10.1.2`, certBag: `${P}.1.12.10.1.3`, safeContentsBag: `${P}.1.12.10.1.6`,
  x509Certificate: `${P}.1.9.22.1`,
};

async function readBags(buf: Buffer, contents: Tlv, pw: Passwords, rc2: Rc2, out: Unpacked): Promise<void> {
  for (const bag of kids(buf, contents)) {
    const [idTlv, wrapped] = kids(buf, bag);
    if (wrapped?.tag !== 0xa0) continue;
    const value = inner(buf, wrapped);
    const id = oidOf(buf, idTlv);
    if (id === OIDS.certBag) {
      const [certId, certValue] = kids(buf, value);
      if (oidOf(buf, certId) === OIDS.x509Certificate && certValue?.tag === 0xa0) out.certs.push(Buffer.from(octets(buf, inner(buf, certValue))));
    } else if (id === OIDS.keyBag) {
      out.keys.push(Buffer.from(encodingOf(buf, value)));
    } else if (id === OIDS.shroudedKeyBag) {
      const [alg, data] = kids(buf, value);
      out.keys.push(await decrypt(buf, need(alg), octets(buf, data), pw, rc2));
    } else if (id === OIDS.safeContentsBag) {
      await readBags(buf, value, pw, rc2, out);
    }
  }
}

/** `password` undefined: no password given (tried as the empty one, both ways OpenSSL may have meant it). */
export async function unpackPkcs12(der: Buffer, password: string | undefined, rc2: Rc2): Promise<Unpacked> {
  const pfx = need(tlvAt(der, 0));
  const [version, authSafe, macData] = kids(der, pfx);
  if (smallInt(der, version) !== 3) throw new Pkcs12Error('malformed');
  const [typeTlv, contentTlv] = kids(der, authSafe);
  if (oidOf(der, typeTlv) === `${P}.1.7.2`) throw new Pkcs12Error('unsupported', 'public-key integrity mode (signedData)');
  if (oidOf(der, typeTlv) !== OIDS.data || contentTlv?.tag !== 0xa0) throw new Pkcs12Error('malformed');
  const contentOctets = inner(der, contentTlv);
  const content = octets(der, contentOctets);
  const candidates = password === undefined ? [bmp(''), bmp(null)] : [bmp(password)];
  const pw: Passwords = { bmp: checkMac(der, macData, content, candidates), utf8: Buffer.from(password ?? '', 'utf8') };
  const out: Unpacked = { certs: [], keys: [] };
  for (const info of kids(der, inner(der, contentOctets))) {
    const [idTlv, wrapped] = kids(der, info);
    const id = oidOf(der, idTlv);
    if (id === OIDS.envelopedData) throw new Pkcs12Error('public-key');
    if (wrapped?.tag !== 0xa0) continue;
    const body = inner(der, wrapped);
    if (id === OIDS.data) {
      const safe = octets(der, body);
      await readBags(safe, need(tlvAt(safe, 0)), pw, rc2, out);
    } else if (id === OIDS.encryptedData) {
      const [, encInfo] = kids(der, body);
      const [, alg, data] = kids(der, encInfo);
      if (data?.tag !== 0x80) throw new Pkcs12Error('malformed');
      const plain = await decrypt(der, need(alg), valueOf(der, data), pw, rc2);
      await readBags(plain, need(tlvAt(plain, 0)), pw, rc2, out);
    }
  }
  return out;
}
