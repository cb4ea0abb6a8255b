// A second, plain look at a port whose TLS handshake failed, to say why (server-hello.ts: the version and chain of
// its first flight; plain-answer.ts: what a port that is not TLS says): connect, send one message, read what comes
// back until it is enough, then close. Nothing is answered; the reading is the caller's. endOnce is the ending of
// every such look, served-chain.ts's handshake for the other key type's certificate too.
import { connect, type Socket } from 'node:net';
import { whenAborted } from './abort-fan.js';

/**
 * The most a second look waits, whatever --timeout says: the server already answered (or failed) one handshake and
 * this only names why (or reads its RSA certificate, tls-probe.ts), so a port that then says nothing must not add a
 * second full --timeout (10 s by default, up to an hour) to the run.
 */
export const SECOND_LOOK_MS = 3000;

export interface SecondLook {
  host: string;
  port: number;
  /** The handshake's limit; the look waits at most SECOND_LOOK_MS of it. */
  timeoutMs: number;
  /** When it aborts, the look ends at once and answers undefined. */
  signal?: AbortSignal;
}

/**
 * Ends a second look's `socket` once, on the first of: the function returned being called, the socket's close or
 * error, `signal` aborting (or having aborted), or SECOND_LOOK_MS (within timeoutMs). Then `settle` runs, once.
 */
export function endOnce(socket: Socket, o: SecondLook, settle: () => void): () => void {
  let settled = false;
  let timer: NodeJS.Timeout | undefined;
  let forget = (): void => {};
  const done = (): void => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    forget();
    socket.destroy();
    settle();
  };
  timer = setTimeout(done, Math.min(SECOND_LOOK_MS, o.timeoutMs));
  if (o.signal) forget = whenAborted(o.signal, done);
  socket.once('error', done);
  socket.once('close', done);
  if (o.signal?.aborted) done();
  return done;
}

/**
 * What the port sent after `ask`: every byte read until `enough` says so, the connection closes or fails, or the
 * time is up (what was read by then); undefined when `signal` aborted.
 */
export function secondLook(o: SecondLook & { ask: Buffer | string; enough: (got: Buffer) => boolean }): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    if (o.signal?.aborted) return resolve(undefined);
    const socket = connect({ host: o.host, port: o.port });
    let got = Buffer.alloc(0);
    const done = endOnce(socket, o, () => resolve(o.signal?.aborted ? undefined : got));
    socket.once('connect', () => socket.write(o.ask));
    socket.on('data', (d: Buffer) => {
      got = Buffer.concat([got, d]);
      if (o.enough(got)) done();
    });
  });
}
