// `scm prune --domain D`: every certificate in SCM (src/api/list.ts), the plan (src/core/inventory/prune.ts)
// with ListDeployedResources asked about the candidates only, then the deletes one after another at a polite
// rate (src/api/delete.ts). The whole plan, with what happened to each, goes to stdout before the exit
// status, also when the deletes stopped part way.
import { deleteMany } from '../../api/delete.js';
import { deploymentsOf } from '../../api/deployed.js';
import { listBothEnds } from '../../api/list-ends.js';
import type { Ctx } from '../../context.js';
import { listOf, t } from '../../core/i18n.js';
import { planPrune, pruneCandidates, toRow, type DeploymentView, type PruneOptions } from '../../core/inventory/index.js';
import { hostShown } from '../../core/validate/domains.js';
import { ExitCode, NegativeResult, UsageError } from '../../errors.js';
import { firstFailure, interruptedJson } from '../../render/deletions.js';
import { warningLine, widthOf } from '../../render/diagnostics.js';
import { jsonDocument, jsonWarningLine } from '../../render/json.js';
import { openSession, type SessionOptions } from '../shared/session.js';
import { M } from './messages.js';
import { pruneJson, renderPlan, type PruneRow } from './render.js';

interface PruneFlags extends SessionOptions {
  domain?: string;
  keep?: number;
  expired?: boolean;
  dryRun?: boolean;
}

export async function run({ opts }: { args: string[]; opts: PruneFlags }, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  const domain = opts.domain?.trim();
  if (!domain) throw new UsageError(t(lang, M.needDomain));
  const keep = opts.keep ?? 1;
  if (keep < 1) throw new UsageError(t(lang, M.badKeep, { n: keep }));
  const say = (text: string): void => ctx.stderr.write(opts.json ? jsonWarningLine(text) : `${text}\n`);

  const s = await openSession(opts, ctx, M.phase);
  // SCM's default order, asked for by name: the first of each group in it is its last upload (core/inventory/prune.ts).
  const listing = await s.step(t(lang, M.reading), () => listBothEnds(s.client, { sort_key: 'certUpdateTime', sort_dir: 'DESC' }));
  if (listing.incomplete) {
    const text = t(lang, M.partial, { why: listing.incomplete.message });
    ctx.stderr.write(opts.json ? jsonWarningLine(text) : warningLine(ctx.errStyle, lang, text, widthOf(ctx.stderr)));
  }
  const rows = listing.items.map(toRow);
  const po: PruneOptions = { domain, keep, expiredOnly: opts.expired === true, now: ctx.now() };
  const candidates = pruneCandidates(rows, po);
  s.deadline.restart();
  const deployments: Map<string, DeploymentView> = candidates.length === 0 ? new Map() : await s.step(t(lang, M.checking, { count: candidates.length }), () => deploymentsOf(s.client, candidates));
  const plan: PruneRow[] = planPrune(rows, po, deployments).map((entry) => ({ entry }));
  const doomed = plan.filter((r) => r.entry.action === 'delete').map((r) => r.entry.row.id);

  let stop: unknown;
  if (!opts.dryRun && doomed.length > 0) {
    const done = await deleteMany(s.client, doomed, {
      recheck: true,
      onStep: (id, i, count) => {
        s.deadline.restart(); // each delete has its own time limit
        s.progress.step(t(lang, M.deleting, { id, n: i + 1, count }));
      },
    });
    s.progress.done();
    for (const r of done.results) plan.find((row) => row.entry.row.id === r.id)!.outcome = r;
    stop = firstFailure(done.results, done.stoppedBy);
  }

  const ran = !opts.dryRun && doomed.length > 0;
  if (opts.json) {
    ctx.stdout.write(jsonDocument(pruneJson(plan, po.now, deployments, { dryRun: opts.dryRun === true, domain, keep, expiredOnly: po.expiredOnly, complete: listing.complete, ...interruptedJson(stop) })));
  } else if (plan.length > 0) {
    ctx.stdout.write(renderPlan(plan, { lang, style: ctx.style, keep, width: ctx.stdout.isTTY ? (ctx.stdout.columns ?? 0) : 0, ran }));
  }
  // From a list read in part, "none" would be a guess: the warning above has said what is missing.
  if (plan.length === 0) say(t(lang, listing.complete ? M.none : M.noneRead, { domain: hostShown(domain, lang) }));
  else if (opts.dryRun) say(t(lang, M.dryRun, { count: doomed.length }));
  else if (!opts.json) {
    const deleted = plan.filter((r) => r.outcome?.result === 'deleted' || r.outcome?.result === 'already-deleted').length;
    say(t(lang, M.summary, { deleted, kept: plan.length - doomed.length, left: doomed.length - deleted }));
  }
  if (stop) throw stop;
  // Kept because SCM could not tell whether they are in use: safe, but the prune is not done (as `delete`
  // refuses such an id): exit 1, so that a hook or cron job does not take it for a tidy SCM.
  const undecided = plan.filter((r) => r.entry.reason === 'deployment-unknown').map((r) => r.entry.row.id);
  // Found deployed (or undecided) when looked at again just before its delete: deployed while prune ran.
  const late = plan.filter((r) => r.outcome?.result === 'refused').map((r) => r.entry.row.id);
  const said = [
    ...(undecided.length > 0 ? [t(lang, M.undecided, { count: undecided.length, ids: listOf(lang, undecided) })] : []),
    ...(late.length > 0 ? [t(lang, M.late, { count: late.length, ids: listOf(lang, late) })] : []),
  ];
  if (said.length > 0) throw new NegativeResult(said.join(lang === 'zh' ? '；' : '; '), { hint: t(lang, M.undecidedHint) });
  return ExitCode.OK;
}
