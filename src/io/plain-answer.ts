// What a port that did not answer a ClientHello in TLS says in plain text: asked in HTTP, an HTTP server answers
// `HTTP/...`; a mail or file server greets before it is asked (SMTP and FTP `220`, IMAP `* OK`, POP3 `+OK`):
// a port that starts in plain text and needs STARTTLS, which `scm check` does not speak. A few seconds at most.
import { connect } from 'node:net';

export type PlainAnswer = { http: true } | { greeting: string } | undefined;

const GREETING = /^(?:220[ -]|\* OK|\+OK)/;
/** The greeting is shown: printable ASCII only, one line, not too long (it comes from the network). */
const shown = (line: string): string => line.replace(/[^\x20-\x7e]/g, '').trim().slice(0, 80);

export function plainAnswer(o: { host: string; port: number; servername?: string; timeoutMs: number }): Promise<PlainAnswer> {
  return new Promise((resolve) => {
    const socket = connect({ host: o.host, port: o.port });
    let got = '';
    let settled = false;
    const answer = (): PlainAnswer => {
      if (got.startsWith('HTTP/')) return { http: true };
      const line = got.split(/\r?\n/)[0]!;
      return GREETING.test(line) ? { greeting: shown(line) } : undefined;
    };
    const done = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(answer());
    };
    const timer = setTimeout(done, o.timeoutMs);
    socket.setEncoding('latin1');
    socket.once('connect', () => socket.write(`HEAD / HTTP/1.0\r\nHost: ${o.servername ?? o.host}\r\n\r\n`));
    socket.on('data', (d: string) => {
      got += d;
      // Enough to tell: the first line (HTTP's status line, or a greeting).
      if (got.includes('\n') || got.length >= 512) done();
    });
    socket.once('error', done);
    socket.once('close', done);
  });
}
