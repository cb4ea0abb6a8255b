// One bundle from what the command line names, for `validate` and `upload` alike: a folder or files given as
// arguments (told apart by content in core), and --cert/--key/--chain/--pfx (each overriding its role).
import type { BundleInput } from '../../core/validate/types.js';
import { isDirectory, passwordFilesBeside, readBundleDir } from '../../io/bundle-files.js';
import { legoResourcesBeside } from '../../io/lego-beside.js';
import { isStdinPath, readInput, type ReadContext } from '../../io/read-input.js';
import type { InputFileOptions } from './input-options.js';

/**
 * What follows reading a bundle, validation (core/validate/index.ts) and its report as `scm validate` shows it,
 * imported from here by the commands that call readBundle first (upload, rotate): an import() written in this
 * module tells the packer (scripts/packs.mjs) that this module's pack is loaded before theirs, so their packs
 * leave out what they share with it. Imported straight from upload's run, each held validation's messages again
 * (~108 kB read and compiled twice by every upload).
 */
export const loadValidation = () => import('../../core/validate/index.js');
export const loadReportRenderer = () => import('../validate/render.js');

/**
 * `args`: one folder, or files that form one bundle ('-' is standard input); `folder`: the one argument is
 * meant as a folder (one of several given), whatever is there. The PKCS#12 password goes with any bundle that
 * may hold a PKCS#12 file; it is never printed. `passwordFile`, the --pfx-password-file it came from, is never
 * printed either (often the password itself, typed there): core is told only whether it was a file or standard input.
 */
export async function readBundle(args: string[], slots: InputFileOptions, io: ReadContext, password: string | undefined, folder = false, passwordFile?: string): Promise<BundleInput> {
  let input: BundleInput = {};
  if (args.length === 1 && args[0] !== '-' && (folder || isDirectory(args[0]!, io))) input = await readBundleDir(args[0]!, io);
  else if (args.length > 0) input = { files: await Promise.all(args.map((path) => readInput(path, io))) };
  for (const slot of ['cert', 'key', 'pfx'] as const) {
    const path = slots[slot];
    if (path !== undefined) input[slot] = await readInput(path, io);
  }
  // Every --chain, in the order given: one chain is built from them (core/validate/chain-files.ts).
  if (slots.chain !== undefined) {
    const chain = [];
    for (const path of slots.chain) chain.push(await readInput(path, io));
    input.chain = chain;
  }
  // No password: the hint may name the password file a CA ships beside the .pfx (never read unasked), given with
  // --pfx or as a file argument (`scm validate site.pfx`); a folder's own files are searched in core.
  const named = slots.pfx !== undefined ? [slots.pfx] : input.bundle === undefined ? args : [];
  const beside = password === undefined ? besideAny(named, io) : [];
  if (beside.length > 0) input.pfxPasswordBeside = beside;
  // No password: lego's .json beside a .pfx named (lego writes the .pfx with its default password).
  const lego = password === undefined ? await legoResourcesBeside(named, io) : [];
  if (lego.length > 0) input.pfxResourceBeside = lego;
  // The password opens an encrypted PKCS#8 key too (decode-key.ts), in --key, --cert or a bundle's files.
  if (password === undefined || !(input.pfx || input.files || input.key || input.cert)) return input;
  return { ...input, pfxPassword: password, ...(passwordFile !== undefined ? { pfxPasswordFrom: isStdinPath(passwordFile) ? 'stdin' : 'file' } : {}) };
}

/** The password files found beside the first of `paths` that has any (standard input has no folder). */
function besideAny(paths: string[], io: ReadContext): string[] {
  for (const path of paths) {
    const found = isStdinPath(path) ? [] : passwordFilesBeside(path, io);
    if (found.length > 0) return found;
  }
  return [];
}
