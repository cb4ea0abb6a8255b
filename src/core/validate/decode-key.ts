// A private key input as scanned (scan.ts) -> a KeyObject (PKCS#1, PKCS#8, SEC1; PEM or DER), telling apart
// a missing, armor-less, encrypted, foreign, OpenSSH or corrupt key (an encrypted one opened with the password
// given: key-password.ts). Messages name labels and files, never key material.
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import type { Message, Params } from '../i18n.js';
import { bareNestedFinding, CM, isPemText } from './container.js';
import { refusePkcs12, sayLayout, sayRepaired } from './decode-certs.js';
import { sayDerMixedSlot } from './der-mixed.js';
import { Findings } from './findings.js';
import { encrypted, openedKey } from './key-password.js';
import { isLegacyDekCipher, legacyPkcs8Cipher } from './key-cipher.js';
import { importPrivateKey } from './key-import.js';
import { M } from './messages.js';
import { shellWord } from '../shell-word.js';
import { describeKey, type KeyInfo } from './model.js';
import { describeLabel, isSshKeyLabel } from './block-labels.js';
import { armor, type PemBlock } from './pem.js';
import { derLabel } from './not-sent.js';
import { keystoreParams } from './jks.js';
import type { Scanned } from './scan.js';

export interface DecodedKey {
  key: KeyObject;
  /** The PEM that would be sent in `private_key`. */
  pem: string;
  info: KeyInfo;
  source: string;
  /** Encrypted, opened with the password given (said once, of the key used: index.ts). */
  opened?: true;
}

const DER_TYPE: Record<string, 'pkcs1' | 'pkcs8' | 'sec1'> = { 'RSA PRIVATE KEY': 'pkcs1', 'EC PRIVATE KEY': 'sec1', 'PRIVATE KEY': 'pkcs8' };

/** Node reports a key that needs a passphrase in two ways, depending on the encoding. */
const isPassphraseError = (e: unknown): boolean =>
  ['ERR_MISSING_PASSPHRASE', 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED'].includes((e as { code?: string }).code ?? '');

export function keyFrom(key: KeyObject, pem: string, source: string): DecodedKey {
  return { key, pem, info: describeKey(key), source };
}

/** An encrypted key opened with `password` (key-password.ts), read and sent without it; else 'wrong' or undefined. */
function opened(der: Buffer | string | undefined, source: string, password: string | undefined): DecodedKey | 'wrong' | undefined {
  const key = openedKey(der, password);
  return key === undefined || key === 'wrong' ? key : { ...keyFrom(key, key.export({ type: 'pkcs8', format: 'pem' }) as string, source), opened: true };
}

/** An encrypted PKCS#8 key: opened with `password`, else said (a wrong password so). */
function encryptedPkcs8(der: Buffer | undefined, params: { source: string } & Params, message: Message, f: Findings, password?: string): DecodedKey | undefined {
  const key = opened(der, params.source, password);
  if (key !== undefined && key !== 'wrong') return key;
  encrypted(f, key === 'wrong' ? M.keyWrongPassword : message, params, der ? legacyPkcs8Cipher(der) : undefined);
  return undefined;
}

/** A DER private key; 'encrypted' (reported) when it needs a password; undefined when it is not a key. */
export function keyFromDer(der: Buffer, source: string, f: Findings, password?: string): DecodedKey | 'encrypted' | undefined {
  for (const type of ['pkcs8', 'pkcs1', 'sec1'] as const) {
    try {
      const key = importPrivateKey(der, type);
      f.add('input-converted', M.keyDerConverted, { source });
      return keyFrom(key, key.export({ type: 'pkcs8', format: 'pem' }) as string, source);
    } catch (e) {
      if (isPassphraseError(e)) return encryptedPkcs8(der, { source, what: f.say(M.encryptedKeyDer) }, M.keyEncryptedDer, f, password) ?? 'encrypted';
    }
  }
  return undefined;
}

function notAKey(scan: Scanned, f: Findings): void {
  const source = scan.source;
  if (scan.certs.some((c) => c.cert)) return f.add('key-not-private', M.keyIsCertDer, { source });
  const label = derLabel(scan.der!);
  if (label !== undefined) return f.add('key-not-private', M.keyNotPrivate, { source, what: f.say(M.aThing, { what: describeLabel(label, f) }) });
  try {
    createPublicKey({ key: scan.der!, format: 'der', type: 'spki' });
    f.add('key-not-private', M.keyIsPublicDer, { source });
  } catch {
    f.add('key-unparsable', M.keyNotDer, { source });
  }
}

/**
 * A traditional DSA key has no DER type in node:crypto: its PEM form is read (and sent as it is). A PKCS#8 body
 * under that label is read as PKCS#8, as under any other label.
 */
function traditionalDsa(der: Buffer): KeyObject {
  try {
    return createPrivateKey(armor('DSA PRIVATE KEY', der));
  } catch {
    return importPrivateKey(der, 'pkcs8');
  }
}

/** The key of one PEM block; `f` receives why it is unusable. */
export function keyFromBlock(block: PemBlock, source: string, f: Findings, password?: string): DecodedKey | undefined {
  const label = block.label;
  const what = describeLabel(label, f);
  if (!block.complete) return void f.add('key-armor-missing', M.keyNoEnd, { what, source });
  if (isSshKeyLabel(label)) return void f.add('key-unparsable', M.keySsh, { source, format: label.startsWith('SSH2') ? 'SSH2' : 'OpenSSH' });
  const procType = block.headers['Proc-Type'] ?? '';
  if (label === 'ENCRYPTED PRIVATE KEY') return encryptedPkcs8(block.der ?? undefined, { source, what }, M.keyEncryptedPkcs8, f, password);
  if (/ENCRYPTED/i.test(procType)) {
    const dek = block.headers['DEK-Info'] ?? '';
    const cipher = dek.split(',')[0]!.trim();
    // OpenSSL's traditional encryption (`openssl rsa -aes256`): opened with the password given, as PKCS#8 is.
    const pem = block.der ? armor(label, block.der).replace('\n', `\nProc-Type: ${procType}\nDEK-Info: ${dek}\n\n`) : undefined;
    const key = opened(pem, source, password);
    if (key !== undefined && key !== 'wrong') return key;
    const params = { source, what, headers: `Proc-Type: ${procType}${cipher ? `, ${cipher}` : ''}` };
    return void encrypted(f, key === 'wrong' ? M.keyWrongPassword : M.keyEncryptedLegacy, params, isLegacyDekCipher(cipher) ? cipher : undefined);
  }
  if (block.bodyLength === 0) return void f.add('key-unparsable', M.keyEmptyBody, { what, source });
  if (!block.der) return void f.add('key-unparsable', M.keyBadBase64, { what, source });
  if (isPemText(block.der)) return void f.add('key-unparsable', CM.keyNested, { what, source });
  try {
    // OpenSSL 3's `openssl ec` labels an SM2 key "SM2 PRIVATE KEY" (a SEC1 body); sent as PKCS#8, which is
    // byte for byte what `openssl pkey -in KEY` writes.
    if (label === 'SM2 PRIVATE KEY') {
      const key = importPrivateKey(block.der, 'sec1');
      f.add('input-converted', M.keySm2Label, { source, sourceWord: shellWord(source) });
      return keyFrom(key, key.export({ type: 'pkcs8', format: 'pem' }) as string, source);
    }
    const key = label === 'DSA PRIVATE KEY' ? traditionalDsa(block.der) : importPrivateKey(block.der, DER_TYPE[label] ?? 'pkcs8');
    return keyFrom(key, armor(label, block.der), source);
  } catch (e) {
    if (isPassphraseError(e)) return void encrypted(f, M.keyEncryptedBlock, { source, what });
    return void f.add('key-unparsable', M.keyNotParse, { what, source });
  }
}

function describeForeign(labels: string[], f: Findings): string {
  if (labels.some((l) => l.endsWith('CERTIFICATE'))) return f.say(M.aCertificate);
  if (labels.some((l) => l.endsWith('PUBLIC KEY'))) return f.say(M.aPublicKey);
  return labels.map((l) => f.say(M.aThing, { what: describeLabel(l, f) })).join(f.say(M.listSeparator));
}

/** The private key of a --key input (or of key blocks found in a combined --cert PEM). */
export function decodeKey(scan: Scanned, f: Findings, password?: string): DecodedKey | undefined {
  refusePkcs12(scan, M.slotKey, f);
  const source = scan.source;
  if (scan.utf16) f.add('input-converted', M.utf16, { source });
  sayRepaired(scan, f);
  if (scan.form === 'empty') return void f.add('key-empty', M.emptyInput, { source });
  if (scan.form === 'truncated') return void f.add('key-unparsable', M.derTruncated, { source, expected: scan.expected ?? 0, size: scan.size });
  if (scan.derMixed) return void sayDerMixedSlot(scan, 'key-unparsable', f);
  if (scan.form === 'binary') return void f.add('key-unparsable', M.keyNotDer, { source });
  if (scan.form === 'keystore') return void f.add('key-unparsable', M.keystore, keystoreParams(source, scan.keystore!));
  if (scan.form === 'der') {
    const key = keyFromDer(scan.der!, source, f, password);
    if (key === undefined) notAKey(scan, f);
    return key === 'encrypted' ? undefined : key;
  }
  const block = scan.keyBlocks[0];
  if (block) {
    const key = keyFromBlock(block, source, f, password);
    if (key) sayLayout(scan, f);
    return key;
  }
  const labels = [...scan.certs.map((c) => c.label), ...scan.otherLabels];
  if (labels.length > 0) return void f.add('key-not-private', M.keyNotPrivate, { source, what: describeForeign(labels, f) });
  if (scan.orphanEnds.length > 0) return void f.add('key-armor-missing', M.keyOrphanEnd, { source });
  if (scan.bareNested) return void f.add('key-unparsable', ...bareNestedFinding(source));
  if (scan.bareBase64) return void f.add('key-armor-missing', M.keyBareBase64, { source });
  if (scan.ssh === 'putty') return void f.add('key-unparsable', M.keyPutty, { source });
  if (scan.ssh === 'ssh-public') return void f.add('key-not-private', M.keyNotPrivate, { source, what: f.say(M.anSshPublicKey) });
  return void f.add('key-unparsable', M.noPem, { source });
}

/**
 * Findings that say a private key was there but could not be read: beside a key that does not match the leaf,
 * such a key (maybe the right one) is the cause, not the mismatch.
 */
export const UNREADABLE_KEY: readonly string[] = ['key-encrypted', 'key-unparsable', 'key-armor-missing'];

/**
 * Every private key of a --key input: a file may hold two (a stale key next to the right one, `cat old.key new.key`).
 * The first is read as decodeKey reads it; the others only when they parse, why not kept in `aside` (said only
 * when no key read matches). The caller keeps the one that matches.
 */
export function decodeKeys(scan: Scanned, f: Findings, aside = new Findings(f.lang), password?: string): DecodedKey[] {
  const first = decodeKey(scan, f, password);
  if (!first) return [];
  const more = scan.keyBlocks.slice(1).map((b) => keyFromBlock(b, scan.source, aside, password));
  const firstPub = createPublicKey(first.key);
  return [first, ...more.filter((k): k is DecodedKey => k !== undefined && !createPublicKey(k.key).equals(firstPub))];
}
