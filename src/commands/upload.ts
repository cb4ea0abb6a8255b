// `scm upload`: every validate rule first (errors stop it: exit 1, nothing sent), then ImportCertificate
// without ever importing twice, optionally `--if-changed` (skip when SCM holds the same fingerprint) and
// `--push SERVICE[:REGION,...]`. stdout: the result (--quiet: the id alone); stderr: progress and warnings.
import type { Connection } from '../api/connect.js';
import type { PushOutcome } from '../api/push.js';
import type { ImportBody } from '../api/types.js';
import { requireAuth } from '../config/index.js';
import type { Ctx } from '../context.js';
import { langFromEnv, type Lang } from '../core/catalogue/index.js';
import { checkPush, type PushPlan } from '../core/push/index.js';
import type { Finding } from '../core/rules/types.js';
import type { BundleInput, ValidationReport } from '../core/validate/types.js';
import { ExitCode, InputError, ScmCliError, UsageError } from '../errors.js';
import { createProgress, type Progress } from '../io/progress.js';
import { renderFindings } from '../render/push.js';
import { renderDryRun, redactRequest, renderNoValidate, renderUploadResult, uploadJson, type PlannedRequest, type UploadResult } from '../render/upload.js';
import { plannedPushRequests } from './push.js';

interface UploadOptions {
  cert?: string;
  key?: string;
  chain?: string;
  pfx?: string;
  pfxPasswordFile?: string;
  name?: string;
  enterpriseProjectId?: string;
  region?: string;
  endpoint?: string;
  timeout?: string;
  retries?: number;
  ifChanged?: boolean;
  allowDuplicate?: boolean;
  push?: string[];
  validate?: boolean;
  dryRun?: boolean;
  json?: boolean;
  quiet?: boolean;
}

/** A syntactically valid id, so `--push` targets can be checked offline before the real id exists. */
const PLACEHOLDER_ID = 'scs0000000000000';

/** `WAF:cn-north-4,ap-southeast-1` -> plan (checked offline); findings when it cannot be pushed. */
export function parsePushTarget(spec: string, lang: Lang): { plan?: PushPlan; findings: Finding[] } {
  const colon = spec.indexOf(':');
  const service = colon < 0 ? spec : spec.slice(0, colon);
  const projects = colon < 0 ? [] : spec.slice(colon + 1).split(',').map((p) => p.trim()).filter(Boolean);
  return checkPush({ id: PLACEHOLDER_ID, service, projects }, lang);
}

/** One bundle, read the way `scm validate` reads it: --cert/--key/--chain, --pfx, or a bundle folder. */
async function readInputs(opts: UploadOptions, args: string[], ctx: Ctx): Promise<BundleInput> {
  const files = [opts.cert, opts.key, opts.chain, opts.pfx].filter((f) => f !== undefined);
  if (args.length > 1) throw new UsageError('upload takes one bundle folder', { hint: 'run scm upload once per certificate' });
  if (args.length > 0 && files.length > 0) throw new UsageError('give a bundle folder or --cert/--key/--chain/--pfx, not both');
  if (args.length === 0 && files.length === 0) throw new UsageError('nothing to upload', { hint: 'give --cert FILE --key FILE, --pfx FILE, or a bundle folder' });
  if (opts.pfx !== undefined && (opts.cert ?? opts.key ?? opts.chain) !== undefined) throw new UsageError('--pfx replaces --cert, --key and --chain; give one or the other');
  if ([...args, ...files, opts.pfxPasswordFile].filter((f) => f === '-').length > 1) throw new UsageError("'-' (standard input) may be given only once");
  const { readInput, readPasswordFile } = await import('../io/read-input.js');
  const io = { cwd: ctx.cwd, stdin: ctx.stdin };
  let input: BundleInput = {};
  if (args.length > 0) {
    const { readBundleDir } = await import('../io/bundle-files.js');
    input = args[0] === '-' ? { cert: await readInput('-', io) } : await readBundleDir(args[0]!, io);
  } else {
    for (const slot of ['cert', 'key', 'chain', 'pfx'] as const) {
      const path = opts[slot];
      if (path !== undefined) input[slot] = await readInput(path, io);
    }
  }
  const password = opts.pfxPasswordFile !== undefined ? await readPasswordFile(opts.pfxPasswordFile, io) : ctx.env.SCM_PFX_PASSWORD;
  return input.pfx && password !== undefined ? { ...input, pfxPassword: password } : input;
}

async function validateInput(input: BundleInput, opts: UploadOptions, ctx: Ctx, lang: Lang): Promise<ValidationReport> {
  const { validateBundle } = await import('../core/validate/index.js');
  return validateBundle(input, { now: ctx.now(), name: opts.name!, lang, ...(opts.enterpriseProjectId ? { enterpriseProjectId: opts.enterpriseProjectId } : {}) });
}

/** Errors found offline: the report (as `scm validate` shows it) and the push findings, then exit 1. */
async function refuse(report: ValidationReport, pushFindings: Finding[], opts: UploadOptions, ctx: Ctx): Promise<number> {
  const findings = [...report.findings, ...pushFindings];
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify({ schemaVersion: 1, uploaded: false, sent: false, valid: false, findings, ...(report.certificate ? { certificate: report.certificate } : {}) }, null, 2)}\n`);
    return ExitCode.NO;
  }
  const { renderReport } = await import('../render/validate.js');
  // With --no-validate only the push findings count; the report would show errors that do not block.
  let text = opts.validate === false ? '' : renderReport(report, { style: ctx.errStyle, width: ctx.stderr.isTTY ? Math.min(ctx.stderr.columns ?? 80, 100) : 0, strict: false, quiet: false });
  if (pushFindings.length > 0) text += `${text ? '\n' : ''}${renderFindings(pushFindings, ctx.errStyle)}`;
  ctx.stderr.write(`${text}${ctx.errStyle.red('scm:')} upload refused: ${errors} error${errors === 1 ? '' : 's'} found offline; nothing was sent\n`);
  return ExitCode.NO;
}

async function pushAll(conn: Connection, id: string, plans: PushPlan[], progress: Progress): Promise<PushOutcome[]> {
  const { executePush } = await import('../api/push.js');
  const outcomes: PushOutcome[] = [];
  for (const plan of plans) outcomes.push(await executePush(conn.client, { ...plan, id }, (t) => progress.step(t)));
  return outcomes;
}

export async function run({ args, opts }: { args: string[]; opts: UploadOptions }, ctx: Ctx): Promise<number> {
  const lang = langFromEnv(ctx.env);
  if (!opts.name) throw new UsageError('missing --name', { hint: 'the certificate name in SCM: 3-63 letters, digits, _ - . (e.g. --name example-com-2026)' });
  const silent = Boolean(opts.json || opts.quiet);

  // Offline first: the push targets, then every validate rule. Nothing is sent if either fails.
  const targets = (opts.push ?? []).map((t) => parsePushTarget(t, lang));
  const pushFindings = targets.flatMap((t) => t.findings);
  const report = await validateInput(await readInputs(opts, args, ctx), opts, ctx, lang);
  const errors = report.findings.filter((f) => f.severity === 'error');
  // --no-validate relaxes the certificate rules only; a push target that cannot work is always refused.
  if ((errors.length > 0 && opts.validate !== false) || targets.some((t) => !t.plan)) return refuse(report, pushFindings, opts, ctx);
  // Loud on purpose, even with --quiet/--json: the user turned off the safety net.
  if (opts.validate === false) ctx.stderr.write(renderNoValidate(errors, ctx.errStyle));
  const notes = [...report.findings.filter((f) => f.severity !== 'error'), ...pushFindings];
  if (!silent && notes.length > 0) ctx.stderr.write(renderFindings(notes, ctx.errStyle));
  if (!report.payload) throw new InputError('the inputs do not make an upload: no certificate and private key could be read', { hint: 'run scm validate with the same inputs to see why' });

  const body: ImportBody = {
    name: opts.name,
    certificate: report.payload.certificate,
    ...(report.payload.certificate_chain ? { certificate_chain: report.payload.certificate_chain } : {}),
    private_key: report.payload.private_key,
    duplicate_check: opts.allowDuplicate === true,
    ...(opts.enterpriseProjectId ? { enterprise_project_id: opts.enterpriseProjectId } : {}),
  };
  const progress = await createProgress(ctx, silent);
  const { connect, flagsFrom } = await import('../api/connect.js');
  const conn = await connect(flagsFrom(opts), ctx, { onRetry: (m) => progress.note(m), quiet: silent });
  const plans = targets.map((t) => t.plan!);

  if (opts.dryRun) {
    const text = JSON.stringify(body);
    const { url, headers } = conn.client.prepare('POST', '/v3/scm/certificates/import', {}, text);
    const requests: PlannedRequest[] = [{ method: 'POST', url: url.href, headers, body: body as unknown as Record<string, unknown> }];
    for (const plan of plans) {
      for (const p of plannedPushRequests({ ...plan, id: '{certificate_id}' })) {
        const prepared = conn.client.prepare('POST', p.path, {}, JSON.stringify(p.body));
        requests.push({ method: p.method, url: prepared.url.href.replace('%7Bcertificate_id%7D', '{certificate_id}'), headers: prepared.headers, ...(p.body ? { body: p.body } : {}) });
      }
    }
    if (opts.json) ctx.stdout.write(`${JSON.stringify({ schemaVersion: 1, dryRun: true, sent: false, endpointFrom: conn.settings.endpointFrom, requests: requests.map(redactRequest), findings: notes }, null, 2)}\n`);
    else ctx.stdout.write(requests.map((r) => renderDryRun(r, ctx.style)).join('\n'));
    ctx.stderr.write(`dry run: nothing was sent${opts.ifChanged ? ' (the --if-changed lookup was skipped too)' : ''}\n`);
    return ExitCode.OK;
  }
  requireAuth(conn.settings);

  const { identityOf, findExisting } = await import('../api/find.js');
  let identity;
  try {
    identity = identityOf(body.certificate);
  } catch {
    identity = undefined;
  }
  const result: UploadResult = { certificate_id: '', name: opts.name, changed: true, recovered: false, endpoint: conn.settings.endpoint.href, findings: notes, validated: opts.validate !== false, push: [], ...(report.certificate ? { certificate: report.certificate } : {}) };
  try {
    const found = opts.ifChanged && identity ? (progress.step(`looking for this certificate in SCM (${conn.settings.endpoint.host})`), await findExisting(conn.client, identity)) : undefined;
    if (found) {
      Object.assign(result, { certificate_id: found.id, changed: false });
    } else {
      progress.step(`uploading ${opts.name} to ${conn.settings.endpoint.host}`);
      const { importSafely } = await import('../api/import.js');
      const r = await importSafely(conn.client, body, { ...(identity ? { identity } : {}), retry: conn.retry, signal: ctx.signal, onRetry: (m) => progress.note(m) });
      Object.assign(result, { certificate_id: r.certificate_id, changed: !r.duplicate, recovered: r.recovered, ...(r.requestId ? { requestId: r.requestId } : {}) });
    }
    if (result.changed && plans.length > 0) result.push = await pushAll(conn, result.certificate_id, plans, progress);
    else if (plans.length > 0) progress.note('push skipped: the certificate did not change (run scm push to push it again)');
    progress.done();
  } catch (e) {
    progress.fail();
    // The upload may have worked even if a push failed: the id still goes out (stdout for --quiet/--json).
    if (result.certificate_id && e instanceof ScmCliError) {
      if (opts.json) ctx.stdout.write(`${JSON.stringify({ ...uploadJson(result), push_error: e.message.split('\n')[0] }, null, 2)}\n`);
      else if (opts.quiet) ctx.stdout.write(`${result.certificate_id}\n`);
      else ctx.stderr.write(`scm: the certificate is in SCM as ${result.certificate_id}; the push failed\n`);
    }
    throw e;
  }

  if (opts.json) ctx.stdout.write(`${JSON.stringify(uploadJson(result), null, 2)}\n`);
  else if (opts.quiet) ctx.stdout.write(`${result.certificate_id}\n`);
  else ctx.stdout.write(renderUploadResult(result, ctx.style));
  const failed = result.push.flatMap((p) => p.rows.filter((r) => !r.ok));
  if (failed.length > 0) throw new ScmCliError(`uploaded as ${result.certificate_id}, but the push failed for ${failed.map((r) => r.project).join(', ')}`, ExitCode.API);
  return ExitCode.OK;
}
