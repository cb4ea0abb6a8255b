// Turns a private key input (PKCS#1, PKCS#8, SEC1; PEM or DER) into a KeyObject, telling apart a missing,
// armor-less, encrypted, foreign or corrupt key. Messages name labels and files, never key material.
import { createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import { isDer } from './decode-certs.js';
import type { Findings } from './findings.js';
import { importPrivateKey } from './key-import.js';
import { describeKey, type KeyInfo } from './model.js';
import { armor, describeLabel, isKeyLabel, looksLikeBareBase64, scanPem, toText, type PemBlock } from './pem.js';
import type { RawInput } from './types.js';

export interface DecodedKey {
  key: KeyObject;
  /** The PEM that would be sent in `private_key`. */
  pem: string;
  info: KeyInfo;
  source: string;
}

const DER_TYPE: Record<string, 'pkcs1' | 'pkcs8' | 'sec1'> = { 'RSA PRIVATE KEY': 'pkcs1', 'EC PRIVATE KEY': 'sec1', 'PRIVATE KEY': 'pkcs8' };

/** Node reports a key that needs a passphrase in two ways, depending on the encoding. */
const isPassphraseError = (e: unknown): boolean =>
  ['ERR_MISSING_PASSPHRASE', 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED'].includes((e as { code?: string }).code ?? '');

function keyFrom(key: KeyObject, pem: string, source: string): DecodedKey {
  return { key, pem, info: describeKey(key), source };
}

function fromDer(input: RawInput, f: Findings): DecodedKey | undefined {
  const src = input.source;
  for (const type of ['pkcs8', 'pkcs1', 'sec1'] as const) {
    try {
      const key = importPrivateKey(input.data, type);
      f.add('input-converted', `${src} is a DER private key; it will be sent as PEM`);
      return keyFrom(key, key.export({ type: 'pkcs8', format: 'pem' }) as string, src);
    } catch (e) {
      if (isPassphraseError(e)) return void f.add('key-encrypted', `${src} is an encrypted PKCS#8 private key (DER)`);
    }
  }
  try {
    new X509Certificate(input.data);
    return void f.add('key-not-private', `${src} is a certificate (DER), not a private key`);
  } catch {
    // not a certificate either
  }
  try {
    createPublicKey({ key: input.data, format: 'der', type: 'spki' });
    return void f.add('key-not-private', `${src} is a public key (DER), not a private key`);
  } catch {
    return void f.add('key-unparsable', `${src} is binary (DER) data but not a private key`);
  }
}

export function keyFromBlock(block: PemBlock, src: string, f: Findings): DecodedKey | undefined {
  const label = block.label;
  const what = describeLabel(label);
  if (!block.complete) return void f.add('key-armor-missing', `the ${what} in ${src} has no -----END line`);
  const procType = block.headers['Proc-Type'] ?? '';
  if (label === 'ENCRYPTED PRIVATE KEY') return void f.add('key-encrypted', `${src} holds an ${what} (protected by a password)`);
  if (/ENCRYPTED/i.test(procType)) {
    const cipher = (block.headers['DEK-Info'] ?? '').split(',')[0];
    return void f.add('key-encrypted', `${src} holds a password-protected ${what} (Proc-Type: ${procType}${cipher ? `, ${cipher}` : ''})`);
  }
  if (block.bodyLength === 0) return void f.add('key-unparsable', `the ${what} in ${src} is empty between its BEGIN and END lines`);
  if (!block.der) return void f.add('key-unparsable', `the ${what} in ${src} is not valid base64`);
  try {
    const key = importPrivateKey(block.der, DER_TYPE[label] ?? 'pkcs8');
    return keyFrom(key, armor(label, block.der), src);
  } catch (e) {
    if (isPassphraseError(e)) return void f.add('key-encrypted', `${src} holds an encrypted ${what}`);
    return void f.add('key-unparsable', `the ${what} in ${src} does not parse`);
  }
}

function describeForeign(labels: string[]): string {
  if (labels.some((l) => l.endsWith('CERTIFICATE'))) return 'a certificate';
  if (labels.some((l) => l.endsWith('PUBLIC KEY'))) return 'a public key';
  return labels.map((l) => `a ${describeLabel(l)}`).join(', ');
}

/** The key of a bundle; `fallback` are key blocks found in the certificate file (a combined PEM). */
export function decodeKey(input: RawInput | undefined, fallback: { blocks: PemBlock[]; source: string }, f: Findings): DecodedKey | undefined {
  if (!input) {
    const block = fallback.blocks[0];
    if (block) return keyFromBlock(block, fallback.source, f);
    return void f.add('key-empty', 'no private key was given (pass --key FILE)');
  }
  const src = input.source;
  if (isDer(input.data)) return fromDer(input, f);
  const text = toText(input.data);
  if (text.trim() === '') return void f.add('key-empty', `${src} is empty`);
  const scan = scanPem(text);
  const block = scan.blocks.find((b) => isKeyLabel(b.label));
  if (block) return keyFromBlock(block, src, f);
  if (scan.blocks.length > 0) return void f.add('key-not-private', `${src} holds ${describeForeign(scan.blocks.map((b) => b.label))}, not a private key`);
  if (scan.orphanEnds > 0) return void f.add('key-armor-missing', `${src} has an -----END line without its -----BEGIN line`);
  if (looksLikeBareBase64(scan.outside)) return void f.add('key-armor-missing', `${src} holds base64 text without the -----BEGIN and -----END lines of a private key`);
  return void f.add('key-unparsable', `${src} holds no PEM block and is not DER`);
}
