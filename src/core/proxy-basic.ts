// The Proxy-Authorization value a proxy URL's user name and password make (`http://USER:PASSWORD@HOST:PORT`):
// `Basic ` and base64 of `user:password`, each part percent-decoded on its own as UTF-8, as curl sends it.
// Built here rather than left to undici, which sent nothing unless both parts were non-empty (`http://:TOKEN@proxy`,
// a token as the password alone, or a user name without a password) and threw a bare URIError from
// decodeURIComponent on percent-encoded bytes that are no UTF-8 (`%C3%28`), a crash. Such a part is said here
// (`undecodable`) for the caller to refuse with a message naming its variable; its value is never repeated.

export type ProxyBasic = { value: string } | { undecodable: 'user' | 'password' };

/** A '%' not followed by two hex digits can only mean itself (as curl reads it): decoded as one. */
const LONE = /%(?![0-9a-f]{2})/gi;

/**
 * A proxy URL's user name or password as sent: percent-decoded as UTF-8, a lone '%' kept as itself; undefined
 * when the bytes are no UTF-8. The one reading of them: what is sent (proxyBasic) and what is hidden from output
 * (envSecrets, in config/) must be the same text.
 */
export function decodeProxyPart(part: string): string | undefined {
  try {
    return decodeURIComponent(part.replace(LONE, '%25'));
  } catch {
    return undefined;
  }
}

/**
 * The Basic credentials of a proxy URL's `username` and `password` (as URL gives them, percent-encoded), or
 * undefined when both are empty (nothing to send).
 */
export function proxyBasic(username: string, password: string): ProxyBasic | undefined {
  if (username === '' && password === '') return undefined;
  const user = decodeProxyPart(username);
  if (user === undefined) return { undecodable: 'user' };
  const pass = decodeProxyPart(password);
  if (pass === undefined) return { undecodable: 'password' };
  return { value: `Basic ${Buffer.from(`${user}:${pass}`, 'utf8').toString('base64')}` };
}
