// `scm validate`: read the bundle(s), run validateBundle on each, print the reports (human or --json) and
// exit 1 when any bundle has an error finding (with --strict, a warning too).
import type { Ctx } from '../../context.js';
import { validateBundle } from '../../core/validate/index.js';
import type { BundleInput, TargetService, ValidateOptions, ValidationReport } from '../../core/validate/types.js';
import { ExitCode, UsageError } from '../../errors.js';
import { isDirectory, readBundleDir } from '../../io/bundle-files.js';
import { readContextOf, readInput, readPasswordFile } from '../../io/read-input.js';
import type { InputFileOptions } from '../shared/input-options.js';
import { jsonErrorLine, jsonWarningLine } from '../../render/json.js';
import { fails, renderReport, renderTotals, type RenderOptions } from './render.js';

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
  /** The folder, for bundles given as arguments. */
  path?: string;
  /** Reads the bundle when its turn comes: one bundle's bytes in memory at a time, whatever the count. */
  read: () => Promise<BundleInput>;
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
  const io = readContextOf(ctx);
  const password = o.pfxPasswordFile !== undefined ? await readPasswordFile(o.pfxPasswordFile, io) : ctx.env.SCM_PFX_PASSWORD;
  const withPassword = (input: BundleInput): BundleInput => (input.pfx && password !== undefined ? { ...input, pfxPassword: password } : input);
  if (args.length > 0) {
    // A glob such as /etc/letsencrypt/live/* also matches files (certbot's README): skip those, say so.
    const dirs: string[] = [];
    for (const arg of args) {
      if (args.length > 1 && arg !== '-' && !(await isDirectory(arg, io))) ctx.stderr.write(o.json ? jsonWarningLine(`skipping ${arg}: not a directory`, { path: arg }) : `scm: skipping ${arg}: not a directory\n`);
      else dirs.push(arg);
    }
    if (dirs.length === 0) throw new UsageError('none of the arguments is a bundle folder');
    // '-' is one combined PEM (certificates and key) on stdin.
    return dirs.map((dir) => ({ path: dir, read: async () => withPassword(dir === '-' ? { cert: await readInput('-', io) } : await readBundleDir(dir, io)) }));
  }
  return [{
    read: async () => {
      const input: BundleInput = {};
      for (const slot of ['cert', 'key', 'chain', 'pfx'] as const) {
        const path = o[slot];
        if (path !== undefined) input[slot] = await readInput(path, io);
      }
      return withPassword(input);
    },
  }];
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
function toJson(r: ValidationReport, ok: boolean, path?: string): Record<string, unknown> {
  return {
    ...(path === undefined ? {} : { path }),
    valid: ok,
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

export async function run({ args, opts }: { args: string[]; opts: Opts }, ctx: Ctx): Promise<number> {
  checkUsage(args, opts);
  const bundles = await gather(args, opts, ctx);
  const validateOptions = options(opts, ctx);
  const strict = opts.strict === true;
  const many = bundles.length > 1;
  const render: RenderOptions = { style: ctx.style, width: ctx.stdout.isTTY ? Math.min(ctx.stdout.columns ?? 80, 100) : 0, strict, quiet: opts.quiet === true, lang: ctx.lang };
  // Each bundle becomes its piece of the output at once, kept as bytes: memory holds the report's text and
  // nothing else, never the inputs, parsed certificates or payload (the private key) of earlier bundles. (A
  // string built by concatenation would keep its whole tree of pieces alive, ~4x the text.)
  const parts: Buffer[] = [];
  const verdicts: Array<{ ok: boolean }> = [];
  let failing = 0;
  for (const bundle of bundles) {
    const report = await validateBundle(await bundle.read(), validateOptions);
    const ok = !report.findings.some((f) => fails(f, strict));
    verdicts.push({ ok });
    failing += report.findings.filter((f) => fails(f, strict)).length;
    if (!opts.json) parts.push(bytes(renderReport(report, render, many ? bundle.path : undefined)));
    else if (!many) parts.push(bytes(JSON.stringify({ schemaVersion: 1, ...toJson(report, ok, bundle.path) }, null, 2)));
    // As JSON.stringify(doc, null, 2) would lay out an element of "bundles".
    else parts.push(bytes(`    ${JSON.stringify({ path: bundle.path, ...toJson(report, ok) }, null, 2).split('\n').join('\n    ')}`));
  }
  const ok = verdicts.every((v) => v.ok);

  if (opts.json) {
    if (!many) ctx.stdout.write(`${parts[0]!.toString()}\n`);
    else {
      ctx.stdout.write(`{\n  "schemaVersion": 1,\n  "valid": ${ok},\n  "bundles": [\n`);
      parts.forEach((part, i) => ctx.stdout.write(`${part.toString()}${i < parts.length - 1 ? ',' : ''}\n`));
      ctx.stdout.write('  ]\n}\n');
    }
    // Under --json every failing exit also leaves one error object on stderr; the findings are on stdout.
    if (!ok) {
      ctx.stderr.write(jsonErrorLine({ type: 'ValidationFailed', message: `${failing} finding${failing === 1 ? '' : 's'} fail${failing === 1 ? 's' : ''} the check${strict ? ' (--strict)' : ''}; see "findings" on stdout`, exitCode: ExitCode.NO }));
    }
  } else {
    const shown = parts.filter((part) => part.length > 0);
    shown.forEach((part, i) => ctx.stdout.write(`${i === 0 ? '' : '\n'}${part.toString()}`));
    if (many && !render.quiet) ctx.stdout.write(`\n${renderTotals(verdicts, render)}`);
  }
  return ok ? ExitCode.OK : ExitCode.NO;
}
