// A planned rotation carried out (flow.ts plans it and refuses offline): the upload if SCM does not hold the new
// certificate yet (then a look again at where the old ones are: a resource changed meanwhile is left alone),
// DeployCertificate per (service, region) in batches of 20, then (when an old certificate has a copy in CDN's
// certificate store and the new one none) one PushCertificate to CDN, ListDeployedResources after to verify (read again a few times while SCM does not show an accepted resource moved yet: settle.ts),
// and only then the old certificates' clean-up; then what it prints and how it ends (ending.ts). Ctrl-C or
// SIGTERM once something may have been sent: the rows so far and where it stopped go to stdout (status
// "interrupted"), nothing old is deleted after it, and cli.ts exits 130/143.
import { DeployInterrupted, type DeployOutcome } from '../../api/deploy.js';
import { PushInterrupted, type PushOutcome } from '../../api/push.js';
import { deploymentsOf } from '../../api/deployed.js';
import { identityOf } from '../../api/cert-identity.js';
import type { Deployment } from '../../api/types.js';
import { uploadCertificate, type UploadOutcome } from '../../api/upload.js';
import type { Ctx } from '../../context.js';
import { batchTargets, targetKey, uncovered } from '../../core/deploy/index.js';
import { listOf, t } from '../../core/i18n.js';
import { interruptedRows, keepAfterInterruption, lagging, nothingToDo, planCleanup, verifyRotation, type RotationPlan, type Sent, type Verification } from '../../core/rotate/index.js';
import type { Finding } from '../../core/rules/types.js';
import { ExitCode, InterruptedError } from '../../errors.js';
import { jsonDocument } from '../../render/json.js';
import { copyNotes } from '../shared/copies/notes.js';
import type { Session } from '../shared/session.js';
import type { NewState, RotateRequest } from './certificates.js';
import { deleteOld, notificationsOff } from './cleanup.js';
import { cleanupEnding, deploymentEnding, unreadEnding } from './ending.js';
import { M } from './messages.js';
import type { OldState } from './old-certs.js';
import { renderResults, rotationJson, rowMessage, stoppedLine, type RotationDoc, type StoppedIn, type View } from './render.js';
import { settle } from './settle.js';
import { deploy, movedAway, pushToCdn, sentOf } from './steps.js';

/** What flow.ts found and decided before anything was sent. */
export interface Planned {
  r: RotateRequest;
  s: Session;
  /** The new certificate: its id is set here once it is uploaded. */
  fresh: NewState;
  old: OldState;
  plan: RotationPlan;
  before: Map<string, Deployment>;
  /** Old certificates that expire after the new one (planCleanup's 'outlives'). */
  outlives: ReadonlySet<string>;
  /** How the files are sent (a PKCS#8 key as PKCS#1 or SEC1), in the JSON document when they were uploaded. */
  notes: Finding[];
  view: View;
  /** A line on stderr (a JSON warning line under --json). */
  say: (text: string) => void;
  /** The JSON document of the rotation, with what is known so far. */
  doc: (status: string, extra?: Partial<RotationDoc>) => RotationDoc;
}

export async function carryOut(p: Planned, ctx: Ctx): Promise<number> {
  const { r, s, fresh, old, plan, before, outlives, notes, view, say, doc } = p;
  const lang = ctx.lang;
  const name = r.newCert.kind === 'files' ? r.newCert.name : '';
  // What an interrupted rotation counts as sent for: the resources to deploy to, and the copies in CDN's store that
  // the one push of the new certificate answers (their rows say "deployed" once it is accepted, as the others do).
  const planned = plan.move.length + (plan.pushCdn ? plan.copies.length : 0);
  let upload: UploadOutcome | undefined;
  // Moves left out as their resource changed since the plan (steps.ts movedAway): rows of their own.
  let moved = new Map<string, Sent>();
  const sentAll = (outcome?: DeployOutcome, pushed?: PushOutcome): Map<string, Sent> => new Map([...moved, ...sentOf(outcome, pushed)]);
  const uploadDoc = (): RotationDoc['upload'] => (r.newCert.kind === 'files' && fresh.id ? { name, certificateId: fresh.id, changed: upload?.changed ?? false, recovered: upload?.recovered ?? false } : null);
  // The results' first line names the new certificate: uploaded by this run, or, under -q (no plan named it), the
  // copy SCM held already, so that a rerun's rows (a renewal hook's log) still say which certificate to finish with.
  const headLine = (newId: string): string => (upload?.changed
    ? `${t(lang, M.uploaded, { name, id: newId })}\n`
    : r.quiet && r.newCert.kind === 'files' && newId ? `${t(lang, M.heldAlready, { name: upload?.existingName ?? fresh.name ?? name, id: newId })}\n` : '');
  /** Ctrl-C or SIGTERM before the check: the rows so far and where it stopped go to stdout; nothing old is deleted. */
  const stopped = (e: unknown, phase: StoppedIn, outcome?: DeployOutcome, pushed?: PushOutcome): never => {
    const rows = interruptedRows(plan, sentAll(outcome, pushed));
    const cleanup = keepAfterInterruption(plan.oldIds);
    const newId = fresh.id ?? '';
    if (r.json) ctx.stdout.write(jsonDocument(rotationJson(doc('interrupted', { rows, cleanup, upload: uploadDoc(), requestIds: [...(outcome?.requestIds ?? []), ...(pushed?.requestIds ?? [])], interruptedDuring: phase }), lang)));
    else {
      ctx.stdout.write(headLine(newId));
      ctx.stdout.write(renderResults({ newId, rows, cleanup, deletions: [], notified: [], notHeld: old.missing }, view));
      ctx.stdout.write(stoppedLine(phase, { name, newId, rows, count: planned }, lang));
    }
    throw e;
  };

  // The new certificate in SCM: uploaded once, as `upload --if-changed` would (the lookup found no copy).
  if (!fresh.id) {
    let phase: StoppedIn = 'lookup';
    const onPhase = (p: string): void => void (phase = p === 'lookup' ? 'lookup' : 'upload');
    try {
      upload = await s.step(t(lang, M.uploading, { name }), () => uploadCertificate(s.client, fresh.body!, { identity: identityOf(fresh.body!.certificate), looked: true, onPhase }));
    } catch (e) {
      if (e instanceof InterruptedError) stopped(e, phase);
      throw e;
    }
    fresh.id = upload.certificateId;
    // A late first attempt stored too, or one that may still be: said as `scm upload` says it.
    for (const note of copyNotes(upload, lang, name)) say(note);
    // The plan's look is as old as the upload took: look again, so that a resource another hand moved to another
    // certificate meanwhile is not overwritten. Without an answer, the plan stands.
    try {
      moved = await movedAway(plan, s, ctx);
    } catch (e) {
      if (e instanceof InterruptedError) stopped(e, 'deploy');
    }
  }
  const newId = fresh.id;
  r.onDeploying?.();

  let outcome: DeployOutcome | undefined;
  try {
    const batches = moved.size === 0 ? plan.batches : batchTargets(plan.move.map((m) => m.target).filter((x) => !moved.has(targetKey(x))));
    outcome = batches.length === 0 ? undefined : await deploy({ ...plan, batches }, newId, before, s, ctx);
  } catch (e) {
    if (e instanceof DeployInterrupted) stopped(e, 'deploy', e.outcome);
    throw e;
  }
  // The old copies in CDN's certificate store: the new certificate pushed there once, unless a failure stopped the
  // deployments after it (it would stop this request too). A deployment whose outcome SCM could not tell is no
  // such failure: the others went on, and so does the push, another request to another place (a rerun had to).
  let pushed: PushOutcome | undefined;
  if (plan.pushCdn && !outcome?.stopped) {
    try {
      pushed = await pushToCdn(newId, s, ctx);
    } catch (e) {
      if (e instanceof PushInterrupted) stopped(e, 'deploy', outcome, e.outcome);
      throw e;
    }
  }
  const requestError = outcome?.error ?? pushed?.error;
  const requestIds = [...(outcome?.requestIds ?? []), ...(pushed?.requestIds ?? [])];
  let after: Map<string, Deployment> | undefined = before;
  let afterError: unknown;
  const judge = (a: Map<string, Deployment> | undefined): Verification => verifyRotation(plan, newId, sentAll(outcome, pushed), a);
  let verification: Verification | undefined;
  if (outcome || pushed) {
    const read = (): Promise<Map<string, Deployment>> => (s.deadline.restart(), s.step(t(lang, M.verifying), () => deploymentsOf(s.client, [newId, ...plan.oldIds])));
    try {
      // Read again, a few times, while SCM shows an accepted resource as not moved yet (settle.ts).
      const settled = await settle(read, judge, {
        sleep: (ms) => s.client.retryPolicy.sleep(ms, s.client.signal),
        onWait: (count, ms, n, of) => s.progress.note(t(lang, M.verifyAgain, { count, seconds: ms / 1000, n, of })),
      });
      ({ after, verification } = settled);
      const still = lagging(settled.verification);
      if (settled.looks > 1 && still.length > 0) {
        const list = listOf(lang, still.map((x) => t(lang, M.listItem, { service: x.service, region: x.region, resource: x.resourceId, message: rowMessage(x, newId, lang) })));
        say(t(lang, M.notMovedAfterLooks, { looks: settled.looks, seconds: settled.waitedMs / 1000, count: still.length, new: newId, list }));
      }
    } catch (e) {
      if (e instanceof InterruptedError) stopped(e, 'verify', outcome, pushed);
      after = undefined;
      afterError = e;
    }
  }
  verification ??= judge(after);

  // Only now the old certificates: never after a failure, never one still in use (planCleanup); none after Ctrl-C.
  // Found by --domain (one name), an old certificate may cover other hosts too: never deleted for them.
  const wider = new Set(plan.oldIds.filter((id) => uncovered(fresh.facts.names, old.names.get(id) ?? []).length > 0));
  const cleanup = planCleanup({ oldIds: plan.oldIds, after, status: verification.status, deleteOld: r.deleteOld, disableNotifications: r.disableNotifications, purchased: old.purchased, wider, outlives });
  const { deletions, stop } = await deleteOld(cleanup, s, ctx);
  const { done: notified, error: notifyError } = stop instanceof InterruptedError ? { done: [] } : await notificationsOff(cleanup.filter((e) => e.notify).map((e) => e.id), s, ctx);
  const halted: StoppedIn | undefined = stop instanceof InterruptedError ? 'delete' : notifyError instanceof InterruptedError ? 'notify' : undefined;
  const stillOn = notifyError ? cleanup.filter((e) => e.notify && !notified.includes(e.id)).map((e) => e.id) : [];

  // upload --rotate has no --delete-old: an old certificate nothing uses names the command that deletes it.
  const deleteCmd = r.upload?.deleteOld(newId);
  const final = doc(halted ? 'interrupted' : verification.status, { newId, rows: verification.rows, cleanup, deletions, notified, stillOn, unknown: verification.unknown, upload: uploadDoc(), requestIds, notes: upload ? notes : [], ...(halted ? { interruptedDuring: halted } : {}), ...(deleteCmd ? { deleteOld: deleteCmd } : {}) });
  // Nothing deployed, nothing deleted: an old id SCM does not hold is no deletion (never sent: old.missing).
  const idle = nothingToDo(plan) && deletions.every((d) => d.result === 'already-deleted');
  // -q: the new id alone once all is done; a rotation that failed or stopped part-way prints its rows, as
  // `deploy -q` does: a partly successful batch always says on stdout which parts succeeded.
  // --domain from a list read in part: done for the old certificates read, not known to be done for D (exit 1).
  const whole = verification.status === 'complete' && !halted && !stop && !notifyError && old.unread === undefined;
  const settled = idle ? 'nothing-to-do' : final.status;
  const status = old.unread !== undefined && (settled === 'complete' || settled === 'nothing-to-do') ? 'incomplete' : settled;
  if (r.json) ctx.stdout.write(jsonDocument(rotationJson({ ...final, status, ...(old.unread !== undefined ? { unread: old.unread } : {}) }, lang)));
  else if (r.quiet && whole) ctx.stdout.write(`${newId}\n`);
  else {
    ctx.stdout.write(headLine(newId));
    if (!idle || plan.unchanged.length > 0 || cleanup.length > 0 || old.missing.length > 0) ctx.stdout.write(renderResults({ newId, rows: verification.rows, cleanup, deletions, notified, stillOn, notHeld: old.missing, ...(deleteCmd ? { deleteOld: deleteCmd } : {}) }, view));
    // The copy pushed to CDN's certificate store is no resource of the plan: said apart, so the counts match it.
    const pushedCopy = (x: { reason: string }): boolean => x.reason === 'pushed';
    const counts = { new: newId, deployed: verification.rows.filter((x) => x.result === 'deployed' && !pushedCopy(x)).length, unchanged: verification.rows.filter((x) => x.result === 'unchanged').length, pushed: verification.rows.filter(pushedCopy).length, moved: verification.rows.filter((x) => x.reason === 'moved').length };
    if (halted) ctx.stdout.write(stoppedLine(halted, { name, newId, rows: verification.rows, count: planned }, lang));
    // --domain and no other certificate covers it: there were no old certificates to speak of.
    else if (idle && plan.oldIds.length === 0 && r.domain !== undefined) ctx.stdout.write(`${t(lang, old.unread !== undefined ? M.noOldRead : M.nothingToDoNoOld, { new: newId, domain: r.domain })}\n`);
    else if (idle) ctx.stdout.write(`${t(lang, M.nothingToDo, { new: newId })}\n`);
    else if (verification.status === 'complete') ctx.stdout.write(`${t(lang, old.unread !== undefined ? M.completeRead : M.complete, counts)}\n`);
  }
  // A deployment that failed, or the check after them: the error and the hint by cause (ending.ts).
  const accepted = [...sentAll(outcome, pushed).values()].filter((x) => x.state === 'accepted' || x.state === 'recovered').length;
  const ending = deploymentEnding({ verification, count: plan.move.length, newId, accepted, requestError, afterError, ...(r.rerun ? { rerun: r.rerun } : {}) }, lang);
  if (ending) throw ending;
  if (stop) throw stop;
  if (notifyError instanceof InterruptedError) throw notifyError;
  const last = cleanupEnding({ verification, newId, notifyError, stillOn, deletions, cleanup, ...(r.rerun ? { rerun: r.rerun } : {}) }, lang);
  if (last) throw last;
  if (old.unread !== undefined) throw unreadEnding(r.domain!, old.unread, newId, lang);
  return ExitCode.OK;
}
