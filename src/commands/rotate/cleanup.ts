// The last step of a rotation, once no deployment failed: the old ones that SCM shows nothing uses are
// deleted (--delete-old) and their expiry e-mails turned off (--disable-notifications). Failures, Ctrl-C and
// SIGTERM included, are returned: what was done before them is reported all the same. And the hint of a
// rotation left incomplete, which must say what this step did (deleted or kept).
import { deleteMany, type DeleteResult } from '../../api/delete.js';
import { scmSaysNotHeld } from '../../api/not-held.js';
import type { Ctx } from '../../context.js';
import { listOf, t, type Lang } from '../../core/i18n.js';
import type { CleanupEntry } from '../../core/rotate/index.js';
import { firstFailure } from '../../render/deletions.js';
import type { Session } from '../shared/session.js';
import { M } from './messages.js';

export async function deleteOld(cleanup: readonly CleanupEntry[], s: Session, ctx: Ctx): Promise<{ deletions: DeleteResult[]; stop?: unknown }> {
  const doomed = cleanup.filter((e) => e.action === 'delete').map((e) => e.id);
  if (doomed.length === 0) return { deletions: [] };
  const done = await deleteMany(s.client, doomed, {
    recheck: true,
    onStep: (id, i, count) => {
      s.deadline.restart();
      s.progress.step(t(ctx.lang, M.deleting, { id, n: i + 1, count }));
    },
  });
  s.progress.done();
  const stop = firstFailure(done.results, done.stoppedBy);
  return { deletions: done.results, ...(stop ? { stop } : {}) };
}

/**
 * One DisableNotification for all of them; when SCM does not hold one (it changes all or none), one by one
 * without it. A failure is returned, to be reported after the results.
 */
export async function notificationsOff(ids: string[], s: Session, ctx: Ctx): Promise<{ done: string[]; error?: unknown }> {
  if (ids.length === 0) return { done: [] };
  s.deadline.restart();
  try {
    await s.step(t(ctx.lang, M.notifying, { ids: listOf(ctx.lang, ids) }), () => s.client.setNotifications(ids, false));
    return { done: ids };
  } catch (e) {
    if (!scmSaysNotHeld(e) || ids.length === 1) return { done: [], error: e };
  }
  const done: string[] = [];
  for (const id of ids) {
    try {
      await s.client.setNotifications([id], false);
      done.push(id);
    } catch (e) {
      if (!scmSaysNotHeld(e)) return { done, error: e };
    }
  }
  return { done };
}

/** The hint of an incomplete rotation: "old certificates were kept" only when none was deleted (--delete-old
 *  deletes one SCM shows nothing uses, even while a resource's move is unconfirmed). */
export function incompleteHint(newId: string, deletions: readonly DeleteResult[], cleanup: readonly CleanupEntry[], lang: Lang, rerun?: string, unsupported: readonly string[] = []): string {
  const deleted = deletions.filter((x) => x.result === 'deleted' || x.result === 'already-deleted').map((x) => x.id);
  if (deleted.length === 0 && unsupported.length > 0) return t(lang, M.incompleteUnsupportedHint, { list: listOf(lang, [...unsupported]) });
  if (deleted.length === 0) return rerun ? t(lang, M.incompleteHintHook, { cmd: rerun }) : t(lang, M.incompleteHint);
  const kept = cleanup.filter((e) => e.action === 'keep').map((e) => e.id);
  if (kept.length === 0) return t(lang, M.incompleteDeletedHint, { new: newId, deleted: listOf(lang, deleted) });
  return t(lang, M.incompleteMixedHint, { new: newId, deleted: listOf(lang, deleted), kept: listOf(lang, kept) });
}
