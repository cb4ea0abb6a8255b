// The certificates a TLS server sends, as received (for tls-probe.ts), and a second handshake that asks for the
// certificate of one key type: a server holding an RSA and an ECDSA certificate serves one or the other by what the
// client offers.
import type { X509Certificate } from 'node:crypto';
import { connect as tlsConnect } from 'node:tls';
import { endOnce, type SecondLook } from './second-look.js';

/**
 * The chain as received: the peer's certificate, then each next one of the peer's stack, as the server ordered them.
 * `peer`: socket.getPeerX509Certificate(), which answers only once (a second call gives undefined).
 */
export function chainOf(peer: X509Certificate | undefined): Buffer[] {
  const out: Buffer[] = [];
  let cert = peer;
  while (cert && out.length < 16) {
    out.push(cert.raw);
    const next = cert.issuerCertificate;
    if (!next || next === cert) break;
    cert = next;
  }
  return out;
}

/** Signature algorithms that only an RSA, or only an ECDSA, certificate can serve: the server must choose that one. */
const SIGALGS = {
  rsa: 'rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512',
  ec: 'ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512',
};

/**
 * A server may hold an RSA and an ECDSA certificate for one name (nginx's two ssl_certificate lines) and choose by
 * what the client offers: browsers get the ECDSA one, older clients the RSA one, which may be another certificate
 * entirely (renewed separately, or not). A second handshake offering only `type`'s signatures reads that one;
 * undefined when the server has none (it refuses that handshake) or does not answer within a few seconds.
 */
export function chainSignedBy(o: SecondLook & { servername?: string }, type: keyof typeof SIGALGS): Promise<Buffer[] | undefined> {
  return new Promise((resolve) => {
    const socket = tlsConnect({ host: o.host, port: o.port, rejectUnauthorized: false, sigalgs: SIGALGS[type], ...(o.servername ? { servername: o.servername } : {}) });
    let chain: Buffer[] | undefined;
    const finish = endOnce(socket, o, () => resolve(chain && chain.length > 0 ? chain : undefined));
    socket.once('secureConnect', () => {
      const peer = socket.getPeerX509Certificate();
      chain = peer?.publicKey.asymmetricKeyType === type ? chainOf(peer) : undefined;
      finish();
    });
  });
}

/**
 * Does the server complete, or refuse with an alert, a handshake that names no host? One that closed the connection
 * without a word on a ClientHello naming a host (node:tls's SNICallback failing for a name it does not know does
 * that) and answers this one in TLS closed it for that name: it was reached, and does not serve it.
 */
export function answersWithoutName(o: SecondLook): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tlsConnect({ host: o.host, port: o.port, rejectUnauthorized: false });
    let answered = false;
    // Before endOnce's own listener, which ends the look on the error.
    socket.once('error', (e: Error) => void (answered = /SSL alert number \d+/.test(e.message)));
    const finish = endOnce(socket, o, () => resolve(answered));
    socket.once('secureConnect', () => {
      answered = true;
      finish();
    });
  });
}
