// A CA's nameConstraints (RFC 5280 4.2.1.10) against the names of the certificates below it. SCM checks names only
// and stores such a chain, but clients refuse it: OpenSSL with "permitted subtree violation" (47) or "excluded
// subtree violation" (48), browsers likewise. As OpenSSL's check_name_constraints does, every certificate below the
// CA is checked (an intermediate's subject against a root's directory-name subtrees too, self-issued ones aside),
// each by all its names: the subject as a directory name, its emailAddress, every subjectAltName (DNS, IP, e-mail,
// URI, directory name, otherName), and for the leaf without a DNS SAN a CN that is a host name. Matching is
// name-match.ts; each name is judged as nc_match judges it, so what OpenSSL refuses to judge (a subtree with a
// minimum or maximum, 49; a form it cannot match, 51; an address it cannot read, 53) is said too, never passed.
import { childrenOf, smallInt, tlvAt, type Tlv } from './der.js';
import { certExtensions } from './der-cert.js';
import type { Findings } from './findings.js';
import { M } from './messages.js';
import { commonName, type Cert } from './model.js';
import { dirName, generalName, type Name } from './name-forms.js';
import { matchName, sameForm } from './name-match.js';

const NAME_CONSTRAINTS = '2.5.29.30';
const SUBJECT_ALT_NAME = '2.5.29.17';

/** A GeneralSubtree's base; minmax: it gives a maximum, or a minimum other than 0 (OpenSSL's nc_minmax_valid fails). */
export type Subtree = Name & { minmax?: boolean };

export interface NameConstraints {
  permitted: Subtree[];
  excluded: Subtree[];
}

/** NameConstraints ::= SEQUENCE { permittedSubtrees [0], excludedSubtrees [1] }; each a SEQUENCE OF { base GeneralName, ... }. */
export function nameConstraintsOf(der: Buffer): NameConstraints | undefined {
  const ext = certExtensions(der).find((e) => e.id === NAME_CONSTRAINTS);
  const octets = ext?.parts.at(-1);
  const seq = octets && tlvAt(der, octets.start, octets.end);
  const parts = seq && seq.tag === 0x30 ? childrenOf(der, seq) : undefined;
  if (!parts) return undefined;
  // GeneralSubtree ::= SEQUENCE { base GeneralName, minimum [0] INTEGER DEFAULT 0, maximum [1] INTEGER OPTIONAL }
  const subtrees = (tag: number): Subtree[] => {
    const list = parts.find((p) => p.tag === tag);
    return ((list && childrenOf(der, list)) ?? []).flatMap((subtree) => {
      const [base, ...bounds] = (subtree.tag === 0x30 && childrenOf(der, subtree)) || [];
      if (!base) return [];
      const minmax = bounds.some((b) => b.tag === 0x81 || (b.tag === 0x80 && smallInt(der, { ...b, tag: 0x02 }) !== 0));
      return [{ ...generalName(der, base, true), ...(minmax ? { minmax } : {}) }];
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
  const sans = ((seq && childrenOf(c.der, seq)) ?? []).map((t) => generalName(c.der, t, false));
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
export function selfIssued(c: Cert): boolean {
  const { issuer, subject } = namesTlv(c.der);
  const [i, s] = [issuer && dirName(c.der, issuer), subject && dirName(c.der, subject)];
  return i !== undefined && s !== undefined && i.canon.equals(s.canon);
}

type Verdict = 'in' | 'outside' | 'excluded' | 'minmax' | 'type' | 'syntax';

/**
 * OpenSSL's nc_match: the permitted subtrees of the name's form (none: not constrained), one must hold it; then no
 * excluded subtree of its form may. A subtree of its form with a minimum or maximum, or a match OpenSSL cannot
 * make, ends the check with that reason. `by`: the subtrees the verdict is about.
 */
function judge(n: Name, nc: NameConstraints): { verdict: Verdict; by: Subtree[] } {
  const permitted = nc.permitted.filter((p) => sameForm(n, p));
  const fail = (list: Subtree[]): { verdict: Verdict; by: Subtree[] } | undefined => {
    const minmax = list.filter((p) => p.minmax);
    if (minmax.length > 0) return { verdict: 'minmax', by: minmax };
    const odd = list.map((p) => matchName(n, p)).find((r) => r === 'type' || r === 'syntax');
    return odd ? { verdict: odd, by: list } : undefined;
  };
  const bad = fail(permitted);
  if (bad) return bad;
  if (permitted.length > 0 && !permitted.some((p) => matchName(n, p) === 'in')) return { verdict: 'outside', by: permitted };
  const excluded = nc.excluded.filter((x) => sameForm(n, x));
  const badExcluded = fail(excluded);
  if (badExcluded) return badExcluded;
  const by = excluded.filter((x) => matchName(n, x) === 'in');
  return by.length > 0 ? { verdict: 'excluded', by } : { verdict: 'in', by: [] };
}

const MESSAGES = { outside: M.nameConstraintsOutside, excluded: M.nameConstraintsExcluded, minmax: M.nameConstraintsMinMax, type: M.nameConstraintsType, syntax: M.nameConstraintsSyntax };
/** What OpenSSL cannot judge has a fix of its own; names outside or excluded take the rule's. */
const FIXES = { minmax: M.nameConstraintsMinMaxFix, type: M.nameConstraintsUnsupportedFix, syntax: M.nameConstraintsUnsupportedFix } as const;

/** Each CA of the path whose constraints a certificate below it breaks (or that OpenSSL cannot judge): one finding per reason. */
export function checkNameConstraints(path: readonly Cert[], f: Findings): void {
  const list = (items: Name[]): string => items.map((n) => n.text).join(f.say(M.listSeparator));
  for (let j = 1; j < path.length; j++) {
    const ca = path[j]!;
    const nc = nameConstraintsOf(ca.der);
    if (!nc) continue;
    for (let i = 0; i < j; i++) {
      const cert = path[i]!;
      if (i > 0 && selfIssued(cert)) continue;
      const judged = certNames(cert, i === 0).map((n) => ({ n, ...judge(n, nc) }));
      const params = { leaf: cert.name, ca: f.say(M.certWhere, { name: ca.name, position: ca.position, source: ca.source }) };
      for (const verdict of ['outside', 'excluded', 'minmax', 'type', 'syntax'] as const) {
        const these = judged.filter((x) => x.verdict === verdict);
        if (these.length === 0) continue;
        // The subtrees named, in the CA's order, each once.
        const by = [...nc.permitted, ...nc.excluded].filter((s) => these.some((x) => x.by.includes(s)));
        const fix = verdict === 'outside' || verdict === 'excluded' ? undefined : FIXES[verdict];
        f.add('chain-name-constraints', MESSAGES[verdict], { ...params, names: list(these.map((x) => x.n)), subtrees: list(by) }, fix);
      }
    }
  }
}
