// Where certificates are used, as SCM sees it: ELB and WAF certificates per project (region), each with its
// own id (not an SCM id) and the SCM certificate whose content it holds, and CDN domains (global). A push
// makes a new ELB/WAF copy every time (the real service does: each batch-push answers a new cert_id); CDN
// holds one copy per certificate. ListDeployedResources reports every resource holding a certificate.
// DeployCertificate (replace what a resource holds) is `assign`; seeding (admin API, a state file) is `add`.
import { randomBytes } from 'node:crypto';

export const DEPLOY_SERVICES = ['CDN', 'WAF', 'ELB'] as const;
export type DeployService = (typeof DEPLOY_SERVICES)[number];

export interface Resource {
  service: DeployService;
  /** IAM region id of the project; "global" for CDN. */
  region: string;
  /** The project as given ("cn-north-4" or "cn-north-4_sub"); "" for CDN. */
  project: string;
  /** ELB/WAF: the certificate's own id there (32 hex); CDN: the domain name, or the CDN copy's id. */
  id: string;
  /** ELB/WAF: the certificate's name there; CDN: the domain. */
  name: string;
  /** certificate: an ELB/WAF/CDN certificate object; domain: a CDN domain serving a certificate. */
  kind: 'certificate' | 'domain';
  /** The SCM certificate whose content it holds; null when none (a CDN domain without one). */
  certificateId: string | null;
  createdAt: string;
  updatedAt: string;
}

// ELB and WAF certificates live in a project (DeployCertificate names it): the same id in two regions is two
// resources. Kept by region, as DeployCertificate finds them (a sub-project's by its region); CDN is global.
const key = (service: string, region: string, id: string): string => `${service}:${region.toLowerCase()}:${id.toLowerCase()}`;

export class Deployments {
  private readonly resources = new Map<string, Resource>();
  /** service:region pairs whose counts ListDeployedResources flags unreliable (is_error: true). */
  readonly unreliable = new Set<string>();
  /** Option deployed_lag: what each resource held before the deploys not yet shown, and the reads left until they are. */
  private lagged: { held: Map<string, string | null>; reads: number } | undefined;

  /**
   * A push of `cert` to `service` in `project` (region `region`): a new ELB/WAF certificate holding it; for
   * CDN the one copy of that certificate (a second push adds none).
   */
  copy(cert: { id: string; name: string }, service: DeployService, project: string, region: string, now: Date): Resource {
    if (service === 'CDN') {
      const existing = this.all().find((r) => r.service === 'CDN' && r.kind === 'certificate' && r.certificateId === cert.id);
      if (existing) return existing;
    }
    return this.add({ service, region: service === 'CDN' ? 'global' : region, project: service === 'CDN' ? '' : project, id: randomBytes(16).toString('hex'), name: cert.name, kind: 'certificate', certificateId: cert.id }, now);
  }

  /** Seeds a resource (an ELB/WAF certificate to be replaced by a deploy, a CDN domain). */
  add(r: Omit<Resource, 'createdAt' | 'updatedAt'>, now: Date): Resource {
    const at = now.toISOString();
    const stored: Resource = { ...r, createdAt: at, updatedAt: at };
    this.resources.set(key(r.service, r.region, r.id), stored);
    return stored;
  }

  /** The resource `id` of `service` in `region` ("global" for CDN). */
  get(service: DeployService, region: string, id: string): Resource | undefined {
    return this.resources.get(key(service, region, id));
  }

  /** DeployCertificate: `resource` now holds `certificateId`. */
  assign(service: DeployService, region: string, id: string, certificateId: string, now: Date): Resource | undefined {
    const r = this.get(service, region, id);
    if (!r) return undefined;
    r.certificateId = certificateId;
    r.updatedAt = now.toISOString();
    return r;
  }

  /** Every resource holding `certificateId`, optionally only in these services. */
  using(certificateId: string, services: readonly DeployService[] = DEPLOY_SERVICES): Resource[] {
    return this.all().filter((r) => r.certificateId === certificateId && services.includes(r.service));
  }

  /**
   * A deploy is about to change resources, and ListDeployedResources is to show it only after `reads` more reads:
   * the state before the first deploy not yet shown is kept, and each deploy starts the count again.
   */
  lagBehind(reads: number): void {
    if (reads <= 0) return;
    const held = this.lagged?.held ?? new Map([...this.resources].map(([k, r]) => [k, r.certificateId]));
    this.lagged = { held, reads };
  }

  /** The resources as ListDeployedResources shows them (one read: a lag counts down). */
  shown(): Resource[] {
    const lag = this.lagged;
    if (!lag) return this.all();
    if (--lag.reads <= 0) this.lagged = undefined;
    return [...this.resources].map(([k, r]) => (lag.held.has(k) ? { ...r, certificateId: lag.held.get(k)! } : r));
  }

  isUnreliable(service: DeployService, region: string): boolean {
    return this.unreliable.has(`${service}:${region}`);
  }

  all(): Resource[] {
    return [...this.resources.values()];
  }

  clear(): void {
    this.resources.clear();
    this.unreliable.clear();
    this.lagged = undefined;
  }
}
