// Domain checks: a name to bind (SCM.0009), host-name syntax (SCM.0070), --domain coverage and
// --domain-count (SCM.0015), and the CN-among-SANs warning. Internationalised names are compared in punycode.
import { domainToASCII } from 'node:url';
import { t, type Lang, type Message, type Params } from '../i18n.js';
import type { Findings } from './findings.js';
import { M } from './messages.js';
import { altNames, commonName, type Cert } from './model.js';
import { ipv6Form } from './names.js';
import { hostForm } from './host-form.js';

export { hostForm };

export type Problem = [Message, Params?];
export const SPACE_OR_CONTROL = /[\s\x00-\x1f\x7f]/;

/** Why `name` is not a valid certificate host name (a predicate: "is empty"), or undefined when it is. */
export function hostnameProblem(name: string): Problem | undefined {
  if (name === '') return [M.hostEmpty];
  if (/[^\x21-\x7e]/.test(name)) {
    if (SPACE_OR_CONTROL.test(name)) return [M.hostSpaces];
    const ascii = domainToASCII(name);
    return ascii ? [M.hostNotAscii, { ascii }] : [M.hostNotAsciiNoForm];
  }
  if (name.length > 253) return [M.hostTooLong, { length: name.length }];
  const labels = name.split('.');
  const stars = name.split('*').length - 1;
  if (stars > 1) return [M.hostManyWildcards];
  if (stars === 1 && labels[0] !== '*') return [M.hostPartialWildcard];
  if (stars === 1 && labels.length < 2) return [M.hostBareWildcard];
  for (const [i, label] of labels.entries()) {
    if (label === '') return i === labels.length - 1 && i > 0 ? [M.hostTrailingDot] : [M.hostEmptyLabel];
    if (i === 0 && label === '*') continue;
    if (label.length > 63) return [M.hostLongLabel, { length: label.length }];
    if (!/^[A-Za-z0-9-]+$/.test(label)) return [M.hostBadChars, { label }];
    if (label.startsWith('-') || label.endsWith('-')) return [M.hostHyphen, { label }];
  }
  return undefined;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
export const isIp = (s: string): boolean => IPV4.test(s) || (s.includes(':') && /^[0-9A-Fa-f:.]+$/.test(s));

/**
 * The form a --domain value is compared in: punycode for internationalised names, an IPv6 address canonical
 * (people write 2001:DB8::1 or 2001:db8:0:0:0:0:0:1), IPv4 as given. The certificate's IP SANs come canonical
 * from altNames (names.ts), so they are compared as they are.
 */
export const domainForm = (value: string): string => (isIp(value) ? (value.includes(':') && ipv6Form(value)) || value : domainToASCII(value) || value);

const NON_ASCII = /[^\x00-\x7f]/;

/** A host as a person is shown it: in hostForm, and a Unicode one as given beside that punycode form. */
export function hostShown(name: string, lang: Lang): string {
  const given = name.trim().replace(/\.$/, '');
  return NON_ASCII.test(given) ? t(lang, M.domainPunycode, { name: given, ascii: hostForm(given) }) : hostForm(given);
}

/** Does certificate name `pattern` (maybe a wildcard) cover `host`? Case-insensitive; one level only. */
export function covers(pattern: string, host: string): boolean {
  // A name written in UTF-8 is reported as invalid (SCM.0070); it still means its punycode form.
  const p = (domainToASCII(pattern) || pattern).toLowerCase();
  const h = host.toLowerCase();
  if (p === h) return true;
  if (!p.startsWith('*.') || h.startsWith('*.')) return false;
  const dot = h.indexOf('.');
  return dot > 0 && h.slice(dot + 1) === p.slice(2);
}

/**
 * Do a certificate's names cover `host` (in domainForm)? A DNS name (maybe a wildcard, one level) or an IP SAN.
 * What --domain is checked with, and whether the CN is among the SANs: one answer to "is this name covered".
 */
export const namesCover = (names: { dns: string[]; ip: string[] }, host: string): boolean =>
  names.dns.some((name) => covers(name, host)) || names.ip.includes(host);

/** The names SCM binds: the DNS SANs, or the CN when there are none. IP SANs are kept apart. */
export function certNames(cert: Cert): { dns: string[]; ip: string[]; cn: string | undefined; fromCn: boolean } {
  const { dns, ip } = altNames(cert.x509);
  const cn = commonName(cert.x509);
  const unique = [...new Map(dns.map((d) => [d.toLowerCase(), d])).values()];
  if (unique.length === 0 && cn !== undefined && cn !== '') return { dns: [cn], ip, cn, fromCn: true };
  return { dns: unique, ip, cn, fromCn: false };
}

/**
 * The names a person is shown: DNS names, then IP addresses, each once. A CN that is an IP address stands in as
 * a DNS name when there are no DNS SANs, and may repeat an IP SAN.
 */
export function nameList(names: { dns: string[]; ip: string[] }): string[] {
  return [...new Map([...names.dns, ...names.ip].map((n) => [n.toLowerCase(), n])).values()];
}

function listNames(names: string[], f: Findings, max = 5): string {
  if (names.length === 0) return f.say(M.noNames);
  const more = names.length - max;
  const sep = f.say(M.listSeparator);
  return more > 0 ? f.say(M.andMore, { list: names.slice(0, max).join(sep), more }) : names.join(sep);
}

export interface DomainOptions {
  domains?: string[];
  domainCount?: number;
}

/**
 * SCM binds the CN when there is no SAN, but browsers stopped reading it (Chrome 58, Safari, Go 1.15): the
 * certificate of `openssl x509 -req` without -copy_extensions, or a version 1 one. Not beside an IP SAN (then the
 * SAN is there, the name is missing: cn-not-in-san says it), nor for a CA as leaf (cert-is-ca is the cause).
 * `scm check` says it of a served leaf too.
 */
export function checkNoSan(leaf: Cert, f: Findings): void {
  const { dns, ip, fromCn } = certNames(leaf);
  if (fromCn && dns.length > 0 && ip.length === 0 && !leaf.ca) f.add('cert-no-san', M.certNoSan, { cert: leaf.name, name: dns[0]! });
}

/**
 * Does `leaf` cover the --domain value `wanted`, as checkDomains judges it: beside IP SANs alone a CN is no name
 * clients read. Also what chooses a pair of several by --domain (pair-by-domain.ts).
 */
export function coversDomain(leaf: Cert, wanted: string): boolean {
  const { dns, ip, fromCn } = certNames(leaf);
  return namesCover(fromCn && ip.length > 0 ? { dns: [], ip } : { dns, ip }, domainForm(wanted));
}

export function checkDomains(leaf: Cert, options: DomainOptions, f: Findings): void {
  const { dns, ip, cn, fromCn } = certNames(leaf);
  if (dns.length === 0) {
    if (ip.length > 0) f.add('cert-no-domain', M.noDomainIpOnly, { cert: leaf.name, ips: ip.join(f.say(M.listSeparator)) });
    else f.add('cert-no-domain', M.noDomain, { cert: leaf.name });
  }
  for (const name of dns) {
    const problem = hostnameProblem(name);
    if (problem) f.add('domain-invalid', fromCn ? M.domainInvalidCn : M.domainInvalidSan, { name, problem: f.say(problem[0], problem[1]) });
  }
  checkNoSan(leaf, f);
  // A dNSName holding an IPv4 address (DNS:192.0.2.1) is valid by its syntax, and SCM binds it, but clients
  // compare an address only with iPAddress SANs (RFC 6125): https://192.0.2.1 fails in browsers. Beside the
  // same address as an IP SAN (kept for old Windows clients) it does no harm.
  if (!fromCn) for (const name of dns.filter((d) => IPV4.test(d) && !ip.includes(d))) f.add('ip-as-dns-name', M.ipAsDns, { name }, M.ipAsDnsFix);
  const shown = nameList({ dns, ip });
  if (!fromCn && cn !== undefined && cn !== '' && shown.length > 0) {
    // Covered as --domain would be: a UTF-8 CN by its punycode SAN, www.example.com by *.example.com; and by a SAN
    // written with a trailing dot, the same name (domain-invalid says that dot: one cause, one finding).
    const absolute = dns.map((d) => (d.endsWith('.') ? d.slice(0, -1) : d));
    if (!namesCover({ dns: absolute, ip }, domainForm(cn))) f.add('cn-not-in-san', M.cnNotInSan, { cn, names: listNames(shown, f) });
  }
  // Beside IP SANs alone the CN is no name for clients either: the SAN extension is there, so they never read the
  // CN (CN=www.example.com, IP:192.0.2.1 fails for https://www.example.com). An address CN the SANs repeat is fine.
  if (fromCn && cn !== undefined && ip.length > 0 && !namesCover({ dns: [], ip }, domainForm(cn))) {
    f.add('cn-not-in-san', M.cnNotInSan, { cn, names: listNames(ip, f) });
  }
  // Beside an IP SAN alone the CN is still bound by SCM, but clients read the SAN extension only: --domain is
  // judged as they judge it (checkNoSan leaves this case to domain-not-covered).
  const sanOnly = fromCn && ip.length > 0;
  for (const wanted of options.domains ?? []) {
    if (coversDomain(leaf, wanted)) continue;
    const host = domainForm(wanted);
    // A CN that names the domain does not count beside SANs (as for every client): say so, not "CN=x does not cover x".
    const cnIgnored = (!fromCn || sanOnly) && cn !== undefined && covers(cn, host);
    // An internationalised name is compared in punycode, which is what the certificate lists: show both forms.
    const domain = /[^\x00-\x7f]/.test(wanted) && host !== wanted ? f.say(M.domainPunycode, { name: wanted, ascii: host }) : wanted;
    const params = { cert: leaf.name, domain, names: listNames(sanOnly ? ip : shown, f) };
    f.add('domain-not-covered', cnIgnored ? M.notCoveredCnIgnored : M.notCovered, cnIgnored ? { ...params, cn } : params);
  }
  if (options.domainCount !== undefined && dns.length !== options.domainCount) {
    f.add('domain-count-mismatch', M.domainCountMismatch, { cert: leaf.name, count: dns.length, wanted: options.domainCount });
  }
}
