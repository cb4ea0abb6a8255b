// The Retry-After header read as RFC 9110 defines it, nothing looser: a wrong reading is an early retry.
/**
 * Retry-After as RFC 9110 §10.2.3 has it: delta-seconds (digits only) or an HTTP-date (IMF-fixdate, or the
 * obsolete RFC 850 and asctime forms, which recipients must accept). Two headers joined by a proxy arrive as
 * "120, 120": Date.parse reads that as a date in 2001 (a past date: retry at once), so each comma-separated
 * value is judged alone and the first valid one is taken. Undefined when absent or none is valid.
 * A date is measured against `answeredAt`, the answer's own Date header when it has one: both are the server's
 * clock, so a local clock hours off neither waits hours nor retries at once (RFC 9110 §10.2.3 has the date
 * compared with the Date header).
 */
export function parseRetryAfter(value: string | undefined, now: Date, answeredAt?: number): number | undefined {
  if (value === undefined) return undefined;
  // IMF-fixdate itself has a comma after the day name: rejoin "Sun," with what follows before judging.
  const parts = value.split(',').map((p) => p.trim());
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (/^\d+$/.test(part)) return Math.min(Number(part), DELTA_MAX) * 1000;
    const day = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*$/.exec(part);
    const date = day && i + 1 < parts.length ? httpDate(`${part}, ${parts[i + 1]}`, now) : httpDate(part, now);
    if (date !== undefined) return Math.max(0, date - (answeredAt ?? now.getTime()));
    if (day) i++;
  }
  return undefined;
}

/**
 * The longest delta-seconds taken: RFC 9111 §1.2.2 has a cache read a delta it cannot represent as 2^31. A
 * wait of 10^20 s is past any date (new Date() of it is invalid, and naming when to try again threw).
 */
const DELTA_MAX = 2 ** 31;

const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
const HTTP_DATE = [
  new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`), // IMF-fixdate
  new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`), // RFC 850
  new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`), // asctime
];

/** A Date header's time in milliseconds since the epoch (any of the RFC's three forms); undefined when it is none. */
export const parseHttpDate = (value: string | undefined, now: Date): number | undefined => (value === undefined ? undefined : httpDate(value.trim(), now));

/** An HTTP-date in milliseconds since the epoch; undefined for anything else (Date.parse takes far more). */
function httpDate(s: string, now: Date): number | undefined {
  let m = HTTP_DATE[0]!.exec(s);
  let f: [string, string, string, string, string, string] | undefined;
  if (m) f = [m[3]!, m[2]!, m[1]!, m[4]!, m[5]!, m[6]!];
  else if ((m = HTTP_DATE[1]!.exec(s))) {
    // Two-digit years: one more than 50 years ahead is in the past century (RFC 9110 §5.6.7).
    const yy = Number(m[3]);
    f = [String(yy + 100 * (yy > (now.getUTCFullYear() % 100) + 50 ? 19 : 20)), m[2]!, m[1]!, m[4]!, m[5]!, m[6]!];
  } else if ((m = HTTP_DATE[2]!.exec(s))) f = [m[6]!, m[1]!, m[2]!.trim(), m[3]!, m[4]!, m[5]!];
  if (!f) return undefined;
  const [y, mon, d, hh, mm, ss] = f;
  const month = 'JanFebMarAprMayJunJulAugSepOctNovDec'.indexOf(mon) / 3;
  const at = Date.UTC(Number(y), month, Number(d), Number(hh), Number(mm), Number(ss));
  // Date.UTC rolls 31 Feb over into March: a date that does not exist is no date.
  return new Date(at).getUTCDate() === Number(d) && Number(hh) < 24 && Number(mm) < 60 && Number(ss) < 61 ? at : undefined;
}
