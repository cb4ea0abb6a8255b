// DER certificates and private keys joined into one file (`cat cert.der key.der`), as scan.ts finds them: each
// piece with its offset, a certificate's with its parsed slot (der-mixed.ts says what to do with the file). Pure.
import { tlvAt } from './der.js';
import type { CertSlot, DerPiece } from './scanned.js';

/** A DER private key's start: PKCS#8, PKCS#1 and SEC1 open with their version INTEGER, a certificate with a SEQUENCE. */
function looksLikeDerKey(der: Buffer): boolean {
  const outer = tlvAt(der, 0);
  const first = outer && tlvAt(der, outer.start, outer.end);
  return first?.tag === 0x02 && first.end - first.start === 1 && (der[first.start] === 0 || der[first.start] === 1);
}

/** Certificates and keys, at least one of each, every piece one or the other; else undefined. */
export function mixedPieces(run: Buffer[], slots: CertSlot[]): DerPiece[] | undefined {
  let at = 0;
  const pieces: DerPiece[] = [];
  for (const [i, der] of run.entries()) {
    const cert = slots[i]!.cert;
    if (cert) pieces.push({ at, der, kind: 'cert', cert });
    else if (looksLikeDerKey(der)) pieces.push({ at, der, kind: 'key' });
    else return undefined;
    at += der.length;
  }
  return pieces.some((p) => p.kind === 'key') && pieces.some((p) => p.kind === 'cert') ? pieces : undefined;
}
