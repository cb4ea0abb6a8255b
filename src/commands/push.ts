// `scm push ID --service CDN|WAF|ELB [--project REGION]...`: offline checks first (nothing is sent when one
// fails: exit 1), then one PushCertificate or batch pushes, and a result per project.
import { connect, flagsFrom } from '../api/connect.js';
import { executePush } from '../api/push.js';
import { requireAuth } from '../config/index.js';
import type { Ctx } from '../context.js';
import { langFromEnv } from '../core/catalogue/index.js';
import { checkPush, type PushPlan } from '../core/push/index.js';
import { ExitCode, ScmCliError, UsageError } from '../errors.js';
import { createProgress } from '../io/progress.js';
import { pushOutcomeJson, renderFindings, renderPushOutcome } from '../render/push.js';
import { redactRequest, renderDryRun, type PlannedRequest } from '../render/upload.js';

interface PushOptions {
  service?: string;
  project?: string[];
  region?: string;
  endpoint?: string;
  timeout?: string;
  retries?: number;
  dryRun?: boolean;
  json?: boolean;
  quiet?: boolean;
}

export function plannedPushRequests(plan: PushPlan): Array<Omit<PlannedRequest, 'url' | 'headers'> & { path: string }> {
  if (plan.mode === 'single') return [{ method: 'POST', path: `/v3/scm/certificates/${plan.id}/push`, body: { target_project: plan.projects[0] ?? '', target_service: plan.service } }];
  return plan.batches.map((batch) => ({ method: 'POST', path: `/v3/scm/certificates/${plan.id}/batch-push`, body: { target_projects: batch, target_service: plan.service } }));
}

export async function run({ args, opts }: { args: string[]; opts: PushOptions }, ctx: Ctx): Promise<number> {
  const lang = langFromEnv(ctx.env);
  if (!opts.service) throw new UsageError('missing --service', { hint: 'scm push ID --service CDN|WAF|ELB [--project REGION]...' });
  const check = checkPush({ id: args[0] ?? '', service: opts.service, projects: opts.project ?? [] }, lang);
  const warnings = check.findings.filter((f) => f.severity !== 'error');
  if (!check.plan) {
    if (opts.json) ctx.stdout.write(`${JSON.stringify({ schemaVersion: 1, pushed: false, sent: false, findings: check.findings }, null, 2)}\n`);
    else ctx.stderr.write(`${renderFindings(check.findings, ctx.errStyle)}${ctx.errStyle.red('scm:')} push refused offline: nothing was sent\n`);
    return ExitCode.NO;
  }
  if (warnings.length > 0 && !opts.json && !opts.quiet) ctx.stderr.write(renderFindings(warnings, ctx.errStyle));

  const progress = await createProgress(ctx, Boolean(opts.json || opts.quiet));
  const { client, settings } = await connect(flagsFrom(opts), ctx, { onRetry: (m) => progress.note(m), quiet: Boolean(opts.quiet || opts.json) });
  if (opts.dryRun) {
    const planned = plannedPushRequests(check.plan).map((p) => {
      const text = JSON.stringify(p.body);
      const { url, headers } = client.prepare('POST', p.path, {}, text);
      return { method: p.method, url: url.href, headers, body: p.body };
    });
    if (opts.json) ctx.stdout.write(`${JSON.stringify({ schemaVersion: 1, dryRun: true, sent: false, endpointFrom: settings.endpointFrom, requests: planned.map(redactRequest), findings: warnings }, null, 2)}\n`);
    else ctx.stdout.write(planned.map((r) => renderDryRun(r, ctx.style)).join('\n'));
    ctx.stderr.write('dry run: nothing was sent\n');
    return ExitCode.OK;
  }
  requireAuth(settings);
  let outcome;
  try {
    outcome = await executePush(client, check.plan, (t) => progress.step(t));
  } catch (e) {
    progress.fail();
    throw e;
  }
  progress.done();
  if (opts.json) ctx.stdout.write(`${JSON.stringify({ schemaVersion: 1, pushed: true, ...pushOutcomeJson(outcome), findings: warnings }, null, 2)}\n`);
  else if (!opts.quiet) ctx.stdout.write(renderPushOutcome(outcome, ctx.style));
  const failed = outcome.rows.filter((r) => !r.ok);
  if (failed.length > 0) {
    throw new ScmCliError(`push failed for ${failed.length} of ${outcome.rows.length} projects: ${failed.map((r) => `${r.project} (${r.message})`).join(', ')}`, ExitCode.API, {
      hint: 'check the project names (region ids such as cn-north-4); the others were pushed',
    });
  }
  return ExitCode.OK;
}
