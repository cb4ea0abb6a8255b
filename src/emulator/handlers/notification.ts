// EnableNotification / DisableNotification (`POST /v3/scm/notification/enable|disable`): the body is an
// array of `{resource_id, notice_type: ["CERT_EXPIRING", "CERT_EXPIRED"]}` (NoticeRequestBody). The answer has
// no body (the SDK's response model has no fields). All or nothing: an unknown id (SCM.0008) or a bad
// entry (SCM.0005) changes none.
import { CERT_ID } from '../../core/push/index.js';
import type { StoredCert } from '../store.js';
import { scmError, type Answer, type Request } from './context.js';

const TYPES = new Set([
  'CERT_EXPIRING',
  'CERT_EXPIRED',
]);

function notices(req: Request, on: boolean): Answer {
  let body: unknown;
  try {
    body = JSON.parse(req.body.toString('utf8'));
  } catch {
    return scmError('SCM.0005');
  }
  if (!Array.isArray(body) || body.length === 0) return scmError('SCM.0005');
  const changes: Array<{ cert: StoredCert; types: string[] }> = [];
  for (const entry of body as unknown[]) {
    const e = entry as { resource_id?: unknown; notice_type?: unknown } | null;
    if (typeof e !== 'object' || e === null || typeof e.resource_id !== 'string') return scmError('SCM.0005');
    const types = e.notice_type;
    if (!Array.isArray(types) || types.length === 0 || types.some((t) => typeof t !== 'string' || !TYPES.has(t))) return scmError('SCM.0005');
    if (!CERT_ID.test(e.resource_id)) return scmError('SCM.0020');
    const cert = req.store.get(e.resource_id);
    if (!cert) return scmError('SCM.0008');
    changes.push({ cert, types: types as string[] });
  }
  for (const { cert, types } of changes) for (const type of types) cert.notices[type as keyof StoredCert['notices']] = on;
  return { status: 204 };
}

export const enableNotification = (req: Request): Answer => notices(req, true);
export const disableNotification = (req: Request): Answer => notices(req, false);
