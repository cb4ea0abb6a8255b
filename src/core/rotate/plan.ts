// The rotation plan: where the old certificates are deployed (ListDeployedResources, asked once before),
// turned into what `scm rotate` will do with each resource: move it to the new certificate (a DeployCertificate
// target, grouped by service and region in batches of 20), leave it (already on the new one), or leave it
// because DeployCertificate cannot reach its service. What SCM leaves unsaid (regions flagged is_error,
// resources counted but not listed, an id left out) is listed: the old certificate may be in use there. Pure.
import { unknownJson, type DeploymentView } from '../inventory/deployment.js';
import { batchTargets, DEPLOY_SERVICES, targetKey, targetOf, type DeployBatch, type DeployService, type DeployTarget, type WafExtras } from '../deploy/targets.js';

/** A resource as ListDeployedResources reports it, and the certificate it uses. */
export interface RotationResource {
  /** Upper case: CDN, WAF, ELB (or a service scm cannot deploy to, such as OSB). */
  service: string;
  /** IAM region id; 'global' for CDN. */
  region: string;
  resourceId: string;
  resourceName: string;
  /** The certificate it uses before the rotation. */
  from: string;
}

/** A place SCM left unsaid for an old certificate: a region flagged is_error; region '*' with `count` for
 *  resources counted but not listed; service 'ALL', region '*' when its answer left the id out. */
export interface UnknownRegion {
  certificateId: string;
  service: string;
  region: string;
  count?: number;
  /** The ListDeployedResources that was to say it failed (service ALL, region "*"). */
  lookupFailed?: boolean;
  /** SCM's answer named the id, with neither a count nor a list (service ALL, region "*"): not "left out". */
  silent?: boolean;
}

/** The places SCM left unsaid for `id` (the same entries as deploymentUnknown); no answer at all: ALL, "*". */
export function unknownOf(id: string, d: DeploymentView | undefined): UnknownRegion[] {
  if (!d) return [{ certificateId: id, service: 'ALL', region: '*' }];
  return unknownJson(d).map((u) => ({
    certificateId: id, service: u.service.toUpperCase(), region: u.region,
    ...(u.count !== undefined ? { count: u.count } : {}),
    ...(d.silent && u.service === 'ALL' && u.region === '*' ? { silent: true } : {}),
  }));
}

export interface Move {
  resource: RotationResource;
  target: DeployTarget;
}

export interface RotationPlan {
  /** Undefined while the new certificate is not in SCM yet (it will be uploaded). */
  newId?: string;
  oldIds: string[];
  move: Move[];
  unchanged: RotationResource[];
  unsupported: RotationResource[];
  unknown: UnknownRegion[];
  batches: DeployBatch[];
}

export interface RotationInput {
  newId?: string;
  oldIds: readonly string[];
  /** ListDeployedResources of the old ids (and of the new id, when it is in SCM). */
  before: ReadonlyMap<string, DeploymentView>;
  extras?: WafExtras;
}

const looksLikeDomain = (s: string): boolean => /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\.?$/i.test(s);

/** What DeployCertificate calls a CDN resource: its domain name, which SCM may report as the id or the name. */
export const cdnDomainOf = (r: { resourceId: string; resourceName: string }): string =>
  looksLikeDomain(r.resourceName) ? r.resourceName : r.resourceId;

/** The deployment target that puts a certificate on `r`: for ELB and WAF the project is the region itself. */
export function targetFor(r: RotationResource, extras: WafExtras = {}): DeployTarget | undefined {
  const service = r.service.toUpperCase();
  if (!(DEPLOY_SERVICES as readonly string[]).includes(service)) return undefined;
  const s = service as DeployService;
  return s === 'CDN' ? targetOf(s, '', 'global', cdnDomainOf(r)) : targetOf(s, r.region, r.region, r.resourceId, extras);
}

/** Sorted by service, region, then resource, so that plans and results read the same every time. */
const byPlace = (a: RotationResource, b: RotationResource): number =>
  a.service.localeCompare(b.service) || a.region.localeCompare(b.region) || a.resourceName.localeCompare(b.resourceName) || a.resourceId.localeCompare(b.resourceId);

function resourcesOf(id: string, d: DeploymentView | undefined): RotationResource[] {
  return (d?.resources ?? []).map((r) => ({ service: r.service.toUpperCase(), region: r.region, resourceId: r.resourceId, resourceName: r.resourceName, from: id }));
}

export function planRotation(input: RotationInput): RotationPlan {
  const oldIds = [...new Set(input.oldIds)].filter((id) => id !== input.newId);
  const unchanged = input.newId ? resourcesOf(input.newId, input.before.get(input.newId)).sort(byPlace) : [];
  const done = new Set(unchanged.map((r) => targetKey({ service: r.service, region: r.region, resource: r.resourceId })));
  const move: Move[] = [];
  const unsupported: RotationResource[] = [];
  const unknown: UnknownRegion[] = [];
  const seen = new Set<string>();
  for (const id of oldIds) {
    const d = input.before.get(id);
    unknown.push(...unknownOf(id, d));
    for (const r of resourcesOf(id, d).sort(byPlace)) {
      const key = targetKey({ service: r.service, region: r.region, resource: r.resourceId });
      if (seen.has(key) || done.has(key)) continue;
      seen.add(key);
      const target = targetFor(r, input.extras);
      if (target) move.push({ resource: r, target });
      else unsupported.push(r);
    }
  }
  move.sort((a, b) => byPlace(a.resource, b.resource));
  return {
    ...(input.newId ? { newId: input.newId } : {}),
    oldIds,
    move,
    unchanged,
    unsupported,
    unknown,
    batches: batchTargets(move.map((m) => m.target)),
  };
}

/** Nothing to deploy, and nothing that could still be using an old certificate. */
export const nothingToDo = (plan: RotationPlan): boolean => plan.move.length === 0 && plan.unsupported.length === 0 && plan.unknown.length === 0;
