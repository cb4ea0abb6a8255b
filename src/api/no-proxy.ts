// NO_PROXY matched as curl matches it (bypassesProxy), for the route and the words alike. Its own file, imported
// by http.ts only when a proxy variable is set: address ranges need node:net, which a run without a proxy never
// loads otherwise (a --dry-run, an endpoint on node:http loads it later, and only when it sends).
import { BlockList, isIP } from 'node:net';

/** One NO_PROXY entry: `host`, `.domain`, `*.domain`, `host:port`, `[v6]`, `[v6]:port`, or a bare `v6` address. */
function noProxyEntry(raw: string): { host: string; port: number } {
  const entry = raw.toLowerCase();
  const bracketed = /^\[([^\]]*)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { host: bracketed[1]!, port: Number(bracketed[2] ?? 0) };
  if ((entry.match(/:/g)?.length ?? 0) >= 2) return { host: entry, port: 0 }; // a bare IPv6 address, as curl reads it
  const withPort = /^(.*):(\d+)$/.exec(entry);
  return { host: (withPort ? withPort[1]! : entry).replace(/^\*?\./, ''), port: withPort ? Number(withPort[2]) : 0 };
}

/**
 * Is `host` (an IP address, brackets removed) in the range `entry` (`10.0.0.0/8`, `fd00::/8`)? curl (7.86+) reads
 * a NO_PROXY entry with a slash so, and only for a host given as an address: a name is never resolved for it.
 * undefined when `entry` is no range (then it is a name, compared as one).
 */
function inRange(host: string, entry: string): boolean | undefined {
  const m = /^\[?([^\]/]+)\]?\/(\d{1,3})$/.exec(entry);
  if (!m) return undefined;
  const family = isIP(m[1]!);
  const bits = Number(m[2]);
  if (family === 0 || bits > (family === 4 ? 32 : 128)) return false;
  if (isIP(host) !== family) return false;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const range = new BlockList();
  range.addSubnet(m[1]!, bits, type);
  return range.check(host, type);
}

/**
 * Does NO_PROXY (`list`, comma or space separated) send `url` straight to its host? Decided here, once, for the
 * route and for what scm says about it ("via proxy ...", the hint to list the endpoint in NO_PROXY), which
 * undici's own matching did not share; it also takes a bare IPv6 address (`::1`, as curl does), which undici
 * compared with the bracketed host and never matched, and an address range (`127.0.0.0/8`, as curl does),
 * which neither matched. `*` alone: every host.
 */
export function bypassesProxy(url: URL, list: string): boolean {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  for (const raw of list.split(/[,\s]+/)) {
    if (raw === '') continue;
    if (raw === '*') return true;
    const range = inRange(host, raw.toLowerCase());
    if (range !== undefined) {
      if (range) return true;
      continue;
    }
    const entry = noProxyEntry(raw);
    if (entry.host === '' || (entry.port !== 0 && entry.port !== port)) continue;
    if (host === entry.host || host.endsWith(`.${entry.host}`)) return true;
  }
  return false;
}
