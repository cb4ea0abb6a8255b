// DeployCertificate (`POST /v3/scm/certificates/{id}/deploy`): the certificate replaces what each resource
// holds (an ELB/WAF certificate in a project, a CDN domain), as ListDeployedResources then reports. The answer
// is HTTP 200 even when resources fail, with `failure_list` (lifecycle-research §1.6): an unknown resource, a
// CDN domain the certificate does not cover, a WAF type other than premium/cloud, and the resources a fault
// names (`fail_resources`). Whole-request errors: the id (SCM.0020/0008), the body and 1-20 resources
// (SCM.0005), the service (SCM.0030), the project of ELB/WAF (SCM.0069), SM2 or expired (SCM.0010).
import { covers } from '../../core/validate/domains.js';
import { normalizeService, regionOfProject } from '../../core/push/index.js';
import type { DeployService } from '../deployments.js';
import type { StoredCert } from '../store.js';
import { jsonBody, pathCert, scmError, type Answer, type Request } from './context.js';

/** SM2 (国密) certificates cannot be deployed to other cloud services (TF deploy doc). */
export const isSm2 = (c: StoredCert): boolean => c.encCertificate !== '' || /sm2|sm3/i.test(c.signatureAlgorithm ?? '');

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

export function deploy(req: Request): Answer {
  const found = pathCert(req);
  if ('error' in found) return found.error;
  const cert = found.cert;
  const body = jsonBody(req);
  if (!body) return scmError('SCM.0005');
  const service = typeof body.service_name === 'string' ? normalizeService(body.service_name) : undefined;
  if (!service) return scmError('SCM.0030');
  const resources = body.resources;
  if (!Array.isArray(resources) || resources.length < 1 || resources.length > 20 || resources.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) return scmError('SCM.0005');
  let region = 'global';
  if (service !== 'CDN') {
    const project = str(body.project_name);
    if (!project || regionOfProject(project) === undefined) return scmError('SCM.0069');
    region = regionOfProject(project)!;
  }
  req.store.requests.deploys.push({ certificate_id: cert.id, service, region, resources: resources.length });
  if (isSm2(cert) || cert.notAfter.getTime() < req.now.getTime()) return scmError('SCM.0010');

  const failure_list: Array<{ resource: string; failure_info: string }> = [];
  req.store.deployments.lagBehind(req.behaviour.deployedLag);
  for (const raw of resources as Array<Record<string, unknown>>) {
    const name = service === 'CDN' ? str(raw.domain_name) : str(raw.id);
    if (!name) {
      failure_list.push({ resource: '', failure_info: service === 'CDN' ? 'domain_name is required for CDN.' : 'id is required for ELB and WAF.' });
      continue;
    }
    const why = refusal(req, cert, service, region, name, raw);
    if (why) failure_list.push({ resource: name, failure_info: why });
    else req.store.deployments.assign(service, region, name, cert.id, req.now);
  }
  return { status: 200, body: { failure_list } };
}

/** Why this resource cannot take the certificate, in the target service's words; undefined when it can. */
function refusal(req: Request, cert: StoredCert, service: DeployService, region: string, name: string, raw: Record<string, unknown>): string | undefined {
  const forced = req.failResources?.find((r) => r.toLowerCase() === name.toLowerCase());
  if (forced !== undefined) return req.failureInfo ?? `${service}.00010001 Deployment failed (fault injected for ${name}).`;
  const resource = req.store.deployments.get(service, region, name);
  if (service === 'CDN') {
    if (!resource || resource.kind !== 'domain') return `CDN.00010010 The domain ${name} does not exist.`;
    if (![cert.domain, ...cert.sans].some((n) => covers(n, name.toLowerCase()))) return `CDN.00010045 The certificate does not match the domain ${name}.`;
    return undefined;
  }
  if (!resource) return `${service}.0404 The ${service} certificate ${name} does not exist in ${region}.`;
  if (service === 'WAF' && raw.type !== undefined && raw.type !== 'premium' && raw.type !== 'cloud') return 'WAF.00010001 Invalid type: premium or cloud.';
  return undefined;
}
