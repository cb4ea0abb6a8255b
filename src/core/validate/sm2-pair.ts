// SM2 dual certificates (GB/T 38636): a signing pair and an encryption pair for the same names, as a CA's SM2
// download and `scm export` (enc-cert.pem, enc-privkey.pem) lay them out. The encryption pair is not a second
// bundle: it goes with the signing one, in ImportCertificate's enc_certificate and enc_private_key.
import type { DecodedKey } from './decode-key.js';
import { keyUsageBits } from './der-cert.js';
import { publicOf } from './public-key.js';
import { sourceName, type Cert } from './model.js';

export interface EncPair {
  cert: Cert;
  key: DecodedKey;
}

const DIGITAL_SIGNATURE = 0x8000;
/** keyEncipherment, dataEncipherment, keyAgreement. */
const ENCIPHERING = 0x2000 | 0x1000 | 0x0800;

/**
 * An SM2 encryption certificate: its keyUsage enciphers or agrees keys and does not sign, or (without keyUsage)
 * its file is named as `scm export` and CAs name it (enc-cert.pem, enc.pem, sm2_enc.crt).
 */
export function isEncryptionCert(c: Cert): boolean {
  if (!c.sm2 || c.ca) return false;
  const usage = keyUsageBits(c.der);
  if (usage !== undefined) return (usage & DIGITAL_SIGNATURE) === 0 && (usage & ENCIPHERING) !== 0;
  return /(^|[-_.])enc([-_.]|$)/i.test(sourceName(c.source));
}

/**
 * The encryption pair beside an SM2 signing pair among `certs` and `keys`: one SM2 encryption certificate with its
 * key, and at least one other SM2 end-entity certificate with its own (the signing pair). Undefined otherwise: a
 * lone encryption certificate is the leaf it seems, and two are two bundles, as for any other pairs. With no key
 * at all (`scm check` reads a folder without them), the certificates alone: the key is then undefined.
 */
export function encryptionPair(certs: Cert[], keys: DecodedKey[]): { cert: Cert; key?: DecodedKey } | undefined {
  const keyOf = (c: Cert): DecodedKey | undefined => keys.find((k) => publicOf(k).equals(c.publicKey));
  const paired = certs.filter((c) => c.sm2 && !c.ca && (keys.length === 0 || keyOf(c)));
  const enc = paired.filter(isEncryptionCert);
  if (enc.length !== 1 || !paired.some((c) => !isEncryptionCert(c))) return undefined;
  const key = keyOf(enc[0]!);
  return { cert: enc[0]!, ...(key ? { key } : {}) };
}

/** ImportCertificate's fields for the encryption pair, when the payload holds one (`scm upload`, `scm rotate`). */
export const encFields = (p: { enc_certificate?: string; enc_private_key?: string }): { enc_certificate?: string; enc_private_key?: string } =>
  p.enc_certificate && p.enc_private_key ? { enc_certificate: p.enc_certificate, enc_private_key: p.enc_private_key } : {};
