// The last step of a rotation, once every resource is known to use the new certificate: the old ones that
// nothing uses are deleted (--delete-old) and their expiry e-mails turned off (--disable-notifications).
// Failures, Ctrl-C and SIGTERM included, are returned: what was done before them is reported all the same.
import { deleteMany, type DeleteResult } from '../../api/delete.js';
import { isNotHeld } from '../../api/errors.js';
import type { Ctx } from '../../context.js';
import { listOf, t } from '../../core/i18n.js';
import type { CleanupEntry } from '../../core/rotate/index.js';
import { firstFailure } from '../../render/deletions.js';
import type { Session } from '../shared/session.js';
import { M } from './messages.js';

export async function deleteOld(cleanup: readonly CleanupEntry[], s: Session, ctx: Ctx): Promise<{ deletions: DeleteResult[]; stop?: unknown }> {
  const doomed = cleanup.filter((e) => e.action === 'delete').map((e) => e.id);
  if (doomed.length === 0) return { deletions: [] };
  const done = await deleteMany(s.client, doomed, {
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
    if (!isNotHeld(e) || ids.length === 1) return { done: [], error: e };
  }
  const done: string[] = [];
  for (const id of ids) {
    try {
      await s.client.setNotifications([id], false);
      done.push(id);
    } catch (e) {
      if (!isNotHeld(e)) return { done, error: e };
    }
  }
  return { done };
}
