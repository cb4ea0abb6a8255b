// Ciphers OpenSSL 3 runs only with its legacy provider, by OID (PKCS#12 files and PKCS#8 keys) and by the name a
// traditional PEM key's DEK-Info gives: the command that opens such a file must load that provider (`openssl
// pkcs12 -legacy`, `openssl pkey -provider legacy -provider default`), or OpenSSL 3 answers "unsupported".
import { childrenOf, oidOf, tlvAt } from './der.js';

/** RC4, DES, RC2, Blowfish and the PKCS#5 v1.5 PBEs: old Windows and Java exports, `openssl pkcs8 -v1`. */
export const LEGACY_CIPHERS: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.12.1.1': 'RC4-128',
  '1.2.840.113549.1.12.1.2': 'RC4-40',
  '1.3.14.3.2.7': 'DES-CBC',
  '1.3.6.1.4.1.3029.1.2': 'Blowfish-CBC',
  '1.2.840.113549.3.2': 'RC2-CBC',
  '1.2.840.113549.1.5.1': 'PBE-MD2-DES',
  '1.2.840.113549.1.5.3': 'PBE-MD5-DES',
  '1.2.840.113549.1.5.4': 'PBE-MD2-RC2-64',
  '1.2.840.113549.1.5.6': 'PBE-MD5-RC2-64',
  '1.2.840.113549.1.5.10': 'PBE-SHA1-DES',
  '1.2.840.113549.1.5.11': 'PBE-SHA1-RC2-64',
};

/** The PKCS#12 PBEs with RC2 (pkcs12-crypto.ts runs them itself for a .pfx; `openssl pkey` needs the legacy provider). */
const LEGACY_KEY_PBES: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.12.1.5': 'PBE-SHA1-RC2-128',
  '1.2.840.113549.1.12.1.6': 'PBE-SHA1-RC2-40',
};

const PBES2 = '1.2.840.113549.1.5.13';

/**
 * The cipher of an encrypted PKCS#8 key (EncryptedPrivateKeyInfo, DER) when OpenSSL 3 needs its legacy provider
 * for it (`openssl pkcs8 -v1 PBE-MD5-DES`, `-v2 des`); undefined for any other, or bytes that do not parse.
 */
export function legacyPkcs8Cipher(der: Buffer): string | undefined {
  const outer = tlvAt(der, 0);
  const algorithm = outer && childrenOf(der, outer)?.[0];
  const [oid, params] = (algorithm && childrenOf(der, algorithm)) ?? [];
  const id = oidOf(der, oid);
  if (id === undefined) return undefined;
  if (id !== PBES2) return LEGACY_CIPHERS[id] ?? LEGACY_KEY_PBES[id];
  const scheme = params && childrenOf(der, params)?.[1];
  const cipher = scheme && childrenOf(der, scheme)?.[0];
  return LEGACY_CIPHERS[oidOf(der, cipher) ?? ''];
}

/** A traditional PEM key's DEK-Info cipher (`openssl rsa -des`, `-bf`, `-seed` ...) that needs the legacy provider. */
export const isLegacyDekCipher = (name: string): boolean => /^(DES-(CBC|CFB|OFB|ECB)|DESX-|BF-|CAST5?-|IDEA-|SEED-|RC2-|RC4|RC5-)/i.test(name);
