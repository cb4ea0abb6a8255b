// `scm export ID [--out DIR] [--force]`: the folder and the files already there are checked before SCM is
// asked (nothing is overwritten without --force: exit 2), then ExportCertificate, then every file written
// 0600 and atomically. stdout lists the files; the key is never printed.
import { join, resolve } from 'node:path';
import type { Ctx } from '../../context.js';
import { listOf, t } from '../../core/i18n.js';
import { ExitCode } from '../../errors.js';
import { jsonDocument, jsonWarningLine } from '../../render/json.js';
import { certIds } from '../shared/cert-ids.js';
import { openSession, type SessionOptions } from '../shared/session.js';
import { ensureFolder, FILE_NAMES, filesFor, refuseExisting, writeAll } from './files.js';
import { M } from './messages.js';
import { exportJson, renderFiles } from './render.js';
import { explainNotHeld } from '../../api/errors.js';

interface ExportOptions extends SessionOptions {
  out?: string;
  force?: boolean;
}

export async function run({ args, opts }: { args: string[]; opts: ExportOptions }, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  const [id] = certIds([args[0] ?? ''], lang) as [string];
  const force = opts.force === true;
  // Paths as the user gave them (relative ones stay relative in the output), resolved against the working folder.
  const dir = opts.out ?? '.';
  const abs = resolve(ctx.cwd, dir);
  ensureFolder(abs, lang);
  refuseExisting(['cert', 'chain', 'fullchain', 'privkey'].map((k) => resolve(abs, FILE_NAMES[k as keyof typeof FILE_NAMES])), force, lang);

  const s = await openSession(opts, ctx, M.phase);
  const exported = await s.step(t(lang, M.exporting, { id }), () => s.client.exportCertificate(id).catch((e: unknown) => { throw explainNotHeld(e, lang); }));
  const files = filesFor(exported, abs);
  // The SM2 pair is known only now.
  refuseExisting(files.filter((f) => f.kind.startsWith('enc-')).map((f) => f.path), force, lang);
  const note = (text: string): void => ctx.stderr.write(opts.json ? jsonWarningLine(text) : `${text}\n`);
  if (!files.some((f) => f.kind === 'chain')) note(t(lang, M.noChain, { id }));

  const { written, error } = writeAll(files, force, lang);
  const shown = written.map((f) => ({ ...f, path: join(dir, FILE_NAMES[f.kind]) }));
  if (opts.json) ctx.stdout.write(jsonDocument(exportJson(id, shown)));
  else ctx.stdout.write(renderFiles(shown));
  if (error) {
    if (written.length > 0 && !opts.json) note(t(lang, M.partWritten, { paths: listOf(lang, shown.map((f) => f.path)) }));
    throw error;
  }
  return ExitCode.OK;
}
