// The five SCM operations of the emulator: import, push, batch-push, list, show. Answers mirror the real
// API: JSON bodies, 204 for push, 400 {error_code, error_msg} for business errors (scm-api-reference §2, §8).
import { entryFor } from '../core/catalogue/index.js';
import { CERT_ID, normalizeService, regionOfProject } from '../core/push/index.js';
import type { Route } from './router.js';
import { describeLeaf, detail, listItem, type Store } from './store.js';

export interface Answer {
  status: number;
  body?: unknown;
}

export interface Request {
  route: Route;
  query: URLSearchParams;
  body: Buffer;
  now: Date;
  store: Store;
}

export const scmError = (code: string, status = 400): Answer => ({ status, body: { error_code: code, error_msg: entryFor(code)?.message.en ?? 'Incorrect request parameter.' } });

function json(body: Buffer): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(body.toString('utf8'));
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

async function importCertificate(req: Request): Promise<Answer> {
  const body = json(req.body);
  if (!body) return scmError('SCM.0005');
  // Loaded on the first import only: the validator is the biggest part of the emulator.
  const { checkImport } = await import('./checks.js');
  const check = await checkImport(body, req.now);
  if (!check.ok) return { status: 400, body: { error_code: check.code, error_msg: check.message } };
  const leaf = describeLeaf(check.leaf);
  if (body.duplicate_check === false && req.store.all().some((c) => c.fingerprint === leaf.fingerprint)) {
    // duplicate_check=false means "do not allow the same certificate twice"; the real code is undocumented.
    return { status: 400, body: { error_code: 'SCM.0005', error_msg: 'Incorrect request parameter. The certificate already exists.' } };
  }
  const stored = req.store.add({
    ...leaf,
    name: body.name as string,
    certificate: check.leaf,
    chain: check.chain,
    enterpriseProjectId: typeof body.enterprise_project_id === 'string' ? body.enterprise_project_id : '0',
    createdAt: req.now,
    signatureAlgorithm: check.summary?.signatureAlgorithm ?? null,
  }, req.now);
  return { status: 200, body: { certificate_id: stored.id } };
}

function findCert(req: Request): Answer | ReturnType<Store['get']> {
  const id = req.route.id ?? '';
  if (!CERT_ID.test(id)) return scmError('SCM.0020');
  return req.store.get(id) ?? scmError('SCM.0008');
}

const isAnswer = (x: unknown): x is Answer => typeof x === 'object' && x !== null && 'status' in x;

function push(req: Request, batch: boolean): Answer {
  const cert = findCert(req);
  if (isAnswer(cert) || !cert) return cert as Answer;
  const body = json(req.body);
  if (!body) return scmError('SCM.0005');
  const service = typeof body.target_service === 'string' ? normalizeService(body.target_service) : undefined;
  if (!service) return scmError('SCM.0030');
  if (cert.notAfter.getTime() < req.now.getTime()) return scmError('SCM.0010');
  const at = req.now.toISOString();
  if (!batch) {
    const project = body.target_project;
    if (typeof project !== 'string') return scmError('SCM.0005');
    if (service !== 'CDN' && regionOfProject(project) === undefined) return scmError('SCM.0069');
    cert.pushes.push({ service, project: service === 'CDN' ? '' : project, at });
    return { status: 204 };
  }
  const projects = body.target_projects;
  if (!Array.isArray(projects) || projects.length < 1 || projects.length > 10 || projects.some((p) => typeof p !== 'string' || p.length < 1 || p.length > 32)) return scmError('SCM.0005');
  const results = (projects as string[]).map((project, i) => {
    if (regionOfProject(project) === undefined) return { project_name: project, cert_id: '', message: 'Invalid region id.' };
    cert.pushes.push({ service, project, at });
    // The copy created in ELB/WAF has its own id, which is not an SCM id.
    return { project_name: project, cert_id: `${cert.id}${i}`, message: 'success' };
  });
  return { status: 200, body: { results } };
}

function list(req: Request): Answer {
  const q = req.query;
  const limit = q.has('limit') ? Number(q.get('limit')) : 10;
  const offset = q.has('offset') ? Number(q.get('offset')) : 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > 50 || !Number.isInteger(offset) || offset < 0) return scmError('SCM.0005');
  const content = (q.get('content') ?? '').toLowerCase();
  const status = (q.get('status') ?? 'ALL').toUpperCase();
  const epid = q.get('enterprise_project_id') ?? 'all';
  let certs = req.store.all().filter((c) =>
    (content === '' || c.name.toLowerCase().includes(content) || c.domain.toLowerCase().includes(content)) &&
    (status === 'ALL' || status === 'UPLOAD') &&
    (epid === 'all' || c.enterpriseProjectId === epid));
  const key = q.get('sort_key') ?? 'certUpdateTime';
  const dir = (q.get('sort_dir') ?? 'DESC').toUpperCase() === 'ASC' ? 1 : -1;
  // Ties (same millisecond) keep upload order, so "newest first" is exact.
  const value = (c: (typeof certs)[number]): number => (key === 'certExpiredTime' ? c.notAfter.getTime() : c.createdAt.getTime());
  certs = certs.map((c, i) => ({ c, i })).sort((a, b) => dir * (value(a.c) - value(b.c) || a.i - b.i)).map(({ c }) => c);
  // offset counts certificates to skip (the public docs do not say whether it counts records or pages).
  return { status: 200, body: { certificates: certs.slice(offset, offset + limit).map(listItem), total_count: certs.length } };
}

function show(req: Request): Answer {
  const cert = findCert(req);
  if (isAnswer(cert) || !cert) return cert as Answer;
  return { status: 200, body: detail(cert) };
}

export async function handle(req: Request): Promise<Answer> {
  switch (req.route.op) {
    case 'import':
      return importCertificate(req);
    case 'push':
      return push(req, false);
    case 'batch-push':
      return push(req, true);
    case 'list':
      return list(req);
    case 'show':
      return show(req);
  }
}
