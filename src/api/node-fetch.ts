// The transport's fetch for requests without a proxy, on node:http/https. Node's own fetch costs ~50 ms to
// load and, through its WebAssembly HTTP parser compiling in the background, holds the process ~150 ms more
// at exit: together most of an `scm push` (measured by `npm run bench`). Same contract as fetch as far as
// http.ts uses it: status, headers, text (decoded as Content-Encoding says, content-coding.ts, in the charset
// Content-Type names, charset.ts); errors carry Node's codes (ECONNREFUSED, ECONNRESET, CERT_...).
// Connections are kept alive between requests, but a server may close one while idle just as the next request
// goes out on it (a reset before any answer): a request that must not be sent twice never goes out on one
// (`fresh`), and a read cut off that way is sent again at once on a connection of its own.
import type { IncomingMessage } from 'node:http';
import { decodeText } from './charset.js';
import { decodeBody } from './content-coding.js';

type HttpModule = typeof import('node:http');
type HttpsModule = typeof import('node:https');

/**
 * node:https (and node:tls under it) only for an https URL: a local emulator on plain http never needs them
 * (~10 ms of every `scm push` to it). Builtins load with require in the CommonJS build (dist/); tests run
 * the ESM sources, where process.getBuiltinModule serves them.
 */
const builtin = <T>(name: string): T => (process.getBuiltinModule?.(name) ?? require(name)) as T;

export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  /**
   * On a connection of its own, never one an earlier request kept alive: for a request that must not be sent
   * twice (an import, a push). Cut off on a kept-alive connection the server had closed, it could not be told
   * from one the server read and acted on, and would be looked up before anything is sent again.
   */
  fresh?: boolean;
}

export interface FetchAnswer {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  /**
   * The body decoded, at most MAX_BODY bytes of it: `truncated` when it went on (read past MAX_BODY, the
   * connection then closed, or inflating past it).
   */
  capped(): Promise<{ text: string; truncated: boolean }>;
}

/**
 * The most of a body scm reads. SCM's answers are a few kB (a page of 50 certificates, an export); an answer
 * of megabytes is not one, and reading all of it would only cost memory: the rest is never read.
 */
export const MAX_BODY = 8 << 20;

/**
 * The connection closed before the answer was complete: the status and how much of the body came (of how much
 * Content-Length promised), so that the answer is said as cut off (network-error.ts), not as a failed connection
 * or, read as it came, as JSON that does not parse. ECONNRESET, as Node says it: it is retried like one.
 */
export const cutAnswer = (cut: CutAnswer, cause?: unknown): Error =>
  Object.assign(new Error('the connection closed before the answer was complete', cause === undefined ? {} : { cause }), { code: 'ECONNRESET', cut });

export interface CutAnswer {
  status: number;
  /** Bytes of the body received (as sent, before any Content-Encoding is undone). */
  got: number;
  /** What Content-Length said, when it said. */
  total?: number;
}

/** How a request meets a connection the server closed: reset, or written to after the server's close. */
const CLOSED = new Set(['ECONNRESET', 'EPIPE']);

/** A fetch with its own keep-alive agents (idle sockets never hold the process: Node unrefs them). */
export function nodeFetch(): (url: string, init: FetchInit) => Promise<FetchAnswer> {
  let http: { module: HttpModule; agent: InstanceType<HttpModule['Agent']> } | undefined;
  let https: { module: HttpsModule; agent: InstanceType<HttpsModule['Agent']> } | undefined;
  const client = (secure: boolean) => {
    if (secure) {
      const module = builtin<HttpsModule>('node:https');
      return (https ??= { module, agent: new module.Agent({ keepAlive: true }) });
    }
    const module = builtin<HttpModule>('node:http');
    return (http ??= { module, agent: new module.Agent({ keepAlive: true }) });
  };
  const send = (url: string, init: FetchInit, fresh: boolean): Promise<FetchAnswer> => new Promise((resolve, reject) => {
    const target = new URL(url);
    const { module, agent } = client(target.protocol === 'https:');
    let answered = false;
    /** Once the answer began: the error that says how much of it came (an abort lands on the request, not the answer). */
    let cutNow: ((cause?: unknown) => Error) | undefined;
    // agent false: a connection made for this request alone, closed after its answer.
    const req = module.request(target, { method: init.method, headers: init.headers, signal: init.signal, agent: fresh ? false : agent }, (res: IncomingMessage) => {
      answered = true;
      const chunks: Buffer[] = [];
      let size = 0;
      const get = (name: string): string | null => { const v = res.headers[name.toLowerCase()]; return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v; };
      const answer = (truncated: boolean): void => {
        const raw = Buffer.concat(chunks).subarray(0, MAX_BODY);
        // Decoded here, as fetch decodes: a body that does not decode rejects (http.ts says so).
        const capped = async (): Promise<{ text: string; truncated: boolean }> => {
          const out = await decodeBody(raw, get('content-encoding'), { cap: MAX_BODY, partial: truncated });
          return { text: decodeText(out.body, get('content-type')), truncated: out.truncated };
        };
        resolve({ status: res.statusCode ?? 0, headers: { get }, capped, text: async () => (await capped()).text });
      };
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        // Settled first: the 'close' that destroy() brings finds the promise settled.
        if (size > MAX_BODY) (answer(true), res.destroy());
      });
      const length = Number(get('content-length') ?? NaN);
      const cut = (cutNow = (cause?: unknown): Error => cutAnswer({ status: res.statusCode ?? 0, got: size, ...(Number.isSafeInteger(length) && length >= 0 ? { total: length } : {}) }, cause));
      res.on('error', (e) => reject(res.complete ? e : cut(e)));
      res.on('close', () => (res.complete ? undefined : reject(cut())));
      res.on('end', () => answer(false));
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      // Sent on a connection kept alive from an earlier request and reset before any answer: the server had
      // closed it. Only a request that may be sent twice comes here (see `fresh`): sent again, once, at once.
      if (!fresh && req.reusedSocket && !answered && CLOSED.has(e.code ?? '') && !init.signal.aborted) return resolve(send(url, init, true));
      reject(cutNow ? cutNow(e) : e);
    });
    req.end(init.body);
  });
  return (url, init) => send(url, init, init.fresh === true);
}
