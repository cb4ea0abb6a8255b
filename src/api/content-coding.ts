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
/** The first coding scm cannot decode, if any. */
export const unknownCoding = (header: string | null | undefined): string | undefined => codingsOf(header).find((c) => !KNOWN.has(c));

/** A coding scm cannot read, or a body that does not decode: `coding` names it, `cause` says why. */
export class ContentCodingError extends Error {
  constructor(readonly coding: string, cause?: unknown) {
    super(`cannot decode a ${coding} body`, cause === undefined ? {} : { cause });
  }
}

/**
 * `body` with the codings of `header` undone, last applied first, and at most `cap` bytes of the result: a
 * body that inflates past it is cut there (a huge error answer is read from its start, as a plain one is; a
 * compression bomb is never held in memory). `partial`: `body` is only the start of what was sent (cut at the
 * read cap), so its end is not an error: what decodes from it is the start of the answer, also cut.
 */
export async function decodeBody(body: Buffer, header: string | null | undefined, o: { cap: number; partial?: boolean }): Promise<{ body: Buffer; truncated: boolean }> {
  const codings = codingsOf(header);
  const unknown = codings.find((c) => !KNOWN.has(c));
  if (unknown) throw new ContentCodingError(unknown);
  let out = { body, truncated: o.partial === true };
  // No body has nothing to decode: a gateway may label an empty answer (a push's or a delete's 204) with the
  // coding it would have used, and zlib calls that "unexpected end of file".
  if (body.length === 0) return out;
  for (const coding of codings.reverse()) out = await undo(coding, out.body, o.cap, out.truncated);
  return out;
}

/** A zlib-wrapped deflate stream starts with a header whose check bits make it a multiple of 31. */
const zlibWrapped = (b: Buffer): boolean => b.length >= 2 && (b[0]! & 0x0f) === 8 && ((b[0]! << 8) | b[1]!) % 31 === 0;

/** One coding undone as a stream, stopped (and the rest never inflated) once `cap` bytes came out. */
function undo(coding: string, input: Buffer, cap: number, partial: boolean): Promise<{ body: Buffer; truncated: boolean }> {
  const z = zlib();
  // On a body cut short, flush what decodes instead of failing at its end.
  const flush = partial ? { finishFlush: coding === 'br' ? z.constants.BROTLI_OPERATION_FLUSH : z.constants.Z_SYNC_FLUSH } : {};
  // "deflate" is zlib-wrapped by the RFC, raw in some servers.
  const stream = coding === 'br' ? z.createBrotliDecompress(flush) : coding === 'deflate' ? (zlibWrapped(input) ? z.createInflate(flush) : z.createInflateRaw(flush)) : z.createGunzip(flush);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (f: () => void): void => void (settled || ((settled = true), f()));
    stream.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > cap) settle(() => (stream.destroy(), resolve({ body: Buffer.concat(chunks).subarray(0, cap), truncated: true })));
    });
    stream.on('end', () => settle(() => resolve({ body: Buffer.concat(chunks), truncated: partial })));
    stream.on('error', (e) => settle(() => reject(new ContentCodingError(coding, e))));
    stream.end(input);
  });
}
