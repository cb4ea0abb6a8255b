// `scm deploy ID --service CDN|WAF|ELB [--project REGION] --resource R...`: the command line checked offline
// (src/core/deploy), then ShowCertificate and ListDeployedResources together (look.ts: the certificate's names
// cover each CDN domain, it is not SM2 nor expired; resources that hold it already are not sent again: every
// deployment is billed; --dry-run reads the same and stops there: dry-run.ts), then DeployCertificate in
// batches of 20 (src/api/deploy.ts). A row per resource on stdout before the exit status: 4 when any failed
// (3 or 5 when a request failed for credentials or the service/network); 130/143 when Ctrl-C or SIGTERM stopped it (the rows then say which request was on its way and which were not sent).
import { DeployInterrupted, executeDeploy, type DeployOutcome } from '../../api/deploy.js';
import type { Ctx } from '../../context.js';
import { checkDeploy, type WafType } from '../../core/deploy/index.js';
import { listOf, t } from '../../core/i18n.js';
import { normalizeService } from '../../core/push/index.js';
import { ExitCode, ScmCliError, UsageError } from '../../errors.js';
import { jsonDocument, jsonWarningLine } from '../../render/json.js';
import { errLayout, renderFindings } from '../../render/findings.js';
import { byNameHint } from '../shared/by-name.js';
import { refuse } from '../shared/refusal.js';
import { HOST } from '../shared/messages.js';
import { openSession, type SessionOptions } from '../shared/session.js';
import { wafProjectOf } from '../shared/waf-project.js';
import { dryRun } from './dry-run.js';
import { lookBeforeDeploy } from './look.js';
import { M } from './messages.js';
import { deployJson, renderDeploy, rowMessage, rowOk } from './render.js';

interface DeployOptions extends SessionOptions {
  service?: string;
  project?: string;
  resource?: string[];
  wafType?: WafType;
  enterpriseProjectId?: string;
  dryRun?: boolean;
}

/**
 * A CDN resource is a domain name: one that cannot be (a URL, a port, an `xn--` label that is no punycode) is a
 * usage error, as --domain HOST is (src/commands/host-values.ts); sent, it was a domain CDN does not know.
 */
async function refuseBadDomains(resources: readonly string[], lang: Ctx['lang']): Promise<void> {
  const { domainArgProblem } = await import('../../core/validate/domain-arg.js');
  for (const value of resources) {
    const problem = domainArgProblem(value.trim().replace(/\.$/, ''));
    if (problem) throw new UsageError(t(lang, HOST.notHost, { flag: '--resource', value, problem: t(lang, problem[0], problem[1]) }));
  }
}

export async function run({ args, opts }: { args: string[]; opts: DeployOptions }, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  if (!opts.service) throw new UsageError(t(lang, M.missingService), { hint: t(lang, M.usageHint) });
  // Comma-separated as push's --project takes regions: no CDN domain nor ELB/WAF id holds a comma, so `e1,e2` is
  // two resources, never one id SCM would look for in vain.
  const resources = (opts.resource ?? []).flatMap((r) => r.split(',')).filter((r) => r.trim() !== '');
  if (resources.length === 0) throw new UsageError(t(lang, M.missingResource), { hint: t(lang, M.usageHint) });
  if (normalizeService(opts.service) === 'CDN') await refuseBadDomains(resources, lang);
  const json = opts.json === true;
  const say = (text: string): void => ctx.stderr.write(json ? jsonWarningLine(text) : `${text}\n`);
  // Labelled in text only: a --json warning is the note itself.
  const note = (text: string): void => ctx.stderr.write(json ? jsonWarningLine(text) : `${t(lang, M.note, { text })}\n`);
  // WAF takes one enterprise project per resource: several refused, "all" sent as none (shared/waf-project.ts).
  const enterpriseProjectId = normalizeService(opts.service) === 'WAF' ? wafProjectOf(opts.enterpriseProjectId, lang, note) : opts.enterpriseProjectId;
  const check = checkDeploy({ id: args[0] ?? '', service: opts.service, resources, ...(opts.project !== undefined ? { project: opts.project } : {}), ...(opts.wafType ? { wafType: opts.wafType } : {}), ...(enterpriseProjectId ? { enterpriseProjectId } : {}) }, lang);
  const plan = check.plan;
  if (!plan) {
    // A name given for the id: how to find the id (shared/by-name.ts).
    const hint = check.findings.some((f) => f.rule === 'push-id-format') ? byNameHint(args[0] ?? '', lang) : undefined;
    return refuse(ctx, { json, findings: check.findings, message: t(lang, M.refused), type: 'DeployRefused', doc: { deployed: false, sent: false }, ...(hint !== undefined ? { hint } : {}) });
  }
  const warnings = check.findings.filter((f) => f.severity !== 'error');
  if (warnings.length > 0 && !json && !opts.quiet) ctx.stderr.write(renderFindings(warnings, errLayout(ctx)));

  if (opts.dryRun) return dryRun(plan, warnings, opts, ctx, { say, note });

  const s = await openSession(opts, ctx, M.phase, true);
  const look = await lookBeforeDeploy(s, plan, ctx);
  if (look.refusals.length > 0) return refuse(ctx, { json, findings: [...warnings, ...look.refusals], message: t(lang, M.refusedAfterLook), type: 'DeployRefused', doc: { deployed: false, sent: false } });
  const known = look.known;
  // Billed per deployment: the resources that hold it already are not sent, and cost nothing.
  const sent = look.toSend.length;
  if (!opts.quiet && sent > 0 && look.imported) note(t(lang, M.cost, { count: sent }));
  // Where SCM cannot say (no result for the id, an is_error region, resources counted but not listed), a resource
  // that uses it already cannot be left out: deployed all the same (it replaces, it makes no copy), and said.
  if (!opts.quiet && look.unsure > 0) note(t(lang, M.unsure, { id: plan.id, count: look.unsure, why: look.why }));

  const report = (outcome: DeployOutcome, interrupted = false): void => {
    if (json) ctx.stdout.write(jsonDocument({ ...deployJson(plan, outcome, lang, interrupted), findings: warnings }));
    else if (!opts.quiet || !outcome.rows.every(rowOk)) ctx.stdout.write(renderDeploy(plan, outcome, ctx.style, lang));
  };
  s.deadline.restart();
  const outcome = await executeDeploy(s.client, plan.id, plan.batches, {
    known,
    onStep: (batch, i, count) => {
      s.deadline.restart(); // each request has its own time limit
      s.progress.step(t(lang, M.deploying, { id: plan.id, count: batch.targets.length, service: batch.service, project: batch.project, n: i + 1, of: count }));
    },
  }).catch((e: unknown) => {
    s.progress.fail();
    // Ctrl-C/SIGTERM: what was deployed so far goes to stdout all the same; cli.ts then says "interrupted".
    if (e instanceof DeployInterrupted) report(e.outcome, true);
    throw e;
  });
  s.progress.done();
  const failed = outcome.rows.filter((r) => !rowOk(r));
  report(outcome);
  if (failed.length === 0) return ExitCode.OK;
  // Nothing worked and a request failure is why: its own exit code (credentials 3, network 5).
  if (failed.length === outcome.rows.length && outcome.error) throw outcome.error;
  const list = listOf(lang, failed.map((r) => t(lang, M.listItem, { resource: r.target.resource, message: rowMessage(r, lang) })));
  // A request refused for credentials (401/403: exit 3) or failed by the service or the network (5xx after the
  // retries, outcome unknown: exit 5) exits so whatever else was deployed (the contract's table); 4 is for
  // resources the service rejected.
  const cause = outcome.error && (outcome.error.exitCode === ExitCode.AUTH || outcome.error.exitCode === ExitCode.NETWORK) ? outcome.error : undefined;
  throw new ScmCliError(t(lang, M.failedFor, { failed: failed.length, count: outcome.rows.length, list }), cause?.exitCode ?? ExitCode.API, {
    hint: t(lang, failed.length < outcome.rows.length ? M.partialHint : M.failedHint), ...(cause?.code ? { code: cause.code } : {}),
  });
}
