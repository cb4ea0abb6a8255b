// Names matched against nameConstraints subtrees as OpenSSL matches them (crypto/x509/v3_ncons.c: nc_dns, nc_ip,
// nc_email, nc_email_eai, nc_uri, nc_dn), so validate refuses what `openssl verify` does; a directory name's subtree
// is a leading run of the name's RDNs. What OpenSSL cannot check it refuses, and so does matchName: an otherName
// (or x400Address, ediPartyName, registeredID) under a subtree of its kind ("unsupported name constraint type"),
// an address it cannot read ("unsupported name syntax"). The names are read by name-forms.ts.
import { domainToUnicode } from 'node:url';
import type { Name } from './name-forms.js';

/**
 * OpenSSL's nc_dns: a DNS constraint matches the name itself and any name made by adding labels on the left
 * ("example.com": www.example.com, not bigexample.com); one with a leading dot only names below it. Case-blind;
 * a wildcard SAN is matched as the text it is.
 */
export function dnsWithin(name: string, base: string): boolean {
  const [n, b] = [name.toLowerCase(), base.toLowerCase()];
  if (b === '') return true;
  if (n.length < b.length || !n.endsWith(b)) return false;
  return n.length === b.length || b.startsWith('.') || n[n.length - b.length - 1] === '.';
}

/** OpenSSL's nc_ip: `base` is the address then the mask, of the same family as `ip`. */
export function ipWithin(ip: Buffer, base: Buffer): boolean {
  if (base.length !== 2 * ip.length) return false;
  for (let i = 0; i < ip.length; i++) if ((ip[i]! & base[ip.length + i]!) !== (base[i]! & base[ip.length + i]!)) return false;
  return true;
}

const lower = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * OpenSSL's nc_email: ".example.com" matches addresses at hosts below it; "example.com" the host exactly;
 * "user@example.com" that mailbox (the local part case-sensitive, the host not). An address without '@' matches
 * nothing (OpenSSL: "unsupported name syntax", refused all the same).
 */
export function emailWithin(email: string, base: string): boolean {
  const at = email.lastIndexOf('@');
  if (at < 0) return false;
  const baseAt = base.lastIndexOf('@');
  if (baseAt < 0 && base.startsWith('.')) return email.length > base.length && lower(email.slice(-base.length)) === lower(base);
  if (baseAt > 0 && base.slice(0, baseAt) !== email.slice(0, at)) return false;
  return lower(base.slice(baseAt + 1)) === lower(email.slice(at + 1));
}

/**
 * OpenSSL's nc_uri: the host of scheme://host[:port][/...] (up to the first ':' after it, else the first '/')
 * against the base: ".example.com" hosts below it, else the host exactly, case-blind. A URI without "//" matches nothing.
 */
function uriHost(uri: string): string {
  const colon = uri.indexOf(':');
  if (colon < 0 || uri.slice(colon + 1, colon + 3) !== '//') return '';
  const rest = uri.slice(colon + 3);
  const end = rest.includes(':') ? rest.indexOf(':') : rest.includes('/') ? rest.indexOf('/') : rest.length;
  return lower(rest.slice(0, end));
}

export function uriWithin(uri: string, base: string): boolean {
  const host = uriHost(uri);
  if (host === '') return false;
  if (base.startsWith('.')) return host.length > base.length && host.endsWith(lower(base));
  return host === lower(base);
}

/** OpenSSL's nc_dn: the base's canonical encoding starts the name's (its RDNs lead the name's; an empty base, every name). */
export const dirWithin = (canon: Buffer, base: Buffer): boolean => base.length <= canon.length && canon.subarray(0, base.length).equals(base);

/**
 * OpenSSL's nc_email_eai: a SmtpUTF8Mailbox's host against an e-mail subtree's, the subtree's A-labels read as
 * U-labels, ASCII case aside; ".example.com" hosts below it; a subtree naming a mailbox matches none.
 */
export function eaiWithin(email: string, base: string): boolean {
  const at = email.lastIndexOf('@');
  if (at < 0) return false;
  const ulabel = (host: string): string => lower(domainToUnicode(host) || host);
  if (base.startsWith('.')) {
    const suffix = `.${ulabel(base.slice(1))}`;
    return email.length > suffix.length && lower(email.slice(-suffix.length)) === suffix;
  }
  return lower(email.slice(at + 1)) === ulabel(base);
}

/** Is the subtree `base` of the form of `n` (OpenSSL: the same GeneralName type, an otherName of the same type-id)? */
export function sameForm(n: Name, base: Name): boolean {
  return n.form === base.form && (n.form !== 'other' || n.kind === (base as { kind: string }).kind);
}

/**
 * OpenSSL's nc_match_single for a name and a subtree of its form: 'in', 'out', or why OpenSSL refuses to judge:
 * 'type' (a form it cannot match) or 'syntax' (an e-mail address without '@', a URI without "scheme://host").
 */
export function matchName(n: Name, base: Name): 'in' | 'out' | 'type' | 'syntax' {
  const yes = (b: boolean): 'in' | 'out' => (b ? 'in' : 'out');
  if (n.form === 'dns' && base.form === 'dns') return yes(dnsWithin(n.dns, base.dns));
  if (n.form === 'ip' && base.form === 'ip') return yes(ipWithin(n.ip, base.ip));
  if (n.form === 'email' && base.form === 'email') {
    if (!n.email.includes('@')) return 'syntax';
    return yes(n.eai ? eaiWithin(n.email, base.email) : emailWithin(n.email, base.email));
  }
  if (n.form === 'uri' && base.form === 'uri') return uriHost(n.uri) === '' ? 'syntax' : yes(uriWithin(n.uri, base.uri));
  if (n.form === 'dir' && base.form === 'dir') return yes(dirWithin(n.canon, base.canon));
  return 'type';
}

export const within = (n: Name, base: Name): boolean => matchName(n, base) === 'in';
