// Opening a PKCS#12 (.pfx/.p12) file: pkcs12.ts and pkcs12-crypto.ts do the work with node:crypto; node-forge (imported lazily,
// ~30 ms) supplies RC2 for "legacy" files and reads BER files our DER walker refuses. A file that cannot be
// opened is an input error (exit 2) with the same words and hint whether it has a MAC or not; among the files of
// a bundle, one that only lacks its password may be left out (classify.ts decides).
import { InputError } from '../../errors.js';
import type { Lang } from '../i18n.js';
import { t } from '../i18n.js';
import { shellWord } from '../shell-word.js';
import { archiveOf, containerError } from './container.js';
import { looksLikePkcs12 } from './der-sniff.js';
import { LEGACY_CIPHERS } from './key-cipher.js';
import { M } from './messages.js';
import type { Cert } from './model.js';
import type { PasswordFrom } from './types.js';
import { unpackPkcs12, type Unpacked } from './pkcs12.js';
import { PBES2_CIPHERS } from './pkcs12-crypto.js';
import { Pkcs12Error } from './pkcs12-error.js';
import { trustedOnly } from './jks.js';
import { javaKeystore, keystoreParams, type JavaKeystore } from './jks.js';
import type { Scanned } from './scan.js';

/** A PKCS#12 file that was opened: its certificates and whether it held a key, and what was said of it. */
export interface PfxRead {
  source: string;
  certs: Cert[];
  key: boolean;
  said: string;
  /** Given with --pfx, which takes no --chain (an argument or a folder's file takes one). */
  option?: boolean;
}

export type { Unpacked } from './pkcs12.js';

type Forge = typeof import('node-forge');
const loadForge = async (): Promise<Forge> => (await import('node-forge')).default;

async function rc2(key: Buffer, bits: number, iv: Buffer, data: Buffer): Promise<Buffer> {
  const forge = await loadForge();
  const cipher = forge.rc2.createDecryptionCipher(key.toString('binary'), bits);
  cipher.start(iv.toString('binary'));
  cipher.update(forge.util.createBuffer(data.toString('binary')));
  if (!cipher.finish()) throw new Pkcs12Error('password');
  return Buffer.from(cipher.output.getBytes(), 'binary');
}

/**
 * What node-forge makes of a file our DER reader does not walk: BER, as some older exporters write PKCS#12
 * (indefinite lengths, constructed strings, with definite lengths too). Every such file is offered to it, not
 * only those whose bytes look like BER: a file forge cannot read either stays "malformed".
 */
async function unpackWithForge(der: Buffer, password: string | undefined): Promise<Unpacked> {
  const forge = await loadForge();
  let p12: import('node-forge').pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary'))), false, password ?? '');
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new Pkcs12Error(/MAC could not be verified|Invalid password|decrypt/i.test(message) ? 'password' : 'malformed', message);
  }
  const bytes = (a: import('node-forge').asn1.Asn1): Buffer => Buffer.from(forge.asn1.toDer(a).getBytes(), 'binary');
  const out: Unpacked = { certs: [], keys: [] };
  for (const contents of p12.safeContents) {
    for (const bag of contents.safeBags) {
      // forge decodes RSA objects and leaves anything else (EC, Ed25519, SM2) as raw ASN.1 in bag.asn1.
      const raw = (bag as { asn1?: import('node-forge').asn1.Asn1 }).asn1;
      if (bag.type === forge.pki.oids.certBag) {
        if (bag.cert) out.certs.push(bytes(forge.pki.certificateToAsn1(bag.cert)));
        else if (raw) out.certs.push(bytes(raw));
      } else if (bag.type === forge.pki.oids.pkcs8ShroudedKeyBag || bag.type === forge.pki.oids.keyBag) {
        if (bag.key) out.keys.push(bytes(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key))));
        else if (raw) out.keys.push(bytes(raw));
      }
    }
  }
  return out;
}

/**
 * A cipher scm could not run, by OID: its name and whether OpenSSL 3 needs -legacy for it; undefined when unknown.
 * Those pkcs12-crypto.ts runs when Node's OpenSSL has them (SM4, Camellia, ARIA: its table names them), and the old ones
 * OpenSSL 3 opens only with -legacy (key-cipher.ts: RC4, DES, RC2-64, Blowfish, PKCS#5 v1.5 PBE: old Windows and
 * Java exports). Any other cipher gets the -legacy command too.
 */
export function cipherNamed(oid: string): [string, boolean] | undefined {
  const legacy = LEGACY_CIPHERS[oid];
  const pbes2 = PBES2_CIPHERS[oid];
  return legacy !== undefined ? [legacy, true] : pbes2 ? [pbes2[0], false] : undefined;
}

/**
 * A Java keystore where a bundle needs it (--pfx, or the only file with the leaf or key): what it is, how to
 * convert it (exit 2). `beside`: the password file a CA ships with it (Tomcat/ keystorePass.txt), named in the commands.
 */
export function keystoreError(source: string, kind: JavaKeystore, lang: Lang, beside?: string, truststore?: boolean): InputError {
  const params = keystoreParams(source, kind);
  // Converting a truststore only makes a PKCS#12 truststore: the key entry is in another keystore.
  if (truststore) return new InputError(t(lang, M.keystoreTruststore, params), { path: source, hint: t(lang, M.keystoreTruststoreHint) });
  const hint = beside === undefined ? t(lang, M.keystoreHint, params) : t(lang, M.keystoreHintBeside, { ...params, file: beside, fileWord: shellWord(beside) });
  return new InputError(t(lang, M.pfxIsKeystore, params), { path: source, hint });
}

/**
 * A PKCS#12 file cut short (any role it is given in): nothing in it can be read, so no role is judged on it. `scan`:
 * the file as scan.ts read it, which holds the length its header announces when it is cut short.
 */
export function truncatedPfx(scan: Pick<Scanned, 'source' | 'expected' | 'size'>, lang: Lang): InputError | undefined {
  const { source, expected, size } = scan;
  if (expected === undefined) return undefined;
  return new InputError(t(lang, M.pfxTruncated, { source, expected, size }), { path: source, hint: t(lang, M.pfxTruncatedHint) });
}

/** A PKCS#12 file that did not open for want of its password: none was given, or the one given is wrong. */
export interface Locked {
  locked: 'no-password' | 'wrong-password';
  /** What to say when nothing else in the bundle can stand in for it (exit 2, with the password hint). */
  error: InputError;
}

/**
 * The certificates and keys of a PKCS#12 file, or why its password did not open it (a bundle read by content
 * can do without it when its other files hold the leaf and the key); an InputError (exit 2) for anything else.
 */
export async function unlockPfx(der: Buffer, source: string, password: string | undefined, lang: Lang, from?: PasswordFrom, beside?: string): Promise<Unpacked | Locked> {
  const keystore = javaKeystore(der);
  if (keystore) throw keystoreError(source, keystore, lang, beside, trustedOnly(der));
  // A .zip or .tar the .pfx came in (a CA's download): unpacking it is the fix, not another format.
  const archive = archiveOf(der);
  if (archive) throw containerError(source, archive, lang);
  if (!looksLikePkcs12(der)) {
    throw new InputError(t(lang, M.pfxNotPkcs12, { source }), { path: source, hint: t(lang, M.pfxNotPkcs12Hint) });
  }
  try {
    try {
      return await unpackPkcs12(der, password, rc2);
    } catch (e) {
      if (e instanceof Pkcs12Error && e.kind === 'malformed') return await unpackWithForge(der, password);
      throw e;
    }
  } catch (e) {
    if (!(e instanceof Pkcs12Error)) throw e;
    if (e.kind === 'password') {
      // `beside`: the password file a CA ships next to the .pfx, named so that the user may choose to pass it.
      // An empty password (a variable set from an unset one, an empty file or first line) is no password to check.
      const said = password === undefined ? (beside !== undefined ? t(lang, M.pfxPasswordBesideHint, { file: beside, fileWord: shellWord(beside) }) : t(lang, M.pfxPasswordHint))
        : password === '' ? t(lang, from === 'stdin' ? M.pfxEmptyPasswordStdinHint : from === 'file' ? M.pfxEmptyPasswordFileHint : M.pfxEmptyPasswordEnvHint, { source })
        : from === 'stdin' ? t(lang, M.pfxWrongPasswordStdinHint, { source })
        : from === 'file' ? t(lang, M.pfxWrongPasswordFileHint, { source })
        : t(lang, M.pfxWrongPasswordEnvHint, { source });
      // Bytes that are no UTF-8 (a file saved in the Windows ANSI code page, GBK on Chinese Windows) were read as
      // U+FFFD: such a password never opens the file, however right it looks to the one who wrote it.
      const hint = password?.includes('\uFFFD') ? `${said}${t(lang, M.pfxPasswordNotUtf8)}` : said;
      const error = new InputError(t(lang, password === undefined ? M.pfxNeedsPassword : M.pfxWrongPassword, { source }), { path: source, hint });
      return { locked: password === undefined ? 'no-password' : 'wrong-password', error };
    }
    const named = e.kind === 'unsupported' ? cipherNamed(e.message) : undefined;
    if (named) {
      const [algorithm, legacy] = named;
      const reason = t(lang, M.pfxUnsupportedNamed, { algorithm, oid: e.message });
      throw new InputError(t(lang, M.pfxUnreadable, { source, reason }), { path: source, hint: t(lang, M.pfxConvertHint, { source: shellWord(source), legacy: legacy ? '-legacy ' : '' }) });
    }
    const reason = e.kind === 'public-key' ? t(lang, M.pfxPublicKeyMode) : e.kind === 'unsupported' ? t(lang, M.pfxUnsupported, { algorithm: e.message }) : t(lang, M.pfxMalformed);
    // A cipher not in the table: OpenSSL with its legacy provider opens most of what PKCS#12 tools ever wrote.
    const hint = e.kind === 'unsupported' ? { hint: t(lang, M.pfxConvertHint, { source: shellWord(source), legacy: '-legacy ' }) } : {};
    throw new InputError(t(lang, M.pfxUnreadable, { source, reason }), { path: source, ...hint });
  }
}

/** The certificates and keys of a PKCS#12 file; an InputError (exit 2) when it cannot be opened. */
export async function openPfx(der: Buffer, source: string, password: string | undefined, lang: Lang, from?: PasswordFrom, beside?: string): Promise<Unpacked> {
  const out = await unlockPfx(der, source, password, lang, from, beside);
  if ('locked' in out) throw out.error;
  return out;
}
