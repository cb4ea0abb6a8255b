// `scm validate`: read the bundle(s), run validateBundle on each, print the reports (human or --json) and
// return 0, or 1 when any bundle has an error finding (with --strict, a warning too). A folder that cannot be
// read gets its own entry while the others are still validated; the exit status is then 2.
import type { Ctx } from '../../context.js';
import { t } from '../../core/i18n.js';
import { domainArgProblem } from '../../core/validate/domain-arg.js';
import { validateBundle } from '../../core/validate/index.js';
import type { BundleInput, TargetService, ValidateOptions, ValidationReport } from '../../core/validate/types.js';
import { ExitCode, InputError, UsageError } from '../../errors.js';
import { isDirectory, isOtherThanDirectory } from '../../io/bundle-files.js';
import { pfxPassword } from '../../io/pfx-password.js';
import { isStdinPath, readContextOf } from '../../io/read-input.js';
import { holdsBundleFile } from '../shared/bundle-material.js';
import type { InputFileOptions } from '../shared/input-options.js';
import { readBundle } from '../shared/read-bundle.js';
import { errorLine, warningLine, widthOf } from '../../render/diagnostics.js';
import { jsonErrorLine, jsonWarningLine } from '../../render/json.js';
import { M } from './messages.js';
import { fails, renderReport, renderTotals, renderUnreadable, type RenderOptions } from './render.js';

interface Opts extends InputFileOptions {
  name?: string;
  domain?: string[];
  domainCount?: number;
  target?: string;
  enterpriseProjectId?: string;
  warnDays?: number;
  strict?: boolean;
  quiet?: boolean;
  json?: boolean;
}

interface Bundle {
  /** The folder, for bundles given as folders. */
  path?: string;
  /** Reads the bundle when its turn comes: one bundle's bytes in memory at a time, whatever the count. */
  read: () => Promise<BundleInput>;
}

const TARGETS: readonly TargetService[] = ['CDN', 'WAF', 'ELB'];

function checkUsage(args: string[], o: Opts, ctx: Ctx): void {
  const L = ctx.lang;
  const slots = [o.cert, o.key, ...(o.chain ?? [])].filter((f) => f !== undefined);
  if (args.length === 0 && slots.length === 0 && o.pfx === undefined) throw new UsageError(t(L, M.nothing), { hint: t(L, M.nothingHint) });
  if (o.pfx !== undefined && slots.length > 0) throw new UsageError(t(L, M.pfxAndOthers));
  if (o.pfx !== undefined && args.length > 0) throw new UsageError(t(L, M.pfxAndArgs));
  // The password opens a .pfx, or an encrypted PKCS#8 key given as --key (or in --cert, or among the files).
  if (o.pfxPasswordFile !== undefined && o.pfx === undefined && args.length === 0 && o.key === undefined && o.cert === undefined) throw new UsageError(t(L, M.pfxPasswordAlone));
  if ([...args, ...slots, o.pfx, o.pfxPasswordFile].filter((f) => f !== undefined && isStdinPath(f)).length > 1) throw new UsageError(t(L, M.stdinOnce));
  if (o.target !== undefined && !TARGETS.includes(o.target.toUpperCase() as TargetService)) throw new UsageError(t(L, M.badTarget, { value: o.target }));
  for (const value of o.domain ?? []) {
    const problem = domainArgProblem(value);
    if (problem) throw new UsageError(t(L, M.badDomain, { value, problem: t(L, problem[0], problem[1]) }), { hint: t(L, M.badDomainHint) });
  }
}

async function gather(args: string[], o: Opts, ctx: Ctx): Promise<Bundle[]> {
  const io = readContextOf(ctx);
  const password = await pfxPassword(o.pfxPasswordFile, ctx.env.SCM_PFX_PASSWORD, io);
  if (password) ctx.secrets?.add(password);
  const slots: InputFileOptions = { cert: o.cert, key: o.key, chain: o.chain, pfx: o.pfx };
  if (!args.some((a) => a !== '-' && isDirectory(a, io))) return [{ read: () => readBundle(args, slots, io, password, false, o.pfxPasswordFile) }];
  // Folders: a glob such as /etc/letsencrypt/live/* also matches files (certbot's README): skip those, say so.
  // A path that cannot be followed (missing, no permission) stays, and becomes its own unreadable entry.
  const dirs = args.filter((a) => a !== '-' && !isOtherThanDirectory(a, io));
  const files = args.filter((a) => !dirs.includes(a));
  // A file that holds a certificate, a key or any PEM block was named to be checked, not brought by a glob: files
  // (one bundle) and folders (a bundle each) are two forms of the command, so a mix is refused, never skipped.
  for (const arg of files) {
    if (arg === '-' || (await holdsBundleFile(arg, io))) throw new UsageError(t(ctx.lang, M.filesAndFolders, { path: arg, dir: args.find((a) => a !== '-' && isDirectory(a, io))! }));
  }
  for (const arg of files) {
    const line = t(ctx.lang, M.skipping, { path: arg });
    ctx.stderr.write(o.json ? jsonWarningLine(line, { path: arg }) : warningLine(ctx.errStyle, ctx.lang, line, widthOf(ctx.stderr)));
  }
  const overrides = [o.cert, o.key, o.chain].filter((f) => f !== undefined).length;
  if (overrides > 0 && dirs.length > 1) throw new UsageError(t(ctx.lang, M.overrideOneFolder, { count: dirs.length }));
  return dirs.map((dir) => ({ path: dir, read: () => readBundle([dir], slots, io, password, true, o.pfxPasswordFile) }));
}

function options(o: Opts, ctx: Ctx): ValidateOptions {
  const v: ValidateOptions = { now: ctx.now(), lang: ctx.lang };
  if (o.name !== undefined) v.name = o.name;
  if (o.domain !== undefined) v.domains = o.domain;
  if (o.domainCount !== undefined) v.domainCount = o.domainCount;
  if (o.target !== undefined) v.target = o.target.toUpperCase() as TargetService;
  if (o.enterpriseProjectId !== undefined) v.enterpriseProjectId = o.enterpriseProjectId;
  if (o.warnDays !== undefined) v.warnDays = o.warnDays;
  return v;
}

/** The contract's JSON: no payload, ever (it holds the private key). */
function toJson(r: ValidationReport, ok: boolean, path?: string, strict?: boolean): Record<string, unknown> {
  return {
    ...(path === undefined ? {} : { path }),
    valid: ok,
    // The document's own: why "valid" is false with warnings alone (a bundle of several leaves it to the top).
    ...(strict === undefined ? {} : { strict }),
    findings: r.findings,
    ...(r.certificate ? { certificate: r.certificate } : {}),
    ...(r.keyType ? { keyType: r.keyType } : {}),
  };
}

/** Text as bytes of its own: not from Buffer's shared pool, where one kept slice would keep 8 KiB alive. */
function bytes(text: string): Buffer {
  const buf = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  buf.write(text);
  return buf;
}

/** As JSON.stringify(doc, null, 2) would lay out an element of "bundles". */
const element = (value: Record<string, unknown>): Buffer => bytes(`    ${JSON.stringify(value, null, 2).split('\n').join('\n    ')}`);

export async function run({ args, opts }: { args: string[]; opts: Opts }, ctx: Ctx): Promise<number> {
  checkUsage(args, opts, ctx);
  const bundles = await gather(args, opts, ctx);
  const validateOptions = options(opts, ctx);
  const strict = opts.strict === true;
  const many = bundles.length > 1;
  const render: RenderOptions = { style: ctx.style, width: ctx.stdout.isTTY ? Math.min(ctx.stdout.columns ?? 80, 100) : 0, strict, quiet: opts.quiet === true, lang: ctx.lang };
  // Each bundle becomes its piece of the output at once, kept as bytes: memory holds the report's text and
  // nothing else, never the inputs, parsed certificates or payload (the private key) of earlier bundles. (A
  // string built by concatenation would keep its whole tree of pieces alive, ~4x the text.)
  const parts: Buffer[] = [];
  const verdicts: Array<{ ok: boolean; unreadable?: boolean }> = [];
  const failing = { errors: 0, warnings: 0 };
  // One folder under --json that cannot be read: still the contract's one object on stdout (valid false, its
  // error as a bundles[] entry has it), and its own error object on stderr, not "1 of 1 folders".
  let alone: InputError | undefined;
  for (const bundle of bundles) {
    let report: ValidationReport;
    try {
      report = await validateBundle({ ...(await bundle.read()), domainOffered: true }, validateOptions);
    } catch (e) {
      // One folder that cannot be read does not throw away the others' reports.
      if (!(e instanceof InputError) || (!many && !(opts.json && bundle.path !== undefined))) throw e;
      verdicts.push({ ok: false, unreadable: true });
      const error = { message: e.message, ...(e.hint ? { hint: e.hint } : {}) };
      if (!many) alone = e;
      if (!many) parts.push(bytes(JSON.stringify({ schemaVersion: 1, path: bundle.path, valid: false, strict, error, findings: [] }, null, 2)));
      else parts.push(opts.json ? element({ path: bundle.path, valid: false, error, findings: [] }) : bytes(renderUnreadable(bundle.path!, error, render)));
      continue;
    }
    const ok = !report.findings.some((f) => fails(f, strict));
    verdicts.push({ ok });
    for (const f of report.findings.filter((x) => fails(x, strict))) failing[f.severity === 'error' ? 'errors' : 'warnings'] += 1;
    if (!opts.json) parts.push(bytes(renderReport(report, render, many ? bundle.path : undefined)));
    else if (!many) parts.push(bytes(JSON.stringify({ schemaVersion: 1, ...toJson(report, ok, bundle.path, strict) }, null, 2)));
    else parts.push(element({ path: bundle.path, ...toJson(report, ok) }));
  }
  const ok = verdicts.every((v) => v.ok);
  const unreadable = verdicts.filter((v) => v.unreadable).length;

  if (opts.json) {
    if (!many) ctx.stdout.write(`${parts[0]!.toString()}\n`);
    else {
      ctx.stdout.write(`{\n  "schemaVersion": 1,\n  "valid": ${ok},\n  "strict": ${strict},\n  "bundles": [\n`);
      parts.forEach((part, i) => ctx.stdout.write(`${part.toString()}${i < parts.length - 1 ? ',' : ''}\n`));
      ctx.stdout.write('  ]\n}\n');
    }
    // Under --json every failing exit also leaves one error object on stderr; the findings are on stdout.
    if (alone) ctx.stderr.write(jsonErrorLine({ type: 'InputError', message: alone.message, exitCode: ExitCode.USAGE, ...(alone.hint ? { hint: alone.hint } : {}) }));
    else if (unreadable > 0) ctx.stderr.write(jsonErrorLine({ type: 'InputError', message: t(ctx.lang, M.someUnreadable, { count: unreadable, total: verdicts.length }), exitCode: ExitCode.USAGE }));
    else if (!ok) ctx.stderr.write(jsonErrorLine({ type: 'ValidationFailed', message: t(ctx.lang, M.failing, failing), exitCode: ExitCode.NO }));
  } else {
    const shown = parts.filter((part) => part.length > 0);
    shown.forEach((part, i) => ctx.stdout.write(`${i === 0 ? '' : '\n'}${part.toString()}`));
    if (many && !render.quiet) ctx.stdout.write(`\n${renderTotals(verdicts, render)}`);
    if (unreadable > 0) ctx.stderr.write(errorLine(ctx.errStyle, t(ctx.lang, M.someUnreadable, { count: unreadable, total: verdicts.length }), widthOf(ctx.stderr)));
  }
  return unreadable > 0 ? ExitCode.USAGE : ok ? ExitCode.OK : ExitCode.NO;
}
