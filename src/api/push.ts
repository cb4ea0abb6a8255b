// Carrying out a checked push plan (src/core/push): one PushCertificate, or BatchPushCertificate per chunk
// of ten projects, collected into one row per project.
import type { PushPlan } from '../core/push/index.js';
import type { ScmClient } from './client.js';
import { PATHS, type BatchPushBody, type PushBody } from './types.js';

export type PushRequest =
  | { operation: 'push'; path: string; body: PushBody; projects: string[] }
  | { operation: 'batch-push'; path: string; body: BatchPushBody; projects: string[] };

/** The requests a plan makes, in order: one push, or one batch-push per chunk of ten projects. */
export function pushRequests(plan: PushPlan): PushRequest[] {
  if (plan.mode === 'single') {
    const project = plan.projects[0] ?? '';
    return [{ operation: 'push', path: PATHS.push(plan.id), body: { target_project: project, target_service: plan.service }, projects: [project] }];
  }
  return plan.batches.map((batch) => ({ operation: 'batch-push', path: PATHS.batchPush(plan.id), body: { target_projects: batch, target_service: plan.service }, projects: batch }));
}

export interface PushRow {
  /** '' for CDN (global). */
  project: string;
  ok: boolean;
  message: string;
  /** The id of the copy created in ELB/WAF (batch-push only); not an SCM id. */
  certId?: string;
}

export interface PushOutcome {
  id: string;
  service: string;
  mode: PushPlan['mode'];
  rows: PushRow[];
  requestIds: string[];
}

export async function executePush(client: ScmClient, plan: PushPlan, onStep?: (text: string) => void): Promise<PushOutcome> {
  const out: PushOutcome = { id: plan.id, service: plan.service, mode: plan.mode, rows: [], requestIds: [] };
  const requests = pushRequests(plan);
  for (const [i, req] of requests.entries()) {
    if (req.operation === 'push') {
      const project = req.body.target_project;
      onStep?.(`pushing ${plan.id} to ${plan.service}${project ? ` in ${project}` : ''}`);
      const r = await client.push(plan.id, req.body);
      if (r.requestId) out.requestIds.push(r.requestId);
      out.rows.push({ project, ok: true, message: 'success' });
      continue;
    }
    onStep?.(`pushing ${plan.id} to ${plan.service} in ${req.projects.length} projects${requests.length > 1 ? ` (batch ${i + 1} of ${requests.length})` : ''}`);
    const r = await client.batchPush(plan.id, req.body);
    if (r.requestId) out.requestIds.push(r.requestId);
    for (const project of req.projects) {
      const res = r.results.find((x) => x.project_name === project);
      if (!res) out.rows.push({ project, ok: false, message: 'no result returned for this project' });
      else {
        const ok = res.message.toLowerCase() === 'success' || (res.cert_id !== '' && !/fail|invalid|error/i.test(res.message));
        out.rows.push({ project, ok, message: res.message, ...(res.cert_id ? { certId: res.cert_id } : {}) });
      }
    }
  }
  return out;
}
