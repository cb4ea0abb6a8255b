// What `scm upload` uploads and under which name: --cert/--key/--chain, --pfx, a bundle folder, or the files
// an ACME client's hook environment names (--from certbot|lego|acme.sh, mapped by src/core/acme/).
import type { Ctx } from '../../context.js';
import type { AcmeClient } from '../../core/acme/clients.js';
import type { AcmeInputs } from '../../core/acme/sources.js';
import type { BundleInput } from '../../core/validate/types.js';
import { UsageError } from '../../errors.js';
import type { InputFileOptions } from '../shared/input-options.js';

export interface InputOptions extends InputFileOptions {
  name?: string;
  from?: AcmeClient;
}

export interface UploadInputs {
  input: BundleInput;
  name: string;
  /** Set for --from: what the hook environment said, and whether the name was derived from it. */
  acme?: AcmeInputs & { derivedName: boolean };
}

function checkUsage(opts: InputOptions, args: string[]): void {
  const files = [opts.cert, opts.key, opts.chain, opts.pfx].filter((f) => f !== undefined);
  if (opts.from !== undefined && (args.length > 0 || files.length > 0)) {
    throw new UsageError(`--from ${opts.from} takes the files from the hook environment; give --from or files/a folder, not both`);
  }
  if (args.length > 1) throw new UsageError('upload takes one bundle folder', { hint: 'run scm upload once per certificate' });
  if (args.length > 0 && files.length > 0) throw new UsageError('give a bundle folder or --cert/--key/--chain/--pfx, not both');
  if (opts.from === undefined && args.length === 0 && files.length === 0) {
    throw new UsageError('nothing to upload', { hint: 'give --cert FILE --key FILE, --pfx FILE, a bundle folder, or --from certbot|lego|acme.sh in a renewal hook' });
  }
  if (opts.pfx !== undefined && (opts.cert ?? opts.key ?? opts.chain) !== undefined) throw new UsageError('--pfx replaces --cert, --key and --chain; give one or the other');
  if ([...args, ...files, opts.pfxPasswordFile].filter((f) => f === '-').length > 1) throw new UsageError("'-' (standard input) may be given only once");
}

/** The name first (a missing one is a usage error before any file is read), then the files. */
export async function readUploadInputs(opts: InputOptions, args: string[], ctx: Ctx): Promise<UploadInputs> {
  checkUsage(opts, args);
  let acme: UploadInputs['acme'];
  let name = opts.name;
  if (opts.from !== undefined) {
    const { acmeInputs, mainDomain } = await import('../../core/acme/sources.js');
    const found = acmeInputs(opts.from, ctx.env);
    if (name === undefined) {
      const { defaultCertificateName } = await import('../../core/acme/name.js');
      name = defaultCertificateName(mainDomain(found), ctx.now());
    }
    acme = { ...found, derivedName: opts.name === undefined };
  }
  if (name === undefined) {
    throw new UsageError('missing --name', { hint: 'the certificate name in SCM: 3-63 letters, digits, _ - . (e.g. --name example-com-2026); with --from it defaults to <domain>-<date>' });
  }

  const { readContextOf, readInput, readPasswordFile } = await import('../../io/read-input.js');
  const io = readContextOf(ctx);
  let input: BundleInput = {};
  if (acme) {
    input.cert = await readInput(acme.cert, io);
    input.key = await readInput(acme.key, io);
    if (acme.chain !== undefined) input.chain = await readInput(acme.chain, io);
  } else if (args.length > 0) {
    const { readBundleDir } = await import('../../io/bundle-files.js');
    input = args[0] === '-' ? { cert: await readInput('-', io) } : await readBundleDir(args[0]!, io);
  } else {
    for (const slot of ['cert', 'key', 'chain', 'pfx'] as const) {
      const path = opts[slot];
      if (path !== undefined) input[slot] = await readInput(path, io);
    }
  }
  const password = opts.pfxPasswordFile !== undefined ? await readPasswordFile(opts.pfxPasswordFile, io) : ctx.env.SCM_PFX_PASSWORD;
  if (input.pfx && password !== undefined) input = { ...input, pfxPassword: password };
  return { input, name, ...(acme ? { acme } : {}) };
}
