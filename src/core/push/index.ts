// Offline checks for `scm push` (rules in src/core/rules/push-rules.ts) and the plan of API calls they allow:
// one project -> PushCertificate, several -> BatchPushCertificate in batches of at most 10. Pure.
import { CERT_ID } from '../cert-id.js';
import { listOf, t, type Lang } from '../i18n.js';
import { ruleFindingSaid as finding } from '../rules/finding.js';
import type { Finding } from '../rules/types.js';
import { editDistance, nearest } from '../similar.js';
import { SIMILAR } from '../messages.js';
import { P } from './messages.js';
import { KNOWN_REGIONS, regionOfProject } from './regions.js';

export { CERT_ID };
export { KNOWN_REGIONS, regionOfProject } from './regions.js';

export const SERVICES = ['CDN', 'WAF', 'ELB'] as const;
export type PushService = (typeof SERVICES)[number];
/** BatchPushCertificate takes 1 to 10 target projects per call. */
export const BATCH_LIMIT = 10;

export interface PushInput {
  id: string;
  service: string;
  projects: string[];
}

export interface PushPlan {
  id: string;
  service: PushService;
  /** Deduplicated, in the order given; empty for CDN. */
  projects: string[];
  /** `single`: one PushCertificate call (CDN, or one project); `batch`: BatchPushCertificate per chunk. */
  mode: 'single' | 'batch';
  batches: string[][];
}

export interface PushCheck {
  findings: Finding[];
  /** Present when no finding is an error. */
  plan?: PushPlan;
}

/** Which command the push was asked of: its fixes are said in that command's syntax. */
export interface PushSyntax {
  /** `scm upload --push TARGET`: the target as typed. Absent: `scm push --service S --project R`. */
  uploadTarget?: string;
}

/** `waf` and `Waf` mean WAF (the API's own examples use lower case); anything else is undefined. */
export function normalizeService(service: string): PushService | undefined {
  const upper = service.trim().toUpperCase();
  return (SERVICES as readonly string[]).includes(upper) ? (upper as PushService) : undefined;
}

/** The nearest known region to a typo (cn-nort-4 → cn-north-4); a sub-project keeps its own part. */
export function suggestProject(project: string): string | undefined {
  const underscore = project.indexOf('_');
  const region = underscore < 0 ? project : project.slice(0, underscore);
  const [near] = nearest(region.toLowerCase(), KNOWN_REGIONS, 1);
  if (near === undefined) return undefined;
  // `cn-north-4_` (an empty sub-project): the region alone; never "did you mean" what was typed.
  const sub = underscore < 0 || underscore === project.length - 1 ? '' : project.slice(underscore);
  return near + sub === project ? undefined : near + sub;
}

const didYouMean = (lang: Lang, names: string | undefined): string => (names ? t(lang, SIMILAR.didYouMean, { names }) : '');

/** Projects as given: repeated flags, and each may be a comma-separated list (`--project a,b`, as in `--push WAF:a,b`). */
export const splitProjects = (projects: readonly string[]): string[] => [...new Set(projects.flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean))];

/** A plan's calls: one PushCertificate for CDN or one project, else batches of at most BATCH_LIMIT projects. */
function planFor(id: string, service: PushService, targets: string[]): PushPlan {
  const batches: string[][] = [];
  for (let i = 0; i < targets.length; i += BATCH_LIMIT) batches.push(targets.slice(i, i + BATCH_LIMIT));
  return { id, service, projects: targets, mode: targets.length > 1 ? 'batch' : 'single', batches };
}

/**
 * One plan per service (`upload --push WAF:a --push waf:a,b`): every WAF/ELB push makes another copy, so a target
 * named twice must be pushed once. In the order first given; a project once.
 */
export function mergePlans(plans: readonly PushPlan[]): PushPlan[] {
  const by = new Map<PushService, PushPlan>();
  for (const p of plans) {
    const seen = by.get(p.service);
    by.set(p.service, seen ? planFor(seen.id, p.service, [...new Set([...seen.projects, ...p.projects])]) : p);
  }
  return [...by.values()];
}

export function checkPush(input: PushInput, lang: Lang = 'en', syntax: PushSyntax = {}): PushCheck {
  const findings: Finding[] = [];
  const upload = syntax.uploadTarget !== undefined;
  const id = input.id.trim();
  if (!CERT_ID.test(id)) findings.push(finding('push-id-format', t(lang, P.idFormat, { id: input.id }), lang));
  const service = normalizeService(input.service);
  if (!service) {
    // Three letters leave room for one typo only (OBS is not ELB).
    const near = SERVICES.find((s) => editDistance(input.service.trim().toUpperCase(), s) === 1);
    findings.push(finding('push-service', t(lang, P.service, { service: input.service, suggest: didYouMean(lang, near) }), lang, upload ? t(lang, P.fixService) : undefined));
  }

  const projects = splitProjects(input.projects);
  if (service === 'CDN') {
    if (projects.length > 0) {
      findings.push(upload
        ? finding('push-cdn-project', t(lang, P.cdnRegion, { target: syntax.uploadTarget! }), lang, t(lang, P.fixCdnRegion))
        : finding('push-cdn-project', t(lang, P.cdnProject, { projects: listOf(lang, projects) }), lang));
    }
  } else if (service) {
    if (projects.length === 0) {
      findings.push(upload
        ? finding('push-project-missing', t(lang, P.regionMissing, { target: syntax.uploadTarget!.trim(), service }), lang, t(lang, P.fixRegionMissing, { service }))
        : finding('push-project-missing', t(lang, P.projectMissing, { service }), lang));
    }
    for (const p of projects) {
      if (regionOfProject(p) !== undefined) continue;
      const message = t(lang, P.projectUnknown, { project: p, suggest: didYouMean(lang, suggestProject(p)) });
      findings.push(finding('push-project-unknown', message, lang, upload ? t(lang, P.fixRegionUnknown, { service }) : undefined));
    }
  }

  if (findings.some((f) => f.severity === 'error') || !service) return { findings };
  return { findings, plan: planFor(id, service, service === 'CDN' ? [] : projects) };
}
