// Seeding the emulator's state without the API (admin POST /_emulator/seed, and `scm emulator --state FILE`
// through state-file.ts): certificates (from PEMs, with their key for ExportCertificate, or synthetic: names,
// expiry and fingerprint given), resources that use them (ELB/WAF certificates, CDN domains), and regions
// whose deployment counts are flagged unreliable. Everything is checked before anything is stored.
import { randomBytes } from 'node:crypto';
import type { Message, Params } from '../core/i18n.js';
import { CERT_ID, regionOfProject } from '../core/push/index.js';
import { DEPLOY_SERVICES, type DeployService } from './deployments.js';
import { EM } from './messages.js';
import { Problem } from './problem.js';

const refused = (text: Message, params: Params = {}): Problem => new Problem(text, params, 'seed: ');
import { describeLeaf, type Store, type StoredFields } from './store.js';

export interface SeedResult {
  certificates: string[];
  resources: string[];
}

const str = (v: unknown, what: string): string => {
  if (typeof v !== 'string' || v === '') throw refused(EM.seedString, { what });
  return v;
};
/**
 * `sans` as a list, or as one string the way SCM itself answers it (the SDK models: "a;b", also "a,b" or "a b"), so
 * that a seed copied from a real answer keeps its names; anything else is refused, never dropped for the domain alone.
 */
const sansOf = (v: unknown, what: string): string[] | undefined => {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map((s, j) => str(s, `${what}[${j}]`));
  return str(v, what).split(/[;,\s]+/).filter(Boolean);
};
const optional = (v: unknown, what: string): string | undefined => (v === undefined || v === null ? undefined : str(v, what));
const date = (v: unknown, what: string, fallback: Date): Date => {
  if (v === undefined) return fallback;
  const d = new Date(str(v, what));
  if (Number.isNaN(d.getTime())) throw refused(EM.seedDate, { what });
  return d;
};
const objects = (v: unknown, what: string): Record<string, unknown>[] => {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'object' || x === null)) throw refused(EM.seedObjects, { what });
  return v as Record<string, unknown>[];
};

const CERT_KEYS = new Set(['id', 'name', 'pem', 'chain', 'private_key', 'enc_certificate', 'enc_private_key', 'domain', 'sans', 'not_after', 'not_before',
  'fingerprint', 'created_at', 'status', 'type', 'brand', 'enterprise_project_id', 'notifications']);

type SeedCert = { id?: string; fields: StoredFields; notifications: boolean };

function certificate(c: Record<string, unknown>, i: number, now: Date): SeedCert {
  const at = (k: string): string => `certificates[${i}].${k}`;
  for (const k of Object.keys(c)) if (!CERT_KEYS.has(k)) throw refused(EM.seedUnknownField, { what: at(k), known: [...CERT_KEYS].join(', ') });
  const name = str(c.name, at('name'));
  const id = optional(c.id, at('id'));
  if (id !== undefined && !CERT_ID.test(id)) throw refused(EM.seedId, { what: at('id') });
  if (c.notifications !== undefined && typeof c.notifications !== 'boolean') throw refused(EM.seedBoolean, { what: at('notifications') });
  const createdAt = date(c.created_at, at('created_at'), now);
  const status = optional(c.status, at('status'))?.toUpperCase() ?? 'UPLOAD';
  const common = {
    name, createdAt, status, type: optional(c.type, at('type')) ?? null, brand: optional(c.brand, at('brand')) ?? null,
    enterpriseProjectId: optional(c.enterprise_project_id, at('enterprise_project_id')) ?? '0',
    // What ShowCertificate says of an SM2 pair (the only way a client can tell it from outside).
    signatureAlgorithm: c.enc_certificate !== undefined ? 'SM2-with-SM3' : null,
    chain: optional(c.chain, at('chain')) ?? '', privateKey: optional(c.private_key, at('private_key')) ?? '',
    encCertificate: optional(c.enc_certificate, at('enc_certificate')) ?? '', encPrivateKey: optional(c.enc_private_key, at('enc_private_key')) ?? '',
  };
  let fields: StoredFields;
  if (typeof c.pem === 'string') {
    try {
      fields = { ...describeLeaf(c.pem), ...common, certificate: c.pem };
    } catch {
      throw refused(EM.seedPem, { what: at('pem') });
    }
  } else {
    if (typeof c.domain !== 'string' || c.domain === '') throw refused(EM.seedDomainOrPem, { what: at('domain'), pem: at('pem') });
    const domain = c.domain;
    const sans = sansOf(c.sans, at('sans')) ?? [domain];
    const notAfter = date(c.not_after, at('not_after'), new Date(now.getTime() + 90 * 86_400_000));
    const notBefore = date(c.not_before, at('not_before'), new Date(notAfter.getTime() - 90 * 86_400_000));
    const fingerprint = c.fingerprint === undefined ? randomBytes(20).toString('hex') : str(c.fingerprint, at('fingerprint')).toLowerCase();
    fields = { ...common, domain, sans, notAfter, notBefore, fingerprint, certificate: '' };
  }
  return { ...(id ? { id } : {}), fields, notifications: c.notifications !== false };
}

/**
 * `{certificates: [{name, pem?, chain?, private_key?, enc_certificate?, enc_private_key?, id?, domain?, sans?,
 *   not_after?, not_before?, fingerprint?, created_at?, status?, type?, brand?, enterprise_project_id?,
 *   notifications?}], resources: [{service, project?, id?, name?, kind?, certificate_id?}],
 *   unreliable: [{service, region}]}`. Throws an Error naming the bad field; nothing is stored then.
 */
export function seed(store: Store, raw: unknown, now: Date): SeedResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw refused(EM.seedShape);
  const o = raw as Record<string, unknown>;
  const certs = objects(o.certificates, 'certificates').map((c, i) => certificate(c, i, now));
  const ids = certs.flatMap((c) => (c.id ? [c.id] : []));
  const taken = ids.find((id, i) => ids.indexOf(id) !== i || store.get(id));
  if (taken) throw refused(EM.seedIdTaken, { id: taken });
  const resources = objects(o.resources, 'resources').map((r, i) => {
    const service = str(r.service, `resources[${i}].service`).toUpperCase() as DeployService;
    if (!DEPLOY_SERVICES.includes(service)) throw refused(EM.seedService, { what: `resources[${i}].service`, services: DEPLOY_SERVICES.join(', ') });
    const project = service === 'CDN' ? '' : str(r.project, `resources[${i}].project`);
    const region = service === 'CDN' ? 'global' : regionOfProject(project);
    if (region === undefined) throw refused(EM.seedRegion, { what: `resources[${i}].project`, project });
    const kind = r.kind === 'domain' ? 'domain' as const : 'certificate' as const;
    const id = r.id === undefined ? randomBytes(16).toString('hex') : str(r.id, `resources[${i}].id`);
    const certificateId = r.certificate_id === undefined || r.certificate_id === null ? null : str(r.certificate_id, `resources[${i}].certificate_id`);
    return { service, region, project, id, name: r.name === undefined ? id : str(r.name, `resources[${i}].name`), kind, certificateId };
  });
  const unreliable = objects(o.unreliable, 'unreliable').map((u, i) => `${str(u.service, `unreliable[${i}].service`).toUpperCase()}:${str(u.region, `unreliable[${i}].region`)}`);

  // Checked all of it first: store only now.
  const out: SeedResult = { certificates: [], resources: [] };
  for (const c of certs) {
    const stored = store.add(c.fields, c.fields.createdAt, c.id);
    if (!c.notifications) stored.notices = { CERT_EXPIRING: false, CERT_EXPIRED: false };
    out.certificates.push(stored.id);
  }
  for (const r of resources) out.resources.push(store.deployments.add(r, now).id);
  for (const u of unreliable) store.deployments.unreliable.add(u);
  return out;
}
