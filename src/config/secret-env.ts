// The environment variables that hold secrets, in one place: credentials.ts reads them, and cli.ts hides their
// values from every output from the first line written (before any config file is read).

import { MIN_SECRET } from '../core/hide.js';
import { decodeProxyPart } from '../core/proxy-basic.js';

export const SECRET_ENV = {
  authToken: ['SCM_AUTH_TOKEN'],
  sk: ['HUAWEICLOUD_SDK_SK', 'HW_SECRET_KEY'],
  securityToken: ['HUAWEICLOUD_SDK_SECURITY_TOKEN', 'HW_SECURITY_TOKEN'],
} as const;

/** Other variables whose values are secret: the PKCS#12 password. */
const OTHER_SECRETS = ['SCM_PFX_PASSWORD'];

/** The variables of an access key id: not a secret (shown in Authorization as `Access=AK`), unless it is not one. */
export const AK_ENV = ['HUAWEICLOUD_SDK_AK', 'HW_ACCESS_KEY'] as const;

/**
 * Does `value` look like an access key id (upper-case letters and digits, 20 of them at Huawei Cloud)? An "AK"
 * that does not is most likely the SK, the two swapped: it is then hidden like an SK everywhere, since
 * --debug and --dry-run print the AK in full (`Access=…`).
 */
export const looksLikeAccessKey = (value: string): boolean => /^[A-Z0-9]{1,64}$/.test(value.trim());

/** The proxy variables, every spelling (api/proxy-vars.ts picks the one used; a password in any is a secret). */
const PROXY_ENV = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/** A part as Proxy-Authorization carries it (a lone '%' as itself); as written when it is no UTF-8 (then refused). */
const decoded = (s: string): string => decodeProxyPart(s) ?? s;

/**
 * The password in a proxy URL (`http://user:pass@host:3128`, with or without the scheme), or its user name when it
 * has no password (`http://TOKEN@host`, a token as the user name), in the forms a proxy's
 * answer can quote it: as written (percent-encoded), decoded, and the `Basic` credentials undici sends in
 * Proxy-Authorization (base64 of the decoded `user:pass`). A value no URL parser takes (an unencoded `#` in the
 * password, which api/proxy-vars.ts refuses without quoting it) is read up to its last `@`.
 */
export function proxyPasswords(value: string): string[] {
  const text = value.trim();
  let user: string;
  let pass: string;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
    [user, pass] = [url.username, url.password];
  } catch {
    const rest = text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const userinfo = rest.includes('@') ? rest.replace(/@[^@]*$/, '') : undefined;
    const colon = userinfo?.indexOf(':') ?? -1;
    [user, pass] = userinfo === undefined ? ['', ''] : colon < 0 ? [userinfo, ''] : [userinfo.slice(0, colon), userinfo.slice(colon + 1)];
  }
  // A user name alone (`http://TOKEN@proxy`, `http://TOKEN:@proxy`) is the credential of a token-authenticated
  // proxy: a secret as a password is, unless too short to be one (MIN_SECRET, as hider() judges any value).
  const secret = pass !== '' ? pass : decoded(user).length >= MIN_SECRET ? user : '';
  if (secret === '') return [];
  return [secret, decoded(secret), Buffer.from(`${decoded(user)}:${decoded(pass)}`).toString('base64')];
}

/**
 * The non-empty values of those variables in `env`, an AK variable's value that is no access key id, and the
 * password of every proxy variable (a refusing proxy's page can echo it, and a server the URL that carried it).
 */
export function envSecrets(env: Record<string, string | undefined>): string[] {
  const secret = [...Object.values(SECRET_ENV).flat(), ...OTHER_SECRETS].map((n) => env[n]?.trim() ?? '');
  const akLike = AK_ENV.map((n) => env[n]?.trim() ?? '').filter((v) => !looksLikeAccessKey(v));
  const proxy = PROXY_ENV.flatMap((n) => (env[n] ? proxyPasswords(env[n]) : []));
  return [...new Set([...secret, ...akLike, ...proxy])].filter((v) => v !== '');
}
