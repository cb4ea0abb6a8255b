// A DER reader, bounds-checked and read-only: TLVs, their children and values, OIDs and small INTEGERs. What it
// reads from certificates is der-cert.ts; what it tells about a file's bytes (DER, cut DER, PKCS#12, PKCS#7) is
// der-sniff.ts; the PKCS#12 reader (pkcs12.ts) walks its structures with it too.

export interface Tlv {
  /** Offset of the tag. */
  at: number;
  tag: number;
  /** Offset of the value. */
  start: number;
  /** Offset just past the value. */
  end: number;
}

/** The TLV at `offset`, inside `limit`; undefined unless it is well-formed DER (definite length). */
export function tlvAt(buf: Buffer, offset: number, limit = buf.length): Tlv | undefined {
  if (offset + 2 > limit) return undefined;
  const tag = buf[offset]!;
  let len = buf[offset + 1]!;
  let start = offset + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || start + n > limit) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[start + i]!;
    start += n;
  }
  const end = start + len;
  return end > limit ? undefined : { at: offset, tag, start, end };
}

/** The TLVs of a constructed value, in order; undefined if they do not tile it exactly. */
export function childrenOf(buf: Buffer, parent: Tlv): Tlv[] | undefined {
  const out: Tlv[] = [];
  for (let at = parent.start; at < parent.end;) {
    const t = tlvAt(buf, at, parent.end);
    if (!t) return undefined;
    out.push(t);
    at = t.end;
  }
  return out;
}

/** The bytes of a value. */
export const valueOf = (buf: Buffer, t: Tlv): Buffer => buf.subarray(t.start, t.end);

/** The whole encoding (tag, length and value) of `t`. */
export const encodingOf = (buf: Buffer, t: Tlv): Buffer => buf.subarray(t.at, t.end);

export function oidString(bytes: Buffer): string {
  const parts: number[] = [];
  let value = 0;
  for (const b of bytes) {
    value = value * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      parts.push(value);
      value = 0;
    }
  }
  const first = parts.shift() ?? 0;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...parts].join('.');
}

/** The OID a TLV holds, or undefined when it is not an OBJECT IDENTIFIER. */
export const oidOf = (buf: Buffer, t: Tlv | undefined): string | undefined => (t && t.tag === 0x06 ? oidString(valueOf(buf, t)) : undefined);

/** A non-negative INTEGER that fits a double (iteration counts, versions), or undefined. */
export function smallInt(buf: Buffer, t: Tlv | undefined): number | undefined {
  if (!t || t.tag !== 0x02 || t.end === t.start || t.end - t.start > 6 || buf[t.start]! & 0x80) return undefined;
  let n = 0;
  for (let i = t.start; i < t.end; i++) n = n * 256 + buf[i]!;
  return n;
}
