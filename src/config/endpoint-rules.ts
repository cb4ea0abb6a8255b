// Where requests go when a config file sets the endpoint. The contract's order stays (--endpoint >
// SCM_ENDPOINT > config file > the site of --region), with two rules on top:
// - A file found by searching (a `.scmrc` that came with a cloned repository: git wrote it, so it belongs to the
//   user and passes every trust check) may name only SCM's own API host (scm.REGION.myhuaweicloud.com ...,
//   not any host under the domain: users name their own OBS buckets there) or this machine. The credentials
//   come from the environment or the user's own file, and the body of an import carries a private key: a
//   found file must not be able to send them elsewhere. A file the user named, the user file, --endpoint and
//   SCM_ENDPOINT are the user's choice and may name any host.
// - A region the user gave (--region, SCM_REGION) that a file's endpoint overrides is said on stderr, unless
//   the endpoint's host names that same region; so is --region beside SCM_ENDPOINT or --endpoint.
import { hostNamesRegion, HUAWEI_CLOUD_API_DOMAINS, isHuaweiCloudHost, isLoopback } from '../api/endpoints.js';
import { t, type Lang } from '../core/i18n.js';
import { ConfigError } from '../errors.js';
import { M } from './messages.js';
import type { Source } from './sources.js';

const DOMAINS = [...HUAWEI_CLOUD_API_DOMAINS.map((d) => `scm.REGION.${d}`), 'ccm.myhuaweicloud.com'].join(', ');

/** Refuses (exit 2, before anything is sent) an endpoint from a found file that is neither Huawei Cloud nor loopback. */
export function checkFoundEndpoint(url: URL, source: Source, lang: Lang): void {
  if (source.kind !== 'file' || source.layer !== 'project') return;
  if (isHuaweiCloudHost(url.hostname) || isLoopback(url.hostname)) return;
  throw new ConfigError(t(lang, M.foundEndpointRefused, { host: url.host, path: source.path, domains: DOMAINS }), {
    hint: t(lang, M.foundEndpointHint, { path: source.path }),
  });
}

/**
 * The warning when --region or SCM_REGION loses to a config file's endpoint on a host of another region, or
 * --region to SCM_ENDPOINT (a variable set long ago in a shell or a CI job; both from the environment were set
 * together on purpose, and are not warned about), or --region to --endpoint on the same command line (the user
 * may think --region picks where a push goes). SCM_REGION under --endpoint is the flag's ordinary precedence.
 */
export function regionOverridden(url: URL, endpointSource: Source, region: string, regionSource: Source | undefined, lang: Lang): string | undefined {
  if (regionSource?.kind !== 'flag' && regionSource?.kind !== 'env') return undefined;
  if (hostNamesRegion(url.hostname, region)) return undefined;
  if (endpointSource.kind === 'flag' && regionSource.kind === 'flag') return t(lang, M.regionOverriddenByFlag, { region, host: url.host });
  if (endpointSource.kind === 'env' && regionSource.kind === 'flag') return t(lang, M.regionOverriddenByEnv, { region, regionFrom: regionSource.name, host: url.host, name: endpointSource.name });
  if (endpointSource.kind !== 'file') return undefined;
  return t(lang, M.regionOverridden, { region, regionFrom: regionSource.name, host: url.host, path: endpointSource.path, key: endpointSource.key });
}
