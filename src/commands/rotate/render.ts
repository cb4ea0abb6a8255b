// Human text and JSON for `scm rotate`: the plan (who replaces whom, what happens to each resource, the cost
// note), then the results (a row per resource, what happened to each old certificate), and the one JSON
// document of the contract (plus the details: reason, kept, deploymentUnknown ...). Renderers return strings.
import type { DeleteResult } from '../../api/delete.js';
import { failureText } from '../../core/deploy/failures.js';
import type { CertFacts } from '../../core/deploy/checks.js';
import { listOf, t, type Lang } from '../../core/i18n.js';
import { describePlaces } from '../../core/inventory/deployment.js';
import { scmShort } from '../../core/inventory/time.js';
import { cleanupText, rowText, unknownText, type CleanupEntry, type RotationPlan, type RotationRow, type UnknownRegion } from '../../core/rotate/index.js';
import type { Finding } from '../../core/rules/types.js';
import type { Style } from '../../io/style.js';
import { outcomeText } from '../../render/deletions.js';
import { table } from '../../render/text.js';
import { fitColumns } from '../../render/text-fit.js';
import { M as DM } from '../deploy/messages.js';
import { H, M, PLAN, RESULT } from './messages.js';

export interface View {
  lang: Lang;
  style: Style;
  /** Terminal width, 0 when not a terminal. */
  width: number;
}

const resourceCell = (r: { resourceId: string; resourceName: string }): string =>
  r.resourceName && r.resourceName !== r.resourceId ? `${r.resourceName} (${r.resourceId})` : r.resourceId;

const names = (facts: CertFacts, lang: Lang): string => {
  const all = [...facts.names];
  return all.length > 4 ? `${listOf(lang, all.slice(0, 4))} …` : listOf(lang, all);
};

export interface PlanHead {
  newId?: string;
  facts: CertFacts;
  /** For files still to be uploaded: where they are and the name they get. */
  source?: string;
  name?: string;
  deleteOld: boolean;
  /** Old certificates that expire after the new one: --delete-old keeps them (said in the plan). */
  outlives?: readonly string[];
  /** --domain: named when no other certificate covers it. */
  domain?: string;
  /** --domain from a certificate list read in part: "none covers it" is only of those read. */
  unread?: boolean;
  /** Old ids given that SCM does not hold: named in the plan as such. */
  notHeld?: readonly string[];
  disableNotifications: boolean;
  /** The new certificate is an uploaded one: deployments are billed. */
  billed: boolean;
}

/** A certificate's expiry as show and list print it: SCM's zone (UTC+8), to the minute, with the zone said. */
export const zoned = (d: Date, lang: Lang): string => t(lang, M.zoned, { time: scmShort(d) });

export function renderPlan(plan: RotationPlan, head: PlanHead, v: View): string {
  const { lang, style } = v;
  const given = [...plan.oldIds, ...(head.notHeld ?? []).map((id) => t(lang, M.notHeldTag, { id }))];
  const old = given.length > 0 ? listOf(lang, given) : head.domain !== undefined ? t(lang, head.unread ? M.noOldForRead : M.noOldFor, { domain: head.domain }) : t(lang, M.noOldFound);
  const date = head.facts.notAfter ? zoned(head.facts.notAfter, lang) : '?';
  const lines = [head.newId
    ? t(lang, M.to, { new: style.bold(head.newId), names: names(head.facts, lang), date, old })
    : t(lang, M.toNew, { source: head.source ?? '', names: names(head.facts, lang), date, name: head.name ?? '', old })];
  lines.push(plan.move.length > 0 ? t(lang, M.planDeploy, { count: plan.move.length, where: describePlaces(plan.move.map((m) => m.resource), lang) }) : t(lang, M.planNone));
  if (plan.unchanged.length > 0) lines.push(t(lang, M.planUnchanged, { count: plan.unchanged.length }));
  if (plan.unsupported.length > 0) lines.push(style.yellow(t(lang, M.planUnsupported, { count: plan.unsupported.length })));
  if (plan.copies.length > 0) lines.push(t(lang, plan.pushCdn ? M.planPush : M.planCopied, { count: plan.copies.length }));
  for (const u of plan.unknown) lines.push(style.yellow(t(lang, M.planUnknown, { why: unknownText(u, lang) })));
  if (plan.move.length > 0 || plan.pushCdn) lines.push(t(lang, M.planThenVerify));
  // No old certificate in SCM: nothing to delete or turn off, so neither is planned.
  const anyOld = plan.oldIds.length > 0;
  if (head.deleteOld && anyOld) lines.push(head.outlives && head.outlives.length > 0 ? t(lang, M.planDeleteBut, { ids: listOf(lang, [...head.outlives]) }) : t(lang, M.planDelete));
  if (head.disableNotifications && anyOld) lines.push(t(lang, M.planNotify));
  if (plan.move.length > 0 && head.billed) lines.push(style.yellow(t(lang, DM.note, { text: t(lang, DM.cost, { count: plan.move.length }) })));
  const rows = [
    ...plan.move.map((m) => [m.resource.service, m.resource.region, resourceCell(m.resource), m.resource.from, t(lang, PLAN.deploy)]),
    ...plan.unchanged.map((r) => [r.service, r.region, resourceCell(r), r.from, t(lang, PLAN.unchanged)]),
    ...plan.unsupported.map((r) => [r.service, r.region, resourceCell(r), r.from, style.yellow(t(lang, PLAN.unsupported))]),
    ...plan.copies.map((r) => [r.service, r.region, resourceCell(r), r.from, t(lang, plan.pushCdn ? PLAN.push : PLAN.copied)]),
  ];
  if (rows.length === 0) return `${lines.join('\n')}\n`;
  const headings = [H.service, H.region, H.resource, H.uses, H.plan].map((h) => t(lang, h));
  const fitted = fitColumns([headings, ...rows], v.width, [2]);
  return `${lines.join('\n')}\n\n${table(fitted.map((cells, i) => (i === 0 ? cells.map((c) => style.bold(c)) : cells)))}`;
}

/** The MESSAGE of a row: what the service said, with the fix when scm knows one. */
export function rowMessage(r: RotationRow, newId: string, lang: Lang): string {
  return rowText(r.reason === 'rejected' || r.reason === 'unconfirmed' ? { ...r, detail: failureText(r.detail, lang) } : r, newId, lang);
}

export interface Results {
  newId: string;
  rows: RotationRow[];
  cleanup: CleanupEntry[];
  deletions: DeleteResult[];
  notified: string[];
  /** --disable-notifications: the ids whose expiry e-mails are still on because the request failed. */
  stillOn?: string[];
  /** `scm upload --rotate`: the command that deletes an old certificate nothing uses (upload has no --delete-old). */
  deleteOld?: string;
  /** Old ids given that SCM does not hold: a line each in the OLD block, never "no longer used". */
  notHeld?: readonly string[];
}

export function renderResults(r: Results, v: View): string {
  const { lang, style } = v;
  const paint = (row: RotationRow, text: string): string => (row.result === 'failed' ? style.red(text) : row.result === 'skipped' || row.result === 'unknown' ? style.yellow(text) : style.green(text));
  const headings = [H.service, H.region, H.resource, H.from, H.result, H.message].map((h) => t(lang, h));
  const rows = r.rows.map((row) => [row.service, row.region, resourceCell(row), row.from, paint(row, t(lang, RESULT[row.result])), rowMessage(row, r.newId, lang)]);
  let out = rows.length > 0 ? table(fitColumns([headings, ...rows], v.width, [2, 5]).map((cells, i) => (i === 0 ? cells.map((c) => style.bold(c)) : cells))) : '';
  const oldLines = r.cleanup.map((e) => {
    const done = r.deletions.find((d) => d.id === e.id);
    const what = done ? outcomeText(done, lang, style) : cleanupText(e, lang, r.deleteOld);
    const mails = r.notified.includes(e.id) ? t(lang, M.notificationsOff) : r.stillOn?.includes(e.id) ? style.yellow(t(lang, M.notificationsStillOn, { id: e.id })) : '';
    return t(lang, M.oldLine, { id: e.id, what: mails ? `${what}${lang === 'zh' ? '；' : '; '}${mails}` : what });
  });
  oldLines.push(...(r.notHeld ?? []).map((id) => t(lang, M.oldLine, { id, what: t(lang, M.notHeld) })));
  if (oldLines.length > 0) out += `${out ? '\n' : ''}${style.bold(t(lang, H.old))}\n${oldLines.join('\n')}\n`;
  return out;
}

/** Where Ctrl-C or SIGTERM stopped a rotation: lookup (before the import was sent), upload, deploy, verify, delete, notify. */
export type StoppedIn = 'lookup' | 'upload' | 'deploy' | 'verify' | 'delete' | 'notify';

const STOPPED = { lookup: M.stoppedBeforeUpload, upload: M.stoppedUpload, deploy: M.stoppedDeploy, verify: M.stoppedVerify, delete: M.stoppedDelete, notify: M.stoppedNotify };

/** The last line of an interrupted rotation: where it stopped, what was done, that nothing old was deleted after it. */
export function stoppedLine(phase: StoppedIn, d: { name: string; newId: string; rows: readonly RotationRow[]; count: number }, lang: Lang): string {
  const deployed = d.rows.filter((r) => r.result === 'deployed').length;
  return `${t(lang, STOPPED[phase], { name: d.name, new: d.newId, deployed, count: d.count })}\n`;
}

export interface RotationDoc {
  dryRun: boolean;
  status: string;
  newId: string | null;
  oldIds: string[];
  /** Old ids given that SCM does not hold (not in oldIds: nothing planned for them). */
  notHeld?: readonly string[];
  rows: RotationRow[];
  cleanup: CleanupEntry[];
  deletions: DeleteResult[];
  notified: string[];
  /** --disable-notifications whose request failed: their e-mails are still on. */
  stillOn?: string[];
  unknown: UnknownRegion[];
  upload: Record<string, unknown> | null;
  requestIds: string[];
  /** Set when Ctrl-C or SIGTERM stopped it (status "interrupted"). */
  interruptedDuring?: StoppedIn;
  /** `scm upload --rotate`: upload's `certificate_id` (the new id, when there is one) heads the document. */
  asUpload?: boolean;
  /** `scm upload --rotate`: the command that deletes an old certificate nothing uses (upload has no --delete-old). */
  deleteOld?: string;
  /** --domain from a certificate list read in part: why (the rotation is then never complete). */
  unread?: string;
  /** How the files uploaded were sent (input-converted: the key as PKCS#1/SEC1), as `upload --json` lists them. */
  notes?: readonly Finding[];
}

export function rotationJson(d: RotationDoc, lang: Lang): Record<string, unknown> {
  const newId = d.newId ?? '';
  return {
    ...(d.asUpload && d.newId ? { certificate_id: d.newId } : {}),
    dryRun: d.dryRun,
    status: d.status,
    new: d.newId,
    old: [...d.oldIds, ...(d.notHeld ?? [])],
    notHeld: d.notHeld ?? [],
    upload: d.upload,
    resources: d.rows.map((r) => ({ service: r.service, region: r.region, resource: r.resourceId, resourceName: r.resourceName, from: r.from, result: r.result, reason: r.reason, message: rowMessage(r, newId, lang) })),
    deleted: d.deletions.filter((x) => x.result === 'deleted' || x.result === 'already-deleted').map((x) => x.id),
    kept: d.cleanup.filter((e) => e.action === 'keep').map((e) => ({ id: e.id, reason: e.reason, message: cleanupText(e, lang, d.deleteOld) })),
    deleteErrors: d.deletions.filter((x) => x.result === 'failed' || x.result === 'interrupted' || x.result === 'not-attempted' || x.result === 'refused').map((x) => ({ id: x.id, result: x.result, error: x.error ? x.error.toJSON() : null })),
    notificationsDisabled: d.notified,
    notificationsStillOn: d.stillOn ?? [],
    deploymentUnknown: d.unknown.map((u) => ({ certificateId: u.certificateId, service: u.service, region: u.region, ...(u.count !== undefined ? { count: u.count } : {}) })),
    requestIds: d.requestIds,
    ...(d.interruptedDuring ? { interrupted: true, interruptedDuring: d.interruptedDuring } : {}),
    ...(d.notes && d.notes.length > 0 ? { findings: d.notes } : {}),
    ...(d.unread !== undefined ? { listIncomplete: { message: d.unread } } : {}),
  };
}
