// The route table: method + path -> SCM operation, with the same paths as the real v3 API (scm-api-reference
// §2, lifecycle-research §1.1). A new operation is a row here, a handler in handlers/, and an entry in
// handlers/index.ts; faults can then target it by name.

/** `{id}` in a pattern is the certificate id path parameter. */
const ROUTES = [
  { op: 'import', method: 'POST', path: '/v3/scm/certificates/import' },
  { op: 'list', method: 'GET', path: '/v3/scm/certificates' },
  { op: 'show', method: 'GET', path: '/v3/scm/certificates/{id}' },
  { op: 'delete', method: 'DELETE', path: '/v3/scm/certificates/{id}' },
  { op: 'push', method: 'POST', path: '/v3/scm/certificates/{id}/push' },
  { op: 'batch-push', method: 'POST', path: '/v3/scm/certificates/{id}/batch-push' },
  { op: 'deployed-resources', method: 'POST', path: '/v3/scm/deployed-resources' },
  { op: 'export', method: 'POST', path: '/v3/scm/certificates/{id}/export' },
  { op: 'notification-enable', method: 'POST', path: '/v3/scm/notification/enable' },
  { op: 'notification-disable', method: 'POST', path: '/v3/scm/notification/disable' },
  { op: 'deploy', method: 'POST', path: '/v3/scm/certificates/{id}/deploy' },
] as const;

export type Op = (typeof ROUTES)[number]['op'];
export const OPERATIONS: readonly Op[] = ROUTES.map((r) => r.op);

export interface Route {
  op: Op;
  /** The {certificate_id} path parameter, decoded. */
  id?: string;
}

const compiled = ROUTES.map((r) => ({ ...r, re: new RegExp(`^${r.path.replace('{id}', '([^/]+)')}$`) }));

export function route(method: string, pathname: string): Route | undefined {
  const path = pathname.replace(/\/+$/, '');
  for (const r of compiled) {
    if (r.method !== method) continue;
    const m = r.re.exec(path);
    if (!m) continue;
    if (m[1] === undefined) return { op: r.op };
    let id: string;
    try {
      id = decodeURIComponent(m[1]);
    } catch {
      id = m[1];
    }
    // "import" is a path of its own, not a certificate id.
    if (r.op === 'show' && id === 'import') continue;
    return { op: r.op, id };
  }
  return undefined;
}
