// RFC 3986 percent-encoding and the canonical URI / query string of SDK-HMAC-SHA256 (scm-api-reference §5b).
// Pure: shared by the client (signing) and the emulator (verifying), so both sides canonicalise alike.

/** Keeps A-Z a-z 0-9 - _ . ~ and encodes every other UTF-8 byte as upper-case %XX (space is %20). */
export function rfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Decodes %XX sequences; a malformed sequence is left as written (the gateway would not decode it either). */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Canonical URI: each path segment decoded then re-encoded, joined by '/', always ending in '/'.
 * `/v3/scm/certificates/import` becomes `/v3/scm/certificates/import/` (only here; the real URL has no slash).
 */
export function canonicalUri(pathname: string): string {
  const path = pathname === '' ? '/' : pathname;
  const joined = path.split('/').map((segment) => rfc3986(safeDecode(segment))).join('/');
  return joined.endsWith('/') ? joined : `${joined}/`;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The query as sent: each name and value encoded per RFC 3986, so a space is `%20`. A `+` would be read back as
 * a plus by the gateway, which decodes `%XX` only (as the official signers do), and the signature would differ.
 */
export function queryString(params: ReadonlyArray<readonly [string, string]>): string {
  return params.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&');
}

/**
 * Canonical query: names and values encoded, sorted by name, several values of one name sorted by value,
 * `k=v` joined with '&'. `search` is the raw query (with or without its '?'), decoded as the gateway decodes
 * it: `%XX` only, so `+` stays a plus (URLSearchParams would make it a space).
 */
export function canonicalQuery(search: string): string {
  const params = search.replace(/^\?/, '').split('&').filter((p) => p !== '').map((p) => {
    const eq = p.indexOf('=');
    return eq < 0 ? [safeDecode(p), ''] : [safeDecode(p.slice(0, eq)), safeDecode(p.slice(eq + 1))];
  });
  const sorted = params
    .map(([k, v]) => ({ k: k!, v: v! }))
    .sort((a, b) => byCodeUnit(a.k, b.k) || byCodeUnit(a.v, b.v));
  return sorted.map(({ k, v }) => `${rfc3986(k)}=${rfc3986(v)}`).join('&');
}
