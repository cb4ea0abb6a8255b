// A CA's nameConstraints (RFC 5280 4.2.1.10) against the names of the certificates below it. SCM checks names only
// and stores such a chain, but clients refuse it: OpenSSL with "permitted subtree violation" (47) or "excluded
// subtree violation" (48), browsers likewise. As OpenSSL's check_name_constraints does, every certificate below the
// CA is checked (an intermediate's subject against a root's directory-name subtrees too, self-issued ones aside),
// each by all its names: the subject as a directory name, its emailAddress, every subjectAltName (DNS, IP, e-mail,
// URI, directory name), and for the leaf without a DNS SAN a CN that is a host name. Matching is name-forms.ts.
import { certExtensions, childrenOf, tlvAt, type Tlv } from './der.js';
import type { Findings } from './findings.js';
import { M } from './messages.js';
import { commonName, type Cert } from './model.js';
import { dirName, generalName, within, type Name } from './name-forms.js';

const NAME_CONSTRAINTS = '2.5.29.30';
const SUBJECT_ALT_NAME = '2.5.29.17';

export interface NameConstraints {
  permitted: Name[];
  excluded: Name[];
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

/** TBSCertificate's issuer and subject (after the optional [0] version, the serial, the signature algorithm). */
function namesTlv(der: Buffer): { issuer?: Tlv; subject?: Tlv } {
  const cert = tlvAt(der, 0);
  const tbs = cert && tlvAt(der, cert.start, cert.end);
  const fields = (tbs && childrenOf(der, tbs)) ?? [];
  const at = fields[0]?.tag === 0xa0 ? 1 : 0;
  return { issuer: fields[at + 2], subject: fields[at + 4] };
}

const HOST = /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/i;

/**
 * The names a CA's constraints apply to (NAME_CONSTRAINTS_check): the subject when it is not empty, its e-mail
 * addresses, the subjectAltName's; for the leaf without a DNS name there, a CN that is a host name (NAME_CONSTRAINTS_check_CN).
 */
export function certNames(c: Cert, leaf = true): Name[] {
  const ext = certExtensions(c.der).find((e) => e.id === SUBJECT_ALT_NAME);
  const octets = ext?.parts.at(-1);
  const seq = octets && tlvAt(c.der, octets.start, octets.end);
  const sans = ((seq && childrenOf(c.der, seq)) ?? []).map((t) => generalName(c.der, t, false)).filter((n) => n.form !== 'other');
  const { subject } = namesTlv(c.der);
  const dn = subject && dirName(c.der, subject);
  const names: Name[] = [];
  if (dn && dn.canon.length > 0) names.push({ form: 'dir', canon: dn.canon, text: `DirName:${dn.text}` }, ...dn.emails.map((e): Name => ({ form: 'email', email: e, text: `email:${e}` })));
  names.push(...sans);
  const cn = commonName(c.x509);
  if (leaf && !sans.some((n) => n.form === 'dns') && cn !== undefined && HOST.test(cn) && !/^[\d.]+$/.test(cn)) names.push({ form: 'dns', dns: cn, text: cn });
  return names;
}

/** Issuer and subject the same name (EXFLAG_SI): a CA's rollover copy, which OpenSSL leaves out of the check. */
function selfIssued(c: Cert): boolean {
  const { issuer, subject } = namesTlv(c.der);
  const [i, s] = [issuer && dirName(c.der, issuer), subject && dirName(c.der, subject)];
  return i !== undefined && s !== undefined && i.canon.equals(s.canon);
}

/** Each CA of the path whose constraints a certificate below it breaks: one finding for its names outside, one for those excluded. */
export function checkNameConstraints(path: readonly Cert[], f: Findings): void {
  const list = (items: Name[]): string => items.map((n) => n.text).join(f.say(M.listSeparator));
  for (let j = 1; j < path.length; j++) {
    const ca = path[j]!;
    const nc = nameConstraintsOf(ca.der);
    if (!nc) continue;
    for (let i = 0; i < j; i++) {
      const cert = path[i]!;
      if (i > 0 && selfIssued(cert)) continue;
      const names = certNames(cert, i === 0);
      // A form the permitted subtrees do not name is not constrained by them.
      const outside = names.filter((n) => nc.permitted.some((p) => p.form === n.form) && !nc.permitted.some((p) => within(n, p)));
      const excluded = names.filter((n) => !outside.includes(n) && nc.excluded.some((x) => within(n, x)));
      const params = { leaf: cert.name, ca: f.say(M.certWhere, { name: ca.name, position: ca.position, source: ca.source }) };
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
}
