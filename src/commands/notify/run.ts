// `scm notify on|off ID...`: one EnableNotification or DisableNotification request for every id given,
// both notices (CERT_EXPIRING, CERT_EXPIRED). SCM changes all or none: an unknown id is exit 4 (SCM.0008).
import { explainNotHeld } from '../../api/errors.js';
import { NOTICE_TYPES } from '../../api/types.js';
import type { Ctx } from '../../context.js';
import { listOf, t } from '../../core/i18n.js';
import { ExitCode, UsageError } from '../../errors.js';
import { jsonDocument } from '../../render/json.js';
import { certIds } from '../shared/cert-ids.js';
import { openSession, type SessionOptions } from '../shared/session.js';
import { M } from './messages.js';

export async function run({ args, opts }: { args: string[]; opts: SessionOptions }, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  const [state = '', ...rest] = args;
  const word = state.toLowerCase();
  if (word !== 'on' && word !== 'off') throw new UsageError(t(lang, M.badState, { value: state }));
  if (rest.length === 0) throw new UsageError(t(lang, M.noIds, { state: word }));
  const ids = certIds(rest, lang);
  const on = word === 'on';
  const s = await openSession(opts, ctx, M.phase);
  const { requestId } = await s.step(t(lang, M.changing, { state: word, action: t(lang, on ? M.actionOn : M.actionOff), count: ids.length }), () =>
    s.client.setNotifications(ids, on).catch((e: unknown) => { throw explainNotHeld(e, lang); }));
  if (opts.json) ctx.stdout.write(jsonDocument({ notifications: word, noticeTypes: [...NOTICE_TYPES], certificates: ids, requestId: requestId ?? null }));
  else ctx.stdout.write(`${t(lang, on ? M.on : M.off, { ids: listOf(lang, ids) })}\n`);
  return ExitCode.OK;
}
