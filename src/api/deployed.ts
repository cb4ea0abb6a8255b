// ListDeployedResources (`POST /v3/scm/deployed-resources`) read into flat rows, and the question push asks
// of them: which of these targets already hold the certificate? Response shape: lifecycle-research §1.7.
// deploymentsOf asks about many certificates at once (delete, prune, rotate).
import { atPlace, unsaidAt } from '../core/inventory/deployment.js';
import type { Scrub } from './redact.js';
import type { DeployedResource, Deployment } from './types.js';

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : []);

/** `results[]` of the answer, one Deployment per certificate; undefined when there is no results array. */
export function parseDeployed(json: unknown, scrub: Scrub): Deployment[] | undefined {
  const results = (json as { results?: unknown } | undefined)?.results;
  if (!Array.isArray(results)) return undefined;
  return list(results).map((r) => {
    const resources: DeployedResource[] = [];
    const unreliable: Deployment['unreliable'] = [];
    const unlisted: Deployment['unlisted'] = [];
    for (const d of list(r.deployed_resources)) {
      const service = str(d.service).toUpperCase();
      const before = resources.length;
      for (const rr of list(d.region_resources)) {
        const region = str(rr.region_id);
        if (flagged(rr.is_error)) unreliable.push({ service, region });
        for (const res of list(rr.resources)) {
          resources.push({ service, region, location: str(d.resource_location), resourceId: str(res.resource_id), resourceName: scrub(str(res.resource_name)) });
        }
      }
      // A count beyond the rows: resources in use that SCM did not name, so absence of a row proves nothing.
      const counted = count(d.resource_num) - (resources.length - before);
      if (counted > 0) unlisted.push({ service, count: counted });
    }
    const total = typeof r.total_num === 'number' ? r.total_num : resources.length;
    const beyond = count(r.total_num) - resources.length - unlisted.reduce((n, u) => n + u.count, 0);
    if (beyond > 0) unlisted.push({ service: 'ALL', count: beyond });
    // Every member of the SDK's result is optional: one that names the id with neither a count nor a list of
    // resources (absent, null, another spelling) says nothing about use, so it stands for no answer at all.
    // A count that is there and is no whole number (-1, 1.5, "abc") may stand for resources in use: nothing known.
    const unreadable = [r.total_num, ...list(r.deployed_resources).map((d) => d.resource_num)].some((v) => v !== undefined && v !== null && wholeNumber(v) === undefined);
    const silent = (wholeNumber(r.total_num) === undefined && !Array.isArray(r.deployed_resources)) || unreadable;
    return { certificateId: str(r.certificate_id), total, resources, unreliable, unlisted, ...(silent ? { unanswered: true as const, silent: true as const } : {}) };
  });
}

/**
 * Two results for one id (SCM should send one): both are kept, so the one that says "deployed" or "unknown"
 * wins, never the more permissive; counts not listed take the larger of the two.
 */
export function mergeDeployments(a: Deployment, b: Deployment): Deployment {
  const resources = [...a.resources];
  for (const r of b.resources) if (!resources.some((x) => x.service === r.service && x.region === r.region && x.resourceId === r.resourceId)) resources.push(r);
  const unreliable = [...a.unreliable];
  for (const u of b.unreliable) if (!unreliable.some(atPlace(u.service, u.region))) unreliable.push(u);
  const unlisted = [...a.unlisted.map((u) => ({ ...u }))];
  for (const u of b.unlisted) {
    const same = unlisted.find((x) => x.service === u.service);
    if (same) same.count = Math.max(same.count, u.count);
    else unlisted.push(u);
  }
  // Only results SCM sent are merged, so an unanswered one here is a silent one.
  const silent = a.silent || b.silent ? { unanswered: true as const, silent: true as const } : {};
  return { certificateId: a.certificateId, total: Math.max(a.total, b.total), resources, unreliable, unlisted, ...silent };
}

/**
 * Is `is_error` set? The SDK types it boolean; anything but false, "false", 0 or nothing (`"true"`, 1, a word
 * scm does not know) is taken as set, since "not flagged" would let delete remove a certificate in use.
 */
const flagged = (v: unknown): boolean => !(v === undefined || v === null || v === false || v === 0 || (typeof v === 'string' && /^\s*(false|0|)\s*$/i.test(v)));

/** A whole number SCM gave, as a number or its string (SCM types counts as numbers; a string is read too). */
export function wholeNumber(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** A count SCM gave, else 0. */
const count = (v: unknown): number => wholeNumber(v) ?? 0;

/** What a result missing from the answer stands for: not "not deployed", but nothing known. */
export const unanswered = (certificateId: string): Deployment => ({ certificateId, total: 0, resources: [], unreliable: [], unlisted: [], unanswered: true });

/** A push target: a service and, for WAF/ELB, the region its project is in ('' for CDN). */
export interface Target {
  service: string;
  region: string;
}

export type Presence = 'present' | 'absent' | 'unknown';

/**
 * Does `deployment` show the certificate at `target`? 'unknown' when SCM's answer is not whole there (a region
 * flagged unreliable, resources of the service counted but not listed or listed without a region, no result
 * for the id).
 */
export function presenceAt(deployment: Deployment | undefined, target: Target): Presence {
  if (deployment?.resources.some(atPlace(target.service, target.region))) return 'present';
  if (deployment && regionless(deployment, target.service)) return 'unknown';
  if (deployment && unsaidAt(deployment, target.service, target.region)) return 'unknown';
  return 'absent';
}

/**
 * A resource of regional `service` (WAF, ELB) listed without its region_id: it may be in any region, so no
 * region can be said to lack the certificate. The SDK types region_id as required; a service may still leave it
 * out. CDN is global: its rows need none.
 */
export function regionless(deployment: Deployment, service: string): boolean {
  const s = service.toUpperCase();
  return s !== 'CDN' && deployment.resources.some((r) => r.service.toUpperCase() === s && r.region.trim() === '');
}

/** What deploymentsOf asks of the client (ScmClient has it): ListDeployedResources for a few ids. */
export interface DeployedLookup {
  deployedResources(ids: readonly string[]): Promise<Deployment[]>;
}

/** Ids per ListDeployedResources request: the docs give no limit; this many keeps each answer small. */
export const DEPLOYED_BATCH = 20;

/**
 * Where each of `ids` is deployed (every service), asked in batches of DEPLOYED_BATCH: a map from id to
 * its Deployment. Errors propagate: a caller that must not act on a guess (delete, prune) stops there.
 */
export async function deploymentsOf(client: DeployedLookup, ids: readonly string[]): Promise<Map<string, Deployment>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, Deployment>();
  for (let i = 0; i < unique.length; i += DEPLOYED_BATCH) {
    for (const d of await client.deployedResources(unique.slice(i, i + DEPLOYED_BATCH))) out.set(d.certificateId, d);
  }
  return out;
}
