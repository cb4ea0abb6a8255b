// ListDeployedResources (`POST /v3/scm/deployed-resources`): for each certificate id asked, the resources
// holding it, grouped by service then region (lifecycle-research §1.7). `resource_location` is "global" for
// CDN and "region" for ELB/WAF (the docs say only "global service or region-level service"). An id SCM does
// not hold is answered with no resources.
import { DEPLOY_SERVICES, type DeployService, type Resource } from '../deployments.js';
import { jsonBody, scmError, type Answer, type Request } from './context.js';

const KNOWN = new Set(['CDN', 'WAF', 'ELB', 'OSB', 'ALL']);

export function deployedResources(req: Request): Answer {
  const body = jsonBody(req);
  const ids = body?.certificate_ids;
  const names = body?.service_names;
  if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string')) return scmError('SCM.0005');
  if (!Array.isArray(names) || names.length === 0 || names.some((n) => typeof n !== 'string' || !KNOWN.has(n.toUpperCase()))) return scmError('SCM.0005');
  const asked = names.map((n) => (n as string).toUpperCase());
  const services = DEPLOY_SERVICES.filter((s) => asked.includes('ALL') || asked.includes(s));
  // One read of the resources for every id asked (a lag, option deployed_lag, counts reads, not ids).
  const shown = req.store.deployments.shown();
  const results = (ids as string[]).map((id) => {
    const using = shown.filter((r) => r.certificateId === id && services.includes(r.service));
    const deployed = services.map((service) => detailOf(req, service, using.filter((r) => r.service === service))).filter((d) => d.resource_num > 0 || d.region_resources.length > 0);
    return { certificate_id: id, total_num: using.length, deployed_resources: deployed };
  });
  return { status: 200, body: { results } };
}

function detailOf(req: Request, service: DeployService, resources: Resource[]) {
  const regions = [...new Set(resources.map((r) => r.region))];
  // A region flagged unreliable is reported (is_error: true) even when nothing is counted there.
  for (const flagged of req.store.deployments.unreliable) {
    const [s, region] = flagged.split(':');
    if (s === service && region && !regions.includes(region)) regions.push(region);
  }
  return {
    service,
    resource_num: resources.length,
    resource_location: service === 'CDN' ? 'global' : 'region',
    region_resources: regions.map((region) => ({
      region_id: region,
      is_error: req.store.deployments.isUnreliable(service, region),
      resources: resources.filter((r) => r.region === region).map((r) => ({ resource_id: r.id, resource_name: r.name })),
    })),
  };
}
