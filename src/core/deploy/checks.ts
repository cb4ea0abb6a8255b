// Offline checks before DeployCertificate (rules in src/core/rules/deploy-rules.ts), in two steps: what the
// command line says (the id, the service, the project an ELB/WAF certificate lives in, WAF-only options),
// then what the certificate itself allows once ShowCertificate (or the files) told its names: every CDN
// domain covered, not SM2, not expired (SCM.0010). `scm rotate` runs the second step over every resource it
// would move. Pure.
import { listOf, literal, t, type Lang } from '../i18n.js';
import { toRow } from '../inventory/rows.js';
import { scmShort } from '../inventory/time.js';
import { CERT_ID, normalizeService, regionOfProject } from '../push/index.js';
import { P } from '../push/messages.js';
import { ruleFinding, ruleFindingSaid } from '../rules/finding.js';
import type { Finding } from '../rules/types.js';
import { covers, hostForm, hostShown } from '../validate/domains.js';
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
  // The id in push's words (and show's, delete's, rotate's ...): the same mistake is said one way everywhere.
  if (!CERT_ID.test(id)) findings.push(ruleFindingSaid('push-id-format', t(lang, P.idFormat, { id: input.id }), lang));
  const service = normalizeService(input.service);
  if (!service) findings.push(ruleFinding('deploy-service', literal(lang, input.service), lang));
  const project = input.project?.trim() ?? '';
  let region = 'global';
  if (service === 'CDN' && project) findings.push(ruleFinding('deploy-cdn-project', project, lang));
  if (service && service !== 'CDN') {
    if (!project) findings.push(ruleFinding('deploy-project-missing', t(lang, D.noProject, { service }), lang));
    else if (regionOfProject(project) === undefined) findings.push(ruleFinding('deploy-project-unknown', literal(lang, project), lang));
    else region = regionOfProject(project)!;
  }
  const wafOnly = [input.wafType ? '--waf-type' : '', input.enterpriseProjectId ? '--enterprise-project-id' : ''].filter(Boolean);
  if (service && service !== 'WAF' && wafOnly.length > 0) findings.push(ruleFinding('deploy-waf-only', t(lang, D.wafOnly, { flags: wafOnly.join(' '), service }), lang));
  if (service === 'WAF' && !input.wafType) findings.push(ruleFinding('deploy-waf-type-missing', t(lang, D.noWafType), lang));
  if (findings.some((f) => f.severity === 'error') || !service) return { findings };

  const targets: DeployTarget[] = [];
  const seen = new Set<string>();
  for (const raw of input.resources) {
    // A CDN domain as CDN and ListDeployedResources name it, in lower case: a service that looks domains up as
    // written would not find `WWW.Example.com`. ELB and WAF ids are sent as given.
    const resource = service === 'CDN' ? raw.trim().toLowerCase() : raw.trim();
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

/** The certificate an ELB or WAF resource holds before a rotation: the names it serves there. */
export interface Replaced {
  id: string;
  names: readonly string[];
}

/** A resource a certificate is to be deployed to; `replaces` when it is known what the resource holds now. */
export type CheckedTarget = Pick<DeployTarget, 'service' | 'resource'> & Partial<Pick<DeployTarget, 'region' | 'body'>> & { replaces?: Replaced };

/**
 * The one coverage rule of deploy and rotate: the names of `needed` that none of `names` covers (a wildcard
 * as a TLS client matches it; a wildcard needed is covered by the same wildcard only).
 */
export function uncovered(names: readonly string[], needed: readonly string[]): string[] {
  return [...new Set(needed.map(hostForm))].filter((n) => !names.some((name) => covers(name, n)));
}

/** `rotate --domain D`: the new certificate must cover D (when SCM or the files give its names at all). */
export function domainFindings(cert: CertFacts, domain: string | undefined, lang: Lang = 'en'): Finding[] {
  if (domain === undefined || cert.names.length === 0 || uncovered(cert.names, [domain]).length === 0) return [];
  return [ruleFinding('rotate-domain-not-covered', t(lang, D.notCovered, { domain: hostShown(domain, lang), names: listOf(lang, [...cert.names]) }), lang)];
}

/**
 * The certificate's part: SM2 and an expired certificate are refused for every target (SCM.0010); each
 * CDN domain must be one of its names (one finding per domain); and an ELB or WAF certificate it replaces
 * serves every name of the certificate it holds, so each of those must be one of its names too (one finding
 * per certificate replaced, naming what it would leave uncovered).
 */
export function certificateFindings(cert: CertFacts, targets: readonly CheckedTarget[], now: Date, lang: Lang = 'en'): Finding[] {
  const findings: Finding[] = [];
  if (cert.sm2) findings.push(ruleFinding('target-sm2-unsupported', t(lang, D.sm2, { cert: cert.label }), lang));
  if (cert.notAfter && cert.notAfter.getTime() < now.getTime()) findings.push(ruleFinding('target-cert-expired', t(lang, D.expired, { cert: cert.label, date: scmShort(cert.notAfter) }), lang));
  // rotate's targets come from ListDeployedResources, which does not say a WAF resource's edition.
  const untyped = targets.filter((x) => x.service === 'WAF' && x.body !== undefined && !('type' in x.body && x.body.type));
  if (untyped.length > 0) findings.push(ruleFinding('deploy-waf-type-missing', t(lang, D.noWafTypeFor, { count: untyped.length }), lang));
  const names = cert.names.length > 0 ? listOf(lang, [...cert.names]) : t(lang, D.noNames);
  const asked = new Set<string>();
  const narrowed = new Map<string, { missing: string[]; where: string[] }>();
  for (const target of targets) {
    if (target.service === 'CDN') {
      const domain = target.resource.toLowerCase();
      if (asked.has(domain)) continue;
      asked.add(domain);
      if (uncovered(cert.names, [domain]).length > 0) findings.push(ruleFinding('deploy-cdn-not-covered', t(lang, D.notCovered, { domain: target.resource, names }), lang));
      continue;
    }
    if (!target.replaces) continue;
    const missing = uncovered(cert.names, target.replaces.names);
    if (missing.length === 0) continue;
    const entry = narrowed.get(target.replaces.id) ?? { missing, where: [] };
    entry.where.push([target.service, target.region, target.resource].filter(Boolean).join(' '));
    narrowed.set(target.replaces.id, entry);
  }
  for (const [id, { missing, where }] of narrowed) {
    findings.push(ruleFinding('rotate-names-not-covered', t(lang, D.narrower, { id, missing: listOf(lang, missing), where: listOf(lang, where), names }), lang));
  }
  return findings;
}
