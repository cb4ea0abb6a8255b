// What a `scm check` TARGET names: a TLS endpoint (`https://host[:port]`, `host:port`, the host maybe
// internationalised), a certificate in SCM (`scs` + 13 digits), or a file or bundle folder. A path that exists
// is always a path; `http://` is refused (check speaks TLS). Pure: whether a path exists is the caller's answer.
import { domainToASCII } from 'node:url';
import { CERT_ID } from '../push/index.js';

export type CheckTarget =
  | { kind: 'endpoint'; text: string; host: string; port: number }
  | { kind: 'scm'; text: string; id: string }
  | { kind: 'path'; text: string }
  | { kind: 'bad'; text: string; why: 'http' | 'url' | 'port' | 'ipv6' }
  /**
   * `ldaps://user:pw@host:636`, `user:pw@host:636`: `rest` is the target without them; `ldaps://host`, another
   * protocol's URL: `rest` is its host and port (the protocol's port over TLS when none is given).
   */
  | { kind: 'bad'; text: string; why: 'credentials' | 'scheme'; rest: string };

/**
 * A host may end in a dot (an absolute name, `www.example.com.:443`): it is still a host, not a file name. It may
 * be internationalised (`bücher.example:443`): letters and digits of any script, read as the A-label. An IPv6
 * address may name its interface (`[fe80::1%eth0]:443`, as ssh and curl take it): a link-local one needs it.
 */
const HOST_PORT = /^(\[[0-9A-Fa-f:.]+(?:%[\w.-]+)?\]|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}.-]*[\p{L}\p{N}\p{M}])?\.?):(\d+)$/u;

/** The A-label form of a host written in another script (as a URL's host is read), or undefined when it has none. */
const asciiHost = (host: string): string | undefined => (/[^\x00-\x7f]/.test(host) ? domainToASCII(host) || undefined : host);

const portOf = (digits: string): number | undefined => {
  const n = Number(digits);
  return /^\d{1,5}$/.test(digits) && n >= 1 && n <= 65535 ? n : undefined;
};

/** The host without its brackets; an IPv6 zone written as a URI writes it (RFC 6874: `%25eth0`) read as `%eth0`. */
const unbracket = (host: string): string => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1).replace(/%25(?=[\w.-])/, '%') : host);

/**
 * `https://[fe80::1%25eth0]:8443/`: an IPv6 address with its zone, as RFC 6874 writes it in a URI (`%25`, the `%`
 * encoded), or as people type it (`%eth0`, as curl takes it). WHATWG's URL (Node's) refuses both.
 */
const ZONED_URL = /^https:\/\/(\[[0-9A-Fa-f:.]+%[\w.-]+\])(?::(\d*))?(?:[/?#].*)?$/i;

/**
 * The user and password of a target (`ldaps://user:pw@host:636`, `https://user:pw@host`, or `user:pw@host:636`
 * without a scheme), or undefined: `before` is the scheme, `after` what follows the `@` of the authority.
 */
function userinfoOf(given: string): { before: string; after: string } | undefined {
  const before = /^[a-z][a-z0-9+.-]*:\/\//i.exec(given)?.[0] ?? '';
  const rest = given.slice(before.length);
  const end = rest.search(/[/?#]/);
  const at = (end < 0 ? rest : rest.slice(0, end)).lastIndexOf('@');
  if (at < 0) return undefined;
  // Without a scheme only `…@host:port`, what a URL would be: `me@example.com.pem` stays a file name.
  if (before === '' && (end >= 0 || !HOST_PORT.test(rest.slice(at + 1)))) return undefined;
  return { before, after: rest.slice(at + 1) };
}

/** A target's user and password (which may be a credential) shown as `***`, never echoed. */
export const maskUserinfo = (text: string): string => {
  const u = userinfoOf(text);
  return u ? `${u.before}***@${u.after}` : text;
};

/** `::1:8443`: an IPv6 address and a port, without the brackets that tell them apart. */
const BARE_IPV6_PORT = /^(?=(?:[^:]*:){3})[0-9A-Fa-f:.]+:\d{1,5}$/;

/** `[::1]:8443` for a target written `::1:8443` (the last colon taken as the port's). */
export const bracketed = (text: string): string => `[${text.slice(0, text.lastIndexOf(':'))}]${text.slice(text.lastIndexOf(':'))}`;

/** The port each protocol listens on with TLS from the start (its `s` form: ldap and ldaps alike are 636). */
const TLS_PORTS: Record<string, number> = { http: 443, ldap: 636, ldaps: 636, imap: 993, imaps: 993, pop3: 995, pop3s: 995, smtp: 465, smtps: 465, ftp: 990, ftps: 990, ws: 443, wss: 443 };

/** `host:port` for a URL of another protocol: its own port, else that protocol's TLS port, else PORT to fill in. */
const hostPortOf = (scheme: string, authority: string): string =>
  /:\d+$/.test(authority) && !BARE_IPV6_PORT.test(authority) ? authority : `${authority}:${TLS_PORTS[scheme.toLowerCase()] ?? 'PORT'}`;

/** `text` as given; every `text` returned is `maskUserinfo`-ed, so it can be shown. */
export function parseTarget(given: string, isPath: (path: string) => boolean): CheckTarget {
  const text = maskUserinfo(given);
  // scm check sends no user nor password: a target carrying them is refused (exit 2), never half-used.
  const userinfo = text === given ? undefined : userinfoOf(given);
  if (userinfo && !(userinfo.before === '' && isPath(given))) {
    // Only https:// is read as a URL: another scheme's server (ldaps://, imaps://) is checked as host:port.
    const scheme = userinfo.before.slice(0, -3);
    const rest = /^https$/i.test(scheme) || scheme === '' ? userinfo.before + userinfo.after : hostPortOf(scheme, userinfo.after.split(/[/?#]/)[0]!);
    return { kind: 'bad', text, why: 'credentials', rest };
  }
  const zoned = ZONED_URL.exec(given);
  if (zoned) {
    const port = zoned[2] ? portOf(zoned[2]) : 443;
    return port === undefined ? { kind: 'bad', text, why: 'port' } : { kind: 'endpoint', text, host: unbracket(zoned[1]!), port };
  }
  if (/^https:\/\//i.test(given)) {
    let url: URL;
    try {
      url = new URL(given);
    } catch {
      return { kind: 'bad', text, why: 'url' };
    }
    if (url.hostname === '') return { kind: 'bad', text, why: 'url' };
    const port = url.port === '' ? 443 : portOf(url.port);
    return port === undefined ? { kind: 'bad', text, why: 'port' } : { kind: 'endpoint', text, host: unbracket(url.hostname), port };
  }
  if (/^http:\/\//i.test(given)) return { kind: 'bad', text, why: 'http' };
  if (isPath(given)) return { kind: 'path', text: given };
  const other = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]+)/i.exec(given);
  if (other) return { kind: 'bad', text, why: 'scheme', rest: hostPortOf(other[1]!, other[2]!) };
  if (BARE_IPV6_PORT.test(text)) return { kind: 'bad', text, why: 'ipv6' };
  if (CERT_ID.test(text)) return { kind: 'scm', text, id: text };
  const m = HOST_PORT.exec(text);
  const host = m ? asciiHost(unbracket(m[1]!)) : undefined;
  if (m && host !== undefined) {
    const port = portOf(m[2]!);
    return port === undefined ? { kind: 'bad', text, why: 'port' } : { kind: 'endpoint', text, host, port };
  }
  return { kind: 'path', text };
}

/** An IP address is matched against the certificate's IP addresses (an IPv6 one without its `%interface`), and is never sent as SNI. */
export const isIpAddress = (host: string): boolean => /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');

/** The name as sent in SNI: without the final dot of an absolute name (RFC 6066, section 3, forbids it). */
export const sniName = (name: string): string => name.replace(/\.$/, '');

/**
 * What is sent as SNI for a name (the endpoint's host or --servername), or nothing: never an IP address (RFC 6066,
 * section 3; Node warns, DEP0123), never the final dot, an internationalised name as its A-label, in lower case as
 * browsers send it (a URL's host is lower case): a server that looks names up as written (a hand-made SNI table)
 * knows them so. The name is still the one the certificate must cover.
 */
export function sniFor(name: string): string | undefined {
  const n = sniName(name.trim());
  if (n === '' || isIpAddress(n)) return undefined;
  return asciiHost(n)?.toLowerCase();
}

/** Extensions of the files people give check (and their neighbours): a name ending so is a file, not a host. */
const FILE_EXTENSIONS = /\.(?:pem|crt|cer|der|key|csr|p7b|p7c|p7s|pfx|p12|jks|jceks|keystore|txt|json|ya?ml|b64|zip|gz|tar|conf|bak|old|new)$/i;
/** Labels of letters, digits and hyphens, at least two, the last a TLD (letters, or an A-label). */
const HOST_NAME = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,}|xn--[a-z0-9-]+)\.?$/iu;

/**
 * A path that does not exist and reads as a host name (`www.example.com`, `localhost`): the user may have meant
 * the server, which check reads as https://NAME or NAME:PORT (a bare name is a path, as the contract says).
 */
export const looksLikeHost = (text: string): boolean => text === 'localhost' || (HOST_NAME.test(text) && !FILE_EXTENSIONS.test(text.replace(/\.$/, '')));

/** As looksLikeHost, an IPv4 address, or an IPv6 one in brackets (`[::1]`; one with its `%interface` has no URL form to give). */
export const looksLikeAddress = (text: string): boolean => /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9A-Fa-f:.]+\])$/.test(text);
