// DER written by hand for the parser tests (der-exact, pkcs12-exact): each branch of the reader gets an input
// of its own, encoded here independently of src/core/validate/der.ts.

/** A TLV with a definite length (short or long form). */
export function tlv(tag: number, ...parts: Buffer[]): Buffer {
  const value = Buffer.concat(parts);
  const n = value.length;
  const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
  return Buffer.concat([Buffer.from([tag, ...len]), value]);
}
export const seq = (...parts: Buffer[]): Buffer => tlv(0x30, ...parts);
export const octet = (...parts: Buffer[]): Buffer => tlv(0x04, ...parts);
export const NULL = Buffer.from('0500', 'hex');

/** A non-negative INTEGER, minimal. */
export function int(n: number): Buffer {
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  if (bytes.length === 0 || bytes[0]! & 0x80) bytes.unshift(0);
  return tlv(0x02, Buffer.from(bytes));
}

/** An OBJECT IDENTIFIER. */
export function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const bytes: number[] = [];
  for (const arc of [a! * 40 + b!, ...rest]) {
    const groups = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) groups.unshift((v & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return tlv(0x06, Buffer.from(bytes));
}
