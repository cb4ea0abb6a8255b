// Maps method + path to an SCM operation, with the same paths as the real v3 API (scm-api-reference §2).
import type { Op } from './faults.js';

export interface Route {
  op: Op;
  /** The {certificate_id} path parameter, decoded. */
  id?: string;
}

const CERT = '/v3/scm/certificates';

export function route(method: string, pathname: string): Route | undefined {
  const path = pathname.replace(/\/+$/, '');
  if (method === 'POST' && path === `${CERT}/import`) return { op: 'import' };
  if (method === 'GET' && path === CERT) return { op: 'list' };
  const m = /^\/v3\/scm\/certificates\/([^/]+)(\/push|\/batch-push)?$/.exec(path);
  if (!m) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(m[1]!);
  } catch {
    id = m[1]!;
  }
  if (method === 'GET' && m[2] === undefined) return { op: 'show', id };
  if (method === 'POST' && m[2] === '/push') return { op: 'push', id };
  if (method === 'POST' && m[2] === '/batch-push') return { op: 'batch-push', id };
  return undefined;
}
