// The body of an answer as text, at most MAX_BODY bytes: decoded (gzip, deflate, br; then from the charset its
// Content-Type declares, charset.ts), cut where it goes on,
// and an answer in a coding scm cannot read refused (a success) or set aside (an error answer, which stands by
// its status). Apart from http.ts, which sends the request, because this only reads what came back.
import { t, type Lang } from '../core/i18n.js';
import { decodeText } from './charset.js';
import { ContentCodingError, unknownCoding } from './content-coding.js';
import { BadResponseError } from './exchange-errors.js';
import type { Operation } from './errors.js';
import { OP_NAME } from './messages.js';
import { N, TRACE } from './exchange-messages.js';
import { cutOff } from './network-error.js';
import { cutAnswer, MAX_BODY } from './node-fetch.js';

/** An answer of the fetch in use (node-fetch.ts's or undici's), as far as scm reads it. */
export interface FetchAnswer {
  status: number;
  headers: { get(n: string): string | null };
  text(): Promise<string>;
  /** undici's (a web stream): read up to MAX_BODY, not through text(). */
  body?: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> } } | null;
  /** node-fetch.ts's: the body decoded up to MAX_BODY, saying whether it went on. */
  capped?(): Promise<{ text: string; truncated: boolean }>;
}

/**
 * The body as text. node-fetch.ts and undici's fetch both undo gzip, deflate and br; a coding neither knows
 * (undici passes it through undecoded) or a body that does not decode is an answer scm cannot read (exit 5;
 * an import then is looked up, as after any unreadable answer).
 */
export async function readText(res: FetchAnswer, operation: Operation, requestId: string | undefined, o: { lang: Lang; trace?: (line: string) => void }): Promise<{ text: string; truncated: boolean }> {
  const header = res.headers.get('content-encoding');
  const unreadable = (coding: string, cause?: unknown): BadResponseError => {
    const ref = requestId ? t(o.lang, N.requestId, { id: requestId }) : '';
    const why = cause instanceof Error && cause.cause instanceof Error ? cause.cause.message : '';
    const message = t(o.lang, why ? N.codingCorrupt : N.codingUnknown, { op: t(o.lang, OP_NAME[operation]), status: res.status, coding, why, ref });
    return new BadResponseError(message, { operation, ...(requestId ? { requestId } : {}), hint: t(o.lang, N.codingHint) });
  };
  // An error answer stands by its status (a 502 is retried, a 400 is a rejection): a body that cannot be read
  // is set aside, and said in --debug, rather than turning the answer into an unreadable one.
  const setAside = (coding: string, cause?: unknown): { text: string; truncated: boolean } => {
    const why = cause instanceof Error && cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
    o.trace?.(t(o.lang, TRACE.bodySetAside, { status: res.status, coding, why }));
    return { text: '', truncated: false };
  };
  const unknown = unknownCoding(header);
  if (unknown) {
    await (res.body && typeof res.body.getReader === 'function' ? res.body.getReader().cancel() : res.text()).catch(() => '');
    if (res.status >= 400) return setAside(unknown);
    throw unreadable(unknown);
  }
  try {
    if (res.body && typeof res.body.getReader === 'function') return await readCapped(res.body.getReader(), res.headers.get('content-type'), cutAt(res));
    if (res.capped) return await res.capped();
    return { text: await res.text(), truncated: false };
  } catch (e) {
    if (e instanceof ContentCodingError && res.status >= 400) return setAside(e.coding, e);
    if (e instanceof ContentCodingError) throw unreadable(e.coding, e);
    throw e;
  }
}

/**
 * What an answer cut off after `got` bytes is said with (node-fetch.ts's cutAnswer): Content-Length only for a body
 * undici has not decoded (it counts the bytes sent, the reader gets them inflated).
 */
const cutAt = (res: FetchAnswer) => (got: number, cause: unknown): Error => {
  const length = Number(res.headers.get('content-length') ?? NaN);
  const sent = res.headers.get('content-encoding') === null && Number.isSafeInteger(length) && length >= 0;
  return cutAnswer({ status: res.status, got, ...(sent ? { total: length } : {}) }, cause);
};

/** A web stream's bytes up to MAX_BODY (undici's fetch, behind a proxy): the rest is cancelled, never read. */
async function readCapped(reader: { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> }, contentType: string | null, cut: (got: number, cause: unknown) => Error): Promise<{ text: string; truncated: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let read: { done: boolean; value?: Uint8Array };
    try {
      read = await reader.read();
    } catch (e) {
      // The connection closed mid-body (undici: "terminated", other side closed), or the time ran out while it
      // came (an abort): said as an answer cut off, with how much came.
      // AbortSignal.timeout's reason is a TimeoutError, which undici throws as it is.
      throw cutOff(e) || ['AbortError', 'TimeoutError'].includes((e as { name?: unknown } | null)?.name as string) ? cut(size, e) : e;
    }
    const { done, value } = read;
    if (done) break;
    if (!value) continue;
    chunks.push(value);
    size += value.byteLength;
    if (size > MAX_BODY) {
      await reader.cancel().catch(() => undefined);
      return { text: decodeText(Buffer.concat(chunks).subarray(0, MAX_BODY), contentType), truncated: true };
    }
  }
  return { text: decodeText(Buffer.concat(chunks), contentType), truncated: false };
}
