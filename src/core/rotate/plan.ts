// The rotation plan: where the old certificates are deployed (ListDeployedResources, asked once before),
// turned into what `scm rotate` will do with each resource: move it to the new certificate (a DeployCertificate
// target, grouped by service and region in batches of 20), leave it (already on the new one), or leave it
// because DeployCertificate cannot reach its service. A copy an old certificate has in CDN's certificate store
// (a push made it: no domain, so no DeployCertificate target; cdn.ts) is replaced by pushing the new certificate
// to CDN once, unless it has a copy there already; the old copy stays in CDN. What SCM leaves unsaid (regions flagged is_error,
// resources counted but not listed, an id left out) is listed: the old certificate may be in use there. Pure.
import { cdnDomainOf, isCdnCopy } from '../inventory/cdn.js';
import { unknownJson, type DeploymentView } from '../inventory/deployment.js';
import { batchTargets, DEPLOY_SERVICES, targetKey, targetOf, type DeployBatch, type DeployService, type DeployTarget, type WafExtras } from '../deploy/targets.js';
import { byNaturalOrder } from '../text-order.js';

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
  /** The new certificate's SCM name, when known: its CDN copy is listed under it. */
  newName?: string;
  oldIds: string[];
  move: Move[];
  unchanged: RotationResource[];
  unsupported: RotationResource[];
  /** The old certificates' copies in CDN's certificate store: not domains, so nothing DeployCertificate moves. */
  copies: RotationResource[];
  /** Push the new certificate to CDN: an old one has a copy there and the new one none yet ("pushed once"). */
  pushCdn: boolean;
  unknown: UnknownRegion[];
  batches: DeployBatch[];
}

export interface RotationInput {
  newId?: string;
  newName?: string;
  oldIds: readonly string[];
  /** ListDeployedResources of the old ids (and of the new id, when it is in SCM). */
  before: ReadonlyMap<string, DeploymentView>;
  extras?: WafExtras;
  /** The SCM names of the old certificates where known: a CDN copy is listed under its certificate's name. */
  certNames?: ReadonlyMap<string, string>;
}

export { cdnDomainOf };

/**
 * The deployment target that puts a certificate on `r`: for ELB and WAF the project is the region itself, for
 * CDN the domain; undefined for a service DeployCertificate cannot reach and for a CDN copy (no domain).
 */
export function targetFor(r: RotationResource, extras: WafExtras = {}, certName?: string): DeployTarget | undefined {
  const service = r.service.toUpperCase();
  if (!(DEPLOY_SERVICES as readonly string[]).includes(service)) return undefined;
  const s = service as DeployService;
  if (s !== 'CDN') return targetOf(s, r.region, r.region, r.resourceId, extras);
  const domain = cdnDomainOf(r, certName);
  return domain === undefined ? undefined : targetOf(s, '', 'global', domain);
}

/** Sorted by service, region, then resource, so that plans and results read the same every time and everywhere. */
const byPlace = (a: RotationResource, b: RotationResource): number =>
  byNaturalOrder(a.service, b.service) || byNaturalOrder(a.region, b.region) || byNaturalOrder(a.resourceName, b.resourceName) || byNaturalOrder(a.resourceId, b.resourceId);

function resourcesOf(id: string, d: DeploymentView | undefined): RotationResource[] {
  return (d?.resources ?? []).map((r) => ({ service: r.service.toUpperCase(), region: r.region, resourceId: r.resourceId, resourceName: r.resourceName, from: id }));
}

export function planRotation(input: RotationInput): RotationPlan {
  const oldIds = [...new Set(input.oldIds)].filter((id) => id !== input.newId);
  const unchanged = input.newId ? resourcesOf(input.newId, input.before.get(input.newId)).sort(byPlace) : [];
  const done = new Set(unchanged.map((r) => targetKey({ service: r.service, region: r.region, resource: r.resourceId })));
  const move: Move[] = [];
  const unsupported: RotationResource[] = [];
  const copies: RotationResource[] = [];
  const unknown: UnknownRegion[] = [];
  const seen = new Set<string>();
  const nameOf = (id: string): string | undefined => input.certNames?.get(id);
  for (const id of oldIds) {
    const d = input.before.get(id);
    unknown.push(...unknownOf(id, d));
    for (const r of resourcesOf(id, d).sort(byPlace)) {
      const key = targetKey({ service: r.service, region: r.region, resource: r.resourceId });
      if (seen.has(key) || done.has(key)) continue;
      seen.add(key);
      if (isCdnCopy(r, nameOf(id))) {
        copies.push(r);
        continue;
      }
      const target = targetFor(r, input.extras, nameOf(id));
      if (target) move.push({ resource: r, target });
      else unsupported.push(r);
    }
  }
  move.sort((a, b) => byPlace(a.resource, b.resource));
  const newHasCopy = unchanged.some((r) => isCdnCopy(r, input.newName));
  return {
    ...(input.newId ? { newId: input.newId } : {}),
    ...(input.newName !== undefined ? { newName: input.newName } : {}),
    oldIds,
    move,
    unchanged,
    unsupported,
    copies,
    pushCdn: copies.length > 0 && !newHasCopy,
    unknown,
    batches: batchTargets(move.map((m) => m.target)),
  };
}

/** Nothing to deploy, and nothing that could still be using an old certificate. */
export const nothingToDo = (plan: RotationPlan): boolean => plan.move.length === 0 && plan.unsupported.length === 0 && plan.unknown.length === 0 && !plan.pushCdn;
