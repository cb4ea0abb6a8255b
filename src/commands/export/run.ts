// `scm export ID [--out DIR] [--force]`: the folder and the files already there are checked before SCM is
// asked (nothing is overwritten without --force: exit 2), then ExportCertificate, then every file written
// 0600, all or none, once the answer is known to hold a certificate (and a private key, if any, that is
// one and the certificate's): otherwise exit 5 (SCM answered, with nothing scm can use, as an answer without
// any certificate is in the client) and nothing written. No key in the answer is a warning; with
// --force, an earlier export's files it has nothing for (chain.pem, privkey.pem, the SM2 enc-*.pem pair) are settled first (stale.ts). A folder it made is removed when nothing went into it. stdout
// lists the files; the key is never printed.
import { join, resolve } from 'node:path';
import type { Ctx } from '../../context.js';
import { listOf, t, type Lang } from '../../core/i18n.js';
import { ExitCode, InterruptedError, ScmCliError, UsageError, withHint } from '../../errors.js';
import { warningLine, widthOf } from '../../render/diagnostics.js';
import { jsonDocument, jsonWarningLine } from '../../render/json.js';
import { certIds } from '../shared/cert-ids.js';
import { openSession, type SessionOptions } from '../shared/session.js';
import { answerFaults, mendAnswer } from './answer.js';
import { ensureFolder, FILE_NAMES, filesFor, refuseExisting, removeMade, writeAll } from './files.js';
import { M } from './messages.js';
import { removeLeftovers, settleLeftovers } from './stale.js';
import { refuseUntrustedFolder } from './trust.js';
import { exportJson, renderFiles } from './render.js';
import { ScmApiError } from '../../api/errors.js';
import { explainNotHeld } from '../../api/not-held.js';

interface ExportOptions extends SessionOptions {
  out?: string;
  force?: boolean;
}

export async function run({ args, opts }: { args: string[]; opts: ExportOptions }, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  const [id] = certIds([args[0] ?? ''], lang) as [string];
  // Paths as the user gave them (relative ones stay relative in the output), resolved against the working folder.
  const dir = opts.out ?? '.';
  // `-` means stdout to most tools: a folder named `-` made instead would be a surprise, and the key is never printed.
  if (dir === '-') throw new UsageError(t(lang, M.outDash));
  const abs = resolve(ctx.cwd, dir);
  // Judged before anything is made: a missing folder by the nearest one above it that is there.
  await refuseUntrustedFolder(dir, abs, ctx.uid, lang);
  const made = ensureFolder(abs, lang);
  try {
    return await exportInto(id, dir, abs, opts, ctx);
  } catch (e) {
    removeMade(abs, made);
    throw e;
  }
}

async function exportInto(id: string, dir: string, abs: string, opts: ExportOptions, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  const force = opts.force === true;
  // Every file an export may write, the SM2 pair too: an earlier SM2 export's enc-*.pem beside an RSA
  // certificate would pass for its own (without --force, refused; with it, settled by stale.ts).
  refuseExisting(Object.values(FILE_NAMES).map((name) => resolve(abs, name)), force, lang);

  const s = await openSession(opts, ctx, M.phase);
  const answered = await s.step(t(lang, M.exporting, { id }), () => s.client.exportCertificate(id).catch((e: unknown) => {
    if (e instanceof InterruptedError) throw new InterruptedError(t(lang, M.interrupted, { id }), { cause: e });
    throw whyRefused(explainNotHeld(e, lang), id, lang);
  }));
  const { answer: exported, mended } = mendAnswer(answered);
  const faults = answerFaults(exported);
  if (faults.length > 0) throw new ScmCliError(t(lang, M.notExportable, { id, what: listOf(lang, faults.map((f) => t(lang, M[f]))) }), ExitCode.NETWORK, { hint: t(lang, M.notExportableHint) });
  const files = filesFor(exported, abs);
  const note = (text: string): void => ctx.stderr.write(opts.json ? jsonWarningLine(text) : `${text}\n`);
  if (mended) note(t(lang, M.mended, { id }));
  const warn = (text: string): void => ctx.stderr.write(opts.json ? jsonWarningLine(text) : warningLine(ctx.errStyle, lang, text, widthOf(ctx.stderr)));
  // Before anything is written: a privkey.pem of an earlier export that is not this certificate's refuses it.
  const leftovers = settleLeftovers(files, { id, abs, shown: dir, force, lang });
  if (!files.some((f) => f.kind === 'privkey')) warn(t(lang, M.noKey, { id }));
  if (!files.some((f) => f.kind === 'chain')) note(t(lang, M.noChain, { id }));

  // All or nothing (a failure leaves the earlier files as they were and says so); the leftovers go only after.
  writeAll(files, force, lang);
  removeLeftovers(leftovers);
  for (const text of leftovers.notes) note(text);
  const shown = files.map((f) => ({ ...f, path: join(dir, FILE_NAMES[f.kind]) }));
  if (opts.json) ctx.stdout.write(jsonDocument(exportJson(id, shown)));
  else ctx.stdout.write(renderFiles(shown));
  return ExitCode.OK;
}

/** SCM.0010 to an export: the hint says what lets a certificate be exported, not the catalogue's push advice. */
function whyRefused(e: unknown, id: string, lang: Lang): unknown {
  return e instanceof ScmApiError && e.errorCode === 'SCM.0010' ? withHint(e, t(lang, M.refusedHint, { id })) : e;
}
