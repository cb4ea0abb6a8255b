// What a PEM block is by its label (a certificate, a private key, an SSH key), and what it is in words for
// messages; the labels of DER files no PEM block names. pem.ts reads and writes the blocks themselves.
import type { Message, Params } from '../i18n.js';
import { M } from './messages.js';

export const isKeyLabel = (label: string): boolean => /(^|\s)PRIVATE KEY$/.test(label);
export const isCertLabel = (label: string): boolean => label === 'CERTIFICATE' || label === 'X509 CERTIFICATE' || label === 'TRUSTED CERTIFICATE';

/** Private key formats TLS servers cannot take as they are (OpenSSH's own, ssh.com's). */
export const isSshKeyLabel = (label: string): boolean => label === 'OPENSSH PRIVATE KEY' || label.startsWith('SSH2 ');

const KEY_NAMES: Record<string, Message> = {
  'PRIVATE KEY': M.labelPkcs8,
  'RSA PRIVATE KEY': M.labelPkcs1,
  'EC PRIVATE KEY': M.labelSec1,
  'ENCRYPTED PRIVATE KEY': M.labelEncryptedPkcs8,
};

/** Labels for what a DER file holds that no PEM block names (not-sent.ts), said in words for DER. */
export const DER_PUBLIC_KEY = 'der:public-key';
export const DER_RSA_PUBLIC_KEY = 'der:rsa-public-key';
export const DER_DH_PARAMETERS = 'der:dh-parameters';
const DER_NAMES: Record<string, Message> = { [DER_PUBLIC_KEY]: M.labelDerPublicKey, [DER_RSA_PUBLIC_KEY]: M.labelDerRsaPublicKey, [DER_DH_PARAMETERS]: M.labelDerDh };

/**
 * What a block is, in words, for messages: "PKCS#1 RSA private key", "CERTIFICATE REQUEST block". Key
 * labels are never echoed, so validate output never carries the text of a private key's armor.
 */
export function describeLabel(label: string, f: { say(m: Message, p?: Params): string }): string {
  if (isKeyLabel(label)) return f.say(KEY_NAMES[label] ?? M.labelKey, { kind: label.replace(/ ?PRIVATE KEY$/, '') });
  if (label === 'CERTIFICATE REQUEST' || label === 'NEW CERTIFICATE REQUEST') return f.say(M.labelCsr);
  if (label === 'X509 CRL') return f.say(M.labelCrl);
  const der = DER_NAMES[label];
  if (der) return f.say(der);
  // PGP's armor names itself a block (PGP PUBLIC KEY BLOCK): said as it is, not "... BLOCK block".
  return / BLOCK$/.test(label) ? label : f.say(M.labelBlock, { label });
}
