// `scm upload`: every validate rule first (errors stop it: exit 1, nothing sent), then ImportCertificate
// without ever importing twice, optionally `--if-changed` (skip when SCM holds the same fingerprint) and
// `--push SERVICE[:REGION,...]`. Inputs: files, a folder, or an ACME hook's environment (--from).
// stdout: the result (--quiet: the id alone); stderr: progress and warnings (JSON lines under --json).
import type { ImportBody } from '../../api/types.js';
import type { Ctx } from '../../context.js';
import { t, type Lang } from '../../core/i18n.js';
import { checkPush, mergePlans, type PushPlan } from '../../core/push/index.js';
import type { Finding } from '../../core/rules/types.js';
import type { BundleInput, ValidationReport } from '../../core/validate/types.js';
import { encFields } from '../../core/validate/sm2-pair.js';
import type { WafType } from '../../core/deploy/targets.js';
import { ExitCode, InputError, UsageError } from '../../errors.js';
import { createProgress } from '../../io/progress.js';
import { readUploadInputs, type InputOptions } from './inputs.js';
import { hookFinishCommand } from '../shared/hook-finish.js';
import { inputSource } from '../shared/input-options.js';
import { jsonDocument, jsonErrorLine, jsonWarningLine } from '../../render/json.js';
import { errorLine, warningLine, widthOf } from '../../render/diagnostics.js';
import { errLayout, renderFindings } from '../../render/findings.js';
import { redactRequest, renderDryRun } from '../../render/requests.js';
import { U } from './messages.js';
import { noValidateText, renderAcmeSource, type UploadResult } from './render.js';

interface UploadOptions extends InputOptions {
  enterpriseProjectId?: string;
  region?: string;
  endpoint?: string;
  timeout?: string;
  retries?: number;
  ifChanged?: boolean;
  allowDuplicate?: boolean;
  push?: string[];
  rotate?: boolean;
  wafType?: WafType;
  validate?: boolean;
  dryRun?: boolean;
  json?: boolean;
  quiet?: boolean;
}

const UPLOAD_PHASE = { en: 'the upload', zh: '上传' };

/** A syntactically valid id, so `--push` targets can be checked offline before the real id exists. */
const PLACEHOLDER_ID = 'scs0000000000000';

/** `WAF:cn-north-4,ap-southeast-1` -> plan (checked offline); findings in `--push` syntax when it cannot be pushed. */
export function parsePushTarget(spec: string, lang: Lang): { plan?: PushPlan; findings: Finding[] } {
  const colon = spec.indexOf(':');
  const service = colon < 0 ? spec : spec.slice(0, colon);
  const projects = colon < 0 ? [] : spec.slice(colon + 1).split(',');
  return checkPush({ id: PLACEHOLDER_ID, service, projects }, lang, { uploadTarget: spec });
}

async function validateInput(input: BundleInput, name: string | undefined, opts: UploadOptions, ctx: Ctx, lang: Lang): Promise<ValidationReport> {
  // Through read-bundle.ts, whose pack readUploadInputs has loaded: validation's pack then holds nothing of it.
  const { loadValidation } = await import('../shared/read-bundle.js');
  const { validateBundle } = await loadValidation();
  // The key form sent (PKCS#1/SEC1) is said in --json; in text, --dry-run shows it in the key's placeholder.
  return validateBundle(input, { now: ctx.now(), lang, sending: opts.json === true, ...(name !== undefined ? { name } : {}), ...(opts.enterpriseProjectId ? { enterpriseProjectId: opts.enterpriseProjectId } : {}) });
}

/**
 * Errors found offline: the report as `scm validate` shows it (with -q, only what fails), or only the push
 * findings when a --push target is wrong (refused before the bundle is even read), then exit 1.
 */
async function refuse(report: ValidationReport | undefined, pushFindings: Finding[], opts: UploadOptions, ctx: Ctx): Promise<number> {
  const findings = [...(report?.findings ?? []), ...pushFindings];
  const lang = ctx.lang;
  const message = t(lang, U.refused, { count: findings.filter((f) => f.severity === 'error').length });
  if (opts.json) {
    ctx.stdout.write(jsonDocument({ uploaded: false, sent: false, valid: false, findings, ...(report?.certificate ? { certificate: report.certificate } : {}) }));
    ctx.stderr.write(jsonErrorLine({ type: 'UploadRefused', message, exitCode: ExitCode.NO }));
    return ExitCode.NO;
  }
  const width = widthOf(ctx.stderr);
  // With --no-validate only the push findings count; the report would show errors that do not block.
  let text = '';
  if (report && opts.validate !== false) {
    // Through read-bundle.ts, whose pack was loaded to read the bundle (see validateInput).
    const { loadReportRenderer } = await import('../shared/read-bundle.js');
    const { renderReport } = await loadReportRenderer();
    text = renderReport(report, { style: ctx.errStyle, width, strict: false, quiet: Boolean(opts.quiet), lang });
  }
  if (pushFindings.length > 0) text += `${text && !opts.quiet ? '\n' : ''}${renderFindings(pushFindings, { style: ctx.errStyle, width, lang })}`;
  ctx.stderr.write(`${text}${errorLine(ctx.errStyle, message, width)}`);
  return ExitCode.NO;
}

export async function run({ args, opts }: { args: string[]; opts: UploadOptions }, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  const silent = Boolean(opts.json || opts.quiet);
  const layout = errLayout(ctx);
  if (opts.wafType && !opts.rotate) throw new UsageError(t(lang, U.wafTypeWithoutRotate));

  // Offline first: the push targets (a wrong one is refused before the bundle is read), then every validate
  // rule. Nothing is sent if either fails.
  const targets = (opts.push ?? []).map((spec) => parsePushTarget(spec, lang));
  const pushFindings = targets.flatMap((target) => target.findings);
  if (targets.some((target) => !target.plan)) return refuse(undefined, pushFindings.filter((f) => f.severity === 'error'), opts, ctx);
  const inputs = await readUploadInputs(opts, args, ctx);
  const { input, acme } = inputs;
  // certbot logs anything its deploy hook writes on stderr as "Hook 'deploy-hook' ran with error output", a
  // warning, after every renewal that went well: there (no terminal) stderr has only what needs attention
  // (warnings, retries, errors), not the steps nor which variables were read. lego and acme.sh log both streams
  // alike; at a terminal (the hook tried by hand) both are shown.
  const noSteps = acme?.client === 'certbot' && !ctx.stderr.isTTY;
  if (acme && !silent && !noSteps) ctx.stderr.write(renderAcmeSource(acme, inputs.name ?? '', lang));
  const report = await validateInput(input, inputs.name, opts, ctx, lang);
  const errors = report.findings.filter((f) => f.severity === 'error');
  // --no-validate relaxes the certificate rules only.
  if (errors.length > 0 && opts.validate !== false) return refuse(report, pushFindings, opts, ctx);
  if (!report.payload) throw new InputError(t(lang, U.noUpload), { hint: t(lang, U.noUploadHint) });
  // No --name: named after the certificate as --from names it after the hook's domain (said on stderr).
  let name = inputs.name;
  if (name === undefined) {
    const { defaultCertificateName, mainName } = await import('../../core/acme/name.js');
    const domain = (report.certificate && mainName(report.certificate)) ?? '';
    name = defaultCertificateName(domain, ctx.now());
    if (!silent) ctx.stderr.write(`${domain ? t(lang, U.defaultName, { name, domain }) : t(lang, U.defaultNameNoDomain, { name })}\n`);
  }
  // Loud on purpose, even with --quiet/--json: the user turned off the safety net.
  if (opts.validate === false) ctx.stderr.write(opts.json ? jsonWarningLine(noValidateText(errors, lang)) : warningLine(ctx.errStyle, lang, noValidateText(errors, lang), layout.width));
  const notes = [...report.findings.filter((f) => f.severity !== 'error'), ...pushFindings];
  if (!silent && notes.length > 0) ctx.stderr.write(renderFindings(notes, layout));

  if (opts.rotate) {
    // The rotation uploads (as --if-changed would), deploys, verifies and reports: src/commands/rotate/.
    const { rotateUpload } = await import('../rotate/from-upload.js');
    const domain = acme?.domains[0] ?? report.certificate?.names[0] ?? name;
    const finish = acme ? hookFinishCommand(acme, name, opts, ctx.cwd, domain) : undefined;
    return rotateUpload({ report, name, domain, source: acme?.cert ?? inputSource(args, opts), hook: acme !== undefined, noSteps, ...(finish ? { finish } : {}), opts }, ctx);
  }
  const progress = await createProgress(ctx, silent, noSteps);
  const { connect, flagsFrom, loadPlan, requireAuth } = await import('../shared/connect.js');
  const conn = await connect(flagsFrom(opts, ctx.lang), ctx, {
    onRetry: (m) => progress.note(m), quiet: Boolean(opts.quiet), json: Boolean(opts.json),
    // A server error that quotes the key sent (or the key as the files hold it, before the key form was
    // changed) is redacted like any other secret.
    privateKeys: [report.payload.private_key, ...(report.payload.enc_private_key ? [report.payload.enc_private_key] : []), ...[input.key, ...(input.files ?? [])].flatMap((f) => (f ? [Buffer.from(f.data).toString('utf8')] : []))],
    phase: UPLOAD_PHASE,
  });
  const enterpriseProjectId = opts.enterpriseProjectId ?? conn.settings.enterpriseProjectId;
  const body: ImportBody = {
    name,
    certificate: report.payload.certificate,
    ...(report.payload.certificate_chain ? { certificate_chain: report.payload.certificate_chain } : {}),
    private_key: report.payload.private_key,
    ...encFields(report.payload),
    duplicate_check: opts.allowDuplicate === true,
    ...(enterpriseProjectId ? { enterprise_project_id: enterpriseProjectId } : {}),
  };
  // A service named in two --push targets is pushed once (each WAF/ELB push makes another copy).
  const plans = mergePlans(targets.map((t) => t.plan!));

  if (opts.dryRun) {
    const { prepareUpload } = await loadPlan();
    const requests = prepareUpload(conn.client, body, plans);
    if (opts.json) ctx.stdout.write(jsonDocument({ dryRun: true, sent: false, endpointFrom: conn.settings.endpointFrom, requests: requests.map(redactRequest), findings: notes }));
    // -q prints the id alone, and a dry run has none: nothing, as for a run with nothing to say.
    else if (!opts.quiet) {
      ctx.stdout.write(requests.map((r) => renderDryRun(r, ctx.style, lang)).join('\n'));
      ctx.stderr.write(`${t(lang, opts.ifChanged ? U.dryRunLookup : U.dryRun)}\n`);
    }
    return ExitCode.OK;
  }
  requireAuth(conn.settings, true);
  const { sendUpload } = await import('./send.js');
  const result: UploadResult = {
    certificate_id: '', name, changed: true, recovered: false, copies: { otherCopies: [], deleted: [], keptDeployed: [] },
    endpoint: conn.settings.endpoint.href, findings: notes, validated: opts.validate !== false, push: [], from: acme?.client ?? null,
    ...(report.certificate ? { certificate: report.certificate } : {}),
  };
  // Under a hook, a failure's hint names the command that finishes by hand (the hook is not run again).
  const finish = acme ? { finish: hookFinishCommand(acme, name, opts, ctx.cwd) } : {};
  return sendUpload({ conn, body, plans, result, progress, ifChanged: Boolean(opts.ifChanged), firedRules: report.findings.map((f) => f.rule), json: Boolean(opts.json), quiet: Boolean(opts.quiet), ...finish }, ctx);
}
