// What --enterprise-project-id gives WAF in DeployCertificate. Each resource carries its own enterprise project
// (the SDK's DeployedResource.enterprise_project_id, "needed when deploying to WAF"): one id per resource, and
// ListDeployedResources does not say which project a WAF certificate is in. So: an id ("0", the default project,
// or a UUID; sent as given, WAF judges it) is sent with every WAF resource; "all" (or all_granted_eps), a listing's word for every project,
// names no resource's project: nothing is sent, WAF then looks in the default project, and that is said; several
// ids are refused, as scm cannot tell which resource is in which (one deploy per project does it). Pure.
export type WafProject =
  | { kind: 'none' }
  | { kind: 'one'; id: string }
  | { kind: 'all' }
  | { kind: 'several'; ids: string[] };

export function wafProject(value: string | undefined): WafProject {
  const ids = (value ?? '').split(/[\s,;]+/).filter((x) => x !== '');
  if (ids.length === 0) return { kind: 'none' };
  if (ids.length > 1) return { kind: 'several', ids };
  const id = ids[0]!;
  return /^(?:all|all_granted_eps)$/i.test(id) ? { kind: 'all' } : { kind: 'one', id };
}
