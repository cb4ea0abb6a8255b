// The instant an ISO 8601 date or date-time names, read strictly: SCM_NOW sets the clock every expiry verdict
// is computed against, so a value that only looks like a date must be refused, not guessed.

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Epoch milliseconds, or NaN. Date.parse alone takes '2028-02-30' (as 1 March) and 'Jan 1 2030'. A time without
 * a zone is UTC, as a date alone is (Date.parse would read it in TZ: the verdict would follow the machine).
 */
export function isoInstant(value: string): number {
  const m = ISO_INSTANT.exec(value);
  if (!m) return Number.NaN;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return Number.NaN;
  return Date.parse(value.includes('T') && !/(Z|[+-]\d{2}:\d{2})$/.test(value) ? `${value}Z` : value);
}
