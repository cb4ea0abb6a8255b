// The emulator's HTTP server on 127.0.0.1: counts every API request, applies injected faults, checks the
// signature, routes to the handler of the operation (router.ts, handlers/), and serves the admin API under
// /_emulator/ (admin.ts). Bodies are read and answers written as the gateway does it in http-io.ts.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { t, type Lang, type Message, type Params } from '../core/i18n.js';
import { admin } from './admin.js';
import { CUTS, sendCut } from './cut-answer.js';
import { authenticate, type AuthConfig } from './auth.js';
import { Faults, type FaultSpec } from './faults.js';
import { readBody, send } from './http-io.js';
import { LOG } from './messages.js';
import { defaultCode, errorBody, HEADER_PARSE_LIMIT, oversized } from './gateway.js';
import { DEFAULT_BEHAVIOUR, HANDLERS, type Answer, type Behaviour } from './handlers/index.js';
import { route } from './router.js';
import { seed } from './seed.js';
import { Store } from './store.js';

export interface EmulatorOptions {
  /** 0: any free port. */
  port: number;
  keys: Array<{ ak: string; sk: string }>;
  tokens: string[];
  faults?: FaultSpec[];
  /** How to read what the docs leave open (offset unit, duplicate_check); changeable at run time. */
  behaviour?: Partial<Behaviour>;
  now?: () => Date;
  /** The clock signatures are checked against: the real one (as the gateway's), unless a test fixes the client's too. */
  signatureNow?: () => Date;
  /** The account to start with (a seed, e.g. from `--state FILE`: state-file.ts); a bad one throws before listening. */
  seed?: unknown;
  /** One line per request (for stderr). */
  log?: (line: string) => void;
  /** Also serve TLS on this port (0: any free one), by SNI, the certificates deployed (edge.ts). */
  edgePort?: number;
  /** The language of those lines (the admin API answers in English whatever this is). */
  lang?: Lang;
}

export interface Emulator {
  url: string;
  port: number;
  store: Store;
  faults: Faults;
  behaviour: Behaviour;
  /** The TLS edge, when asked for (`edgePort`). */
  edge?: { url: string; port: number };
  close(): Promise<void>;
}

export async function startEmulator(o: EmulatorOptions): Promise<Emulator> {
  const say = (m: Message, p: Params = {}): string => t(o.lang ?? 'en', m, p);
  const store = new Store();
  const faults = new Faults();
  faults.add(o.faults ?? []);
  const initial: Behaviour = { ...DEFAULT_BEHAVIOUR, ...o.behaviour };
  const behaviour: Behaviour = { ...initial };
  const auth: AuthConfig = { keys: new Map(o.keys.map((k) => [k.ak, k.sk])), tokens: new Set(o.tokens) };
  const now = o.now ?? (() => new Date());
  const signatureNow = o.signatureNow ?? (() => new Date());
  if (o.seed !== undefined) seed(store, o.seed, now());
  const closing = new AbortController();
  /** Connections a `stale-keep-alive` fault answered on: the next request on each is reset. */
  const stale = new WeakSet<Socket>();
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      closing.signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
    });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A connection a `stale-keep-alive` fault took for closed: this request meets a reset, unread and uncounted.
    if (stale.has(req.socket)) return void req.socket.resetAndDestroy();
    const requestId = randomBytes(16).toString('hex');
    res.setHeader('X-Request-Id', requestId);
    // Dated by the gateway's clock, the one signatures are checked against (a test may fix it): scm reads a
    // Retry-After date against this header.
    res.setHeader('Date', signatureNow().toUTCString());
    res.on('error', () => {});
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const tooLarge = url.pathname.startsWith('/_emulator/') ? undefined : oversized(req.url ?? '', req.rawHeaders);
    if (tooLarge !== undefined) {
      o.log?.(`${req.method ?? 'GET'} ${url.pathname} -> ${tooLarge}`);
      req.resume();
      return send(res, { status: tooLarge, body: errorBody('APIGW.0201', tooLarge, requestId) });
    }
    const body = await readBody(req);
    if (url.pathname.startsWith('/_emulator/')) return send(res, admin({ store, faults, behaviour, initial, now }, req.method ?? 'GET', url.pathname.replace(/\/+$/, ''), body ?? Buffer.alloc(0)));
    store.inFlight++;
    try {
      await api(req, res, url, body, requestId);
    } finally {
      store.inFlight--;
    }
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer | undefined, requestId: string): Promise<void> {
    const method = req.method ?? 'GET';
    const r = route(method, url.pathname);
    store.count(r?.op);
    const fault = faults.take(r?.op);
    const log = (status: number | string): void => o.log?.(`${method} ${url.pathname}${url.search} -> ${status}${fault ? say(LOG.fault, { fault: JSON.stringify(fault) }) : ''}`);

    if (fault?.delay_ms) await sleep(fault.delay_ms);
    if (closing.signal.aborted) return void req.socket.destroy();
    const faultAnswer = (status: number): void => {
      if (fault?.retry_after !== undefined) res.setHeader('Retry-After', String(fault.retry_after));
      log(status);
      send(res, { status, body: errorBody(fault?.error_code ?? defaultCode(status), status, requestId, fault?.error_msg) }, fault?.encoding);
    };
    if (fault?.status !== undefined && !fault.commit) return faultAnswer(fault.status);
    if (fault?.action === 'drop') return (log(say(LOG.dropped)), void req.socket.destroy());
    if (body === undefined) return (log(413), send(res, { status: 413, body: errorBody('APIGW.0201', 413, requestId) }));

    // As the gateway: the signature's date is checked against the real clock, whatever `now` (SCM_NOW) says.
    const who = authenticate({ method, pathname: url.pathname, search: url.search, headers: req.headers, body, now: signatureNow() }, auth);
    if (!who.ok) {
      store.requests.unauthorized++;
      log(401);
      return send(res, { status: 401, body: errorBody('APIGW.0301', 401, requestId, who.errorMsg) });
    }
    if (!r) return (log(404), send(res, { status: 404, body: errorBody('APIGW.0101', 404, requestId) }));
    if (fault?.action === 'no-id') return (log(say(LOG.noId)), send(res, { status: 200, body: {} }));
    if (fault?.answer && !fault.commit) return (log(say(LOG.faultAnswer, { status: fault.answer.status })), send(res, fault.answer, fault.encoding));

    let answer: Answer;
    try {
      const failing = fault?.fail_resources ? { failResources: fault.fail_resources, ...(fault.error_msg !== undefined ? { failureInfo: fault.error_msg } : {}) } : {};
      answer = await HANDLERS[r.op]({ route: r, query: url.searchParams, body, now: now(), store, behaviour, ...failing });
    } catch (e) {
      o.log?.(say(LOG.internal, { why: e instanceof Error ? (e.stack ?? e.message) : String(e) }));
      answer = { status: 500, body: errorBody('SCM.4001', 500, requestId, `emulator internal error: ${e instanceof Error ? e.message : String(e)}`) };
    }
    if (fault?.status !== undefined) return faultAnswer(fault.status);
    // `answer` with `commit`: processed (a deployment made), then answered as written (a 200 `{}` with no failure_list).
    if (fault?.answer) return (log(say(LOG.faultAnswer, { status: fault.answer.status })), send(res, fault.answer, fault.encoding));
    log(answer.status);
    if (fault?.action === 'drop-after-commit') return void req.socket.destroy();
    if (fault?.action && CUTS.has(fault.action)) return sendCut(req, res, answer, fault.action);
    if (fault?.action === 'stale-keep-alive') stale.add(req.socket);
    send(res, answer, fault?.encoding);
  }

  const server = createServer({ maxHeaderSize: HEADER_PARSE_LIMIT }, (req, res) => {
    serve(req, res).catch((e: unknown) => {
      o.log?.(say(LOG.internal, { why: e instanceof Error ? e.message : String(e) }));
      if (!res.headersSent) send(res, { status: 500, body: { error_code: 'SCM.4001', error_msg: 'emulator internal error' } });
    });
  });
  // What the parser refuses is answered with the gateway's body too, not Node's bare 431 or 400: headers beyond
  // what it reads 494, any other malformed request 400, both APIGW.0201.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || err.code === 'ECONNRESET') return void socket.destroy();
    const [status, reason] = err.code === 'HPE_HEADER_OVERFLOW' ? [494, 'Request Header Too Large'] : [400, 'Bad Request'];
    const json = JSON.stringify(errorBody('APIGW.0201', status, randomBytes(16).toString('hex')));
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const close = (): Promise<void> =>
    new Promise<void>((resolve) => {
      closing.abort();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  let edge: Awaited<ReturnType<typeof import('./edge.js').startEdge>> | undefined;
  if (o.edgePort !== undefined) {
    // node:tls only when the edge is asked for.
    const { startEdge } = await import('./edge.js');
    edge = await startEdge(store, o.edgePort, o.log).catch(async (e: unknown) => {
      await close();
      throw Object.assign(e as Error, { edge: true });
    });
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    store,
    faults,
    behaviour,
    ...(edge ? { edge: { url: edge.url, port: edge.port } } : {}),
    close: async () => {
      await Promise.all([close(), edge?.close()]);
    },
  };
}
