// An error code's canonical form, as a user types it (`scm explain 14`) or as a server sent it. Pure.

/**
 * Canonical form of an error code as users type it: SCM.0014, scm.0014, SCM0014, scm-0014, 0014 and 14 all
 * become SCM.0014; APIG.0301 and apigw0301 become APIGW.0301. Returns undefined for anything else.
 */
export function normalizeCode(input: string): string | undefined {
  const s = input.trim().toUpperCase();
  const digits = /^\d{1,4}$/.exec(s);
  if (digits) return `SCM.${s.padStart(4, '0')}`;
  const m = /^(SCM|APIGW|APIG)[.\-_ ]?(\d{1,4})$/.exec(s);
  if (!m) return undefined;
  const prefix = m[1] === 'SCM' ? 'SCM' : 'APIGW';
  return `${prefix}.${m[2]!.padStart(4, '0')}`;
}

/**
 * A code as a server sent it: a prefixed one normalised (`scm.14` is SCM.0014), anything else kept as sent. A
 * bare number there is not an SCM code (`{"error":{"code":"401"}}` from a gateway is an HTTP status), unlike
 * a number the user types to `scm explain`.
 */
export function serverCode(raw: string): string {
  const s = raw.trim();
  return /^\d+$/.test(s) ? s : (normalizeCode(s) ?? s);
}
