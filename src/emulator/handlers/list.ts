// ListCertificates: filters (content, status, enterprise project), sorting (expiry, status, upload time),
// and paging. `offset` is capped at 100 as documented; what it counts (certificates or pages) is the
// emulator's Behaviour.offsetUnit, because the docs do not say and clients must cope with either.
import { listItem } from '../store.js';
import { scmError, type Answer, type Request } from './context.js';

export const OFFSET_CAP = 100;

export function list(req: Request): Answer {
  const q = req.query;
  const limit = q.has('limit') ? Number(q.get('limit')) : 10;
  const offset = q.has('offset') ? Number(q.get('offset')) : 0;
  // `limit` 10-50 as the reference documents it (the SDKs list 10, 20 and 50): a smaller page the real service
  // refuses is refused here too, so that no client comes to rely on one.
  if (!Number.isInteger(limit) || limit < 10 || limit > 50 || !Number.isInteger(offset) || offset < 0 || offset > OFFSET_CAP) return scmError('SCM.0005');
  const content = (q.get('content') ?? '').toLowerCase();
  const status = (q.get('status') ?? 'ALL').toUpperCase();
  const epid = q.get('enterprise_project_id') ?? 'all';
  // Valid certificates and those expired at most this many days (0-1095), 0 when not asked: the reference's
  // reading of the API, so that a client that does not ask never sees the expired ones.
  // A service older than the parameter, that refuses one it does not know, answers SCM.0005 (the option).
  if (q.has('expired_days_since') && req.behaviour.expiredDaysSince === 'refuse') return scmError('SCM.0005');
  const days = q.has('expired_days_since') ? Number(q.get('expired_days_since')) : 0;
  if (!Number.isInteger(days) || days < 0 || days > 1095) return scmError('SCM.0005');
  const oldest = req.now.getTime() - days * 86_400_000;
  let certs = req.store.all().filter((c) =>
    c.notAfter.getTime() >= oldest &&
    (content === '' || c.name.toLowerCase().includes(content) || c.domain.toLowerCase().includes(content)) &&
    (status === 'ALL' || c.status === status) &&
    (epid === 'all' || c.enterpriseProjectId === epid));
  const key = q.get('sort_key') ?? 'certUpdateTime';
  const dir = (q.get('sort_dir') ?? 'DESC').toUpperCase() === 'ASC' ? 1 : -1;
  // Ties (same millisecond) keep upload order, so "newest first" is exact.
  const value = (c: (typeof certs)[number]): number => (key === 'certExpiredTime' ? c.notAfter.getTime() : c.createdAt.getTime());
  const compare = (a: (typeof certs)[number], b: (typeof certs)[number]): number => (key === 'certStatus' ? a.status.localeCompare(b.status) : value(a) - value(b));
  certs = certs.map((c, i) => ({ c, i })).sort((a, b) => dir * (compare(a.c, b.c) || a.i - b.i)).map(({ c }) => c);
  const asked = req.behaviour.offsetUnit === 'pages' ? offset * limit : offset;
  // A server whose pages overlap: a page past the first starts early, repeating the end of the one before.
  const skip = asked >= limit - 1 ? Math.max(0, asked - req.behaviour.pageRepeat) : asked;
  const page = certs.slice(skip, skip + limit).map(listItem);
  const count = req.behaviour.listCount;
  if (count === 'absent') return { status: 200, body: page.length > 0 ? { certificates: page } : {} };
  return { status: 200, body: { certificates: page, total_count: typeof count === 'number' ? count : count === 'string' ? String(certs.length) : certs.length } };
}
