// The PKCS#12 reader pinned to exact values (issue #15, mutation testing). Hand-built files (no MAC, PBES2
// done here with node:crypto) give each branch of the bag walk and each refusal an input of its own, and the
// error kind and detail it must give (the words a user reads come from them, see pfx-exact.test.ts).
import { createCipheriv, generateKeyPairSync, pbkdf2Sync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unpackPkcs12, type Unpacked } from '../../src/core/validate/pkcs12.js';
import { Pkcs12Error } from '../../src/core/validate/pkcs12-error.js';
import { int, NULL, octet, oid, seq, tlv } from '../helpers/der-build.js';

const P = '1.2.840.113549';
const O = {
  data: `${P}.1.7.1`, signedData: `${P}.1.7.2`, envelopedData: `${P}.1.7.3`, encryptedData: `${P}.1.7.6`,
  keyBag: `${P}.1.12.10.1.1`, shroudedKeyBag: `${P}.1.12.10.1.2`, certBag: `${P}.1.12.10.1.3`, safeContentsBag: `${P}.1.12.10.1.6`,
  x509: `${P}.1.9.22.1`, sdsi: `${P}.1.9.22.2`, pbes2: `${P}.1.5.13`, pbkdf2: `${P}.1.5.12`, scrypt: '1.3.6.1.4.1.11591.4.11',
  hmacSha1: `${P}.2.7`, hmacSha256: `${P}.2.9`, hmacSha512: `${P}.2.11`, hmacSm3: '1.2.156.10197.1.401.2',
  aes128: '2.16.840.1.101.3.4.1.2', aes256: '2.16.840.1.101.3.4.1.42', des3: `${P}.3.7`, sm4: '1.2.156.10197.1.104.2', desCbc: '1.3.14.3.2.7', pbeSha1Des3: `${P}.1.12.1.3`,
  sha1: '1.3.14.3.2.26', sm3: '1.2.156.10197.1.401',
  camellia256: '1.2.392.200011.61.1.1.1.4', aria128: '1.2.410.200046.1.1.2',
};

const KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'der' });
/** Stand-ins for certificates: the reader passes their bytes on without looking inside. */
const CERT_A = seq(int(1), oid('2.5.4.3'));
const CERT_B = seq(int(2), oid('2.5.4.3'));

const bag = (id: string, value: Buffer, wrapTag = 0xa0): Buffer => seq(oid(id), tlv(wrapTag, value), tlv(0x31));
const certBag = (der: Buffer, type = O.x509, valueTag = 0xa0): Buffer => bag(O.certBag, seq(oid(type), tlv(valueTag, octet(der))));
const dataInfo = (...bags: Buffer[]): Buffer => seq(oid(O.data), tlv(0xa0, octet(seq(...bags))));
const encInfo = (alg: Buffer, enc: Buffer, dataTag = 0x80): Buffer => seq(oid(O.encryptedData), tlv(0xa0, seq(int(0), seq(oid(O.data), alg, tlv(dataTag, enc)))));
/** PFX { version, authSafe, macData? }. */
const pfx = (infos: Buffer[], { version = 3, mac }: { version?: number; mac?: Buffer } = {}): Buffer =>
  seq(int(version), seq(oid(O.data), tlv(0xa0, octet(seq(...infos)))), ...(mac ? [mac] : []));

interface Pbes2 { password?: string; iterations?: Buffer; keyLength?: boolean; prf?: string | null; cipher?: [string, string, number]; kdf?: string; iv?: Buffer }
/** PBES2 (PBKDF2 + a CBC cipher) done with node:crypto: [AlgorithmIdentifier, ciphertext of `plain`]. */
function pbes2(plain: Buffer, o: Pbes2 = {}): [Buffer, Buffer] {
  const [cipherOid, cipherName, keyLength] = o.cipher ?? [O.aes256, 'aes-256-cbc', 32];
  const salt = randomBytes(8);
  const iv = randomBytes(cipherName.startsWith('des') ? 8 : 16);
  const prfName = { [O.hmacSha256]: 'sha256', [O.hmacSha512]: 'sha512' }[o.prf ?? ''] ?? 'sha1';
  const key = pbkdf2Sync(Buffer.from(o.password ?? 'pässwörd', 'utf8'), salt, 3, keyLength, prfName);
  const c = createCipheriv(cipherName, key, iv);
  const enc = Buffer.concat([c.update(plain), c.final()]);
  const params = seq(octet(salt), o.iterations ?? int(3), ...(o.keyLength ? [int(keyLength)] : []), ...(o.prf ? [seq(oid(o.prf), NULL)] : []));
  return [seq(oid(O.pbes2), seq(seq(oid(o.kdf ?? O.pbkdf2), params), seq(oid(cipherOid), octet(o.iv ?? iv)))), enc];
}
function shrouded(plain: Buffer, o?: Pbes2): Buffer {
  const [alg, enc] = pbes2(plain, o);
  return bag(O.shroudedKeyBag, seq(alg, octet(enc)));
}

const noRc2 = async (): Promise<Buffer> => { throw new Error('RC2 not expected here'); };
const open = (der: Buffer, password: string | undefined = 'pässwörd'): Promise<Unpacked> => unpackPkcs12(der, password, noRc2);
const hexes = (u: Unpacked) => ({ certs: u.certs.map((c) => c.toString('hex')), keys: u.keys.map((k) => k.toString('hex')) });
const hx = (...b: Buffer[]) => b.map((x) => x.toString('hex'));
/** The error an input gives, as [kind, detail]. */
async function failure(der: Buffer, password?: string): Promise<[string, string]> {
  const e = await open(der, password).then(() => undefined, (x: unknown) => x);
  if (!(e instanceof Pkcs12Error)) throw new Error(`expected a Pkcs12Error, got ${String(e)}`);
  return [e.kind, e.message];
}

describe('the bag walk', () => {
  it('takes key and certificate bags in order, nested ones too, and skips the rest', async () => {
    const der = pfx([
      seq(oid(O.data)), // no content: skipped
      dataInfo(
        certBag(CERT_A),
        bag(O.keyBag, KEY),
        bag('1.2.840.113549.1.12.10.1.5', seq(certBag(CERT_A))), // a secret bag, even one shaped like safe contents: not ours
        certBag(CERT_B, O.sdsi), // not X.509
        certBag(CERT_B, O.x509, 0xa1), // not [0]
        bag(O.keyBag, KEY, 0xa1), // not [0]
        bag(O.safeContentsBag, seq(certBag(CERT_B))),
      ),
    ]);
    expect(hexes(await open(der))).toEqual({ certs: hx(CERT_A, CERT_B), keys: hx(KEY) });
  });

  it('skips a content type of the authenticated safe it does not know (digested data), even wrapped in [0]', async () => {
    const der = pfx([seq(oid('1.2.840.113549.1.7.5'), tlv(0xa0, seq(int(0)))), dataInfo(certBag(CERT_A))]);
    expect(hexes(await open(der))).toEqual({ certs: hx(CERT_A), keys: [] });
  });

  it('decrypts encrypted data and shrouded keys with PBES2, the UTF-8 password and the PRF named or the default', async () => {
    const der = pfx([
      encInfo(...pbes2(seq(certBag(CERT_A), certBag(CERT_B)), { prf: O.hmacSha256 })),
      dataInfo(shrouded(KEY), shrouded(KEY, { prf: O.hmacSha512, cipher: [O.des3, 'des-ede3-cbc', 24] }), shrouded(KEY, { prf: O.hmacSha1, keyLength: true, cipher: [O.aes128, 'aes-128-cbc', 16] }), shrouded(KEY, { keyLength: true })),
    ]);
    expect(hexes(await open(der))).toEqual({ certs: hx(CERT_A, CERT_B), keys: hx(KEY, KEY, KEY, KEY) });
  });

  it('decrypts the PBES2 ciphers OpenSSL 3 -keypbe/-certpbe, GM/T and Korean tools write: SM4, Camellia, ARIA', async () => {
    const der = pfx([
      encInfo(...pbes2(seq(certBag(CERT_A)), { cipher: [O.sm4, 'sm4-cbc', 16] })),
      dataInfo(shrouded(KEY, { cipher: [O.camellia256, 'camellia-256-cbc', 32] }), shrouded(KEY, { cipher: [O.aria128, 'aria-128-cbc', 16] })),
    ]);
    expect(hexes(await open(der))).toEqual({ certs: hx(CERT_A), keys: hx(KEY, KEY) });
    // A wrong password is a wrong password, not an unsupported cipher.
    expect(await failure(der, 'other')).toEqual(['password', 'password']);
  });

  it('keeps the decrypted SEQUENCE and drops what follows it', async () => {
    const der = pfx([dataInfo(shrouded(Buffer.concat([KEY, Buffer.from('0000ffff', 'hex')])))]);
    expect(hexes(await open(der))).toEqual({ certs: [], keys: hx(KEY) });
  });
});

describe('refusals', () => {
  it('calls structures it cannot walk malformed', async () => {
    const cases: Buffer[] = [
      pfx([dataInfo(certBag(CERT_A))], { version: 2 }),
      seq(int(3), seq(oid(O.encryptedData), tlv(0xa0, octet(seq())))),
      seq(int(3), seq(oid(O.data), tlv(0xa1, octet(seq())))),
      seq(int(3), seq(oid(O.data), tlv(0xa0, seq()))),
      pfx([encInfo(...pbes2(seq(certBag(CERT_A))), 0xa0)]),
      pfx([dataInfo(bag(O.shroudedKeyBag, seq(pbes2(KEY)[0], seq())))]),
      Buffer.from('3080', 'hex'),
    ];
    for (const der of cases) expect(await failure(der), der.toString('hex').slice(0, 40)).toEqual(['malformed', 'malformed']);
  });

  it('names the public-key modes', async () => {
    expect(await failure(seq(int(3), seq(oid(O.signedData), tlv(0xa0, seq()))))).toEqual(['unsupported', 'public-key integrity mode (signedData)']);
    expect(await failure(pfx([seq(oid(O.envelopedData), tlv(0xa0, seq()))]))).toEqual(['public-key', 'public-key']);
  });

  it('names what it cannot run: the algorithm, the KDF, the PRF or the cipher', async () => {
    const key = (alg: Buffer) => pfx([dataInfo(bag(O.shroudedKeyBag, seq(alg, octet(Buffer.alloc(16)))))]);
    expect(await failure(key(seq(oid('1.2.3.4'), NULL)))).toEqual(['unsupported', '1.2.3.4']);
    expect(await failure(key(seq(NULL, NULL)))).toEqual(['unsupported', '?']);
    expect(await failure(pfx([dataInfo(shrouded(KEY, { kdf: O.scrypt }))]))).toEqual(['unsupported', O.scrypt]);
    expect(await failure(key(seq(oid(O.pbes2), seq(seq(NULL, seq(octet(Buffer.alloc(8)), int(3))), seq(oid(O.aes256), octet(Buffer.alloc(16)))))))).toEqual(['unsupported', '?']);
    expect(await failure(pfx([dataInfo(shrouded(KEY, { prf: O.hmacSm3 }))]))).toEqual(['unsupported', O.hmacSm3]);
    expect(await failure(key(seq(oid(O.pbes2), seq(seq(oid(O.pbkdf2), seq(octet(Buffer.alloc(8)), int(3), seq(NULL))), seq(oid(O.aes256), octet(Buffer.alloc(16)))))))).toEqual(['unsupported', '?']);
    expect(await failure(key(seq(oid(O.pbes2), seq(seq(oid(O.pbkdf2), seq(octet(Buffer.alloc(8)), int(3))), seq(oid(O.desCbc), octet(Buffer.alloc(8)))))))).toEqual(['unsupported', O.desCbc]);
    expect(await failure(key(seq(oid(O.pbes2), seq(seq(oid(O.pbkdf2), seq(octet(Buffer.alloc(8)), int(3))), seq(NULL, octet(Buffer.alloc(16)))))))).toEqual(['unsupported', '?']);
  });

  it('refuses absurd iteration counts before doing the work', async () => {
    expect(await failure(pfx([dataInfo(shrouded(KEY, { iterations: int(0) }))]))).toEqual(['unsupported', '0 iterations']);
    expect(await failure(pfx([dataInfo(shrouded(KEY, { iterations: int(2_000_001) }))]))).toEqual(['unsupported', '2000001 iterations']);
    expect(await failure(pfx([dataInfo(shrouded(KEY, { iterations: NULL }))]))).toEqual(['unsupported', '? iterations']);
    const pbe = (count: Buffer) => pfx([dataInfo(bag(O.shroudedKeyBag, seq(seq(oid(O.pbeSha1Des3), seq(octet(Buffer.alloc(8)), count)), octet(Buffer.alloc(16)))))]);
    expect(await failure(pbe(int(200_001)))).toEqual(['unsupported', '200001 iterations']);
    // The limit itself is allowed: the work is done, and the zeros decrypt to nothing a password could explain.
    expect(await failure(pbe(int(200_000)))).toEqual(['password', 'password']);
    expect(await failure(pbe(int(0)))).toEqual(['unsupported', '0 iterations']);
    // The PBKDF2 limit is PBKDF2's own: more rounds than the PKCS#12 KDF allows are fine there.
    const many = pfx([dataInfo(shrouded(KEY, { iterations: int(200_001) }))]);
    await expect(failure(many)).resolves.toEqual(['password', 'password']);
  });

  it('tells a wrong password from a cipher it cannot run', async () => {
    expect(await failure(pfx([dataInfo(shrouded(KEY))]), 'wrong')).toEqual(['password', 'password']);
    // Right password, but what comes out is not DER: a wrong password as far as anyone can tell.
    expect(await failure(pfx([dataInfo(shrouded(Buffer.from('not der at all')))]))).toEqual(['password', 'password']);
    expect(await failure(pfx([dataInfo(shrouded(octet(KEY)))]))).toEqual(['password', 'password']);
    expect(await failure(pfx([dataInfo(shrouded(KEY, { iv: Buffer.alloc(8) }))]))).toEqual(['unsupported', 'AES-256-CBC']);
    expect(await failure(pfx([dataInfo(bag(O.shroudedKeyBag, seq(pbes2(KEY)[0], octet(Buffer.alloc(15)))))]))).toEqual(['unsupported', 'AES-256-CBC']);
  });
});

describe('the PKCS#12 PBEs without a MAC and without a password', () => {
  // RC2 is handed in (pfx.ts passes node-forge's), so a stand-in shows what the reader asks of it and what it
  // does with each answer, for each of the two empty passwords it must try.
  const rc2Bag = (pbe: string) => pfx([dataInfo(bag(O.shroudedKeyBag, seq(seq(oid(pbe), seq(octet(Buffer.alloc(8)), int(1))), octet(Buffer.alloc(16)))))]);
  const RC2_128 = `${P}.1.12.1.5`;
  const RC2_40 = `${P}.1.12.1.6`;
  function stub(...answers: (Buffer | Error)[]) {
    const calls: [number, number, number, number][] = [];
    const rc2 = async (key: Buffer, bits: number, iv: Buffer, data: Buffer): Promise<Buffer> => {
      calls.push([key.length, bits, iv.length, data.length]);
      const a = answers[calls.length - 1]!;
      if (a instanceof Error) throw a;
      return a;
    };
    return { rc2, calls };
  }

  it('stops at the first password that gives DER', async () => {
    const s = stub(KEY, KEY);
    expect(hexes(await unpackPkcs12(rc2Bag(RC2_128), undefined, s.rc2))).toEqual({ certs: [], keys: hx(KEY) });
    expect(s.calls).toEqual([[16, 128, 8, 16]]);
  });

  it('tries the other empty password after a wrong one, or after one that gives no DER', async () => {
    for (const first of [new Pkcs12Error('password'), Buffer.from('garbage')]) {
      const s = stub(first, KEY);
      expect(hexes(await unpackPkcs12(rc2Bag(RC2_40), undefined, s.rc2))).toEqual({ certs: [], keys: hx(KEY) });
      expect(s.calls).toEqual([[5, 40, 8, 16], [5, 40, 8, 16]]);
    }
  });

  it('gives up after the last one, and at once on anything but a wrong password', async () => {
    const both = stub(new Pkcs12Error('password'), new Pkcs12Error('password'));
    await expect(unpackPkcs12(rc2Bag(RC2_128), undefined, both.rc2)).rejects.toMatchObject({ kind: 'password' });
    const garbage = stub(Buffer.from('garbage'), Buffer.from('more'));
    await expect(unpackPkcs12(rc2Bag(RC2_128), undefined, garbage.rc2)).rejects.toMatchObject({ kind: 'password' });
    const odd = stub(new Pkcs12Error('unsupported', 'rc2'), KEY);
    await expect(unpackPkcs12(rc2Bag(RC2_128), undefined, odd.rc2)).rejects.toMatchObject({ kind: 'unsupported', message: 'rc2' });
    expect(odd.calls).toHaveLength(1);
    const given = stub(new Pkcs12Error('password'), KEY);
    await expect(unpackPkcs12(rc2Bag(RC2_128), 'secret', given.rc2)).rejects.toMatchObject({ kind: 'password' });
    expect(given.calls).toHaveLength(1);
  });
});

describe('the MAC', () => {
  const content = [dataInfo(bag(O.keyBag, KEY))];
  const mac = (hash: Buffer, digest: Buffer, count?: Buffer) => seq(seq(seq(hash, NULL), octet(digest)), octet(Buffer.alloc(8)), ...(count ? [count] : []));

  it('refuses a password the MAC does not verify, whatever its iteration count', async () => {
    expect(await failure(pfx(content, { mac: mac(oid(O.sha1), Buffer.alloc(20), int(2)) }))).toEqual(['password', 'password']);
    expect(await failure(pfx(content, { mac: mac(oid(O.sha1), Buffer.alloc(20)) }))).toEqual(['password', 'password']);
    expect(await failure(pfx(content, { mac: mac(oid(O.sha1), Buffer.alloc(19), int(1)) }))).toEqual(['password', 'password']);
    expect(await failure(pfx(content, { mac: mac(oid(O.sha1), Buffer.alloc(20), int(200_001)) }))).toEqual(['unsupported', '200001 iterations']);
  });

  it('leaves a MAC over a hash it does not know to the decryption', async () => {
    expect(hexes(await open(pfx(content, { mac: mac(oid(O.sm3), Buffer.alloc(32), int(1)) })))).toEqual({ certs: [], keys: hx(KEY) });
  });
});
