// Does one certificate issue another? SCM checks names: the issuer of each certificate must be the subject
// of the next one (SCM.0079). Clients check more, and so do we: the authority key identifier must be the
// issuer's subject key identifier, and the signature must verify with the issuer's key.
import { keyIdsOf, UNVERIFIABLE, type Cert } from './model.js';

/** Why a certificate with the right name is still not the issuer: another key identifier, or another signer. */
export type LinkFault = 'keyid' | 'signature';

/** `parent` carries the name `child` gives as its issuer. */
export const namesIssuer = (child: Cert, parent: Cert): boolean => child.x509.issuer === parent.x509.subject;

/** Both key identifiers are there and they differ (RFC 5280 4.2.1.1: the issuer's subjectKeyIdentifier, as OpenSSL checks). */
export const keyIdsDiffer = (child: Cert, parent: Cert): boolean => {
  const aki = keyIdsOf(child).aki;
  const ski = keyIdsOf(parent).ski;
  return aki !== undefined && ski !== undefined && aki !== ski;
};

function verifies(child: Cert, parent: Cert): boolean {
  try {
    return child.x509.verify(parent.publicKey);
  } catch {
    return false;
  }
}

/**
 * What is wrong with `parent` as the issuer of `child` (whose issuer name it carries), or undefined. A signature
 * that verifies settles it; the key identifiers only say why one does not (another generation of the CA, with
 * another key, or a certificate that merely took the name). Node 20 cannot verify SM2 signatures: an SM2 issuer
 * is taken on its name and key identifier.
 */
// MD4 and MD2 are not in OpenSSL 3's default provider, nor so in Node's: a signature with them does not verify
// with any key, which says nothing about the issuer (openssl verify with its legacy provider takes it; without,
// it refuses every such certificate alike, error 7). Such a link is taken on its name and key identifier too.
export function linkFault(child: Cert, parent: Cert): LinkFault | undefined {
  if (!parent.sm2 && verifies(child, parent)) return undefined;
  if (keyIdsDiffer(child, parent)) return 'keyid';
  return parent.sm2 || UNVERIFIABLE.has(child.signature.weak ?? '') ? undefined : 'signature';
}

/** "AB:CD:…" as openssl prints key identifiers. */
export const keyIdText = (hex: string): string => hex.toUpperCase().replace(/(..)(?!$)/g, '$1:');
