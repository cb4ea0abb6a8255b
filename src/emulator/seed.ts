// Seeding the emulator's state without the API (admin POST /_emulator/seed, and later a --state file):
// certificates (from a PEM, or synthetic: names, expiry and fingerprint given), resources that use them
// (ELB/WAF certificates, CDN domains), and regions whose deployment counts are flagged unreliable.
import { randomBytes } from 'node:crypto';
import { regionOfProject } from '../core/push/index.js';
import { DEPLOY_SERVICES, type DeployService } from './deployments.js';
import { describeLeaf, type Store } from './store.js';

export interface SeedResult {
  certificates: string[];
  resources: string[];
}

const str = (v: unknown, what: string): string => {
  if (typeof v !== 'string' || v === '') throw new Error(`seed: '${what}' must be a non-empty string`);
  return v;
};
const date = (v: unknown, what: string, fallback: Date): Date => {
  if (v === undefined) return fallback;
  const d = new Date(str(v, what));
  if (Number.isNaN(d.getTime())) throw new Error(`seed: '${what}' is not a date`);
  return d;
};
const objects = (v: unknown, what: string): Record<string, unknown>[] => {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'object' || x === null)) throw new Error(`seed: '${what}' must be an array of objects`);
  return v as Record<string, unknown>[];
};

/**
 * `{certificates: [{name, pem?, domain?, sans?, not_after?, not_before?, fingerprint?, created_at?}],
 *   resources: [{service, project?, id?, name?, kind?, certificate_id?}], unreliable: [{service, region}]}`.
 * Throws an Error naming the bad field; nothing is stored then.
 */
export function seed(store: Store, raw: unknown, now: Date): SeedResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('seed: expected {"certificates": [...], "resources": [...], "unreliable": [...]}');
  const o = raw as Record<string, unknown>;
  const certs = objects(o.certificates, 'certificates').map((c, i) => {
    const name = str(c.name, `certificates[${i}].name`);
    const createdAt = date(c.created_at, `certificates[${i}].created_at`, now);
    if (typeof c.pem === 'string') return { ...describeLeaf(c.pem), name, certificate: c.pem, createdAt };
    const domain = str(c.domain, `certificates[${i}].domain (or pem)`);
    const sans = Array.isArray(c.sans) ? c.sans.map((s, j) => str(s, `certificates[${i}].sans[${j}]`)) : [domain];
    const notAfter = date(c.not_after, `certificates[${i}].not_after`, new Date(now.getTime() + 90 * 86_400_000));
    const notBefore = date(c.not_before, `certificates[${i}].not_before`, new Date(notAfter.getTime() - 90 * 86_400_000));
    const fingerprint = c.fingerprint === undefined ? randomBytes(20).toString('hex') : str(c.fingerprint, `certificates[${i}].fingerprint`).toLowerCase();
    return { name, domain, sans, notAfter, notBefore, fingerprint, certificate: '', createdAt };
  });
  const resources = objects(o.resources, 'resources').map((r, i) => {
    const service = str(r.service, `resources[${i}].service`).toUpperCase() as DeployService;
    if (!DEPLOY_SERVICES.includes(service)) throw new Error(`seed: resources[${i}].service must be one of ${DEPLOY_SERVICES.join(', ')}`);
    const project = service === 'CDN' ? '' : str(r.project, `resources[${i}].project`);
    const region = service === 'CDN' ? 'global' : regionOfProject(project);
    if (region === undefined) throw new Error(`seed: resources[${i}].project '${project}' is not a known region`);
    const kind = r.kind === 'domain' ? 'domain' as const : 'certificate' as const;
    const id = r.id === undefined ? randomBytes(16).toString('hex') : str(r.id, `resources[${i}].id`);
    const certificateId = r.certificate_id === undefined || r.certificate_id === null ? null : str(r.certificate_id, `resources[${i}].certificate_id`);
    return { service, region, project, id, name: r.name === undefined ? id : str(r.name, `resources[${i}].name`), kind, certificateId };
  });
  const unreliable = objects(o.unreliable, 'unreliable').map((u, i) => `${str(u.service, `unreliable[${i}].service`).toUpperCase()}:${str(u.region, `unreliable[${i}].region`)}`);

  // Checked all of it first: store only now.
  const out: SeedResult = { certificates: [], resources: [] };
  for (const c of certs) {
    out.certificates.push(store.add({ ...c, chain: '', enterpriseProjectId: '0', signatureAlgorithm: null }, c.createdAt).id);
  }
  for (const r of resources) out.resources.push(store.deployments.add(r, now).id);
  for (const u of unreliable) store.deployments.unreliable.add(u);
  return out;
}
