// A rotation from start to end, for `scm rotate` and `scm upload --rotate`: the new certificate and the old
// ones (certificates.ts, old-certs.ts), ListDeployedResources once before; the plan printed first, and the offline
// refusal (a CDN domain not covered, an ELB/WAF certificate whose names the new one does not all cover, SM2,
// expired) before anything is uploaded or deployed; then the upload if SCM does not hold it yet,
// DeployCertificate per (service, region) in batches of 20, then (when an old certificate has a copy in CDN's
// certificate store and the new one none) one PushCertificate to CDN, ListDeployedResources once after to verify, and
// only then the old certificates' clean-up. Exit 0 when every resource uses the new certificate, 4 when a
// deployment failed (old certificates then kept; how such a run ends: ending.ts), 1 when SCM cannot confirm it all. Ctrl-C or SIGTERM once
// something may have been sent: the rows so far and where it stopped go to stdout (status "interrupted"),
// nothing old is deleted after it, and cli.ts exits 130/143.
import { DeployInterrupted, type DeployOutcome } from '../../api/deploy.js';
import { PushInterrupted, type PushOutcome } from '../../api/push.js';
import { deploymentsOf } from '../../api/deployed.js';
import { identityOf } from '../../api/find.js';
import type { Deployment } from '../../api/types.js';
import { uploadCertificate, type UploadOutcome } from '../../api/upload.js';
import type { Ctx } from '../../context.js';
import { certificateFindings, domainFindings, uncovered } from '../../core/deploy/index.js';
import { DAY_MS } from '../../core/inventory/index.js';
import { t } from '../../core/i18n.js';
import { interruptedRows, keepAfterInterruption, nothingToDo, planCleanup, plannedRows, planRotation, verifyRotation, type Verification } from '../../core/rotate/index.js';
import { ExitCode, InterruptedError } from '../../errors.js';
import { warningLine, widthOf } from '../../render/diagnostics.js';
import { errLayout, renderFindings } from '../../render/findings.js';
import { jsonDocument, jsonWarningLine } from '../../render/json.js';
import { copyNotes } from '../shared/copies/notes.js';
import { refuse } from '../shared/refusal.js';
import { openSession } from '../shared/session.js';
import { newCertificate, type RotateRequest } from './certificates.js';
import { copyNames, namesOf, oldCertificates } from './old-certs.js';
import { deleteOld, notificationsOff } from './cleanup.js';
import { cleanupEnding, deploymentEnding, dryRunEnding } from './ending.js';
import { M } from './messages.js';
import { renderPlan, renderResults, rotationJson, stoppedLine, type PlanHead, type RotationDoc, type StoppedIn } from './render.js';
import { deploy, pushToCdn, sentOf } from './steps.js';

export type { NewCert, RotateRequest } from './certificates.js';

export async function rotate(r: RotateRequest, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  const say = (text: string): void => ctx.stderr.write(r.json ? jsonWarningLine(text) : `${text}\n`);
  // A warning's label ("warning: ", 警告：) is the text renderer's: --json's message carries none, as every command's.
  const warn = (text: string): void => ctx.stderr.write(r.json ? jsonWarningLine(text) : warningLine(ctx.errStyle, lang, text, widthOf(ctx.stderr)));
  const view = { lang, style: ctx.style, width: ctx.stdout.isTTY ? (ctx.stdout.columns ?? 0) : 0 };
  const s = await openSession({ ...r.session, json: r.json, quiet: r.quiet }, ctx, M.phase);

  const fresh = await newCertificate(r, s, ctx);
  const old = await oldCertificates(r, fresh, s, ctx, warn);
  // Deleted by an earlier --delete-old, or a typo: SCM cannot tell which, so said, and nothing done with it (exit
  // as `scm delete` of such an id: 0, so that a rerun after success still finds nothing to do).
  for (const id of old.missing) warn(t(lang, M.notHeldWarning, { id }));
  // An old certificate that outlives the new one: a renewal to a shorter-lived certificate, or the wrong files.
  // Said before anything is done; --delete-old then keeps it (planCleanup's 'outlives').
  const newEnd = fresh.facts.notAfter;
  // By more than a day: SCM's times are read to the day's zone (UTC+8, a day either side, as the lookups do), and
  // two issues of one certificate minutes apart are no shorter renewal.
  const outlives = new Set(old.ids.filter((id) => newEnd !== undefined && (old.expiry.get(id)?.getTime() ?? 0) > newEnd.getTime() + DAY_MS));
  for (const id of outlives) warn(t(lang, r.deleteOld ? M.outlivesKept : M.outlives, { id, new: day(newEnd!), old: day(old.expiry.get(id)!) }));
  s.deadline.restart();
  const asked = [...(fresh.id ? [fresh.id] : []), ...old.ids];
  const before = asked.length === 0 ? new Map<string, Deployment>() : await s.step(t(lang, M.checking, { count: asked.length }), () => deploymentsOf(s.client, asked));
  // A CDN entry whose name reads like a domain may be a copy listed under its certificate's name: those names first.
  const certNames = await copyNames(before, old, s, ctx);
  const plan = planRotation({ ...(fresh.id ? { newId: fresh.id } : {}), ...(fresh.name ? { newName: fresh.name } : {}), oldIds: old.ids, before, extras: r.extras, certNames });
  // An ELB or WAF certificate serves every name of the one it holds: the new one must cover them all.
  const replaced = await namesOf(plan.move.filter((m) => m.target.service !== 'CDN').map((m) => m.resource.from), new Map([...old.shownNames, ...old.names]), s, ctx);
  const head: PlanHead = {
    ...(fresh.id ? { newId: fresh.id } : {}), facts: fresh.facts, deleteOld: r.deleteOld, outlives: [...outlives], notHeld: old.missing, ...(r.domain !== undefined ? { domain: r.domain } : {}), disableNotifications: r.disableNotifications, billed: fresh.billed,
    ...(r.newCert.kind === 'files' ? { source: r.newCert.source, name: r.newCert.name } : {}),
  };
  const doc = (status: string, extra: Partial<RotationDoc> = {}): RotationDoc => ({
    dryRun: r.dryRun, status, newId: fresh.id ?? null, oldIds: plan.oldIds, notHeld: old.missing, rows: plannedRows(plan), cleanup: [], deletions: [], notified: [], unknown: plan.unknown, upload: null, requestIds: [], ...extra, ...(r.upload ? { asUpload: true } : {}),
  });

  // The plan first; then the offline refusal, before anything is uploaded or deployed.
  if (!r.json && !r.quiet) ctx.stdout.write(`${renderPlan(plan, head, view)}\n`);
  const targets = plan.move.map((m) => ({ ...m.target, ...(replaced.has(m.resource.from) ? { replaces: { id: m.resource.from, names: replaced.get(m.resource.from)! } } : {}) }));
  const checked = [...certificateFindings(fresh.facts, targets, ctx.now(), lang), ...domainFindings(fresh.facts, r.domain, lang)];
  const refusals = checked.filter((f) => f.severity === 'error');
  // What is said and not refused (WAF's edition not given: each edition is tried in turn).
  for (const f of refusals.length > 0 ? [] : checked.filter((x) => x.severity !== 'error')) {
    if (r.json) ctx.stderr.write(jsonWarningLine(f.message));
    else if (!r.quiet) ctx.stderr.write(renderFindings([f], errLayout(ctx)));
  }
  if (refusals.length > 0) return refuse(ctx, { json: r.json, findings: refusals, message: t(lang, M.refused), type: 'RotationRefused', doc: rotationJson(doc('refused', { rows: plannedRows(plan, 'refused') }), lang) });
  // How the files are sent (a PKCS#8 key as PKCS#1 or SEC1): said when they are (to be) uploaded, not on a rerun
  // that finds them in SCM. `upload --rotate` said it already, with its other notes.
  const notes = r.newCert.kind === 'files' && !fresh.id ? r.newCert.notes ?? [] : [];
  if (notes.length > 0 && !r.json && !r.quiet) ctx.stderr.write(renderFindings(notes, errLayout(ctx)));
  if (r.dryRun) {
    const open = dryRunEnding(plan, fresh.id, lang);
    if (r.json) ctx.stdout.write(jsonDocument(rotationJson(doc('planned'), lang)));
    // -q promises the new id alone: known when SCM holds the new certificate already (else there is none yet), and
    // said only of a plan the real run could complete.
    else if (r.quiet && fresh.id && !open) ctx.stdout.write(`${fresh.id}\n`);
    say(t(lang, M.dryRun));
    if (open) throw open;
    return ExitCode.OK;
  }

  const name = r.newCert.kind === 'files' ? r.newCert.name : '';
  let upload: UploadOutcome | undefined;
  const uploadDoc = (): RotationDoc['upload'] => (r.newCert.kind === 'files' && fresh.id ? { name, certificateId: fresh.id, changed: upload?.changed ?? false, recovered: upload?.recovered ?? false } : null);
  /** Ctrl-C or SIGTERM before the check: the rows so far and where it stopped go to stdout; nothing old is deleted. */
  const stopped = (e: unknown, phase: StoppedIn, outcome?: DeployOutcome, pushed?: PushOutcome): never => {
    const rows = interruptedRows(plan, sentOf(outcome, pushed));
    const cleanup = keepAfterInterruption(plan.oldIds);
    const newId = fresh.id ?? '';
    if (r.json) ctx.stdout.write(jsonDocument(rotationJson(doc('interrupted', { rows, cleanup, upload: uploadDoc(), requestIds: [...(outcome?.requestIds ?? []), ...(pushed?.requestIds ?? [])], interruptedDuring: phase }), lang)));
    else {
      if (upload?.changed) ctx.stdout.write(`${t(lang, M.uploaded, { name, id: newId })}\n`);
      ctx.stdout.write(renderResults({ newId, rows, cleanup, deletions: [], notified: [], notHeld: old.missing }, view));
      ctx.stdout.write(stoppedLine(phase, { name, newId, rows, count: plan.move.length }, lang));
    }
    throw e;
  };

  // The new certificate in SCM: uploaded once, as `upload --if-changed` would (the lookup found no copy).
  if (!fresh.id) {
    let phase: StoppedIn = 'lookup';
    const onPhase = (p: string): void => void (phase = p === 'lookup' ? 'lookup' : 'upload');
    try {
      upload = await s.step(t(lang, M.uploading, { name }), () => uploadCertificate(s.client, fresh.body!, { identity: identityOf(fresh.body!.certificate), onPhase }));
    } catch (e) {
      if (e instanceof InterruptedError) stopped(e, phase);
      throw e;
    }
    fresh.id = upload.certificateId;
    // A late first attempt stored too, or one that may still be: said as `scm upload` says it.
    for (const note of copyNotes(upload, lang, name)) say(note);
  }
  const newId = fresh.id;
  r.onDeploying?.();

  let outcome: DeployOutcome | undefined;
  try {
    outcome = plan.batches.length === 0 ? undefined : await deploy(plan, newId, before, s, ctx);
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
  if (outcome || pushed) {
    s.deadline.restart();
    try {
      after = await s.step(t(lang, M.verifying), () => deploymentsOf(s.client, [newId, ...plan.oldIds]));
    } catch (e) {
      if (e instanceof InterruptedError) stopped(e, 'verify', outcome, pushed);
      after = undefined;
      afterError = e;
    }
  }
  const verification: Verification = verifyRotation(plan, newId, sentOf(outcome, pushed), after);

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
  const whole = verification.status === 'complete' && !halted && !stop && !notifyError;
  if (r.json) ctx.stdout.write(jsonDocument(rotationJson(idle ? { ...final, status: 'nothing-to-do' } : final, lang)));
  else if (r.quiet && whole) ctx.stdout.write(`${newId}\n`);
  else {
    if (upload?.changed) ctx.stdout.write(`${t(lang, M.uploaded, { name, id: newId })}\n`);
    if (!idle || plan.unchanged.length > 0 || cleanup.length > 0 || old.missing.length > 0) ctx.stdout.write(renderResults({ newId, rows: verification.rows, cleanup, deletions, notified, stillOn, notHeld: old.missing, ...(deleteCmd ? { deleteOld: deleteCmd } : {}) }, view));
    // The copy pushed to CDN's certificate store is no resource of the plan: said apart, so the counts match it.
    const pushedCopy = (x: { reason: string }): boolean => x.reason === 'pushed';
    const counts = { new: newId, deployed: verification.rows.filter((x) => x.result === 'deployed' && !pushedCopy(x)).length, unchanged: verification.rows.filter((x) => x.result === 'unchanged').length, pushed: verification.rows.filter(pushedCopy).length };
    if (halted) ctx.stdout.write(stoppedLine(halted, { name, newId, rows: verification.rows, count: plan.move.length }, lang));
    // --domain and no other certificate covers it: there were no old certificates to speak of.
    else if (idle && plan.oldIds.length === 0 && r.domain !== undefined) ctx.stdout.write(`${t(lang, M.nothingToDoNoOld, { new: newId, domain: r.domain })}\n`);
    else if (idle) ctx.stdout.write(`${t(lang, M.nothingToDo, { new: newId })}\n`);
    else if (verification.status === 'complete') ctx.stdout.write(`${t(lang, M.complete, counts)}\n`);
  }
  // A deployment that failed, or the check after them: the error and the hint by cause (ending.ts).
  const accepted = [...sentOf(outcome, pushed).values()].filter((x) => x.state === 'accepted' || x.state === 'recovered').length;
  const ending = deploymentEnding({ verification, count: plan.move.length, newId, accepted, requestError, afterError, ...(r.rerun ? { rerun: r.rerun } : {}) }, lang);
  if (ending) throw ending;
  if (stop) throw stop;
  if (notifyError instanceof InterruptedError) throw notifyError;
  const last = cleanupEnding({ verification, newId, notifyError, stillOn, deletions, cleanup, ...(r.rerun ? { rerun: r.rerun } : {}) }, lang);
  if (last) throw last;
  return ExitCode.OK;
}

const day = (d: Date): string => d.toISOString().slice(0, 10);
