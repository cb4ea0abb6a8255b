// `scm emulator --edge-port N`: a TLS listener on 127.0.0.1:N that stands in for the CDN, WAF and ELB edges.
// For each handshake it serves, by SNI, the certificate currently deployed for that name: the certificate of
// the CDN domain of that name, else the one an ELB or WAF certificate holds whose names cover it (the most
// recently changed). What a deploy or a rotation changed is thus visible on the wire, to `scm check`. A name
// nothing serves (or a certificate the emulator has no key for) ends the handshake with the alert
// unrecognized_name (112), as real servers refuse a name they do not serve (nginx's ssl_reject_handshake,
// OpenSSL's -servername_fatal); a handshake without SNI with handshake_failure (40): the listener's own context
// has no certificate.
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { createSecureContext, createServer, type SecureContext } from 'node:tls';
import { covers } from '../core/validate/domains.js';
import { sniOf, UNRECOGNIZED_NAME } from './client-hello.js';
import type { Resource } from './deployments.js';
import type { Store, StoredCert } from './store.js';

export interface Edge {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface Served {
  cert: StoredCert;
  /** Which resource it was chosen by, for the log. */
  by: Resource;
}

/** The certificate deployed for `servername`, or undefined. */
export function servedFor(store: Store, servername: string): Served | undefined {
  const name = servername.toLowerCase().replace(/\.$/, '');
  const usable = (r: Resource): StoredCert | undefined => {
    const cert = r.certificateId ? store.get(r.certificateId) : undefined;
    return cert && cert.certificate !== '' && cert.privateKey !== '' ? cert : undefined;
  };
  const resources = store.deployments.all();
  // A CDN domain by its name, else a wildcard CDN domain (CDN's 泛域名, `*.example.com`) that covers it, as CDN serves it.
  const cdn = resources.filter((r) => r.service === 'CDN' && r.kind === 'domain');
  const domain = cdn.find((r) => r.id.toLowerCase() === name) ?? cdn.find((r) => r.id.startsWith('*.') && covers(r.id.toLowerCase(), name));
  if (domain) {
    const cert = usable(domain);
    return cert ? { cert, by: domain } : undefined;
  }
  const holders = resources
    .filter((r) => (r.service === 'ELB' || r.service === 'WAF') && r.kind === 'certificate')
    .map((r) => ({ r, cert: usable(r) }))
    .filter((x): x is { r: Resource; cert: StoredCert } => x.cert !== undefined && [x.cert.domain, ...x.cert.sans].some((n) => covers(n, name)))
    .sort((a, b) => b.r.updatedAt.localeCompare(a.r.updatedAt));
  return holders[0] ? { cert: holders[0].cert, by: holders[0].r } : undefined;
}

export async function startEdge(store: Store, port: number, log?: (line: string) => void): Promise<Edge> {
  const contexts = new Map<string, SecureContext>();
  const contextOf = (c: StoredCert): SecureContext => {
    // By id and fingerprint: a reset may seed another certificate under the same id.
    const key = `${c.id}:${c.fingerprint}`;
    let ctx = contexts.get(key);
    if (!ctx) contexts.set(key, (ctx = createSecureContext({ cert: `${c.certificate.trim()}\n${c.chain.trim()}\n`, key: c.privateKey })));
    return ctx;
  };
  const server = createServer({
    SNICallback: (servername, done) => {
      const served = servedFor(store, servername);
      // No context: OpenSSL goes on with the listener's, which has no certificate, and answers with an alert.
      // (An error here would close the connection without one, unlike a handshake without SNI.)
      if (!served) {
        log?.(`edge: ${servername}: no certificate deployed for this name`);
        return done(null);
      }
      log?.(`edge: ${servername} -> ${served.cert.id} (${served.by.service} ${served.by.kind === 'domain' ? 'domain' : 'certificate'} ${served.by.id})`);
      let context: SecureContext | undefined;
      try {
        context = contextOf(served.cert);
      } catch (e) {
        log?.(`edge: ${servername}: ${served.cert.id} cannot be served: ${(e as Error).message}`);
      }
      done(null, context);
    },
  }, (socket) => {
    socket.on('error', () => {});
    socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
  server.on('tlsClientError', () => {});
  const served = (name: string): boolean => {
    const found = servedFor(store, name);
    if (!found) return false;
    try {
      return contextOf(found.cert) !== undefined;
    } catch {
      return false;
    }
  };
  // The listener reads the ClientHello first: a name nothing serves gets unrecognized_name (112) and the
  // connection ends; anything else goes to the TLS server with the bytes read put back (a TLS socket reads
  // what its socket holds already before the rest).
  const sockets = new Set<Socket>();
  const front = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let read = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      read = Buffer.concat([read, chunk]);
      const name = sniOf(read);
      if (name === 'more' && read.length < 1 << 15) return;
      socket.off('data', onData);
      socket.pause();
      if (typeof name === 'string' && !served(name)) {
        log?.(`edge: ${name}: no certificate deployed for this name (unrecognized_name)`);
        socket.end(UNRECOGNIZED_NAME);
        return;
      }
      socket.unshift(read);
      server.emit('connection', socket);
    };
    socket.on('data', onData);
  });
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (front.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${actual}`,
    port: actual,
    close: () => new Promise<void>((resolve) => {
      front.close(() => resolve());
      for (const s of sockets) s.destroy();
    }),
  };
}
