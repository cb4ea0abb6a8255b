// What the PKCS#12 reader throws (Pkcs12Error: pfx.ts turns it into words), and the strict DER steps that throw it
// as 'malformed' where a structure the file must have is not there. Shared by pkcs12.ts (the walk) and
// pkcs12-crypto.ts (the decryption).
import { childrenOf, tlvAt, valueOf, type Tlv } from './der.js';

/** 'password': wrong or missing; 'malformed': not DER we can walk; 'unsupported': an algorithm we cannot run. */
export class Pkcs12Error extends Error {
  constructor(readonly kind: 'password' | 'malformed' | 'unsupported' | 'public-key', detail: string = kind) {
    super(detail);
  }
}

export const need = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Pkcs12Error('malformed');
  return value;
};
export const kids = (buf: Buffer, t: Tlv | undefined): Tlv[] => need(t && childrenOf(buf, t));
export const inner = (buf: Buffer, t: Tlv | undefined): Tlv => need(t && tlvAt(buf, t.start, t.end));
export const octets = (buf: Buffer, t: Tlv | undefined): Buffer => {
  if (!t || t.tag !== 0x04) throw new Pkcs12Error('malformed');
  return valueOf(buf, t);
};
