// Offline checks for `scm push` (rules in src/core/rules/push-rules.ts) and the plan of API calls they allow:
// one project -> PushCertificate, several -> BatchPushCertificate in batches of at most 10. Pure.
import type { Lang } from '../catalogue/types.js';
import { t } from '../i18n.js';
import { ruleById } from '../rules/table.js';
import type { Finding } from '../rules/types.js';
import { M } from './messages.js';
import { regionOfProject } from './regions.js';

export { KNOWN_REGIONS, regionOfProject } from './regions.js';

export const SERVICES = ['CDN', 'WAF', 'ELB'] as const;
export type PushService = (typeof SERVICES)[number];
export const CERT_ID = /^scs\d{13}$/;
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

function finding(ruleId: string, detail: string, lang: Lang): Finding {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`unknown rule ${ruleId}`);
  return { rule: rule.id, severity: rule.severity, code: rule.code, message: `${rule.title[lang]}: ${detail}`, fix: rule.fix[lang] };
}

/** `waf` and `Waf` mean WAF (the API's own examples use lower case); anything else is undefined. */
export function normalizeService(service: string): PushService | undefined {
  const upper = service.trim().toUpperCase();
  return (SERVICES as readonly string[]).includes(upper) ? (upper as PushService) : undefined;
}

export function checkPush(input: PushInput, lang: Lang = 'en'): PushCheck {
  const findings: Finding[] = [];
  const id = input.id.trim();
  if (!CERT_ID.test(id)) findings.push(finding('push-id-format', JSON.stringify(input.id), lang));
  const service = normalizeService(input.service);
  if (!service) findings.push(finding('push-service', JSON.stringify(input.service), lang));

  const projects = [...new Set(input.projects.map((p) => p.trim()))];
  if (service === 'CDN') {
    if (projects.length > 0) findings.push(finding('push-cdn-project', projects.join(', '), lang));
  } else if (service) {
    if (projects.length === 0) findings.push(finding('push-project-missing', t(lang, M.noProject, { service }), lang));
    for (const p of projects) if (regionOfProject(p) === undefined) findings.push(finding('push-project-unknown', JSON.stringify(p), lang));
  }

  if (findings.some((f) => f.severity === 'error') || !service) return { findings };
  const targets = service === 'CDN' ? [] : projects;
  const batches: string[][] = [];
  for (let i = 0; i < targets.length; i += BATCH_LIMIT) batches.push(targets.slice(i, i + BATCH_LIMIT));
  return { findings, plan: { id, service, projects: targets, mode: targets.length > 1 ? 'batch' : 'single', batches } };
}
