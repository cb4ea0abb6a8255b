// Which hosts an endpoint may be: loopback (the only hosts plain http may talk to) and SCM's own API hosts. The
// endpoint setting itself (per site, or given as a URL) is read in config/endpoint.ts.
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
