// `scm delete ID...`: ListDeployedResources first; a certificate deployed anywhere (or whose deployment SCM
// cannot tell) is refused unless --force, the others are deleted one after another (src/api/delete.ts).
// Every row goes to stdout before the exit status: the failure's own code, else 1 when one was refused. An id
// SCM does not hold has its row too; --dry-run asks ShowCertificate of each it would delete to say so, and
// every run asks it of each id ListDeployedResources' answer left out or could not account for (not held:
// nothing to delete, exit 0).
import { lookMissing } from '../../api/api-missing.js';
import { deleteMany, type DeleteResult } from '../../api/delete.js';
import { deploymentsOf } from '../../api/deployed.js';
import { scmSaysNotHeld } from '../../api/not-held.js';
import type { Ctx } from '../../context.js';
import { listOf, t } from '../../core/i18n.js';
import { planDelete } from '../../core/inventory/index.js';
import { ExitCode, InterruptedError, NegativeResult } from '../../errors.js';
import { firstFailure, interruptedJson } from '../../render/deletions.js';
import { jsonDocument, jsonWarningLine } from '../../render/json.js';
import { certIds } from '../shared/cert-ids.js';
import { openSession, type Session, type SessionOptions } from '../shared/session.js';
import { lookupFailed } from './lookup.js';
import { M } from './messages.js';
import { deleteJson, renderDeletions, type DeleteRow } from './render.js';

interface DeleteOptions extends SessionOptions {
  force?: boolean;
  dryRun?: boolean;
}

export async function run({ args, opts }: { args: string[]; opts: DeleteOptions }, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  const ids = certIds(args, lang);
  const s = await openSession(opts, ctx, M.phase);
  const look = (asked: readonly string[]) => s.step(t(lang, M.checking, { count: asked.length }), () => deploymentsOf(s.client, asked));
  const failed = (e: unknown): never => {
    throw lookupFailed(lookMissing(e, 'delete', lang), { force: opts.force === true, lang });
  };
  // A service may refuse the whole look-up for an id it does not hold (SCM.0008): ShowCertificate tells which
  // (nothing to delete, as below), and the ones it holds are asked again; none gone, the refusal stands.
  const notHeldBefore = new Map<string, DeleteResult>();
  const deployments = await look(ids).catch(async (e: unknown) => {
    if (!scmSaysNotHeld(e)) failed(e);
    for (const r of await notHeld(ids, s, ctx, { keepGoing: true })) notHeldBefore.set(r.id, r);
    if (notHeldBefore.size === 0) failed(e);
    const rest = ids.filter((id) => !notHeldBefore.has(id));
    return rest.length === 0 ? new Map() : look(rest).catch(failed);
  });
  const planned = planDelete(ids, deployments, { force: opts.force === true });
  // An id the answer left out may be one SCM does not hold (a service may answer only for those it holds), and
  // so may one it answers for with a region it cannot count (is_error is the region's, said for any id asked):
  // ShowCertificate tells. Not held: nothing to delete, said as such; held, or no answer: still refused.
  const leftOut = planned.filter((d) => !notHeldBefore.has(d.id) && d.action === 'refuse' && (!d.deployment || d.deployment.unanswered === true || d.reason === 'deployment-unknown')).map((d) => d.id);
  const absent = new Map([...notHeldBefore, ...(await notHeld(leftOut, s, ctx, { keepGoing: true })).map((r) => [r.id, r] as const)]);
  const decisions = planned.map((d) => (absent.has(d.id) ? { ...d, action: 'delete' as const } : d));
  const rows: DeleteRow[] = decisions.map((decision) => ({ decision, ...(absent.has(decision.id) ? { outcome: absent.get(decision.id)! } : {}) }));

  let stop: unknown;
  if (opts.dryRun) {
    for (const r of await notHeld(decisions.filter((d) => d.action === 'delete' && !absent.has(d.id)).map((d) => d.id), s, ctx)) rows.find((row) => row.decision.id === r.id)!.outcome = r;
  } else {
    const doomed = decisions.filter((d) => d.action === 'delete' && !absent.has(d.id)).map((d) => d.id);
    const done = await deleteMany(s.client, doomed, {
      recheck: opts.force !== true,
      onStep: (id, i, count) => {
        s.deadline.restart(); // each delete has its own time limit
        s.progress.step(t(lang, M.deleting, { id, n: i + 1, count }));
      },
    });
    s.progress.done();
    for (const r of done.results) rows.find((row) => row.decision.id === r.id)!.outcome = r;
    stop = firstFailure(done.results, done.stoppedBy);
  }

  const gone = rows.filter((r) => r.outcome?.result === 'already-deleted');
  if (opts.json) {
    ctx.stdout.write(jsonDocument({ ...deleteJson(rows, opts.dryRun === true), ...interruptedJson(stop) }));
    for (const r of gone) ctx.stderr.write(jsonWarningLine(t(lang, M.alreadyDeleted, { id: r.decision.id }), { id: r.decision.id }));
  } else {
    ctx.stdout.write(renderDeletions(rows, { lang, style: ctx.style, width: ctx.stdout.isTTY ? (ctx.stdout.columns ?? 0) : 0 }));
    for (const r of gone) ctx.stderr.write(`${t(lang, M.alreadyDeleted, { id: r.decision.id })}\n`);
    if (opts.dryRun) ctx.stderr.write(`${t(lang, M.dryRun)}\n`);
  }
  if (stop) throw stop;
  // Refused up front, or when looked at again just before its delete (deployed meanwhile).
  const late = new Set(rows.filter((r) => r.outcome?.result === 'refused').map((r) => r.decision.id));
  const refused = decisions.filter((d) => d.action === 'refuse' || late.has(d.id));
  if (refused.length > 0) throw new NegativeResult(t(lang, M.refused, { count: refused.length, ids: listOf(lang, refused.map((d) => d.id)) }), { hint: t(lang, M.refusedHint, { count: refused.length }) });
  return ExitCode.OK;
}

/**
 * Which of `ids` SCM does not hold (ShowCertificate, one at a time), as delete would find them: for a dry run,
 * and for ids ListDeployedResources left out. `keepGoing`: another failure leaves that id as it was (refused).
 */
async function notHeld(ids: readonly string[], s: Session, ctx: Ctx, o: { keepGoing?: boolean } = {}): Promise<DeleteResult[]> {
  const gone: DeleteResult[] = [];
  for (const [i, id] of ids.entries()) {
    s.deadline.restart();
    s.progress.step(t(ctx.lang, M.looking, { id, n: i + 1, count: ids.length }));
    try {
      await s.client.show(id);
    } catch (e) {
      if (e instanceof InterruptedError || (!scmSaysNotHeld(e) && !o.keepGoing)) {
        s.progress.fail();
        throw e;
      }
      if (!scmSaysNotHeld(e)) continue;
      gone.push({ id, result: 'already-deleted', ...(e.requestId ? { requestId: e.requestId } : {}) });
    }
  }
  if (ids.length > 0) s.progress.done();
  return gone;
}
