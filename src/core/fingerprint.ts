// Fingerprints as scm compares them: lower-case hex without separators. One reading for upload's lookup, check and
// show, so that a fingerprint one of them accepts the others accept too. Pure.

/** "AB:CD:..." as Node and openssl print fingerprints, as SCM does (lower case, no separators). */
export const plainFingerprint = (f: string): string => f.replace(/[^0-9a-fA-F]/g, '').toLowerCase();

/**
 * ShowCertificate's `fingerprint` as lower-case hex (SHA-1 or SHA-256, any case, colons, spaces or dashes between),
 * or undefined when it gives none scm can compare: absent, empty, not a string, or not a digest of either length.
 */
export function shownFingerprint(v: unknown): string | undefined {
  if (typeof v !== 'string' || !/^[0-9a-fA-F:\s-]+$/.test(v.trim())) return undefined;
  const hex = plainFingerprint(v);
  return hex.length === 40 || hex.length === 64 ? hex : undefined;
}
