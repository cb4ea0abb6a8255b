// `scm push ID --service CDN|WAF|ELB [--project REGION]...`: offline checks first (nothing is sent when one
// fails: exit 1), then one PushCertificate or batch pushes, and a result per project (also after Ctrl-C or
// SIGTERM, before exit 130/143: which request was on its way, which were not sent).
import { connect, flagsFrom, requireAuth } from '../shared/connect.js';
import { ScmApiError } from '../../api/errors.js';
import { executePush, PushInterrupted, type PushOutcome } from '../../api/push.js';
import type { Ctx } from '../../context.js';
import { checkPush } from '../../core/push/index.js';
import { ExitCode, UsageError } from '../../errors.js';
import { createProgress } from '../../io/progress.js';
import { jsonDocument, jsonErrorLine } from '../../render/json.js';
import { t } from '../../core/i18n.js';
import { errorLine } from '../../render/diagnostics.js';
import { errLayout, renderFindings } from '../../render/findings.js';
import { redactRequest, renderDryRun } from '../../render/requests.js';
import { pushFailure } from './failure.js';
import { M } from './messages.js';
import { pushOutcomeJson, renderPushOutcome } from './render.js';

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

const PUSH_PHASE = { en: 'the push', zh: '推送' };

export async function run({ args, opts }: { args: string[]; opts: PushOptions }, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  if (!opts.service) throw new UsageError(t(lang, M.missingService), { hint: t(lang, M.missingServiceHint) });
  const check = checkPush({ id: args[0] ?? '', service: opts.service, projects: opts.project ?? [] }, lang);
  const warnings = check.findings.filter((f) => f.severity !== 'error');
  const layout = errLayout(ctx);
  if (!check.plan) {
    const message = t(lang, M.refused);
    if (opts.json) {
      ctx.stdout.write(jsonDocument({ pushed: false, sent: false, findings: check.findings }));
      ctx.stderr.write(jsonErrorLine({ type: 'PushRefused', message, exitCode: ExitCode.NO }));
    } else ctx.stderr.write(`${renderFindings(check.findings, layout)}${errorLine(ctx.errStyle, message, layout.width)}`);
    return ExitCode.NO;
  }
  if (warnings.length > 0 && !opts.json && !opts.quiet) ctx.stderr.write(renderFindings(warnings, layout));

  const progress = await createProgress(ctx, Boolean(opts.json || opts.quiet));
  const { client, settings } = await connect(flagsFrom(opts, ctx.lang), ctx, { onRetry: (m) => progress.note(m), quiet: Boolean(opts.quiet), json: Boolean(opts.json), phase: PUSH_PHASE });
  if (opts.dryRun) {
    const { preparePushes } = await import('../../api/plan.js');
    const planned = preparePushes(client, check.plan);
    if (opts.json) ctx.stdout.write(jsonDocument({ dryRun: true, sent: false, endpointFrom: settings.endpointFrom, requests: planned.map(redactRequest), findings: warnings }));
    // -q: no output on success, a dry run's plan and its "nothing was sent" included.
    else if (!opts.quiet) {
      ctx.stdout.write(planned.map((r) => renderDryRun(r, ctx.style, lang)).join('\n'));
      ctx.stderr.write(`${t(lang, M.dryRun)}\n`);
    }
    return ExitCode.OK;
  }
  requireAuth(settings, true);
  // Every row goes to stdout, pushed or not, before the exit status says how it went.
  const report = (outcome: PushOutcome, interrupted = false): void => {
    if (opts.json) ctx.stdout.write(jsonDocument({ pushed: outcome.rows.some((r) => r.ok), ...pushOutcomeJson(outcome, interrupted), findings: warnings }));
    else if (!opts.quiet || outcome.rows.some((r) => !r.ok)) ctx.stdout.write(renderPushOutcome(outcome, ctx.style, lang));
  };
  let outcome;
  try {
    outcome = await executePush(client, check.plan, { onStep: (text) => progress.step(text) });
  } catch (e) {
    progress.fail();
    // Ctrl-C/SIGTERM: what was pushed so far goes to stdout all the same; cli.ts then says "interrupted".
    if (e instanceof PushInterrupted) report(e.outcome, true);
    throw e;
  }
  progress.done();
  report(outcome);
  const failure = pushFailure([outcome], lang);
  if (failure instanceof ScmApiError) failure.withFiredRules(check.findings.map((f) => f.rule));
  if (failure) throw failure;
  return ExitCode.OK;
}
