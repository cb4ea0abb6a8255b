// What a port that did not answer a ClientHello in TLS says in plain text: asked in HTTP, an HTTP server answers
// `HTTP/...`; a mail or file server greets before it is asked (SMTP and FTP `220`, IMAP `* OK`, POP3 `+OK`):
// a port that starts in plain text and needs STARTTLS, which `scm check` does not speak.
import { secondLook, type SecondLook } from './second-look.js';

export type PlainAnswer = { http: true } | { greeting: string } | undefined;

const GREETING = /^(?:220[ -]|\* OK|\+OK)/;
/** The greeting is shown: printable ASCII only, one line, not too long (it comes from the network). */
const shown = (line: string): string => line.replace(/[^\x20-\x7e]/g, '').trim().slice(0, 80);

/**
 * What the port says to an HTTP request, or greets with before it (a few seconds at most: second-look.ts); nothing
 * once `signal` aborts.
 */
export async function plainAnswer(o: SecondLook & { servername?: string }): Promise<PlainAnswer> {
  const ask = `HEAD / HTTP/1.0\r\nHost: ${o.servername ?? o.host}\r\n\r\n`;
  // Enough to tell: the first line (HTTP's status line, or a greeting).
  const enough = (data: Buffer): boolean => data.includes(0x0a) || data.length >= 512;
  const got = ((await secondLook({ ...o, ask, enough })) ?? Buffer.alloc(0)).toString('latin1');
  if (got.startsWith('HTTP/')) return { http: true };
  const line = got.split(/\r?\n/)[0]!;
  return GREETING.test(line) ? { greeting: shown(line) } : undefined;
}
