// `scm deploy --dry-run`: the requests a run would send, and nothing that changes SCM. With credentials it reads
// first as the run does (ShowCertificate, ListDeployedResources: src/commands/deploy/look.ts), so that it refuses
// what the run would refuse (exit 1), leaves out the resources that hold the certificate already and counts the
// cost of the others; without them it plans from the command line alone and says which checks were not made.
import type { Ctx } from '../../context.js';
import { batchTargets, deployBody, WAF_TYPE_GUESSES, withWafType, type DeployPlan } from '../../core/deploy/index.js';
import { listOf, t } from '../../core/i18n.js';
import type { Finding } from '../../core/rules/types.js';
import { ExitCode } from '../../errors.js';
import { jsonDocument } from '../../render/json.js';
import { redactRequest, renderDryRun } from '../../render/requests.js';
import { PATHS } from '../../api/types.js';
import { refuse } from '../shared/refusal.js';
import { openSession, type SessionOptions } from '../shared/session.js';
import { lookBeforeDeploy, type Look } from './look.js';
import { M } from './messages.js';

export interface DryRunSay {
  say: (text: string) => void;
  note: (text: string) => void;
}

export async function dryRun(plan: DeployPlan, warnings: readonly Finding[], opts: SessionOptions, ctx: Ctx, out: DryRunSay): Promise<number> {
  const lang = ctx.lang;
  const json = opts.json === true;
  const s = await openSession(opts, ctx, M.phase, true, true);
  const look: Look | undefined = s.settings.auth ? await lookBeforeDeploy(s, plan, ctx) : undefined;
  if (look && look.refusals.length > 0) {
    return refuse(ctx, { json, findings: [...warnings, ...look.refusals], message: t(lang, M.refusedAfterLook), type: 'DeployRefused', doc: { dryRun: true, deployed: false, sent: false } });
  }
  const targets = look ? look.toSend : plan.targets;
  const requests = batchTargets(targets).map((b) => {
    // As the first request is sent: a WAF resource without --waf-type as the first edition tried.
    const body = deployBody(withWafType(b, WAF_TYPE_GUESSES[0]));
    const { url, headers } = s.client.prepare('POST', PATHS.deploy(plan.id), {}, JSON.stringify(body));
    return { method: 'POST', url: url.href, headers, body: body as unknown as Record<string, unknown> };
  });
  const holding = look?.holding.map((target) => target.resource) ?? [];
  if (json) {
    ctx.stdout.write(jsonDocument({
      dryRun: true, sent: false, checked: look !== undefined, endpointFrom: s.settings.endpointFrom, requests: requests.map(redactRequest), unchanged: holding, findings: warnings,
    }));
  } else if (opts.quiet) {
    return ExitCode.OK; // -q: no output when every resource would use the certificate, a dry run's plan and notes included
  } else ctx.stdout.write(requests.map((r) => renderDryRun(r, ctx.style)).join('\n'));
  if (holding.length > 0) out.note(t(lang, M.dryRunHolding, { id: plan.id, count: holding.length, list: listOf(lang, holding) }));
  if (look && look.unsure > 0) out.note(t(lang, M.unsure, { id: plan.id, count: look.unsure, why: look.why }));
  // Bought through SCM: its deployments are not billed (as the run says it).
  if (targets.length > 0 && (!look || look.imported)) out.note(t(lang, M.cost, { count: targets.length }));
  out.say(t(lang, look ? M.dryRunChecked : M.dryRun));
  return ExitCode.OK;
}
