// What ListDeployedResources says about one certificate, as a decision: deployed somewhere (and where), not
// deployed, or unknown. A region SCM flags unreliable (is_error) proves nothing: a certificate with no
// resources found but such a region is "unknown", never "not deployed", and delete, prune and rotate keep it.
// Structural types: src/api's Deployment fits them, and core stays free of the API layer.
import { listOf, type Lang } from '../i18n.js';

export interface DeployedAt {
  service: string;
  /** IAM region id; "global" for CDN. */
  region: string;
  /** global or region (resource_location), when SCM says. */
  location?: string;
  resourceId: string;
  resourceName: string;
}

export interface DeploymentView {
  resources: readonly DeployedAt[];
  /** Service and region pairs SCM flagged unreliable (is_error). */
  unreliable: ReadonlyArray<{ service: string; region: string }>;
}

export type DeploymentState = 'deployed' | 'not-deployed' | 'unknown';

/** No answer at all (the id was not asked about) is unknown too. */
export function deploymentState(d: DeploymentView | undefined): DeploymentState {
  if (!d) return 'unknown';
  if (d.resources.length > 0) return 'deployed';
  return d.unreliable.length > 0 ? 'unknown' : 'not-deployed';
}

/** `ELB cn-north-4 (2), WAF cn-north-4, CDN`: service and region (none for global ones), a count when several;
 *  separated as `lang` separates a list. */
export function describePlaces(places: ReadonlyArray<{ service: string; region: string }>, lang: Lang = 'en'): string {
  const counts = new Map<string, number>();
  for (const p of places) {
    const key = p.region && p.region !== 'global' ? `${p.service} ${p.region}` : p.service;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return listOf(lang, [...counts].map(([key, n]) => (n > 1 ? `${key}${lang === 'zh' ? `（${n}）` : ` (${n})`}` : key)));
}

/** `deployedTo` and `deploymentUnknown` as every --json document shows them (show, delete, prune, rotate). */
export function deploymentJson(d: DeploymentView | undefined): { deployedTo: Array<Record<string, string>>; deploymentUnknown: Array<{ service: string; region: string }> } {
  return {
    deployedTo: (d?.resources ?? []).map((r) => ({ service: r.service, region: r.region, location: r.location || (r.region === 'global' ? 'global' : 'region'), resourceId: r.resourceId, resourceName: r.resourceName })),
    deploymentUnknown: (d?.unreliable ?? []).map((u) => ({ service: u.service, region: u.region })),
  };
}

/** Where a certificate is deployed, or for an unknown one the regions SCM could not count. */
export function whereOf(d: DeploymentView | undefined, lang: Lang = 'en'): string {
  if (!d) return '';
  return describePlaces(d.resources.length > 0 ? d.resources : d.unreliable, lang);
}
