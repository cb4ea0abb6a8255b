// Does one certificate issue another? SCM checks names: the issuer of each certificate must be the subject
// of the next one (SCM.0079). Clients check more, and so do we: the authority key identifier must be the
// issuer's subject key identifier, and the signature must verify with the issuer's key.
import type { Cert } from './model.js';

/** Why a certificate with the right name is still not the issuer: another key identifier, or another signer. */
export type LinkFault = 'keyid' | 'signature';

/** `parent` carries the name `child` gives as its issuer. */
export const namesIssuer = (child: Cert, parent: Cert): boolean => child.x509.issuer === parent.x509.subject;

/** What is wrong with `parent` as the issuer of `child` (whose issuer name it carries), or undefined. */
export function linkFault(child: Cert, parent: Cert): LinkFault | undefined {
  if (child.ids.aki !== undefined && parent.ids.ski !== undefined && child.ids.aki !== parent.ids.ski) return 'keyid';
  // Node 20 cannot verify SM2 signatures: an SM2 issuer is taken on its name and key identifier.
  if (parent.sm2) return undefined;
  try {
    return child.x509.verify(parent.x509.publicKey) ? undefined : 'signature';
  } catch {
    return 'signature';
  }
}

/** "AB:CD:…" as openssl prints key identifiers. */
export const keyIdText = (hex: string): string => hex.toUpperCase().replace(/(..)(?!$)/g, '$1:');
