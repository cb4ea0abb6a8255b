// A CA's nameConstraints (RFC 5280 4.2.1.10) against the leaf's names. SCM checks names only and stores such a
// chain, but clients refuse it: OpenSSL with "permitted subtree violation" (47) or "excluded subtree violation"
// (48), browsers likewise. DNS names and IP addresses are checked, matched as OpenSSL matches them (nc_dns, nc_ip);
// other forms (directory names, e-mail, URI) are not, and a constraint of such a form constrains nothing here.
import { certExtensions, childrenOf, tlvAt, valueOf, type Tlv } from './der.js';
import type { Findings } from './findings.js';
import { M } from './messages.js';
import { commonName, type Cert } from './model.js';
import { ipv6Form } from './names.js';

const NAME_CONSTRAINTS = '2.5.29.30';
const SUBJECT_ALT_NAME = '2.5.29.17';
/** GeneralName's context tags (IMPLICIT, primitive): dNSName [2] IA5String, iPAddress [7] OCTET STRING. */
const DNS_TAG = 0x82;
const IP_TAG = 0x87;

/** A name of the leaf, or the base of a subtree (an IP subtree's `ip` is the address followed by the mask). */
export type Name = { form: 'dns'; dns: string; text: string } | { form: 'ip'; ip: Buffer; text: string } | { form: 'other'; text: string };

export interface NameConstraints {
  permitted: Name[];
  excluded: Name[];
}

function ipText(bytes: Buffer): string {
  if (bytes.length === 4) return [...bytes].join('.');
  const groups = Array.from({ length: bytes.length / 2 }, (_, i) => bytes.readUInt16BE(2 * i).toString(16));
  return ipv6Form(groups.join(':')) ?? groups.join(':');
}

/** "10.0.0.0/8" when the mask is a prefix, else "10.0.0.0/255.0.255.0" as OpenSSL prints it. */
function subnetText(bytes: Buffer): string {
  const half = bytes.length / 2;
  const [addr, mask] = [bytes.subarray(0, half), bytes.subarray(half)];
  const bits = [...mask].map((b) => b.toString(2).padStart(8, '0')).join('');
  const prefix = /^1*0*$/.test(bits) ? String(bits.replace(/0+$/, '').length) : ipText(mask);
  return `${ipText(addr)}/${prefix}`;
}

function generalName(der: Buffer, t: Tlv, subtree: boolean): Name {
  const value = valueOf(der, t);
  // A subtree is said as openssl's config writes it (DNS:example.com, IP:10.0.0.0/8), a name as it is.
  if (t.tag === DNS_TAG) return { form: 'dns', dns: value.toString('latin1'), text: `${subtree ? 'DNS:' : ''}${value.toString('latin1')}` };
  const sizes = subtree ? [8, 32] : [4, 16];
  if (t.tag === IP_TAG && sizes.includes(value.length)) return { form: 'ip', ip: value, text: subtree ? `IP:${subnetText(value)}` : ipText(value) };
  return { form: 'other', text: '' };
}

/** NameConstraints ::= SEQUENCE { permittedSubtrees [0], excludedSubtrees [1] }; each a SEQUENCE OF { base GeneralName, ... }. */
export function nameConstraintsOf(der: Buffer): NameConstraints | undefined {
  const ext = certExtensions(der).find((e) => e.id === NAME_CONSTRAINTS);
  const octets = ext?.parts.at(-1);
  const seq = octets && tlvAt(der, octets.start, octets.end);
  const parts = seq && seq.tag === 0x30 ? childrenOf(der, seq) : undefined;
  if (!parts) return undefined;
  const subtrees = (tag: number): Name[] => {
    const list = parts.find((p) => p.tag === tag);
    return ((list && childrenOf(der, list)) ?? []).flatMap((subtree) => {
      const base = subtree.tag === 0x30 ? tlvAt(der, subtree.start, subtree.end) : undefined;
      return base ? [generalName(der, base, true)] : [];
    });
  };
  return { permitted: subtrees(0xa0), excluded: subtrees(0xa1) };
}

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

const within = (n: Name, base: Name): boolean =>
  (n.form === 'dns' && base.form === 'dns' && dnsWithin(n.dns, base.dns)) || (n.form === 'ip' && base.form === 'ip' && ipWithin(n.ip, base.ip));

const HOST = /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/i;

/**
 * The leaf's DNS names and IP addresses (subjectAltName); without a DNS name there, a CN that is a host name, as
 * OpenSSL checks it (NAME_CONSTRAINTS_check_CN).
 */
export function leafNames(c: Cert): Name[] {
  const ext = certExtensions(c.der).find((e) => e.id === SUBJECT_ALT_NAME);
  const octets = ext?.parts.at(-1);
  const seq = octets && tlvAt(c.der, octets.start, octets.end);
  const names = ((seq && childrenOf(c.der, seq)) ?? []).map((t) => generalName(c.der, t, false)).filter((n) => n.form !== 'other');
  const cn = commonName(c.x509);
  if (!names.some((n) => n.form === 'dns') && cn !== undefined && HOST.test(cn) && !/^[\d.]+$/.test(cn)) names.push({ form: 'dns', dns: cn, text: cn });
  return names;
}

/** Each CA of the path whose constraints the leaf's names break: one finding for the names outside, one for those excluded. */
export function checkNameConstraints(path: readonly Cert[], f: Findings): void {
  const leaf = path[0];
  const names = leaf ? leafNames(leaf) : [];
  if (names.length === 0) return;
  const list = (items: Name[]): string => items.map((n) => n.text).join(f.say(M.listSeparator));
  for (const ca of path.slice(1)) {
    const nc = nameConstraintsOf(ca.der);
    if (!nc) continue;
    // A form the permitted subtrees do not name is not constrained by them.
    const outside = names.filter((n) => nc.permitted.some((p) => p.form === n.form) && !nc.permitted.some((p) => within(n, p)));
    const excluded = names.filter((n) => !outside.includes(n) && nc.excluded.some((x) => within(n, x)));
    const params = { leaf: leaf!.name, ca: f.say(M.certWhere, { name: ca.name, position: ca.position, source: ca.source }) };
    if (outside.length > 0) {
      const permitted = nc.permitted.filter((p) => outside.some((n) => n.form === p.form));
      f.add('chain-name-constraints', M.nameConstraintsOutside, { ...params, names: list(outside), permitted: list(permitted) });
    }
    if (excluded.length > 0) {
      const by = nc.excluded.filter((x) => excluded.some((n) => within(n, x)));
      f.add('chain-name-constraints', M.nameConstraintsExcluded, { ...params, names: list(excluded), excluded: list(by) });
    }
  }
}
