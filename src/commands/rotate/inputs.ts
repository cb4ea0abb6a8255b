// What `scm rotate` is given: the old certificates (ids as arguments, and/or --domain D) and the new one (--to
// ID, --cert/--key/--chain, --pfx, or a bundle folder among the arguments). Files are read as `scm upload`
// reads them and validated offline (every upload rule, plus SM2 and expiry as deploy and `rotate --to` refuse
// them: the new certificate must be deployable); a refusal there sends nothing.
import type { Ctx } from '../../context.js';
import { certificateFindings } from '../../core/deploy/checks.js';
import type { WafType } from '../../core/deploy/targets.js';
import { ID_LIKE } from '../../core/cert-id.js';
import { asClause, t } from '../../core/i18n.js';
import { CERT_ID } from '../../core/push/index.js';
import { ruleById } from '../../core/rules/table.js';
import type { BundleInput, ValidationReport } from '../../core/validate/types.js';
import { UsageError } from '../../errors.js';
import { isStdinPath } from '../../io/read-input.js';
import { inputSource, type InputFileOptions } from '../shared/input-options.js';
import type { SessionOptions } from '../shared/session.js';
import { M } from './messages.js';

export interface RotateFlags extends SessionOptions, InputFileOptions {
  domain?: string;
  to?: string;
  name?: string;
  deleteOld?: boolean;
  disableNotifications?: boolean;
  wafType?: WafType;
  enterpriseProjectId?: string;
  dryRun?: boolean;
}

/** A malformed id, refused as every command refuses one: push-id-format's code (SCM.0020) and its fix as the hint. */
const notAnId = (message: string, lang: Ctx['lang']): UsageError => new UsageError(message, { code: 'SCM.0020', hint: asClause(ruleById('push-id-format')!.fix[lang], lang) });

/** The old ids and the bundle folder among the arguments (ids are `scs` + 13 digits; anything else is the folder). */
export function splitArgs(args: readonly string[], lang: Ctx['lang']): { oldIds: string[]; folder?: string } {
  const oldIds = args.filter((a) => CERT_ID.test(a));
  const others = args.filter((a) => !CERT_ID.test(a));
  // scs and digits is an id mistyped (a digit missing, upper case), not a folder: say so, not "one folder".
  const mistyped = others.find((a) => ID_LIKE.test(a.trim()));
  if (mistyped !== undefined) throw notAnId(t(lang, M.notAnOldId, { arg: mistyped }), lang);
  if (others.length > 1) throw new UsageError(t(lang, M.twoFolders));
  return { oldIds: [...new Set(oldIds)], ...(others[0] !== undefined ? { folder: others[0] } : {}) };
}

/** Which way the new certificate is given; a UsageError when none or several. */
export function newSource(opts: RotateFlags, folder: string | undefined, lang: Ctx['lang']): 'id' | 'files' {
  const files = opts.cert !== undefined || opts.key !== undefined || opts.chain !== undefined || opts.pfx !== undefined || folder !== undefined;
  const onlyFolder = folder !== undefined && opts.cert === undefined && opts.key === undefined && opts.chain === undefined && opts.pfx === undefined;
  // An argument beside --to that is no id was read as the new certificate's folder: name it (a mistyped old id).
  if (opts.to !== undefined && onlyFolder) throw new UsageError(t(lang, M.twoNewFolder, { to: opts.to, folder }));
  if (opts.to !== undefined && files) throw new UsageError(t(lang, M.twoNew));
  if (opts.to === undefined && !files) throw new UsageError(t(lang, M.noNew));
  if (opts.to !== undefined && !CERT_ID.test(opts.to.trim())) throw notAnId(t(lang, M.badTo, { id: opts.to }), lang);
  // Read once, standard input gives its bytes to the first: `--cert - --key -` would leave the key empty (key-empty).
  if ([folder, opts.cert, opts.key, ...(opts.chain ?? []), opts.pfx, opts.pfxPasswordFile].filter((f) => f !== undefined && isStdinPath(f)).length > 1) throw new UsageError(t(lang, M.stdinOnce));
  return opts.to !== undefined ? 'id' : 'files';
}

/** `--to ID` among the old ids: refused before anything is sent (files found in SCM are checked once looked up: old-certs.ts). */
export function refuseToAmongOld(to: string, oldIds: readonly string[], lang: Ctx['lang']): void {
  const id = to.trim();
  if (oldIds.includes(id)) throw new UsageError(t(lang, M.toIsOld, { id }), { hint: t(lang, M.toIsOldHint, { id }) });
}

/** The files read as `scm upload` reads them, validated as an upload that must also be deployable (SM2 and expiry refused). */
export async function readNewFiles(opts: RotateFlags, folder: string | undefined, ctx: Ctx): Promise<{ input: BundleInput; report: ValidationReport; source: string; unsent: () => Promise<ValidationReport> }> {
  const [{ pfxPassword }, { readContextOf }] = await Promise.all([import('../../io/pfx-password.js'), import('../../io/read-input.js')]);
  const { loadValidation, readBundle } = await import('../shared/read-bundle.js');
  const io = readContextOf(ctx);
  const password = await pfxPassword(opts.pfxPasswordFile, ctx.env.SCM_PFX_PASSWORD, io);
  if (password) ctx.secrets?.add(password);
  if (folder !== undefined && opts.pfx !== undefined) throw new UsageError(t(ctx.lang, M.twoNew));
  const input = await readBundle(folder !== undefined ? [folder] : [], opts, io, password, folder !== undefined, opts.pfxPasswordFile);
  const { validateBundle } = await loadValidation();
  const options = {
    now: ctx.now(), lang: ctx.lang,
    ...(opts.name !== undefined ? { name: opts.name } : {}),
    ...(opts.enterpriseProjectId ? { enterpriseProjectId: opts.enterpriseProjectId } : {}),
  };
  // --json says how the key is sent (input-converted) when the rotation uploads it; a refusal sends nothing,
  // so its findings come from `unsent`, which leaves that out.
  const checked = async (sending: boolean): Promise<ValidationReport> => deployable(await validateBundle(input, { ...options, sending }), ctx);
  const report = await checked(opts.json === true);
  const unsent = async (): Promise<ValidationReport> => (opts.json === true ? checked(false) : report);
  return { input, report, source: inputSource(folder !== undefined ? [folder] : [], opts), unsent };
}

/**
 * What deploy and rotate refuse in any certificate (SM2, expired: SCM.0010), as `--to ID` is checked, offline:
 * validate's --target would name one service (ELB) whatever the rotation deploys to, and where it does is not
 * known yet. An expired one is said once, by that finding (validate's cert-expired left out).
 */
function deployable(report: ValidationReport, ctx: Ctx): ValidationReport {
  const c = report.certificate;
  if (!c) return report;
  const refused = certificateFindings({ label: c.subject, names: [], notAfter: new Date(c.notAfter), sm2: c.keyType === 'SM2' }, [], ctx.now(), ctx.lang);
  if (refused.length === 0) return report;
  return { ...report, valid: false, findings: [...refused, ...report.findings.filter((f) => f.rule !== 'cert-expired')] };
}
