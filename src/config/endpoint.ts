// The endpoint setting: SCM's endpoint per site (scm-api-reference §1) for a region, or a URL given by flag,
// environment or config file, checked (plain http for loopback only, no credentials, no API path). Settings'
// work (config/index.ts), with its messages in config/messages.ts: the API's 50 kB of messages stay with the client.
import { isLoopback } from '../api/endpoints.js';
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
