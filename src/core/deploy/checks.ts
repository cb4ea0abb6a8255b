// Offline checks before DeployCertificate (rules in src/core/rules/deploy-rules.ts), in two steps: what the
// command line says (the id, the service, the project an ELB/WAF certificate lives in, WAF-only options),
// then what the certificate itself allows once ShowCertificate (or the files) told its names: every CDN
// domain covered, not SM2, not expired (SCM.0010). `scm rotate` runs the second step over every resource it
// would move. Pure.
import { listOf, t, type Lang } from '../i18n.js';
import { toRow } from '../inventory/rows.js';
import { CERT_ID, normalizeService, regionOfProject } from '../push/index.js';
import { ruleFinding } from '../rules/finding.js';
import type { Finding } from '../rules/types.js';
import { covers } from '../validate/domains.js';
import { D } from './messages.js';
import { batchTargets, targetKey, targetOf, type DeployBatch, type DeployService, type DeployTarget, type WafExtras } from './targets.js';

export interface DeployInput extends WafExtras {
  id: string;
  service: string;
  project?: string;
  resources: readonly string[];
}

export interface DeployPlan {
  id: string;
  service: DeployService;
  /** '' for CDN. */
  project: string;
  targets: DeployTarget[];
  batches: DeployBatch[];
}

export interface DeployCheck {
  findings: Finding[];
  /** Present when no finding is an error. */
  plan?: DeployPlan;
}

/** The command line's part: findings, and the plan when none is an error. Resources given twice go once. */
export function checkDeploy(input: DeployInput, lang: Lang = 'en'): DeployCheck {
  const findings: Finding[] = [];
  const id = input.id.trim();
  if (!CERT_ID.test(id)) findings.push(ruleFinding('push-id-format', JSON.stringify(input.id), lang));
  const service = normalizeService(input.service);
  if (!service) findings.push(ruleFinding('deploy-service', JSON.stringify(input.service), lang));
  const project = input.project?.trim() ?? '';
  let region = 'global';
  if (service === 'CDN' && project) findings.push(ruleFinding('deploy-cdn-project', project, lang));
  if (service && service !== 'CDN') {
    if (!project) findings.push(ruleFinding('deploy-project-missing', t(lang, D.noProject, { service }), lang));
    else if (regionOfProject(project) === undefined) findings.push(ruleFinding('deploy-project-unknown', JSON.stringify(project), lang));
    else region = regionOfProject(project)!;
  }
  const wafOnly = [input.wafType ? '--waf-type' : '', input.enterpriseProjectId ? '--enterprise-project-id' : ''].filter(Boolean);
  if (service && service !== 'WAF' && wafOnly.length > 0) findings.push(ruleFinding('deploy-waf-only', t(lang, D.wafOnly, { flags: wafOnly.join(' '), service }), lang));
  if (service === 'WAF' && !input.wafType) findings.push(ruleFinding('deploy-waf-type-missing', t(lang, D.noWafType), lang));
  if (findings.some((f) => f.severity === 'error') || !service) return { findings };

  const targets: DeployTarget[] = [];
  const seen = new Set<string>();
  for (const raw of input.resources) {
    const resource = raw.trim();
    const target = targetOf(service, service === 'CDN' ? '' : project, region, resource, input);
    if (resource === '' || seen.has(targetKey(target))) continue;
    seen.add(targetKey(target));
    targets.push(target);
  }
  return { findings, plan: { id, service, project: service === 'CDN' ? '' : project, targets, batches: batchTargets(targets) } };
}

/** What a deployment needs to know of the certificate itself. */
export interface CertFacts {
  /** How to name it in a finding: its id, or its subject. */
  label: string;
  /** Every name it binds, lower-case. */
  names: readonly string[];
  notAfter?: Date;
  sm2: boolean;
}

/** SCM's signature algorithm names SM2 certificates (SM3withSM2); nothing else in ShowCertificate does. */
const SM2_ALGORITHM = /sm2|sm3/i;

/** The facts from a ShowCertificate body (or a ListCertificates item). */
export function certFactsOf(item: Readonly<Record<string, unknown>>): CertFacts {
  const row = toRow(item);
  const algorithm = typeof item.signature_algorithm === 'string' ? item.signature_algorithm : '';
  return { label: row.id || row.domain, names: row.names, ...(row.notAfter ? { notAfter: row.notAfter } : {}), sm2: SM2_ALGORITHM.test(algorithm) };
}

/**
 * The certificate's part: SM2 and an expired certificate are refused for every target (SCM.0010), and each
 * CDN domain must be one of its names (wildcards as a TLS client matches them). One finding per domain.
 */
export function certificateFindings(cert: CertFacts, targets: readonly Pick<DeployTarget, 'service' | 'resource'>[], now: Date, lang: Lang = 'en'): Finding[] {
  const findings: Finding[] = [];
  if (cert.sm2) findings.push(ruleFinding('target-sm2-unsupported', t(lang, D.sm2, { cert: cert.label }), lang));
  if (cert.notAfter && cert.notAfter.getTime() <= now.getTime()) findings.push(ruleFinding('target-cert-expired', t(lang, D.expired, { cert: cert.label, date: cert.notAfter.toISOString() }), lang));
  const names = cert.names.length > 0 ? listOf(lang, [...cert.names]) : t(lang, D.noNames);
  const asked = new Set<string>();
  for (const target of targets) {
    const domain = target.resource.toLowerCase();
    if (target.service !== 'CDN' || asked.has(domain)) continue;
    asked.add(domain);
    if (!cert.names.some((name) => covers(name, domain))) findings.push(ruleFinding('deploy-cdn-not-covered', t(lang, D.notCovered, { domain: target.resource, names }), lang));
  }
  return findings;
}
