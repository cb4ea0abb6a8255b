// Choosing and ordering certificates: which names cover a host (as a TLS client matches them: `*.d` covers
// one label under d, never d itself), which expire within a window, and the orders `scm list` offers.
// `rotate` asks the same question as `list --domain` and `prune`: coveringRows(rows, d).
import { covers, hostForm } from '../validate/domains.js';
import type { CertRow } from './rows.js';
import { DAY_MS } from './time.js';

/** Does one of the row's names cover `host` (wildcard-aware; `*.example.com` does not cover example.com)? */
export function rowCovers(row: CertRow, host: string): boolean {
  const h = hostForm(host);
  return row.names.some((name) => covers(name, h));
}

/** The rows whose names cover `host`, in the order given. */
export function coveringRows<R extends CertRow>(rows: readonly R[], host: string): R[] {
  return rows.filter((r) => rowCovers(r, host));
}

/** Expired (notAfter passed), expiring (within `days`), ok, or unknown (SCM gave no expiry). */
export type ExpiryClass = 'expired' | 'expiring' | 'ok' | 'unknown';

export function expiryClass(row: CertRow, now: Date, days: number): ExpiryClass {
  if (!row.notAfter) return 'unknown';
  const t = row.notAfter.getTime();
  if (t < now.getTime()) return 'expired';
  return t <= now.getTime() + days * DAY_MS ? 'expiring' : 'ok';
}

export interface Selection {
  /** Keep the rows whose names cover this host. */
  domain?: string;
  /**
   * Keep the rows that expire within this many days, expired ones included, and those whose expiry SCM did not
   * give or scm could not read: a monitor must not take a certificate it cannot judge for one that is fine.
   */
  expiringDays?: number;
  /**
   * Keep the rows of this ListCertificates status (ALL: every row). SCM is asked for it too; this holds when a
   * server ignores or widens the filter. Only a row whose own fields say it is not of the status goes.
   */
  status?: string;
}

/**
 * Could the row be of `status` as SCM's filter means it? Its own status, whatever its case; UPLOAD is any
 * imported one (SCM may report an expired imported one as EXPIRED: rows.ts originOf); EXPIRED is also one whose
 * expiry has passed (SCM may still name its former status). A row without a status cannot be judged: kept.
 */
export function ofStatus(row: CertRow, status: string, now: Date): boolean {
  const want = status.toUpperCase();
  const own = row.status.trim().toUpperCase();
  if (want === 'ALL' || own === '' || own === want) return true;
  if (want === 'UPLOAD') return row.origin === 'imported';
  return want === 'EXPIRED' && row.notAfter !== undefined && row.notAfter.getTime() < now.getTime();
}

export function selectRows<R extends CertRow>(rows: readonly R[], s: Selection, now: Date): R[] {
  let out = s.domain === undefined ? [...rows] : coveringRows(rows, s.domain);
  if (s.status !== undefined) {
    const status = s.status;
    out = out.filter((r) => ofStatus(r, status, now));
  }
  if (s.expiringDays !== undefined) {
    const days = s.expiringDays;
    out = out.filter((r) => expiryClass(r, now, days) !== 'ok');
  }
  return out;
}

/**
 * `updated` is SCM's own order: rows carry no update time, so the list is requested sorted by certUpdateTime
 * in the direction wanted, and kept as it came.
 */
export type SortKey = 'expiry' | 'updated' | 'status';

/**
 * Sorted by `key`, descending unless `asc` (the API's default direction). Stable: ties keep SCM's order.
 * Rows without an expiry go last whichever the direction.
 */
export function sortRows<R extends CertRow>(rows: readonly R[], key: SortKey, asc: boolean): R[] {
  const dir = asc ? 1 : -1;
  const indexed = rows.map((row, i) => ({ row, i }));
  if (key === 'updated') return [...rows];
  indexed.sort((a, b) => {
    if (key === 'expiry') {
      const x = a.row.notAfter?.getTime();
      const y = b.row.notAfter?.getTime();
      if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || a.i - b.i;
      return dir * (x - y) || a.i - b.i;
    }
    return dir * a.row.status.localeCompare(b.row.status) || a.i - b.i;
  });
  return indexed.map((x) => x.row);
}

/**
 * `list --expiring DAYS` past the offset cap: the list was read from both ends of SCM's expiry order (`asc`
 * soonest first, `desc` latest first, each as far as the cap lets a read go). Every certificate that expires
 * within the window was read when the soonest-first read went past the window, and SCM's order is proved by
 * what was read (each read in order, by expiry). Certificates without an expiry (kept by --expiring) sort at
 * one end: read from the soonest end when they come first, and from the latest end only if that read reached
 * a dated certificate after them. Anything else is unproved: false, and the listing stays incomplete.
 */
export function windowRead(asc: readonly CertRow[], desc: readonly CertRow[], now: Date, days: number): boolean {
  const ordered = (rows: readonly CertRow[], dir: 1 | -1): boolean => {
    const times = rows.flatMap((r) => (r.notAfter ? [r.notAfter.getTime()] : []));
    return times.every((t, i) => i === 0 || dir * (t - times[i - 1]!) >= 0);
  };
  if (!ordered(asc, 1) || !ordered(desc, -1)) return false;
  // Undated ones anywhere but at an end of a read: not an order scm can reason about.
  const atEnds = (rows: readonly CertRow[]): boolean => {
    const firstDated = rows.findIndex((r) => r.notAfter);
    return firstDated < 0 || rows.slice(firstDated).every((r) => r.notAfter);
  };
  if (!atEnds(asc) || !atEnds(desc)) return false;
  const past = asc.some((r) => expiryClass(r, now, days) === 'ok');
  return past && (desc.length === 0 || desc.some((r) => r.notAfter));
}
