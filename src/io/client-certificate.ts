// Whether a server that completed a handshake with this client asked it for a client certificate, and whether it
// then went on without one. In TLS 1.3 the request (CertificateRequest) is encrypted and the client finishes its
// handshake before the server judges what it sent, so a server that requires one ends the connection only after
// (certificate_required, 116): nothing failed from the client's side, and `scm check` said a plain "ok".
import type { TLSSocket } from 'node:tls';

/**
 * The server asked for a client certificate, and this client sent none. `required`: it refused to go on without
 * one, `during` the handshake (TLS 1.2 and older: the chain was read from its first flight) or `after` it (TLS 1.3:
 * `alert`, certificate_required (116) as a rule, is what it ended the connection with, when it sent one).
 * `untold`: it had said nothing yet when the user's --timeout ran out, so whether it requires one is not known.
 */
export type ClientCertificate = { required: false; untold?: true } | { required: true; when: 'during' } | { required: true; when: 'after'; alert?: number };

/** The most waited for the server's verdict: it answers at once, after reading the client's Finished. */
const VERDICT_MS = 1000;

/**
 * OpenSSL keeps the signature algorithms a client could sign with only from a CertificateRequest (a server sends
 * its own only there): shared ones exist only when the server asked.
 */
export const askedForClientCertificate = (socket: TLSSocket): boolean => socket.getSharedSigalgs().length > 0;

/**
 * After a handshake in which the server asked: required when it ends the connection (an alert, a close) before
 * sending anything else, merely requested when it goes on (a session ticket, data) or says nothing within a second.
 * `leftMs`: what is left of the target's --timeout; a wait cut short by it tells nothing (`untold`), and never
 * outlasts it (the chain was read: running out then is not a timeout of the target).
 */
export function clientCertificateVerdict(socket: TLSSocket, leftMs: number): Promise<ClientCertificate> {
  return new Promise((resolve) => {
    let done = false;
    const end = (verdict: ClientCertificate): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(verdict);
    };
    const requested = (): void => end({ required: false });
    const required = (alert?: number): void => end({ required: true, when: 'after', ...(alert !== undefined ? { alert } : {}) });
    const timer = leftMs < VERDICT_MS ? setTimeout(() => end({ required: false, untold: true }), Math.max(0, leftMs)) : setTimeout(requested, VERDICT_MS);
    socket.once('session', requested);
    socket.on('data', requested);
    socket.once('error', (e: Error) => {
      const m = /SSL alert number (\d+)/.exec(e.message);
      required(m ? Number(m[1]) : undefined);
    });
    socket.once('end', () => required());
    socket.once('close', () => required());
  });
}
