// What `scm upload` uploads and under which name: --cert/--key/--chain, --pfx, a bundle folder, or the files
// an ACME client's hook environment names (--from certbot|lego|acme.sh, mapped by src/core/acme/). Without
// --name, the name is made from the certificate later (run.ts), as --from makes it from the hook's domain.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Ctx } from '../../context.js';
import type { AcmeClient } from '../../core/acme/clients.js';
import type { AcmeInputs } from '../../core/acme/sources.js';
import type { BundleInput } from '../../core/validate/types.js';
import { UsageError } from '../../errors.js';
import { isStdinPath } from '../../io/read-input.js';
import { t, type Lang } from '../../core/i18n.js';
import { U } from './messages.js';
import type { InputFileOptions } from '../shared/input-options.js';

export interface InputOptions extends InputFileOptions {
  name?: string;
  from?: AcmeClient;
}

export interface UploadInputs {
  input: BundleInput;
  /** --name, or the --from default; undefined: the caller names it after the certificate (defaultName). */
  name?: string;
  /** Set for --from: what the hook environment said, and whether the name was derived from it. */
  acme?: AcmeInputs & { derivedName: boolean };
}

/** What is at a path: a folder, nothing, or something else (a file, or a path through one); 'folder' when it cannot be told (the read says why). */
function folderState(path: string): 'folder' | 'missing' | 'other' {
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    return st === undefined ? 'missing' : st.isDirectory() ? 'folder' : 'other';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'other' : 'folder';
  }
}

function checkUsage(opts: InputOptions, args: string[], lang: Lang): void {
  const files = [opts.cert, opts.key, ...(opts.chain ?? []), opts.pfx].filter((f) => f !== undefined);
  if (opts.from !== undefined && (args.length > 0 || files.length > 0)) throw new UsageError(t(lang, U.fromAndFiles, { client: opts.from }));
  if (args.length > 0 && opts.pfx !== undefined) throw new UsageError(t(lang, U.pfxAndFolder));
  if (opts.from === undefined && args.length === 0 && files.length === 0) throw new UsageError(t(lang, U.nothing), { hint: t(lang, U.nothingHint) });
  if (opts.pfx !== undefined && (opts.cert ?? opts.key ?? opts.chain) !== undefined) throw new UsageError(t(lang, U.pfxAndOthers));
  if ([...args, ...files, opts.pfxPasswordFile].filter((f) => f !== undefined && isStdinPath(f)).length > 1) throw new UsageError(t(lang, U.stdinOnce));
}

/**
 * lego --no-bundle: its .crt holds the leaf alone. lego v5 names the chain in LEGO_HOOK_ISSUER_CERT_PATH (newer v4
 * in LEGO_ISSUER_CERT_PATH); an older v4 names none, and writes it beside the .crt as .issuer.crt. Without it the
 * upload is refused as chain-too-short, and `--chain` cannot go with --from. A .crt that holds the chain already
 * keeps it: lego names the issuer then too, and it would be sent twice.
 */
function legoIssuer(found: AcmeInputs, cwd: string): string | undefined {
  if (found.client !== 'lego' || found.chain !== undefined) return undefined;
  const issuer = found.issuer?.path ?? (found.cert.endsWith('.crt') ? `${found.cert.slice(0, -'.crt'.length)}.issuer.crt` : undefined);
  if (issuer === undefined) return undefined;
  try {
    const leaves = readFileSync(resolve(cwd, found.cert), 'latin1').match(/-----BEGIN CERTIFICATE-----/g) ?? [];
    if (leaves.length !== 1) return undefined;
    // A file lego named is read whatever it is (a missing one is then said); the guessed name only when it is there.
    return found.issuer !== undefined || statSync(resolve(cwd, issuer)).isFile() ? issuer : undefined;
  } catch {
    return undefined; // the read below says what is wrong with the .crt; no .issuer.crt: the leaf as it is
  }
}

/** The hook environment first (a missing variable is a usage error before any file is read), then the files. */
export async function readUploadInputs(opts: InputOptions, args: string[], ctx: Ctx): Promise<UploadInputs> {
  checkUsage(opts, args, ctx.lang);
  let acme: UploadInputs['acme'];
  let name = opts.name;
  if (opts.from !== undefined) {
    const { acmeInputs, mainDomain, noFolder, notAFolder } = await import('../../core/acme/sources.js');
    const found = acmeInputs(opts.from, ctx.env, ctx.lang);
    // The folder first: one that is not there (or is no folder) is the cause, whatever else the hook left unset.
    const state = found.folder ? folderState(resolve(ctx.cwd, found.folder.path)) : 'folder';
    if (state !== 'folder') throw (state === 'missing' ? noFolder : notAFolder)(found, ctx.lang);
    if (name === undefined) {
      const { defaultCertificateName } = await import('../../core/acme/name.js');
      name = defaultCertificateName(mainDomain(found, ctx.lang), ctx.now());
    }
    const issuer = legoIssuer(found, ctx.cwd);
    if (issuer !== undefined && found.issuer !== undefined) found.used.push(`${found.issuer.variable}=${issuer}`);
    acme = { ...found, ...(issuer !== undefined ? { chain: issuer } : {}), derivedName: opts.name === undefined };
  }

  const [{ pfxPassword }, { readContextOf }] = await Promise.all([import('../../io/pfx-password.js'), import('../../io/read-input.js')]);
  const { readBundle } = await import('../shared/read-bundle.js');
  const io = readContextOf(ctx);
  const password = await pfxPassword(opts.pfxPasswordFile, ctx.env.SCM_PFX_PASSWORD, io);
  if (password) ctx.secrets?.add(password);
  // The same reading as `scm validate`: a folder or files by content, --cert/--key/--chain as given.
  const slots = acme ? { cert: acme.cert, key: acme.key, ...(acme.chain !== undefined ? { chain: [acme.chain] } : {}) } : opts;
  const input: BundleInput = await readBundle(acme ? [] : args, slots, io, password, false, opts.pfxPasswordFile);
  return { input, ...(name !== undefined ? { name } : {}), ...(acme ? { acme } : {}) };
}
