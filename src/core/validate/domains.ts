// Domain checks: a name to bind (SCM.0009), host-name syntax (SCM.0070), --domain coverage and
// --domain-count (SCM.0015), and the CN-among-SANs warning.
import { domainToASCII } from 'node:url';
import type { Findings } from './findings.js';
import { altNames, commonName, type Cert } from './model.js';

/** Why `name` is not a valid certificate host name, or undefined when it is. */
export function hostnameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (/[^\x21-\x7e]/.test(name)) {
    if (/[\s\x00-\x1f\x7f]/.test(name)) return 'contains spaces or control characters';
    const ascii = domainToASCII(name);
    return `is not ASCII; internationalised names must be written in punycode${ascii ? ` (${ascii})` : ''}`;
  }
  if (name.length > 253) return `is ${name.length} characters long; a host name has at most 253`;
  const labels = name.split('.');
  const stars = name.split('*').length - 1;
  if (stars > 1) return 'has more than one wildcard';
  if (stars === 1 && labels[0] !== '*') return 'has a wildcard that is not the whole leftmost label';
  if (stars === 1 && labels.length < 2) return 'is a bare wildcard';
  for (const [i, label] of labels.entries()) {
    if (label === '') return i === labels.length - 1 && i > 0 ? 'ends with a dot' : 'has an empty label';
    if (i === 0 && label === '*') continue;
    if (label.length > 63) return `has a label of ${label.length} characters (at most 63)`;
    if (!/^[A-Za-z0-9-]+$/.test(label)) return `has a label with characters other than letters, digits and hyphens ("${label}")`;
    if (label.startsWith('-') || label.endsWith('-')) return `has a label that starts or ends with a hyphen ("${label}")`;
  }
  return undefined;
}

/** Does certificate name `pattern` (maybe a wildcard) cover `host`? Case-insensitive; one level only. */
export function covers(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  if (p === h) return true;
  if (!p.startsWith('*.') || h.startsWith('*.')) return false;
  const dot = h.indexOf('.');
  return dot > 0 && h.slice(dot + 1) === p.slice(2);
}

/** The names SCM binds: the DNS SANs, or the CN when there are none. IP SANs are kept apart. */
export function certNames(cert: Cert): { dns: string[]; ip: string[]; cn: string | undefined; fromCn: boolean } {
  const { dns, ip } = altNames(cert.x509);
  const cn = commonName(cert.x509);
  const unique = [...new Map(dns.map((d) => [d.toLowerCase(), d])).values()];
  if (unique.length === 0 && cn !== undefined && cn !== '') return { dns: [cn], ip, cn, fromCn: true };
  return { dns: unique, ip, cn, fromCn: false };
}

function listNames(names: string[], max = 5): string {
  if (names.length === 0) return 'no names';
  const more = names.length - max;
  return more > 0 ? `${names.slice(0, max).join(', ')} and ${more} more` : names.join(', ');
}

export interface DomainOptions {
  domains?: string[];
  domainCount?: number;
}

export function checkDomains(leaf: Cert, options: DomainOptions, f: Findings): void {
  const { dns, ip, cn, fromCn } = certNames(leaf);
  if (dns.length === 0) {
    f.add('cert-no-domain', `${leaf.name} has no DNS subject alternative name and no common name${ip.length ? ` (only IP addresses: ${ip.join(', ')})` : ''}`);
  }
  for (const name of dns) {
    const problem = hostnameProblem(name);
    if (problem) f.add('domain-invalid', `${fromCn ? 'the common name' : 'the name'} "${name}" ${problem}`);
  }
  if (!fromCn && cn !== undefined && (dns.length > 0 || ip.length > 0)) {
    const all = [...dns, ...ip].map((n) => n.toLowerCase());
    if (!all.includes(cn.toLowerCase())) f.add('cn-not-in-san', `the common name "${cn}" is not among the subject alternative names (${listNames([...dns, ...ip])})`);
  }
  for (const wanted of options.domains ?? []) {
    const host = domainToASCII(wanted) || wanted;
    const ok = dns.some((name) => covers(name, host)) || ip.includes(host);
    if (!ok) f.add('domain-not-covered', `${leaf.name} does not cover ${wanted}; it covers ${listNames([...dns, ...ip])}`);
  }
  if (options.domainCount !== undefined && dns.length !== options.domainCount) {
    f.add('domain-count-mismatch', `${leaf.name} carries ${dns.length} domain name${dns.length === 1 ? '' : 's'}; --domain-count asked for ${options.domainCount}`);
  }
}
