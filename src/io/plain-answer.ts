// What a port that did not answer a ClientHello in TLS says in plain text: asked in HTTP, an HTTP server answers
// `HTTP/...`; an SSH, mail or file server speaks before it is asked (SSH `SSH-2.0-`, SMTP and FTP `220`, IMAP
// `* OK`, POP3 `+OK`): which one it is decides what to tell the user (another port, or one with TLS from the start).
import { secondLook, type SecondLook } from './second-look.js';

/** `mail-or-ftp`: a `220` greeting that names neither SMTP nor FTP. */
export type PlainService = 'ssh' | 'smtp' | 'ftp' | 'imap' | 'pop3' | 'mail-or-ftp';
export type PlainAnswer = { http: true } | { greeting: string; service: PlainService } | undefined;

/** The first line's start, for each server that speaks first; a `220` is told apart by the words after it. */
const FIRST: [RegExp, PlainService | '220'][] = [[/^SSH-\d/, 'ssh'], [/^220[ -]/, '220'], [/^\* OK/, 'imap'], [/^\+OK/, 'pop3']];
/** How long a greeting is shown: enough to name the software ("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3"). */
const SHOWN = 60;
/** The greeting is shown: printable ASCII only, one line, not too long (it comes from the network). */
function shown(line: string): string {
  const plain = line.replace(/[^\x20-\x7e]/g, '').trim();
  return plain.length > SHOWN ? `${plain.slice(0, SHOWN).trimEnd()}...` : plain;
}

/** Which server speaks first with `line`, or undefined. SMTP greetings say (E)SMTP; FTP ones mostly say FTP. */
export function serviceOf(line: string): PlainService | undefined {
  const first = FIRST.find(([start]) => start.test(line))?.[1];
  if (first !== '220') return first;
  return /SMTP/i.test(line) ? 'smtp' : /FTP/i.test(line) ? 'ftp' : 'mail-or-ftp';
}

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
  const service = serviceOf(line);
  return service ? { greeting: shown(line), service } : undefined;
}
