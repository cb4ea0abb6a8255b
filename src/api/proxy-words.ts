// What a proxy said when it refused the tunnel: the reason phrase of its status line ("403 Blocked by corporate
// policy") and the start of its page ("Access Denied ... policy CLOUD-7"), often the only clue to which rule of
// the proxy refused and whom to ask. undici keeps neither: its error is "Proxy response (403) !== 200" and it
// destroys the socket holding the page. So the proxy agent is given a client factory (undici's documented
// `clientFactory`) whose CONNECT reads, for a refusal other than 407 only, what the proxy sent (at most 4 kB, at most 0.5 s:
// nothing of it is needed to go on), and the reason phrase is taken from undici's `undici:request:headers`
// diagnostics channel, which alone carries it. A tunnel that opens (200) is never touched.
import { subscribe } from 'node:diagnostics_channel';
import type { Duplex } from 'node:stream';
import { decodeText } from './charset.js';
import { plainText, TITLE } from './error-body.js';

export interface ProxyWords {
  /** host:port the CONNECT asked for. */
  target: string;
  status: number;
  /** The reason phrase as the proxy wrote it ('' when it wrote none). */
  reason: string;
  /** Its page as a person reads it, on one line ('' when it sent none). */
  said: string;
}

const WORDS_BYTES = 4096;
const WORDS_MS = 500;

interface ConnectResult {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  socket: Duplex;
}
interface Pool {
  connect(params: { path: string }): Promise<ConnectResult>;
}

/** Up to WORDS_BYTES of what is left on a refused CONNECT's socket: its body (undici put the read-ahead back). */
function readBody(socket: Duplex, length: number | undefined): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (): void => {
      clearTimeout(timer);
      socket.removeListener('data', onData);
      resolve(Buffer.concat(chunks).subarray(0, Math.min(WORDS_BYTES, length ?? WORDS_BYTES)));
    };
    const onData = (c: Buffer): void => {
      chunks.push(c);
      size += c.length;
      if (size >= WORDS_BYTES || (length !== undefined && size >= length)) done();
    };
    const timer = setTimeout(done, WORDS_MS);
    socket.on('data', onData);
    socket.once('end', done);
    socket.once('close', done);
    socket.once('error', done);
  });
}

/** Most of a proxy's page a one-line message shows: its title and first sentences name the rule that refused. */
const WORDS_SHOWN = 200;

/** A page's words on one line: an HTML page's title, then its text when that adds to it; cut to WORDS_SHOWN. */
function wordsOf(body: Buffer, type: string): string {
  // In the charset its Content-Type names: a proxy in China may well write its block page in GBK (charset.ts).
  const text = decodeText(body, type);
  let words = text;
  if (/html/i.test(type) || /^\s*</.test(text)) {
    const title = plainText(TITLE.exec(text)?.[1] ?? '');
    const rest = plainText(text.replace(TITLE, ' '));
    words = !title ? rest : !rest ? title : rest.startsWith(title) ? rest : `${title}: ${rest}`;
  }
  words = words.replace(/\s+/g, ' ').trim();
  return words.length > WORDS_SHOWN ? `${words.slice(0, WORDS_SHOWN)}…` : words;
}

/** The reason phrase of each refused CONNECT not yet read, by target; filled by the diagnostics channel. */
const reasons = new Map<string, string>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  subscribe('undici:request:headers', (message) => {
    const m = message as { request?: { method?: string; path?: string }; response?: { statusCode?: number; statusText?: string } };
    if (m.request?.method === 'CONNECT' && m.request.path && m.response?.statusCode !== 200) reasons.set(m.request.path, m.response?.statusText ?? '');
  });
}

/**
 * A recorder for one transport: `clientFactory` for undici's proxy agent (given undici's Pool), and `last()`, the
 * words of the latest refused CONNECT. scm sends one request at a time, so the latest is the one that failed.
 */
export function proxyWordsRecorder(makePool: (origin: URL, opts: object) => Pool): { clientFactory: (origin: URL, opts: object) => Pool; last(): ProxyWords | undefined } {
  let last: ProxyWords | undefined;
  listen();
  const clientFactory = (origin: URL, opts: object): Pool => {
    const pool = makePool(origin, opts);
    const connect = pool.connect.bind(pool);
    pool.connect = async (params) => {
      const r = await connect(params);
      // A 407 is said from its status alone (proxy-refusal.ts): nothing to wait for.
      if (r.statusCode === 200 || r.statusCode === 407) return r;
      const length = Number(r.headers['content-length']);
      const type = String(r.headers['content-type'] ?? '');
      const body = length === 0 ? Buffer.alloc(0) : await readBody(r.socket, Number.isSafeInteger(length) ? length : undefined);
      const reason = (reasons.get(params.path) ?? '').trim();
      reasons.delete(params.path);
      last = { target: params.path, status: r.statusCode, reason, said: wordsOf(body, type) };
      return r;
    };
    return pool;
  };
  return { clientFactory, last: () => last };
}
