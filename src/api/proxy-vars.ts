// The proxy variables (HTTPS_PROXY, HTTP_PROXY, and their lower-case names), read as URLs before undici sees
// them: undici throws a bare "Invalid URL" from EnvHttpProxyAgent's constructor, which was a crash (exit 70).
// A value without a scheme (`proxy.corp:3128`, as curl, Go and pip take it) is read as http://proxy.corp:3128,
// which is what those tools do, and a path after the host is dropped, as curl drops it; anything else that is no http(s) URL with a host and a valid port is a
// ConfigError (exit 2) naming the variable, and its value too unless that holds a user name or password.
// NO_PROXY is matched in no-proxy.ts, loaded with undici only when a proxy is set. When both spellings of a
// variable are set, the lower-case one wins (PROXY_NAMES).
import { t, type Lang } from '../core/i18n.js';
import { proxyBasic } from '../core/proxy-basic.js';
import { ConfigError } from '../errors.js';
import { N } from './exchange-messages.js';

/**
 * The names of each variable, the one that wins first: lower case, as curl ("the lower case version has
 * precedence"), wget and undici's EnvHttpProxyAgent (`https_proxy ?? HTTPS_PROXY`) read them. A shell's
 * `https_proxy` set for this session over a system-wide HTTPS_PROXY must win here as it does for those.
 */
export const PROXY_NAMES = {
  https: ['https_proxy', 'HTTPS_PROXY'],
  http: ['http_proxy', 'HTTP_PROXY'],
  no: ['no_proxy', 'NO_PROXY'],
} as const;

export interface ProxyVar {
  /** The variable it came from, as set (HTTPS_PROXY or https_proxy ...). */
  name: string;
  /** The proxy URL as read (credentials in it, if any: shown only through redactUrl). */
  url: string;
  /** The URL undici is given: `url` without its user name and password. */
  bare: string;
  /** Proxy-Authorization made of the user name and password in it (core/proxy-basic.ts), if it holds any. */
  authorization?: string;
}

/**
 * The first of `names` set (non-empty) in `env`, with its name. Its credentials are decoded here, for this
 * variable alone (HTTPS_PROXY and HTTP_PROXY may name proxies with different ones); a part that does not decode
 * to UTF-8 text is a ConfigError naming the variable, never showing the value.
 */
export function proxyVar(env: Record<string, string | undefined>, names: readonly string[], lang: Lang): ProxyVar | undefined {
  const name = names.find((n) => env[n] !== undefined && env[n] !== '');
  if (name === undefined) return undefined;
  const url = proxyUrl(name, env[name]!, lang);
  const parsed = new URL(url);
  const basic = proxyBasic(parsed.username, parsed.password);
  if (basic && 'undecodable' in basic) {
    throw new ConfigError(t(lang, basic.undecodable === 'user' ? N.badProxyUser : N.badProxyPassword, { name }), { hint: t(lang, N.badProxyCodingHint) });
  }
  parsed.username = '';
  parsed.password = '';
  return { name, url, bare: parsed.href, ...(basic ? { authorization: basic.value } : {}) };
}

/** The proxy's host:port (its scheme's port when the URL gives none), never its credentials: what scm connects to. */
export function proxyHostPort(via: ProxyVar): string {
  const u = new URL(via.bare);
  return `${u.hostname}:${u.port || (u.protocol === 'https:' ? 443 : 80)}`;
}

/** `value` as the proxy URL it means, or a ConfigError naming `name`. */
export function proxyUrl(name: string, value: string, lang: Lang): string {
  const text = value.trim();
  // `host:port` has no `//`: WHATWG would read `proxy.corp:` as the scheme. Taken as http://, as curl does.
  const full = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  const hidden = /@/.test(text);
  const refuse = (message: string): never => {
    throw new ConfigError(message, { hint: t(lang, N.badProxyHint) });
  };
  let url: URL;
  try {
    url = new URL(full);
  } catch {
    return refuse(t(lang, hidden ? N.badProxyHidden : N.badProxy, { name, value: text }));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return refuse(hidden ? t(lang, N.badProxyHidden, { name }) : t(lang, N.badProxyScheme, { name, value: text, scheme: url.protocol.slice(0, -1) }));
  }
  if (url.hostname === '') return refuse(t(lang, hidden ? N.badProxyHidden : N.badProxy, { name, value: text }));
  // The user name and password stay as written: core/proxy-basic.ts reads them, once (a lone '%' as itself), and
  // undici is given the URL without them.
  // A path, query or fragment after the host (`http://proxy:3128/x`, a PAC-like `/?id=...`): curl ignores it and
  // uses the host; undici's ProxyAgent throws "invalid url", which was a crash (exit 70). Only the origin is used.
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    url.pathname = '/';
    url.search = '';
    url.hash = '';
    return url.href;
  }
  return full;
}
