// Who listens where a found config file sends requests on this machine. endpoint-rules.ts lets a file found by
// searching name a loopback endpoint (the local emulator), and a cloned repository's `.scmrc` passes every trust
// check (git wrote it as you). On a shared machine any user may listen on 127.0.0.1:PORT: whoever does gets each
// signed request, an IAM token as it is, and an upload's private key in clear. So, where the system says who
// listens (Linux: /proc/net/tcp and tcp6, readable by every user, the uid of each listening socket), such an
// endpoint is refused (exit 2, before anything is sent) when a user other than you or root listens on its port
// at an address a connection to it may reach (loopback, or every address). Nothing listening: the request
// meets a refused connection, as before. Where the system does not say (macOS, Windows), it is used as before.
// The endpoint of --endpoint, SCM_ENDPOINT, the user file and a named file is the user's own choice.
import { readFileSync } from 'node:fs';
import { isLoopback } from '../api/endpoints.js';
import { t, type Lang } from '../core/i18n.js';
import { ConfigError } from '../errors.js';
import { M } from './messages.js';
import type { Source } from './sources.js';
import { currentUid } from './trust.js';

const LISTEN = '0A';

/** The 16 (or 4) bytes of an address as /proc/net prints it: 32-bit words in the machine's byte order. */
function addressBytes(hex: string, littleEndian: boolean): number[] {
  const words = hex.match(/.{8}/g) ?? [];
  return words.flatMap((w) => {
    const bytes = (w.match(/../g) ?? []).map((b) => parseInt(b, 16));
    return littleEndian ? bytes.reverse() : bytes;
  });
}

/** Can a connection to a loopback address reach a socket bound to `bytes`: loopback itself, or every address? */
function reachable(bytes: number[]): boolean {
  if (bytes.every((b) => b === 0)) return true;
  if (bytes.length === 4) return bytes[0] === 127;
  const zeros = (from: number, to: number): boolean => bytes.slice(from, to).every((b) => b === 0);
  if (zeros(0, 15) && bytes[15] === 1) return true; // ::1
  // ::ffff:127.x.x.x and ::ffff:0.0.0.0 (an IPv4 address mapped into IPv6)
  return zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff && (bytes[12] === 127 || zeros(12, 16));
}

/**
 * The ids of the users listening on `port` where a loopback connection may reach, from /proc/net's tables;
 * undefined where the system keeps no such table (not Linux).
 */
export function loopbackListeners(port: number, read: (path: string) => string = (p) => readFileSync(p, 'latin1'), littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1): number[] | undefined {
  const owners: number[] = [];
  let any = false;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = read(table);
    } catch {
      continue;
    }
    any = true;
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 8 || f[3] !== LISTEN) continue;
      const [address, portHex] = f[1]!.split(':');
      if (parseInt(portHex ?? '', 16) !== port || !reachable(addressBytes(address ?? '', littleEndian))) continue;
      owners.push(Number(f[7]));
    }
  }
  return any ? owners : undefined;
}

/** Refuses a found file's loopback endpoint where another user (not root) listens on its port. */
export function checkLoopbackListener(url: URL, source: Source | undefined, uid: number | undefined, lang: Lang, listeners = loopbackListeners): void {
  if (source?.kind !== 'file' || source.layer !== 'project' || !isLoopback(url.hostname)) return;
  const me = currentUid(uid);
  if (me === undefined) return;
  const port = Number(url.port || (url.protocol === 'http:' ? 80 : 443));
  const other = listeners(port)?.find((owner) => owner !== me && owner !== 0);
  if (other === undefined) return;
  throw new ConfigError(t(lang, M.foundEndpointListener, { host: url.host, path: source.path, uid: other }), {
    hint: t(lang, M.foundEndpointListenerHint, { path: source.path }),
  });
}
