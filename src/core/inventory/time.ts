// SCM's times: printed without a zone (`2021-05-27 16:46:25.0`) and read as UTC+8, the service's zone, as
// other clients assume (lifecycle-research §1.2); written back for people and JSON as ISO 8601 with that
// zone, so that what scm shows can be compared with the console.

/** SCM's zone for times without one (expire_time, not_after): UTC+8. */
export const SCM_ZONE_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;

/** `2021-05-27 16:46:25.0` read as UTC+8; a time with its own zone as given, epoch milliseconds as such; undefined when unreadable. */
export function parseScmTime(value: unknown): Date | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value);
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/.exec(value.trim());
  if (m) {
    const ms = Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3));
    return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, ms) - SCM_ZONE_MS);
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
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
