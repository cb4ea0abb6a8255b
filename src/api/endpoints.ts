// SCM endpoints per site (scm-api-reference §1) and the rule that plain http is for loopback only.
import { listOf, t, type Lang } from '../core/i18n.js';
import { SIMILAR } from '../core/messages.js';
import { nearest } from '../core/similar.js';
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

/** `from`: where the region came from when the user may not see it in the command ("region in /x/.scmrc"). */
export function endpointForRegion(region: string, lang: Lang = 'en', from?: string): URL {
  const url = SITE_ENDPOINTS[region];
  if (!url) {
    const sites = Object.keys(SITE_ENDPOINTS);
    // A typo of a site (cn-nort-4), else of any region: a WAF region given as the SCM site is not a typo.
    const [near] = nearest(region.toLowerCase(), sites, 1);
    const facts = { region, suggest: near ? t(lang, SIMILAR.didYouMean, { names: near }) : '' };
    throw new UsageError(from === undefined ? t(lang, EP.unknownRegion, facts) : t(lang, EP.unknownRegionFrom, { ...facts, from }), {
      hint: t(lang, EP.unknownRegionHint, { sites: listOf(lang, sites) }),
    });
  }
  return new URL(url);
}

/**
 * 127.0.0.0/8, ::1 and localhost: the only hosts plain http may talk to (a local emulator), and the only ones
 * besides SCM's a found config file may name. Not a name under .localhost: Node asks DNS for it like any other
 * name, and the answer may point off the machine.
 */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  // Also 127.0.0.0/8 mapped into IPv6 (URL writes [::ffff:127.0.0.1] as [::ffff:7f00:1]).
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(h);
}

/**
 * The domains under which Huawei Cloud serves its APIs, as the official SDKs' region tables name them (SCM:
 * scm.<region>.myhuaweicloud.com, scm.eu-west-101.myhuaweicloud.eu; CCM: ccm.myhuaweicloud.com; other
 * services' tables also use myhuaweicloud.cn). An endpoint read from a config file found by searching must
 * be under one of these (or loopback): such a file came with a clone, not from the user.
 */
export const HUAWEI_CLOUD_API_DOMAINS = ['myhuaweicloud.com', 'myhuaweicloud.eu', 'myhuaweicloud.cn'] as const;

/**
 * SCM's own API host under one of HUAWEI_CLOUD_API_DOMAINS: `scm.<region>.<domain>`, `ccm.<domain>` or
 * `ccm.<region>.<domain>`. Any host under the domain is not enough: users make their own there (an OBS bucket
 * is `<bucket>.obs.<region>.myhuaweicloud.com`, and a bucket may be named scm), and
 * `scm.x.myhuaweicloud.com.evil.example` is not under it at all.
 */
const SCM_API_HOST = new RegExp(`^(?:scm\\.[a-z]{2,}-[a-z]+-\\d+|ccm(?:\\.[a-z]{2,}-[a-z]+-\\d+)?)\\.(?:${HUAWEI_CLOUD_API_DOMAINS.map((d) => d.replace(/\./g, '\\.')).join('|')})$`);

export function isHuaweiCloudHost(hostname: string): boolean {
  return SCM_API_HOST.test(hostname.toLowerCase().replace(/\.$/, ''));
}

/** Whether a host names this region as one of its labels (scm.eu-west-101.myhuaweicloud.eu names eu-west-101). */
export const hostNamesRegion = (hostname: string, region: string): boolean =>
  hostname.toLowerCase().replace(/\.$/, '').split('.').includes(region.toLowerCase());

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
    throw new UsageError(t(lang, EP.notUrl, { from, value }), { hint: t(lang, EP.notUrlHint) });
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new UsageError(t(lang, EP.plainHttp, { from, host: url.hostname }), { hint: t(lang, EP.useHttps, { url: `https://${url.host}${url.pathname === '/' ? '' : url.pathname}` }) });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(t(lang, EP.badProtocol, { from, protocol: url.protocol }));
  if (url.username || url.password) throw new UsageError(t(lang, EP.credentialsInUrl, { from }));
  if (url.search || url.hash) throw new UsageError(t(lang, EP.queryInUrl, { from }));
  // A base path is kept ("https://gw.example.com/scm"); API paths are appended to it.
  url.pathname = url.pathname.replace(/\/+$/, '');
  // scm appends /v3/scm/...: an endpoint that already ends in the API's own path (copied from a request URL
  // in the docs) would send /v3/v3/scm/... and meet a 404 that reads like a missing API.
  const api = /\/v3(\/scm(\/.*)?)?$/i.exec(url.pathname);
  if (api) throw new UsageError(t(lang, EP.apiPathInUrl, { from, path: url.pathname.slice(api.index) }), { hint: t(lang, EP.useUrl, { url: `${url.protocol}//${url.host}${url.pathname.slice(0, api.index)}` }) });
  return url;
}
