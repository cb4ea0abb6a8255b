// What a CDN entry of ListDeployedResources is. SCM reports each resource as an id and a name only (SDK
// ResourceDetail), with no kind, and CDN holds two different things for a certificate: an acceleration domain
// serving it (what DeployCertificate's `domain_name` names, and the only CDN resource a rotation can move) and
// the copy a PushCertificate to CDN puts in CDN's certificate store ("CDN can only be pushed once", TF import
// doc), which is no domain. An entry is a domain when its name, else its id, is a host name; the copy is
// reported under the certificate's own SCM name (as the emulator does), so a name equal to it with an id that
// is no host name is the copy even when that name reads like a domain. A host name ends in a top-level label
// of letters (or an IDN `xn--` one): `example.com-20261128`, scm's default certificate name, is none. Pure.

/** A host name (`*.` allowed in front, one trailing dot allowed): labels of letters, digits and inner hyphens. */
export const isHostName = (s: string): boolean =>
  /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})\.?$/i.test(s);

export interface CdnEntry {
  resourceId: string;
  resourceName: string;
}

/**
 * The CDN domain an entry stands for (its name, else its id), or undefined when it is none: a copy pushed to
 * CDN's certificate store. `certName`: the SCM name of the certificate the entry was listed under, when known.
 */
export function cdnDomainOf(r: CdnEntry, certName?: string): string | undefined {
  if (certName !== undefined && r.resourceName === certName && !isHostName(r.resourceId)) return undefined;
  if (isHostName(r.resourceName)) return r.resourceName;
  return isHostName(r.resourceId) ? r.resourceId : undefined;
}

/** A CDN entry that is no domain: the certificate's copy in CDN's certificate store (a push made it). */
export const isCdnCopy = (r: CdnEntry & { service: string }, certName?: string): boolean =>
  r.service.toUpperCase() === 'CDN' && cdnDomainOf(r, certName) === undefined;

/** Every resource SCM lists is a CDN copy (and there is at least one): "pushed to CDN", not "deployed". */
export const onlyCdnCopies = (resources: ReadonlyArray<CdnEntry & { service: string }>): boolean =>
  resources.length > 0 && resources.every((r) => isCdnCopy(r));
