// Content-Encoding of an answer. scm sends no Accept-Encoding, and RFC 9110 §12.5.3 then lets a server (or a
// gateway, a CDN) use any coding: gzip, deflate and br are decoded; node:zlib is loaded only when such an
// answer comes (most never do, and every command pays for what it loads). Anything else is an answer scm
// cannot read, said as such rather than as "not valid JSON".

type Zlib = typeof import('node:zlib');

/** Builtins load with require in the CommonJS build (dist/); tests run the ESM sources (as node-fetch.ts). */
const zlib = (): Zlib => (process.getBuiltinModule?.('node:zlib') ?? require('node:zlib')) as Zlib;

/** The codings of a Content-Encoding header in the order they were applied; identity dropped. */
export function codingsOf(header: string | null | undefined): string[] {
  return (header ?? '').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c !== '' && c !== 'identity');
}

const KNOWN = new Set(['gzip', 'x-gzip', 'deflate', 'br']);

/** SCM's answers are a few kB (an export, a page of 50): a body that inflates past this is not one. */
export const MAX_DECODED = 32 << 20;
const bounded = { maxOutputLength: MAX_DECODED };

/** The first coding scm cannot decode, if any. */
export const unknownCoding = (header: string | null | undefined): string | undefined => codingsOf(header).find((c) => !KNOWN.has(c));

/** A coding scm cannot read, or a body that does not decode: `coding` names it, `cause` says why. */
export class ContentCodingError extends Error {
  constructor(readonly coding: string, cause?: unknown) {
    super(`cannot decode a ${coding} body`, cause === undefined ? {} : { cause });
  }
}

/** `body` with the codings of `header` undone, last applied first. */
export function decodeBody(body: Buffer, header: string | null | undefined): Buffer {
  const codings = codingsOf(header);
  if (codings.length === 0) return body;
  const unknown = codings.find((c) => !KNOWN.has(c));
  if (unknown) throw new ContentCodingError(unknown);
  const z = zlib();
  let out = body;
  for (const coding of codings.reverse()) {
    try {
      if (coding === 'br') out = z.brotliDecompressSync(out, bounded);
      else if (coding === 'deflate') out = inflate(z, out);
      else out = z.gunzipSync(out, bounded);
    } catch (e) {
      throw new ContentCodingError(coding, e);
    }
  }
  return out;
}

/** "deflate" is zlib-wrapped by the RFC, raw in some servers: the wrapped form first, then raw. */
function inflate(z: Zlib, body: Buffer): Buffer {
  try {
    return z.inflateSync(body, bounded);
  } catch {
    return z.inflateRawSync(body, bounded);
  }
}
