// `scm validate`: read the bundle(s), run validateBundle on each, print the reports (human or --json) and
// exit 1 when any bundle has an error finding (with --strict, a warning too).
import type { Ctx } from '../context.js';
import { langFromEnv } from '../core/catalogue/index.js';
import { validateBundle } from '../core/validate/index.js';
import type { BundleInput, TargetService, ValidateOptions, ValidationReport } from '../core/validate/types.js';
import { ExitCode, UsageError } from '../errors.js';
import { isDirectory, readBundleDir } from '../io/bundle-files.js';
import { readInput, readPasswordFile } from '../io/read-input.js';
import { fails, renderReport, renderTotals, type RenderOptions } from '../render/validate.js';

interface Opts {
  cert?: string;
  key?: string;
  chain?: string;
  pfx?: string;
  pfxPasswordFile?: string;
  name?: string;
  domain?: string[];
  domainCount?: number;
  target?: string;
  enterpriseProjectId?: string;
  warnDays?: number;
  strict?: boolean;
  lang?: 'en' | 'zh';
  quiet?: boolean;
  json?: boolean;
}

interface Bundle {
  /** The folder, for bundles given as arguments. */
  path?: string;
  input: BundleInput;
}

const TARGETS: readonly TargetService[] = ['CDN', 'WAF', 'ELB'];

function checkUsage(args: string[], o: Opts): void {
  const files = [o.cert, o.key, o.chain, o.pfx].filter((f) => f !== undefined);
  if (args.length > 0 && files.length > 0) throw new UsageError('give bundle folders or --cert/--key/--chain/--pfx, not both');
  if (args.length === 0 && files.length === 0) {
    throw new UsageError('nothing to validate', { hint: "try 'scm validate --cert fullchain.pem --key privkey.pem' or 'scm validate /etc/letsencrypt/live/example.com'" });
  }
  if (o.pfx !== undefined && (o.cert ?? o.key ?? o.chain) !== undefined) throw new UsageError('--pfx replaces --cert, --key and --chain; give one or the other');
  if (o.pfxPasswordFile !== undefined && o.pfx === undefined && args.length === 0) throw new UsageError('--pfx-password-file needs --pfx (or a bundle folder holding a .pfx)');
  const stdin = [...args, ...files, o.pfxPasswordFile].filter((f) => f === '-').length;
  if (stdin > 1) throw new UsageError("'-' (standard input) may be given only once");
  if (o.target !== undefined && !TARGETS.includes(o.target.toUpperCase() as TargetService)) {
    throw new UsageError(`--target must be CDN, WAF or ELB, not '${o.target}'`);
  }
}

async function gather(args: string[], o: Opts, ctx: Ctx): Promise<Bundle[]> {
  const io = { cwd: ctx.cwd, stdin: ctx.stdin };
  const password = o.pfxPasswordFile !== undefined ? await readPasswordFile(o.pfxPasswordFile, io) : ctx.env.SCM_PFX_PASSWORD;
  const withPassword = (input: BundleInput): BundleInput => (input.pfx && password !== undefined ? { ...input, pfxPassword: password } : input);
  if (args.length > 0) {
    // A glob such as /etc/letsencrypt/live/* also matches files (certbot's README): skip those, say so.
    const dirs: string[] = [];
    for (const arg of args) {
      if (args.length > 1 && arg !== '-' && !(await isDirectory(arg, io))) ctx.stderr.write(`scm: skipping ${arg}: not a directory\n`);
      else dirs.push(arg);
    }
    if (dirs.length === 0) throw new UsageError('none of the arguments is a bundle folder');
    // Folders are read concurrently (I/O only); '-' is one combined PEM (certificates and key) on stdin.
    return Promise.all(dirs.map(async (dir) => {
      const input = dir === '-' ? { cert: await readInput('-', io) } : await readBundleDir(dir, io);
      return { path: dir, input: withPassword(input) };
    }));
  }
  const input: BundleInput = {};
  for (const slot of ['cert', 'key', 'chain', 'pfx'] as const) {
    const path = o[slot];
    if (path !== undefined) input[slot] = await readInput(path, io);
  }
  return [{ input: withPassword(input) }];
}

function options(o: Opts, ctx: Ctx): ValidateOptions {
  const v: ValidateOptions = { now: ctx.now(), lang: o.lang ?? langFromEnv(ctx.env) };
  if (o.name !== undefined) v.name = o.name;
  if (o.domain !== undefined) v.domains = o.domain;
  if (o.domainCount !== undefined) v.domainCount = o.domainCount;
  if (o.target !== undefined) v.target = o.target.toUpperCase() as TargetService;
  if (o.enterpriseProjectId !== undefined) v.enterpriseProjectId = o.enterpriseProjectId;
  if (o.warnDays !== undefined) v.warnDays = o.warnDays;
  return v;
}

/** The contract's JSON: no payload, ever (it holds the private key). */
function toJson(r: ValidationReport, ok: boolean, path?: string): Record<string, unknown> {
  return {
    ...(path === undefined ? {} : { path }),
    valid: ok,
    findings: r.findings,
    ...(r.certificate ? { certificate: r.certificate } : {}),
    ...(r.keyType ? { keyType: r.keyType } : {}),
  };
}

export async function run({ args, opts }: { args: string[]; opts: Opts }, ctx: Ctx): Promise<number> {
  checkUsage(args, opts);
  const bundles = await gather(args, opts, ctx);
  const validateOptions = options(opts, ctx);
  const strict = opts.strict === true;
  const results: Array<{ bundle: Bundle; report: ValidationReport; ok: boolean }> = [];
  for (const bundle of bundles) {
    const report = await validateBundle(bundle.input, validateOptions);
    results.push({ bundle, report, ok: !report.findings.some((f) => fails(f, strict)) });
  }
  const ok = results.every((r) => r.ok);

  if (opts.json) {
    const doc = results.length === 1
      ? { schemaVersion: 1, ...toJson(results[0]!.report, ok, results[0]!.bundle.path) }
      : { schemaVersion: 1, valid: ok, bundles: results.map((r) => ({ path: r.bundle.path, ...toJson(r.report, r.ok) })) };
    ctx.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    const render: RenderOptions = { style: ctx.style, width: ctx.stdout.isTTY ? Math.min(ctx.stdout.columns ?? 80, 100) : 0, strict, quiet: opts.quiet === true };
    const many = results.length > 1;
    const parts = results.map((r) => renderReport(r.report, render, many ? r.bundle.path : undefined)).filter(Boolean);
    let out = parts.join('\n');
    if (many && !render.quiet) out += `\n${renderTotals(results, render)}`;
    ctx.stdout.write(out);
  }
  return ok ? ExitCode.OK : ExitCode.NO;
}
