// `scm rotate`: the arguments and the new certificate read and checked offline (files validated as an upload
// that must be deployable: an error refuses with exit 1, nothing sent), then the rotation (flow.ts).
import type { Ctx } from '../../context.js';
import { t } from '../../core/i18n.js';
import { CERT_ID } from '../../core/cert-id.js';
import { InputError, UsageError } from '../../errors.js';
import { isDirectory, isOtherThanDirectory } from '../../io/bundle-files.js';
import { isStdinPath, readContextOf } from '../../io/read-input.js';
import { errLayout, renderFindings } from '../../render/findings.js';
import { withByNameHint } from '../shared/by-name.js';
import { wafExtrasOf } from './waf-extras.js';
import { refuse } from '../shared/refusal.js';
import { rotate, type NewCert } from './flow.js';
import { newSource, readNewFiles, refuseToAmongOld, splitArgs, type RotateFlags } from './inputs.js';
import { M } from './messages.js';
import { rotationJson } from './render.js';

export async function run({ args, opts }: { args: string[]; opts: RotateFlags }, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  const json = opts.json === true;
  const quiet = opts.quiet === true;
  const { oldIds, folder } = splitArgs(args, lang);
  // An argument that is neither an id nor a path that exists (nor standard input) is most likely a certificate's name given
  // for its id: a refusal of the arguments then says how to find the id (shared/by-name.ts), as --to's does.
  const io = readContextOf(ctx);
  const named = folder !== undefined && !isStdinPath(folder) && !isDirectory(folder, io) && !isOtherThanDirectory(folder, io) ? folder : undefined;
  let source: 'id' | 'files';
  try {
    source = newSource(opts, folder, lang);
    if (oldIds.length === 0 && opts.domain === undefined) throw new UsageError(t(lang, M.noOld), { hint: t(lang, M.noOldHint) });
  } catch (e) {
    const badTo = opts.to !== undefined && !CERT_ID.test(opts.to.trim()) && named === undefined ? opts.to : undefined;
    throw withByNameHint(e, named ?? badTo, lang);
  }
  let newCert: NewCert;
  if (source === 'id') {
    refuseToAmongOld(opts.to!, oldIds, lang);
    newCert = { kind: 'id', id: opts.to!.trim() };
  }
  else {
    const { report, source: where, unsent } = await readNewFiles(opts, folder, ctx).catch((e: unknown) => { throw e instanceof InputError ? withByNameHint(e, named, lang) : e; });
    const errors = report.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      // The rotate document, as any refusal of a rotation: nothing uploaded, deployed or deleted; the new
      // certificate as validate read it, and its findings (refuse adds them).
      const { findings, certificate } = await unsent();
      const doc = rotationJson({ dryRun: opts.dryRun === true, status: 'refused', newId: null, oldIds, rows: [], cleanup: [], deletions: [], notified: [], unknown: [], upload: null, requestIds: [] }, lang);
      return refuse(ctx, { json, findings, message: t(lang, M.refusedOffline), type: 'RotationRefused', doc: { ...doc, ...(certificate ? { certificate } : {}) } });
    }
    if (!report.payload || !report.certificate) throw new InputError(t(lang, M.notAnUpload));
    const warnings = report.findings.filter((f) => f.severity === 'warning');
    if (warnings.length > 0 && !json && !quiet) ctx.stderr.write(renderFindings(warnings, errLayout(ctx)));
    const { defaultCertificateName, mainName } = await import('../../core/acme/name.js');
    // Named as upload names it: after the certificate's main name (never an IP address).
    const name = opts.name ?? defaultCertificateName(mainName(report.certificate) ?? '', ctx.now());
    // What is converted for sending (the key as PKCS#1/SEC1) is said by the flow, and only if it uploads.
    const notes = report.findings.filter((f) => f.rule === 'input-converted');
    newCert = { kind: 'files', report, name, source: where, notes, ...(opts.enterpriseProjectId ? { enterpriseProjectId: opts.enterpriseProjectId } : {}) };
  }
  const { domain, deleteOld, disableNotifications, dryRun, config, region, endpoint, timeout, retries } = opts;
  // Sent with the WAF resources: one enterprise project (several refused before anything is sent; "all" is none).
  const { extras, wafNote } = wafExtrasOf(opts, lang);
  return rotate({
    oldIds, ...(domain !== undefined ? { domain } : {}), newCert,
    deleteOld: deleteOld === true, disableNotifications: disableNotifications === true, dryRun: dryRun === true, json, quiet,
    extras, ...(wafNote !== undefined ? { wafNote } : {}),
    session: { ...(config !== undefined ? { config } : {}), ...(region !== undefined ? { region } : {}), ...(endpoint !== undefined ? { endpoint } : {}), ...(timeout !== undefined ? { timeout } : {}), ...(retries !== undefined ? { retries } : {}) },
  }, ctx);
}
