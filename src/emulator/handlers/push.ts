// PushCertificate (204) and BatchPushCertificate (a result per project). Each push to WAF or ELB makes a new
// certificate there with its own id (deployments.ts), which ListDeployedResources then reports; batch-push
// answers that id as cert_id. Unknown projects get `cert_id: ""`, "Invalid region id." (TF push.go comment).
import { normalizeService, regionOfProject } from '../../core/push/index.js';
import { jsonBody, pathCert, scmError, type Answer, type Request } from './context.js';

function checked(req: Request) {
  const found = pathCert(req);
  if ('error' in found) return found;
  const body = jsonBody(req);
  if (!body) return { error: scmError('SCM.0005') };
  const service = typeof body.target_service === 'string' ? normalizeService(body.target_service) : undefined;
  if (!service) return { error: scmError('SCM.0030') };
  if (found.cert.notAfter.getTime() < req.now.getTime()) return { error: scmError('SCM.0010') };
  return { cert: found.cert, body, service };
}

export function push(req: Request): Answer {
  const c = checked(req);
  if ('error' in c) return c.error;
  const project = c.body.target_project;
  if (typeof project !== 'string') return scmError('SCM.0005');
  const region = regionOfProject(project);
  if (c.service !== 'CDN' && region === undefined) return scmError('SCM.0069');
  c.cert.pushes.push({ service: c.service, project: c.service === 'CDN' ? '' : project, at: req.now.toISOString() });
  req.store.deployments.copy(c.cert, c.service, project, region ?? '', req.now);
  return { status: 204 };
}

export function batchPush(req: Request): Answer {
  const c = checked(req);
  if ('error' in c) return c.error;
  const projects = c.body.target_projects;
  if (!Array.isArray(projects) || projects.length < 1 || projects.length > 10 || projects.some((p) => typeof p !== 'string' || p.length < 1 || p.length > 32)) return scmError('SCM.0005');
  const results = (projects as string[]).map((project) => {
    const region = regionOfProject(project);
    if (region === undefined) return { project_name: project, cert_id: '', message: 'Invalid region id.' };
    c.cert.pushes.push({ service: c.service, project, at: req.now.toISOString() });
    // The copy created in ELB/WAF has its own id, which is not an SCM id.
    const copy = req.store.deployments.copy(c.cert, c.service, project, region, req.now);
    return { project_name: project, cert_id: copy.id, message: 'success' };
  });
  return { status: 200, body: { results } };
}
