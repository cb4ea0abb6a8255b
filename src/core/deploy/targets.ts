// What DeployCertificate is asked to do, as data: one target per resource (an ELB or WAF certificate in a
// project, or a CDN domain), grouped into requests by (service, project) with at most 20 resources each
// (the API's limit), and the question every later step asks of ListDeployedResources: does this resource
// hold the certificate? Pure; the request bodies are the API's (lifecycle-research §1.6).
import { atPlace, unsaidAt, type DeploymentView } from '../inventory/deployment.js';
import { hostForm } from '../validate/host-form.js';
import type { DeployService, WafType } from './services.js';

export { DEPLOY_SERVICES, WAF_TYPES, type DeployService, type WafType } from './services.js';

/** DeployCertificate takes 1 to 20 resources per request. */
export const DEPLOY_BATCH = 20;

/** One entry of `resources[]`: `id` for ELB/WAF, `domain_name` for CDN; `type` and `enterprise_project_id` for WAF. */
export interface DeployResourceBody {
  id?: string;
  type?: WafType;
  domain_name?: string;
  enterprise_project_id?: string;
}

export interface DeployBody {
  /** The region id (or region_subproject) of an ELB/WAF project; absent for CDN. */
  project_name?: string;
  service_name: DeployService;
  resources: DeployResourceBody[];
}

/** Options that go into WAF resources only. */
export interface WafExtras {
  wafType?: WafType;
  enterpriseProjectId?: string;
}

export interface DeployTarget {
  service: DeployService;
  /** project_name: a region id or region_subproject for ELB/WAF; '' for CDN. */
  project: string;
  /** The IAM region ListDeployedResources reports: the project's region, 'global' for CDN. */
  region: string;
  /** ELB/WAF: the certificate's id in that service; CDN: the domain name. */
  resource: string;
  body: DeployResourceBody;
}

export interface DeployBatch {
  service: DeployService;
  project: string;
  region: string;
  targets: DeployTarget[];
}

export function targetOf(service: DeployService, project: string, region: string, resource: string, extras: WafExtras = {}): DeployTarget {
  // A CDN domain written as an absolute name (`shop.example.com.`) is the same domain: compared and sent without the dot, as check does.
  // One in Unicode (bücher.example) is sent in punycode, the only form CDN and ListDeployedResources know it by.
  if (service === 'CDN') {
    const domain = /[^\x00-\x7f]/.test(resource) ? hostForm(resource) : resource.replace(/\.$/, '');
    return { service, project: '', region: 'global', resource: domain, body: { domain_name: domain } };
  }
  const body: DeployResourceBody = { id: resource };
  if (service === 'WAF') {
    if (extras.wafType) body.type = extras.wafType;
    if (extras.enterpriseProjectId) body.enterprise_project_id = extras.enterpriseProjectId;
  }
  return { service, project, region, resource, body };
}

/** The same resource, however it was written: CDN domains and ids compared without case. */
export const targetKey = (t: { service: string; region: string; resource: string }): string =>
  `${t.service.toUpperCase()}|${t.service.toUpperCase() === 'CDN' ? 'global' : t.region.toLowerCase()}|${t.resource.toLowerCase()}`;

/** Requests in the order the targets come: one group per (service, project), cut into batches of DEPLOY_BATCH. */
export function batchTargets(targets: readonly DeployTarget[]): DeployBatch[] {
  const groups = new Map<string, DeployTarget[]>();
  for (const t of targets) {
    const key = `${t.service}|${t.project}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const out: DeployBatch[] = [];
  for (const group of groups.values()) {
    const { service, project, region } = group[0]!;
    for (let i = 0; i < group.length; i += DEPLOY_BATCH) out.push({ service, project, region, targets: group.slice(i, i + DEPLOY_BATCH) });
  }
  return out;
}

/**
 * WAF's editions in the order they are tried for a WAF resource sent without `--waf-type`: DeployCertificate
 * requires the type for WAF and ListDeployedResources does not give it, so a resource the first is refused for
 * (failure_list, or the whole request refused) is sent again as the second. A refused resource took no
 * certificate, so trying the other edition deploys nothing twice. Cloud WAF first: the common edition.
 */
export const WAF_TYPE_GUESSES: readonly WafType[] = ['cloud', 'premium'];

/** A WAF resource sent without a type (no --waf-type): its edition is guessed (WAF_TYPE_GUESSES). */
export const untypedWaf = (target: DeployTarget): boolean => target.service === 'WAF' && !target.body.type;

/** The batch as sent when its untyped WAF resources are tried as `type`. */
export function withWafType(batch: DeployBatch, type: WafType | undefined): DeployBatch {
  if (type === undefined) return batch;
  return { ...batch, targets: batch.targets.map((t) => (untypedWaf(t) ? { ...t, body: { ...t.body, type } } : t)) };
}

export function deployBody(batch: DeployBatch): DeployBody {
  return { ...(batch.service === 'CDN' ? {} : { project_name: batch.project }), service_name: batch.service, resources: batch.targets.map((t) => t.body) };
}

export type Presence = 'present' | 'absent' | 'unknown';

/**
 * Does `deployment` (of one certificate) show it on `target`? A CDN domain may come back as the resource's id
 * or its name; an ELB/WAF certificate by its id in the same region. Absent where SCM's answer is not whole
 * (a region flagged is_error, resources of the service counted but not listed, no result) is 'unknown', never 'absent'.
 */
export function presenceIn(deployment: DeploymentView | undefined, target: { service: string; region: string; resource: string }): Presence {
  if (!deployment) return 'unknown';
  const cdn = target.service.toUpperCase() === 'CDN';
  const resource = target.resource.toLowerCase();
  const here = atPlace(target.service, target.region);
  const found = deployment.resources.some((r) => here(r) && (r.resourceId.toLowerCase() === resource || (cdn && r.resourceName.toLowerCase() === resource)));
  if (found) return 'present';
  return unsaidAt(deployment, target.service, target.region) ? 'unknown' : 'absent';
}
