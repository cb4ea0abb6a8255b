// A rotation from start to end, for `scm rotate` and `scm upload --rotate`: the new certificate and the old
// ones (certificates.ts, old-certs.ts), ListDeployedResources once before; the plan printed first, and the offline
// refusal (a CDN domain not covered, an ELB/WAF certificate whose names the new one does not all cover, SM2,
// expired) before anything is uploaded or deployed, or --dry-run's ending; then the plan carried out
// (carry-out.ts: the upload, the deployments, the check after them, the clean-up). Exit 0 when every resource uses
// the new certificate, 4 when a deployment failed (old certificates then kept; how such a run ends: ending.ts), 1
// when SCM cannot confirm it all, 130/143 after Ctrl-C or SIGTERM.
import { deploymentsOf } from '../../api/deployed.js';
import type { Deployment } from '../../api/types.js';
import type { Ctx } from '../../context.js';
import { certificateFindings, domainFindings } from '../../core/deploy/index.js';
import { DAY_MS } from '../../core/inventory/index.js';
import { t, type Lang } from '../../core/i18n.js';
import { plannedRows, planRotation } from '../../core/rotate/index.js';
import { ExitCode } from '../../errors.js';
import { warningLine, widthOf } from '../../render/diagnostics.js';
import { errLayout, renderFindings } from '../../render/findings.js';
import { jsonDocument, jsonWarningLine } from '../../render/json.js';
import { refuse } from '../shared/refusal.js';
import { certificateKey, lockCertificate } from '../shared/run-lock.js';
import { openSession, type Session } from '../shared/session.js';
import { carryOut } from './carry-out.js';
import { newCertificate, type NewCert, type RotateRequest } from './certificates.js';
import { copyNames, namesOf, oldCertificates } from './old-certs.js';
import { dryRunEnding, unreadEnding } from './ending.js';
import { M } from './messages.js';
import { renderPlan, rotationJson, zoned, type PlanHead, type RotationDoc } from './render.js';

export type { NewCert, RotateRequest } from './certificates.js';

export async function rotate(r: RotateRequest, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  const say = (text: string): void => ctx.stderr.write(r.json ? jsonWarningLine(text) : `${text}\n`);
  // A warning's label ("warning: ", 警告：) is the text renderer's: --json's message carries none, as every command's.
  const warn = (text: string): void => ctx.stderr.write(r.json ? jsonWarningLine(text) : warningLine(ctx.errStyle, lang, text, widthOf(ctx.stderr)));
  const view = { lang, style: ctx.style, width: ctx.stdout.isTTY ? (ctx.stdout.columns ?? 0) : 0 };
  const s = await openSession({ ...r.session, json: r.json, quiet: r.quiet }, ctx, M.phase);
  // One rotation (or upload) of this certificate at a time on this machine: a second waits, then finds it done.
  // A dry run only reads.
  const lock = r.dryRun ? undefined : await lockCertificate(s.settings.endpoint.href, lockKey(r.newCert), { note: (x) => s.progress.note(x), warn }, ctx);
  try {
    return await rotateIn(r, s, ctx, { say, warn, view });
  } finally {
    lock?.release();
  }
}

/** The certificate a rotation's lock is for: the files' leaf (as upload locks it), or the id given. */
const lockKey = (n: NewCert): string => (n.kind === 'id' ? n.id : certificateKey(n.report.payload?.certificate ?? ''));

interface Voices {
  say(text: string): void;
  warn(text: string): void;
  view: { lang: Lang; style: Ctx['style']; width: number };
}

async function rotateIn(r: RotateRequest, s: Session, ctx: Ctx, { say, warn, view }: Voices): Promise<number> {
  const lang = ctx.lang;
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
  for (const id of outlives) warn(t(lang, r.deleteOld ? M.outlivesKept : M.outlives, { id, new: zoned(newEnd!, lang), old: zoned(old.expiry.get(id)!, lang) }));
  s.deadline.restart();
  const asked = [...(fresh.id ? [fresh.id] : []), ...old.ids];
  const before = asked.length === 0 ? new Map<string, Deployment>() : await s.step(t(lang, M.checking, { count: asked.length }), () => deploymentsOf(s.client, asked));
  // A CDN entry whose name reads like a domain may be a copy listed under its certificate's name: those names first.
  const certNames = await copyNames(before, old, s, ctx);
  const plan = planRotation({ ...(fresh.id ? { newId: fresh.id } : {}), ...(fresh.name ? { newName: fresh.name } : {}), oldIds: old.ids, before, extras: r.extras, certNames });
  // An ELB or WAF certificate serves every name of the one it holds: the new one must cover them all.
  const replaced = await namesOf(plan.move.filter((m) => m.target.service !== 'CDN').map((m) => m.resource.from), new Map([...old.shownNames, ...old.names]), s, ctx);
  const head: PlanHead = {
    ...(fresh.id ? { newId: fresh.id } : {}), facts: fresh.facts, deleteOld: r.deleteOld, outlives: [...outlives], notHeld: old.missing, ...(r.domain !== undefined ? { domain: r.domain } : {}), ...(old.unread !== undefined ? { unread: true } : {}), disableNotifications: r.disableNotifications, billed: fresh.billed,
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
  // "all" sent as none: about the WAF resources only, so said when there are some to deploy to.
  if (r.wafNote !== undefined && refusals.length === 0 && plan.move.some((m) => m.target.service === 'WAF')) warn(r.wafNote);
  // As a refusal by validate's checks (run.ts): files come with the certificate as validate read it.
  const certificate = r.newCert.kind === 'files' && r.newCert.report.certificate ? { certificate: r.newCert.report.certificate } : {};
  if (refusals.length > 0) return refuse(ctx, { json: r.json, findings: refusals, message: t(lang, M.refused), type: 'RotationRefused', doc: { ...rotationJson(doc('refused', { rows: plannedRows(plan, 'refused') }), lang), ...certificate } });
  // How the files are sent (a PKCS#8 key as PKCS#1 or SEC1): said when they are (to be) uploaded, not on a rerun
  // that finds them in SCM. `upload --rotate` said it already, with its other notes.
  const notes = r.newCert.kind === 'files' && !fresh.id ? r.newCert.notes ?? [] : [];
  if (notes.length > 0 && !r.json && !r.quiet) ctx.stderr.write(renderFindings(notes, errLayout(ctx)));
  if (r.dryRun) {
    const open = dryRunEnding(plan, fresh.id, lang);
    if (r.json) ctx.stdout.write(jsonDocument(rotationJson(doc('planned', old.unread !== undefined ? { unread: old.unread } : {}), lang)));
    // -q promises the new id alone: known when SCM holds the new certificate already (else there is none yet), and
    // said only of a plan the real run could complete.
    else if (r.quiet && fresh.id && !open && old.unread === undefined) ctx.stdout.write(`${fresh.id}\n`);
    // -q: the new id alone on success; "nothing was changed" is no error.
    if (!r.quiet) say(t(lang, M.dryRun));
    if (open) throw open;
    if (old.unread !== undefined) throw unreadEnding(r.domain!, old.unread, fresh.id, lang);
    return ExitCode.OK;
  }
  return carryOut({ r, s, fresh, old, plan, before, outlives, notes, view, say, doc }, ctx);
}
