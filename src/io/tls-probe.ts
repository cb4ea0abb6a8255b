// One TLS handshake with a server, to see the certificates it serves (for `scm check`): SNI as asked, any
// certificate accepted (whatever its trust: the point is to look at it), and the chain exactly as the server
// sent it, in its order (X509Certificate.issuerCertificate walks the peer's chain as received). A failure
// says what kind it is; a port that answers a ClientHello with plain HTTP is confirmed by asking it in HTTP, and
// a server that speaks only an older TLS version is asked which (server-hello.ts); a server is asked again offering
// only the other of RSA and ECDSA, for the certificate of that kind it may hold beside the one it served.
// node:tls and node:net load only here, only for endpoints.
import { connect as tlsConnect, DEFAULT_MIN_VERSION } from 'node:tls';
import { InterruptedError } from '../errors.js';
import { whenAborted } from './abort-fan.js';
import { askedForClientCertificate, clientCertificateVerdict, type ClientCertificate } from './client-certificate.js';
import { plainAnswer, type PlainService } from './plain-answer.js';
import { answersWithoutName, chainOf, chainSignedBy } from './served-chain.js';
import { serverFlight } from './server-hello.js';

export interface ServedChain {
  /** DER of every certificate served, leaf first, in the server's order. */
  chain: Buffer[];
  protocol: string | null;
  /**
   * The server asked for a client certificate (this client sends none): whether it required one, and when it said
   * so (during the handshake: the chain was read from its first flight).
   */
  clientCertificate?: ClientCertificate;
  /** It refused the handshake (for another reason than a client certificate): the chain was read from its first flight. */
  refusal?: ProbeError;
  /**
   * The chain of the RSA certificate it also holds for this name, served to clients that offer no ECDSA, when
   * `chain` is its ECDSA one (chainSignedBy).
   */
  rsa?: Buffer[];
}

/**
 * 'alert': the server answered in TLS and ended the handshake with an alert (`alert` holds its number);
 * 'closed-for-name': it closed the connection on the name sent, and answers a handshake naming none.
 */
export type ProbeFailureKind = 'refused' | 'dns' | 'timeout' | 'plain-http' | 'plain-greeting' | 'not-tls' | 'alert' | 'tls' | 'reset' | 'closed-for-name' | 'no-certificate' | 'other';

/**
 * `offered`: for protocol_version (70), the TLS version the server speaks, older than this client accepts
 * (ACCEPTED_FROM), when its answer to a second ClientHello offering old versions named it. `service`: for
 * plain-greeting, the server that greeted (SSH, SMTP ...), the greeting being the message.
 */
export class ProbeError extends Error {
  constructor(readonly kind: ProbeFailureKind, readonly code: string, message: string, readonly alert?: number, readonly offered?: string, readonly service?: PlainService) {
    super(message);
  }
}

/** The oldest TLS version this client accepts (Node's default, or --tls-min-v1.x given to node). */
export const ACCEPTED_FROM: string = DEFAULT_MIN_VERSION;

/** The alert a server ends a handshake with when it speaks no TLS version the client offered. */
const PROTOCOL_VERSION = 70;
/**
 * handshake_failure (40): what a TLS 1.2 server that requires a client certificate ends the handshake with
 * (TLS 1.3 names it 116), and a server with nothing this client accepts (a suite, a key it can sign with).
 */
const FIRST_FLIGHT_ALERTS = [40, 116];
const VERSIONS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

export interface ProbeOptions {
  host: string;
  port: number;
  /** SNI; none for an IP address without --servername. */
  servername?: string;
  timeoutMs: number;
  signal: AbortSignal;
  /** This is the second handshake on the name, after a first one closed without a word (a flaky server, or one refusing it). */
  again?: boolean;
}

/** OpenSSL says so only of an alert the peer sent (one it sends itself is not numbered in the error). */
const RECEIVED_ALERT = /SSL alert number (\d+)/;

const NOT_TLS = /WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|wrong version number|packet length too long|http request/i;

function kindOf(e: NodeJS.ErrnoException): ProbeFailureKind {
  const code = e.code ?? '';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return 'dns';
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'reset';
  if (NOT_TLS.test(code) || NOT_TLS.test(e.message)) return 'not-tls';
  if (RECEIVED_ALERT.test(e.message)) return 'alert';
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /alert|handshake|ssl/i.test(e.message)) return 'tls';
  return 'other';
}

/**
 * OpenSSL's error text without its codes and source lines: "...:error:0A000410:SSL routines:ssl3_read_bytes:sslv3
 * alert handshake failure:../deps/...:1601:SSL alert number 40" -> "sslv3 alert handshake failure (alert 40)".
 */
export function tlsReason(message: string): string {
  const first = message.split('\n')[0]!.trim();
  const m = /error:[0-9A-Fa-f]+:[^:]*:[^:]*:([^:]+)/.exec(first);
  if (!m) return first;
  const alert = RECEIVED_ALERT.exec(message);
  return alert ? `${m[1]!.trim()} (alert ${alert[1]})` : m[1]!.trim();
}

export function probeTls(o: ProbeOptions): Promise<ServedChain> {
  return new Promise((resolve, reject) => {
    if (o.signal.aborted) return reject(new InterruptedError());
    const deadline = Date.now() + o.timeoutMs;
    const socket = tlsConnect({ host: o.host, port: o.port, rejectUnauthorized: false, ...(o.servername ? { servername: o.servername } : {}) });
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      forget();
      socket.destroy();
      fn();
    };
    // Every endpoint of a run waits on ctx.signal at once: one listener for all of them (abort-fan.ts).
    const forget = whenAborted(o.signal, () => finish(() => reject(new InterruptedError())));
    const timer = setTimeout(() => finish(() => reject(new ProbeError('timeout', 'ETIMEDOUT', `no TLS handshake within ${o.timeoutMs / 1000}s`))), o.timeoutMs);
    // Once the handshake is done, an error is the server's verdict on it (client-certificate.ts), not a failure.
    let secured = false;
    socket.once('secureConnect', () => {
      secured = true;
      const peer = socket.getPeerX509Certificate();
      const chain = chainOf(peer);
      const protocol = socket.getProtocol();
      const leafType = peer?.publicKey.asymmetricKeyType;
      if (chain.length === 0) return finish(() => reject(new ProbeError('no-certificate', 'ENOCERT', 'the server sent no certificate')));
      const served = (clientCertificate: ClientCertificate | undefined): void => {
        const base = { chain, protocol, ...(clientCertificate ? { clientCertificate } : {}) };
        // Which of an RSA and an ECDSA certificate a server gives this client depends on its preferences (TLS 1.2
        // servers often follow the client's suite order, which starts with RSA): ask for the other kind too.
        if (leafType === 'rsa-pss') return finish(() => resolve(base));
        const rsaFirst = leafType === 'rsa';
        finish(() => void chainSignedBy(o, rsaFirst ? 'ec' : 'rsa').then((other) => {
          if (o.signal.aborted) return reject(new InterruptedError());
          if (!other || other[0]!.equals(chain[0]!)) return resolve(base);
          resolve(rsaFirst ? { ...base, chain: other, rsa: chain } : { ...base, rsa: other });
        }));
      };
      if (!askedForClientCertificate(socket)) return served(undefined);
      // The handshake is done and the chain read: the wait for the verdict ends by the deadline itself, untold.
      clearTimeout(timer);
      void clientCertificateVerdict(socket, deadline - Date.now()).then(served);
    });
    socket.once('error', (e: NodeJS.ErrnoException) => {
      if (secured) return;
      const kind = kindOf(e);
      const alert = kind === 'alert' ? Number(RECEIVED_ALERT.exec(e.message)![1]) : undefined;
      const failed = (offered?: string): ProbeError => new ProbeError(kind, e.code ?? 'ERROR', tlsReason(e.message), alert, offered);
      // A server that speaks only an older TLS: ask once more, offering old versions, to name the one it speaks.
      if (alert === PROTOCOL_VERSION) return finish(() => void offeredVersion(o).then((v) => reject(o.signal.aborted ? new InterruptedError() : failed(v))));
      // It may have refused for want of a client certificate, or a suite, key or signature this client accepts,
      // after choosing a version and sending its chain: read that chain from its first flight.
      if (alert !== undefined && FIRST_FLIGHT_ALERTS.includes(alert)) return finish(() => void firstFlight(o, failed()).then((served) => (o.signal.aborted ? reject(new InterruptedError()) : served ? resolve(served) : reject(failed()))));
      if (kind !== 'not-tls' && kind !== 'reset') return finish(() => reject(failed()));
      // Closed without a word on the name sent: a server that answers a handshake naming none refused that name.
      // Only if it closed a second one on the name too: a server that dropped one connection must not be misjudged.
      if (kind === 'reset' && o.servername && !o.again) {
        return finish(() => void probeTls({ ...o, again: true, timeoutMs: Math.max(1, deadline - Date.now()) }).then(resolve, reject));
      }
      if (kind === 'reset' && o.servername) {
        return finish(() => void answersWithoutName(o).then((tls) => (o.signal.aborted ? reject(new InterruptedError())
          : tls ? reject(new ProbeError('closed-for-name', e.code ?? 'ERROR', e.message)) : void notTls(e, kind).then(reject))));
      }
      finish(() => void notTls(e, kind).then(reject));
    });
  });

  /**
   * Something that is not TLS answered, or the connection was cut: ask in plain HTTP before saying so (an SSH or
   * mail server greets in plain text first: `plain-greeting`, its first line as the message, which server it is).
   */
  async function notTls(e: NodeJS.ErrnoException, kind: ProbeFailureKind): Promise<Error> {
    const plain = await plainAnswer(o);
    return o.signal.aborted ? new InterruptedError() : plain && 'http' in plain ? new ProbeError('plain-http', e.code ?? 'ERROR', e.message)
      : plain ? new ProbeError('plain-greeting', e.code ?? 'ERROR', plain.greeting, undefined, undefined, plain.service)
        : new ProbeError(kind, e.code ?? 'ERROR', e.message);
  }
}

/**
 * The version a server that refused ours speaks (TLSv1, TLSv1.1), read from its ServerHello (server-hello.ts);
 * only one older than ACCEPTED_FROM is an answer. A few seconds at most: it already refused the handshake.
 */
async function offeredVersion(o: ProbeOptions): Promise<string | undefined> {
  const { version } = await serverFlight(o);
  return version !== undefined && VERSIONS.indexOf(version) >= 0 && VERSIONS.indexOf(version) < VERSIONS.indexOf(ACCEPTED_FROM) ? version : undefined;
}

/**
 * The chain a server that refused the handshake sends in its first flight (TLS 1.2 and older), or undefined. A
 * request for a client certificate explains the refusal; otherwise the refusal stays a problem of the endpoint.
 */
async function firstFlight(o: ProbeOptions, refusal: ProbeError): Promise<ServedChain | undefined> {
  const flight = await serverFlight(o);
  if (flight.chain.length === 0) return undefined;
  return { chain: flight.chain, protocol: flight.version ?? null, ...(flight.certificateRequested ? { clientCertificate: { required: true, when: 'during' } as const } : { refusal }) };
}
