// What ListDeployedResources says about one certificate, as a decision: deployed somewhere (and where), not
// deployed, or unknown. Only an answer that accounts for everything proves "not deployed": a region SCM flags
// unreliable (is_error), resources SCM counts (total_num, resource_num) but does not list, an id missing
// from the answer, and a result with neither total_num nor deployed_resources all prove nothing, so such a certificate is "unknown" and delete, prune and rotate keep it.
// Structural types: src/api's Deployment fits them, and core stays free of the API layer.
import { listOf, plural, t, type Lang } from '../i18n.js';
import { R } from './messages.js';

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
  /** Resources SCM counts but did not list, by service; 'ALL' when only total_num counts them. */
  unlisted?: ReadonlyArray<{ service: string; count: number }>;
  /** The answer had no result for this certificate: nothing is known about it. */
  unanswered?: boolean;
  /** With `unanswered`: the result named it but gave neither a count nor a list (every field is optional). */
  silent?: boolean;
}

export type DeploymentState = 'deployed' | 'not-deployed' | 'unknown';

/** No answer at all (the id was not asked about, SCM left it out, or its result said nothing) is unknown too;
 *  a resource listed anywhere (another result for the same id among them) makes it deployed. */
export function deploymentState(d: DeploymentView | undefined): DeploymentState {
  if (d && d.resources.length > 0) return 'deployed';
  if (!d || d.unanswered) return 'unknown';
  return d.unreliable.length > 0 || (d.unlisted ?? []).length > 0 ? 'unknown' : 'not-deployed';
}

/**
 * Whether SCM left `service` (in `region`; any region for CDN) unaccounted for, so that finding nothing
 * there proves nothing: no answer, a region flagged is_error, or resources of that service counted, not listed.
 */
export function unsaidAt(d: DeploymentView | undefined, service: string, region: string): boolean {
  return unsaidHow(d, service, region) !== undefined;
}

/** Why SCM left `service` in `region` unsaid (see unsaidAt), the first that applies; undefined when it did not. */
export type Unsaid =
  | { kind: 'unanswered' | 'silent' }
  | { kind: 'unreliable' }
  | { kind: 'unlisted'; unlisted: ReadonlyArray<{ service: string; count: number }> };

export function unsaidHow(d: DeploymentView | undefined, service: string, region: string): Unsaid | undefined {
  if (!d || d.unanswered) return { kind: d?.silent ? 'silent' : 'unanswered' };
  if (d.unreliable.some(atPlace(service, region))) return { kind: 'unreliable' };
  const s = service.toUpperCase();
  const unlisted = (d.unlisted ?? []).filter((u) => u.service.toUpperCase() === s || u.service.toUpperCase() === 'ALL');
  return unlisted.length > 0 ? { kind: 'unlisted', unlisted } : undefined;
}

/** Is an entry of the answer at `service` in `region`? CDN is global: any region of it is the place. */
export function atPlace(service: string, region: string): (e: { service: string; region: string }) => boolean {
  const s = service.toUpperCase();
  const r = region.toLowerCase();
  return (e) => e.service.toUpperCase() === s && (s === 'CDN' || e.region.toLowerCase() === r);
}

/** `ELB cn-north-4 (2), WAF cn-north-4, CDN`: service and region (none for global ones), a count when several;
 *  separated as `lang` separates a list. */
export function describePlaces(places: ReadonlyArray<{ service: string; region: string }>, lang: Lang = 'en'): string {
  const counts = new Map<string, number>();
  for (const p of places) {
    const key = p.region && p.region !== 'global' && p.region !== '*' ? `${p.service} ${p.region}` : p.service;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return listOf(lang, [...counts].map(([key, n]) => (n > 1 ? `${key}${lang === 'zh' ? `（${n}）` : ` (${n})`}` : key)));
}

/** One entry of `deploymentUnknown`: `region` "*" and `count` for resources SCM counts but does not list;
 *  `{"service":"ALL","region":"*"}` for a certificate SCM's answer left out. */
export interface UnknownJson {
  service: string;
  region: string;
  count?: number;
}

/** `deployedTo` and `deploymentUnknown` as every --json document shows them (show, delete, prune, rotate). */
export function deploymentJson(d: DeploymentView | undefined): { deployedTo: Array<Record<string, string>>; deploymentUnknown: UnknownJson[] } {
  return {
    deployedTo: (d?.resources ?? []).map((r) => ({ service: r.service, region: r.region, location: r.location || (r.region === 'global' ? 'global' : 'region'), resourceId: r.resourceId, resourceName: r.resourceName })),
    deploymentUnknown: unknownJson(d),
  };
}

export function unknownJson(d: DeploymentView | undefined): UnknownJson[] {
  if (!d) return [];
  return [
    ...(d.unanswered ? [{ service: 'ALL', region: '*' }] : []),
    ...d.unreliable.map((u) => ({ service: u.service, region: u.region })),
    ...(d.unlisted ?? []).map((u) => ({ service: u.service, region: '*', count: u.count })),
  ];
}

/** Where a certificate is deployed, or for an unknown one the regions SCM could not count. */
export function whereOf(d: DeploymentView | undefined, lang: Lang = 'en'): string {
  if (!d) return '';
  return describePlaces(d.resources.length > 0 ? d.resources : d.unreliable, lang);
}

/**
 * Why SCM's answer proves nothing, as one clause per gap (is_error regions, resources counted but not listed,
 * no result at all); '' when the answer accounts for everything (or there is no answer to judge).
 */
export function unknownWhy(d: DeploymentView | undefined, lang: Lang = 'en'): string {
  if (!d) return '';
  if (d.unanswered) return t(lang, d.silent ? R.silent : R.unanswered);
  const parts: string[] = [];
  if ((d.unlisted ?? []).length > 0) parts.push(t(lang, R.unlisted, { what: unlistedText(d.unlisted!, lang) }));
  if (d.unreliable.length > 0) parts.push(t(lang, R.unreliable, { where: describePlaces(d.unreliable, lang) }));
  return parts.join(lang === 'zh' ? '；' : '; ');
}

/** `3 ELB resources, 1 WAF resource` / `3 个 ELB 资源、1 个 WAF 资源` ('ALL': resources of any service). */
export function unlistedText(unlisted: ReadonlyArray<{ service: string; count: number }>, lang: Lang): string {
  return listOf(lang, unlisted.map((u) => {
    const all = u.service.toUpperCase() === 'ALL';
    if (lang === 'zh') return `${u.count} 个${all ? '' : ` ${u.service} `}资源`;
    return plural(u.count, all ? 'resource' : `${u.service} resource`);
  }));
}
