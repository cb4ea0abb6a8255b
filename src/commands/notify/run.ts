// `scm notify on|off ID...`: one EnableNotification or DisableNotification request for every id given,
// both notices (CERT_EXPIRING, CERT_EXPIRED). An unknown id is exit 4 (SCM.0008), the advice naming which of
// several ids SCM does not hold; whether SCM changed the others its refusal does not say, so nor does scm (the
// docs do not say the change is all or none), and setting them again is harmless.
import { explainNotHeld, isNotHeld, isNotHeldCode } from '../../api/not-held.js';
import { NOTICE_TYPES } from '../../api/types.js';
import type { Ctx } from '../../context.js';
import { listOf, t } from '../../core/i18n.js';
import { ExitCode, InterruptedError, UsageError, withHint } from '../../errors.js';
import { jsonDocument } from '../../render/json.js';
import { certIds } from '../shared/cert-ids.js';
import { openSession, type Session, type SessionOptions } from '../shared/session.js';
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
    s.client.setNotifications(ids, on).catch(async (e: unknown) => {
      if (e instanceof InterruptedError) throw interrupted(e, word, ids, lang);
      throw await unknownAmong(explainNotHeld(e, lang), ids, s, lang);
    }));
  if (opts.json) ctx.stdout.write(jsonDocument({ notifications: word, noticeTypes: [...NOTICE_TYPES], certificates: ids, requestId: requestId ?? null }));
  else ctx.stdout.write(`${t(lang, on ? M.on : M.off, { ids: listOf(lang, ids) })}\n`);
  return ExitCode.OK;
}

/** Ctrl-C or SIGTERM while the request was on its way: what it may have done, and that running it again is harmless. */
function interrupted(e: InterruptedError, state: 'on' | 'off', ids: readonly string[], lang: Ctx['lang']): InterruptedError {
  const action = t(lang, state === 'on' ? M.actionOn : M.actionOff);
  return new InterruptedError(t(lang, M.interrupted, { state, action, ids: listOf(lang, ids) }), { hint: t(lang, M.interruptedHint, { state, args: ids.join(' ') }), cause: e });
}

/**
 * SCM.0008 (or SCM.0020) for several ids does not say which one SCM does not hold: each is looked up
 * (ShowCertificate, only after such a failure) to name it, and the advice says to run again without it.
 */
async function unknownAmong(e: unknown, ids: readonly string[], s: Session, lang: Ctx['lang']): Promise<unknown> {
  if (ids.length < 2 || !isNotHeld(e) || !isNotHeldCode(e.errorCode)) return e;
  const unknown: string[] = [];
  for (const id of ids) {
    try {
      await s.client.show(id);
    } catch (err) {
      if (!isNotHeld(err)) return withHint(e, t(lang, M.unknownSomewhere, { count: ids.length }));
      unknown.push(id);
    }
  }
  if (unknown.length === 0) return withHint(e, t(lang, M.unknownSomewhere, { count: ids.length }));
  return withHint(e, t(lang, M.unknownAmong, { unknown: listOf(lang, unknown), count: ids.length, many: unknown.length }));
}
