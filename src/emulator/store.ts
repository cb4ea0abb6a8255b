// The emulator's state, in memory only: imported certificates with the fields ListCertificates and
// ShowCertificate return, the pushes made, where certificates are deployed (deployments.ts), and request
// counters for tests.
import { createHash, X509Certificate } from 'node:crypto';
import { Deployments } from './deployments.js';
import type { Op } from './router.js';

export interface StoredCert {
  id: string;
  name: string;
  certificate: string;
  chain: string;
  /** What ExportCertificate gives back ('' for a seeded certificate without one). Never in the admin state. */
  privateKey: string;
  /** SM2 (国密) encryption pair, as imported or seeded; '' otherwise. */
  encCertificate: string;
  encPrivateKey: string;
  /** UPLOAD for an imported certificate; a seeded one may say it was bought (ISSUED ..., with type and brand). */
  status: string;
  type: string | null;
  brand: string | null;
  /** SCM's expiry e-mails (EnableNotification / DisableNotification), on by default. */
  notices: { CERT_EXPIRING: boolean; CERT_EXPIRED: boolean };
  enterpriseProjectId: string;
  createdAt: Date;
  /** SHA-1 of the leaf DER, lower-case hex (what ShowCertificate calls `fingerprint`). */
  fingerprint: string;
  domain: string;
  sans: string[];
  notBefore: Date;
  notAfter: Date;
  signatureAlgorithm: string | null;
  pushes: Array<{ service: string; project: string; at: string }>;
}

/** What a caller gives to store a certificate; the rest has defaults (an imported certificate, notices on). */
export type StoredFields = Omit<StoredCert, 'id' | 'pushes' | 'notices' | 'status' | 'type' | 'brand' | 'privateKey' | 'encCertificate' | 'encPrivateKey'>
  & Partial<Pick<StoredCert, 'status' | 'type' | 'brand' | 'privateKey' | 'encCertificate' | 'encPrivateKey'>>;

/** SCM's zone: times it prints carry none and are UTC+8 (what other clients assume; lifecycle-research §1.2). */
const SCM_ZONE_MS = 8 * 3_600_000;

/** `YYYY-MM-DD HH:mm:ss.S` in UTC+8, as the API prints expire_time, not_after ... */
export function apiTime(d: Date): string {
  const local = new Date(d.getTime() + SCM_ZONE_MS);
  return `${local.toISOString().slice(0, 19).replace('T', ' ')}.${Math.floor(local.getUTCMilliseconds() / 100)}`;
}

export function describeLeaf(pem: string): Pick<StoredCert, 'fingerprint' | 'domain' | 'sans' | 'notBefore' | 'notAfter'> {
  const x = new X509Certificate(pem);
  const sans = (x.subjectAltName ?? '').split(/,\s*/).filter((s) => s.startsWith('DNS:')).map((s) => s.slice(4));
  const cn = /(?:^|\n)CN=([^\n]+)/.exec(x.subject)?.[1];
  return {
    fingerprint: createHash('sha1').update(x.raw).digest('hex'),
    domain: cn ?? sans[0] ?? '',
    sans: sans.length > 0 ? sans : cn ? [cn] : [],
    notBefore: new Date(x.validFrom),
    notAfter: new Date(x.validTo),
  };
}

export interface DeployRecord {
  certificate_id: string;
  service: string;
  /** `global` for CDN. */
  region: string;
  resources: number;
}

export class Store {
  private readonly certs = new Map<string, StoredCert>();
  private lastId = 0;
  /** ELB/WAF certificates and CDN domains, and which SCM certificate each holds. */
  readonly deployments = new Deployments();
  /** `deploys`: each DeployCertificate request that named a service and resources, so that a test can see
   *  how a rotation batched its deployments (one request per 20 resources of a service and region). */
  readonly requests = { total: 0, unauthorized: 0, byOperation: {} as Record<string, number>, deploys: [] as DeployRecord[] };
  /** API requests received but not answered yet (a delayed one may still store a certificate). */
  inFlight = 0;

  /** `scs` + 13 digits: epoch milliseconds, as the real ids look, made unique. */
  nextId(now: Date): string {
    this.lastId = Math.max(this.lastId + 1, now.getTime());
    return `scs${String(this.lastId).padStart(13, '0').slice(-13)}`;
  }

  /** Stores a certificate under a new id, or under `id` when given (seeding; the caller checks it is free). */
  add(cert: StoredFields, now: Date, id?: string): StoredCert {
    // Ids made later stay above a seeded one.
    if (id !== undefined) this.lastId = Math.max(this.lastId, Number(id.slice(3)));
    const stored: StoredCert = { status: 'UPLOAD', type: null, brand: null, privateKey: '', encCertificate: '', encPrivateKey: '', ...cert, id: id ?? this.nextId(now), pushes: [], notices: { CERT_EXPIRING: true, CERT_EXPIRED: true } };
    this.certs.set(stored.id, stored);
    return stored;
  }

  get(id: string): StoredCert | undefined {
    return this.certs.get(id);
  }

  remove(id: string): boolean {
    return this.certs.delete(id);
  }

  all(): StoredCert[] {
    return [...this.certs.values()];
  }

  count(op: Op | undefined): void {
    this.requests.total++;
    const key = op ?? 'other';
    this.requests.byOperation[key] = (this.requests.byOperation[key] ?? 0) + 1;
  }

  clear(): void {
    this.certs.clear();
    this.deployments.clear();
    this.requests.total = 0;
    this.requests.unauthorized = 0;
    this.requests.byOperation = {};
    this.requests.deploys = [];
  }
}

/** The ListCertificates item for a stored certificate (scm-api-reference §2.4). */
export function listItem(c: StoredCert) {
  const wildcards = c.sans.filter((s) => s.startsWith('*.')).length;
  return {
    id: c.id,
    name: c.name,
    domain: c.domain,
    sans: c.sans.join(';'),
    signature_algorithm: c.signatureAlgorithm,
    deploy_support: c.encCertificate === '',
    // What the real service reports as type/brand for uploaded certificates is not documented: null here.
    type: c.type,
    brand: c.brand,
    expire_time: apiTime(c.notAfter),
    domain_type: c.sans.length > 1 ? 'MULTI_DOMAIN' : wildcards > 0 ? 'WILDCARD' : 'SINGLE_DOMAIN',
    validity_period: Math.max(1, Math.round((c.notAfter.getTime() - c.notBefore.getTime()) / (30 * 86_400_000))),
    status: c.status,
    domain_count: c.sans.length,
    wildcard_count: wildcards,
    description: null,
    enterprise_project_id: c.enterpriseProjectId,
  };
}

/** The ShowCertificate body for a stored certificate (scm-api-reference §2.5). */
export function detail(c: StoredCert) {
  const item = listItem(c);
  return {
    ...item,
    order_id: null,
    push_support: c.encCertificate === '' ? 'ON' : 'OFF',
    revoke_reason: null,
    issue_time: apiTime(c.createdAt),
    not_before: apiTime(c.notBefore),
    not_after: apiTime(c.notAfter),
    validation_method: null,
    multi_domain_type: null,
    fingerprint: c.fingerprint,
    shared: false,
    authentification: [],
  };
}
