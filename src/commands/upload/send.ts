// `scm upload` once the offline checks passed: the upload through the API (src/api/upload.ts: lookup, import
// never sent twice, copies checked), the pushes that make sure the certificate is at each target, and the
// result on stdout, which names the certificate also when a push failed.
import { ScmApiError } from '../../api/errors.js';
import { identityOf, type CertIdentity } from '../../api/cert-identity.js';
import { executePush, PushInterrupted } from '../../api/push.js';
import type { ImportBody } from '../../api/types.js';
import { uploadCertificate, type UploadOutcome, type UploadPhase } from '../../api/upload.js';
import type { Ctx } from '../../context.js';
import { t } from '../../core/i18n.js';
import { shellWord } from '../../core/shell-word.js';
import type { PushPlan } from '../../core/push/index.js';
import { ExitCode, InterruptedError, ScmCliError } from '../../errors.js';
import type { Progress } from '../../io/progress.js';
import { errorLine, warningLine, widthOf } from '../../render/diagnostics.js';
import { jsonDocument, jsonWarningLine } from '../../render/json.js';
import { pushFailure } from '../push/failure.js';
import type { Connection } from '../shared/connect.js';
import { U } from './messages.js';
import { copyNotes } from '../shared/copies/notes.js';
import { withHookFinish } from '../shared/hook-finish.js';
import { renderUploadResult, uploadJson, type UploadResult } from './render.js';

export interface SendInput {
  conn: Connection;
  body: ImportBody;
  plans: PushPlan[];
  /** Filled in as the upload goes; written to stdout at the end. */
  result: UploadResult;
  progress: Progress;
  ifChanged: boolean;
  /** Rules that fired offline on this input: an API error names only these as having caught it. */
  firedRules: string[];
  json: boolean;
  quiet: boolean;
  /** Under a renewal hook: the command that finishes by hand, added to the hint of a failure (shared/hook-finish.ts). */
  finish?: string;
}

const PUSH_PHASE = { en: 'the push', zh: '推送' };

export async function sendUpload(i: SendInput, ctx: Ctx): Promise<number> {
  // One run at a time for this certificate on this machine: a second waits, then finds it (and its pushes).
  const { certificateKey, lockCertificate } = await import('../shared/run-lock.js');
  const warn = (text: string): void => ctx.stderr.write(i.json ? jsonWarningLine(text) : warningLine(ctx.errStyle, ctx.lang, text, widthOf(ctx.stderr)));
  const lock = await lockCertificate(i.conn.settings.endpoint.href, certificateKey(i.body.certificate), { note: (s) => i.progress.note(s), warn }, ctx)
    .catch((e: unknown) => Promise.reject(i.finish ? withHookFinish(e, i.finish, ctx.lang) : e));
  try {
    return await send(i, ctx, warn);
  } finally {
    lock?.release();
  }
}

async function send(i: SendInput, ctx: Ctx, warn: (text: string) => void): Promise<number> {
  const { conn, result, progress, body } = i;
  const lang = ctx.lang;
  const host = conn.settings.endpoint.host;
  let identity: CertIdentity | undefined;
  try {
    identity = identityOf(body.certificate);
  } catch {
    identity = undefined;
  }

  let phase: UploadPhase | undefined;
  let outcome: UploadOutcome;
  try {
    outcome = await uploadCertificate(conn.client, body, {
      ...(identity ? { identity } : {}),
      ifChanged: i.ifChanged,
      onPhase: (p) => {
        // The look before a plain import is part of "uploading": one step line for both.
        if (!(p === 'import' && phase === 'check')) progress.step(t(lang, p === 'lookup' ? U.looking : p === 'verify' ? U.verifying : U.uploading, { host, name: result.name }));
        phase = p;
      },
    });
  } catch (e) {
    progress.fail();
    // Once an import was sent, an interruption leaves its outcome open: say how to find out.
    if (e instanceof InterruptedError && (phase === 'import' || phase === 'verify')) {
      // One shell word: a wildcard name (*.example.com) is a glob to the shell (zsh stops at 'no matches found').
      const command = `scm list --search ${shellWord(identity?.names[0] ?? result.name)}`;
      throw new InterruptedError(t(lang, U.interrupted, { name: result.name }), { hint: t(lang, U.interruptedHint, { cmd: 'scm upload', command }), cause: e });
    }
    if (e instanceof ScmApiError) e.withFiredRules(i.firedRules);
    throw i.finish ? withHookFinish(e, i.finish, lang) : e;
  }
  Object.assign(result, {
    certificate_id: outcome.certificateId, changed: outcome.changed, recovered: outcome.recovered,
    copies: { otherCopies: outcome.otherCopies, deleted: outcome.deleted, keptDeployed: outcome.keptDeployed, ...(outcome.unverified ? { unverified: outcome.unverified } : {}), ...(outcome.mayStillLand ? { mayStillLand: true } : {}) },
    ...(outcome.requestId ? { requestId: outcome.requestId } : {}),
    ...(outcome.existingName !== undefined ? { existingName: outcome.existingName } : {}),
  });
  // Said even with --quiet: a second copy in SCM is never left unmentioned.
  for (const note of copyNotes(outcome, lang, result.name)) warn(note);
  // Found in another enterprise project than the one asked for: nothing was imported into that one.
  if (outcome.heldIn !== undefined) warn(t(lang, U.heldIn, { id: outcome.certificateId, held: outcome.heldIn, asked: body.enterprise_project_id ?? '' }));

  if (i.plans.length > 0) {
    conn.deadline.restart(PUSH_PHASE);
    try {
      // A certificate that was already in SCM may be deployed already: push only where it is not. A rerun finds
      // this one in SCM, so it looks before it pushes (what an interrupted push row advises): with --if-changed,
      // and a plain one too (it looks for a copy before importing); not with --allow-duplicate, which stores another.
      const rerun = i.ifChanged || body.duplicate_check === false ? 'looks' : 'with --if-changed';
      for (const plan of i.plans) result.push.push(await executePush(conn.client, { ...plan, id: result.certificate_id }, { ensure: !result.changed, rerun, onStep: (s) => progress.step(s) }));
    } catch (e) {
      progress.fail();
      // The upload worked even though pushing did not (or was interrupted): the id still goes out (stdout
      // for --quiet/--json).
      // Ctrl-C/SIGTERM part-way: the rows of the push it stopped are reported too (which may have taken effect).
      if (e instanceof PushInterrupted) result.push.push(e.outcome);
      if (e instanceof ScmCliError) {
        if (i.json) ctx.stdout.write(jsonDocument({ ...uploadJson(result), push_error: e.message.split('\n')[0], ...(e instanceof InterruptedError ? { interrupted: true } : {}) }));
        else if (i.quiet) ctx.stdout.write(`${result.certificate_id}\n`);
        else if (e instanceof PushInterrupted) ctx.stdout.write(renderUploadResult(result, ctx.style, lang));
        else if (!(e instanceof InterruptedError)) ctx.stderr.write(errorLine(ctx.errStyle, t(lang, U.inScmPushFailed, { id: result.certificate_id }), widthOf(ctx.stderr)));
      }
      throw i.finish ? withHookFinish(e, i.finish, lang) : e;
    }
  }
  progress.done();

  if (i.json) ctx.stdout.write(jsonDocument(uploadJson(result)));
  else if (i.quiet) ctx.stdout.write(`${result.certificate_id}\n`);
  else ctx.stdout.write(renderUploadResult(result, ctx.style, lang));
  const failure = pushFailure(result.push, lang, { id: result.certificate_id, changed: result.changed, ...(i.finish ? { finish: i.finish } : {}) });
  if (failure) throw failure;
  return ExitCode.OK;
}
