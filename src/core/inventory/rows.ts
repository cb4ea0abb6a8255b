// A certificate as SCM lists it (ListCertificates item or ShowCertificate body), read once into a row every
// command works with: its names (domain and sans, however SCM separates them), its expiry (UTC+8), and
// whether it was imported or bought (prune deletes imported ones only). Also the JSON shape of a row.
import type { Lang } from '../i18n.js';
import { hostForm } from '../validate/host-form.js';
import { STATUS } from './messages.js';
import { daysLeft, parseScmTime, scmIso } from './time.js';

/** Imported (status UPLOAD, "hosted") or bought through SCM: prune and rotate only ever delete imported ones. */
export type Origin = 'imported' | 'purchased';

export interface CertRow {
  id: string;
  name: string;
  /** The primary domain as SCM lists it. */
  domain: string;
  /** Every name the certificate binds, lower-case, each once: the domain first, then the sans. */
  names: string[];
  /** expire_time (list) or not_after (show), read as UTC+8; undefined when SCM gives none. */
  notAfter?: Date;
  status: string;
  origin: Origin;
  /** The entry as SCM sent it. */
  item: Readonly<Record<string, unknown>>;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** `sans` is one string in the SDK models ("a;b", "a,b" or "a b"); an array is read too. Lower-case, no trailing dot. */
export function splitNames(v: unknown): string[] {
  const all = Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(',') : text(v);
  const out: string[] = [];
  // A plain loop: a list of 1,000 certificates splits 2,000 of these in a cold process.
  for (const part of all.toLowerCase().split(/[,;\s]+/)) {
    const name = part.endsWith('.') ? part.slice(0, -1) : part;
    if (name) out.push(name);
  }
  return out;
}

/**
 * UPLOAD is an imported certificate. SCM may report an expired one as EXPIRED (undocumented): that one is
 * imported when it has no brand, since every certificate bought through SCM names its CA (GLOBALSIGN ...).
 * Anything else is treated as purchased, which keeps it out of reach of prune: the statuses of the purchase
 * life cycle (scm-api-reference §2.4: PAID, ISSUED, CHECKING, ... REVOKED) and any SCM adds. (A set of those
 * statuses, checked first, decided nothing the last line does not: mutation testing showed it, so it went.)
 */
export function originOf(item: Readonly<Record<string, unknown>>): Origin {
  const status = text(item.status).toUpperCase();
  if (status === 'UPLOAD') return 'imported';
  return status === 'EXPIRED' && text(item.brand).trim() === '' ? 'imported' : 'purchased';
}

export function toRow(item: Readonly<Record<string, unknown>>): CertRow {
  const domain = text(item.domain);
  const names = [...new Set([...splitNames(domain), ...splitNames(item.sans)])];
  const notAfter = parseScmTime(item.expire_time ?? item.not_after);
  return { id: text(item.id), name: text(item.name), domain, names, ...(notAfter ? { notAfter } : {}), status: text(item.status), origin: originOf(item), item };
}

/**
 * The set of names as one comparable key: certificates with the same key bind the same names. A name SCM lists
 * in Unicode (bücher.example) and the same name in punycode (xn--bcher-kva.example) are one name, as DNS has it.
 */
export const nameSetKey = (row: CertRow): string => [...new Set(row.names.map(hostForm))].sort().join(' ');

/**
 * A row for --json: every field SCM sent, then the normalised ones (`sans` as an array, `notAfter` and
 * `notBefore` as ISO 8601 with its zone, `daysLeft`, `origin`). Keys never change with the language, nor with
 * what SCM gave: a time it did not give is null, so scripts read one set of keys.
 */
export function rowJson(row: CertRow, now: Date): Record<string, unknown> {
  const notBefore = parseScmTime(row.item.not_before);
  return {
    ...row.item,
    id: row.id,
    name: row.name,
    domain: row.domain,
    sans: splitNames(row.item.sans),
    notAfter: row.notAfter ? scmIso(row.notAfter) : null,
    notBefore: notBefore ? scmIso(notBefore) : null,
    daysLeft: row.notAfter ? daysLeft(row.notAfter, now) : null,
    status: row.status,
    origin: row.origin,
  };
}

/** A status in a text table: its name in `lang`; one SCM adds later as SCM sends it; none as "-". */
export function statusText(lang: Lang, status: string | undefined): string {
  if (!status) return '-';
  return Object.hasOwn(STATUS, status) ? STATUS[status as keyof typeof STATUS][lang] : status;
}
