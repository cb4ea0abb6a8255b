// Carrying out a checked push plan (src/core/push): one PushCertificate, or BatchPushCertificate per chunk
// of ten projects, collected into one row per project.
import type { PushPlan } from '../core/push/index.js';
import type { ScmClient } from './client.js';

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
  if (plan.mode === 'single') {
    const project = plan.projects[0] ?? '';
    onStep?.(`pushing ${plan.id} to ${plan.service}${project ? ` in ${project}` : ''}`);
    const r = await client.push(plan.id, { target_project: project, target_service: plan.service });
    if (r.requestId) out.requestIds.push(r.requestId);
    out.rows.push({ project, ok: true, message: 'success' });
    return out;
  }
  for (const [i, batch] of plan.batches.entries()) {
    onStep?.(`pushing ${plan.id} to ${plan.service} in ${batch.length} projects${plan.batches.length > 1 ? ` (batch ${i + 1} of ${plan.batches.length})` : ''}`);
    const r = await client.batchPush(plan.id, { target_projects: batch, target_service: plan.service });
    if (r.requestId) out.requestIds.push(r.requestId);
    for (const project of batch) {
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
