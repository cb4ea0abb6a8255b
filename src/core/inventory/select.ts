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
}

export function selectRows<R extends CertRow>(rows: readonly R[], s: Selection, now: Date): R[] {
  let out = s.domain === undefined ? [...rows] : coveringRows(rows, s.domain);
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
