// SCM endpoints per site (scm-api-reference §1) and the rule that plain http is for loopback only.
import { t, type Lang } from '../core/i18n.js';
import { UsageError } from '../errors.js';
import { EP } from './messages.js';

export const DEFAULT_REGION = 'cn-north-4';

/** One SCM endpoint per site; SCM is a global service, so the region picks the site, not a data centre. */
export const SITE_ENDPOINTS: Readonly<Record<string, string>> = {
  'cn-north-4': 'https://scm.cn-north-4.myhuaweicloud.com',
  'ap-southeast-1': 'https://scm.ap-southeast-1.myhuaweicloud.com',
  'my-kualalumpur-1': 'https://scm.my-kualalumpur-1.myhuaweicloud.com',
  'eu-west-101': 'https://scm.eu-west-101.myhuaweicloud.eu',
};

export function endpointForRegion(region: string): URL {
  const url = SITE_ENDPOINTS[region];
  if (!url) {
    throw new UsageError(`unknown SCM region '${region}'`, {
      hint: `SCM has one endpoint per site: ${Object.keys(SITE_ENDPOINTS).join(', ')} (CN-Hong Kong and other international regions use ap-southeast-1); or give --endpoint URL`,
    });
  }
  return new URL(url);
}

/** 127.0.0.0/8, ::1 and localhost: the only hosts plain http may talk to (a local emulator). */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Parses and checks an endpoint given by flag, environment or config (`from` names which, for messages). A
 * host without a scheme means https, except on loopback: a local emulator speaks plain http, and guessing
 * https there ends in a TLS handshake answered by HTTP. So `127.0.0.1:8443` is a usage error naming both.
 */
export function parseEndpoint(value: string, from: string, lang: Lang = 'en'): URL {
  let url: URL;
  const schemeless = !/^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim());
  if (schemeless) {
    const host = /^\[?([^\]/:]+|[0-9a-f:]+)\]?/i.exec(value.trim())?.[1] ?? '';
    if (isLoopback(host)) throw new UsageError(t(lang, EP.noScheme, { from, value }), { hint: t(lang, EP.noSchemeHint, { value: value.trim() }) });
  }
  try {
    url = new URL(schemeless ? `https://${value.trim()}` : value.trim());
  } catch {
    throw new UsageError(`${from}: '${value}' is not a URL`, { hint: 'give a URL such as https://scm.cn-north-4.myhuaweicloud.com' });
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new UsageError(`${from}: plain http is accepted only for loopback hosts (a local emulator), not ${url.hostname}`, {
      hint: `use https://${url.host}${url.pathname === '/' ? '' : url.pathname}`,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${from}: '${url.protocol}' is not http or https`);
  if (url.username || url.password) throw new UsageError(`${from}: credentials in the URL are not accepted; use HUAWEICLOUD_SDK_AK/SK or SCM_AUTH_TOKEN`);
  if (url.search || url.hash) throw new UsageError(`${from}: the endpoint must not carry a query or fragment`);
  // A base path is kept ("https://gw.example.com/scm"); API paths are appended to it.
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}
