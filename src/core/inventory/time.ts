// SCM's times: printed without a zone (`2021-05-27 16:46:25.0`) and read as UTC+8, the service's zone, as
// other clients assume (lifecycle-research §1.2); written back for people and JSON as ISO 8601 with that
// zone, so that what scm shows can be compared with the console.

/** SCM's zone for times without one (expire_time, not_after): UTC+8. */
export const SCM_ZONE_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;

/**
 * SCM's form (`2021-05-27 16:46:25.0`, seconds optional), a bare date (`2027-03-01`, which a server may send for
 * expire_time or issue_time: the start of that day in UTC+8, so an expiry is never shown later than it may be),
 * or ISO 8601 with a zone (`Z`, `+02:00`, `+0200`). Nothing else: V8 reads other notations in the machine's own
 * zone (`2026/05/27 16:46`) or guesses.
 */
const TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?)?$/i;

/**
 * `2021-05-27 16:46:25.0` read as UTC+8; a time with its own zone as given, epoch milliseconds (13 digits, as a
 * number or a string) as such;
 * undefined when unreadable. A time that does not exist (2020-02-30, month 13, hour 25, second 60) is
 * unreadable, never rolled over into another day as Date does: its fields must be those of the time made.
 */
export function parseScmTime(value: unknown): Date | undefined {
  // A number as a string of digits is read: 13 digits of milliseconds, never seconds (1798761600 read as
  // milliseconds is January 1970, and the certificate would show as expired for 20,000 days).
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 1e12 && value < 1e13 ? new Date(value) : undefined;
  if (typeof value !== 'string') return undefined;
  // Epoch milliseconds as a string, as a JSON number is read above: the SDKs type these fields as strings, so a
  // service that sends epoch times sends them so. Thirteen digits only (2001-2286): never a guess at seconds.
  if (/^\d{13}$/.test(value.trim())) return new Date(Number(value.trim()));
  const m = TIME.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  const ms = Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const local = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  const fields = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()];
  if (fields.join() !== [y, mo, d, h, mi, s].join()) return undefined;
  if (m[8]) return local;
  if (!m[9]) return new Date(local.getTime() - SCM_ZONE_MS);
  const [zh, zm] = [Number(m[10]), Number(m[11])];
  if (zh > 23 || zm > 59) return undefined;
  return new Date(local.getTime() - (m[9] === '-' ? -1 : 1) * (zh * 60 + zm) * 60_000);
}

/** `2026-05-27T16:46:25+08:00`: ISO 8601 in SCM's zone, with the zone. */
export function scmIso(d: Date): string {
  return `${new Date(d.getTime() + SCM_ZONE_MS).toISOString().slice(0, 19)}+08:00`;
}

/** `2026-05-27 16:46` in SCM's zone (the table's EXPIRES column). */
export function scmShort(d: Date): string {
  return new Date(d.getTime() + SCM_ZONE_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** Whole days from `now` to `notAfter`, rounded down: 0 on the last day, negative once expired. */
export function daysLeft(notAfter: Date, now: Date): number {
  return Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS);
}
