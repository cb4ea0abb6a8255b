// A certificate file or bundle folder for `scm check`: read as `scm validate` reads it (a folder by content,
// a file as given, in its order), no key needed; the leaf and the chain as validate's gatherers find them.
import type { Ctx } from '../../context.js';
import { analyseServed, leafFacts, type ChainFacts, type LeafFacts } from '../../core/check/index.js';
import { t } from '../../core/i18n.js';
import { shellWord } from '../../core/shell-word.js';
import { Findings } from '../../core/validate/findings.js';
import { M as VM } from '../../core/validate/messages.js';
import { keystoreParams, scanInput } from '../../core/validate/scan.js';
import type { Gathered } from '../../core/validate/inputs.js';
import type { BundleInput } from '../../core/validate/types.js';
import { InputError } from '../../errors.js';
import { isDirectory, passwordFileBeside, readBundleDir } from '../../io/bundle-files.js';
import { isStdinPath, readContextOf, readInput } from '../../io/read-input.js';
import { M } from './messages.js';

export interface LocalCertificate {
  kind: 'file' | 'bundle';
  leaf: LeafFacts;
  chain: ChainFacts;
}

const KEY = Buffer.from('PRIVATE KEY-----');
const CERT = Buffer.from('CERTIFICATE-----');

/**
 * A folder without its private key files: check needs none, and importing a key is most of what reading a
 * certbot folder costs (the leaf is then the end-entity certificate, as classify.ts picks one without a key).
 */
function withoutKeys(input: BundleInput): BundleInput {
  const files = input.files?.filter((f) => !f.data.includes(KEY) || f.data.includes(CERT));
  return files && files.length > 0 ? { ...input, files } : input;
}

/**
 * A PKCS#12 or Java keystore, which check does not open (it takes no password): what to run instead, with
 * validate or keytool. validate's own texts say "pass it with --pfx", a flag check does not have. A CA's password
 * file beside it is named in those commands (never read).
 */
function refuseContainer(path: string, data: Buffer, ctx: Ctx): void {
  const scan = scanInput({ source: path, data });
  if (scan.form !== 'pkcs12' && scan.form !== 'keystore') return;
  const beside = isStdinPath(path) ? undefined : passwordFileBeside(path, readContextOf(ctx));
  const file = { file: beside ?? '', fileWord: shellWord(beside ?? '') };
  if (scan.form === 'pkcs12') throw new InputError(t(ctx.lang, beside === undefined ? M.pkcs12 : M.pkcs12Beside, { path, pathWord: shellWord(path), ...file }), { path });
  throw new InputError(t(ctx.lang, beside === undefined ? M.keystore : M.keystoreBeside, { ...keystoreParams(path, scan.keystore!), ...file }), { path });
}

/**
 * The leaf and chain of `path`; an InputError (exit 2) when it cannot be read or holds no certificate. `withinDays`:
 * --within, for a CA of the chain that expires before the leaf (a chain note).
 */
export async function readLocal(path: string, ctx: Ctx, withinDays?: number): Promise<LocalCertificate> {
  const io = readContextOf(ctx);
  const folder = isDirectory(path, io);
  const input: BundleInput = folder ? await readBundleDir(path, io) : { cert: await readInput(path, io) };
  let f = new Findings(ctx.lang);
  let g: Gathered;
  if (folder) {
    const { gatherBundle } = await import('../../core/validate/classify.js');
    const lean = withoutKeys(input);
    // Without its keys a folder can be ambiguous where the keys decide (a key-matched leaf beside an old one) or
    // refuse it for another reason (two pairs): read it again whole, so that check agrees with validate.
    g = await (lean === input ? gatherBundle(input, f) : gatherBundle(lean, f).catch((e: unknown) => {
      if (!(e instanceof InputError)) throw e;
      f = new Findings(ctx.lang);
      return gatherBundle(input, f);
    })).catch((e: unknown) => {
      // A folder whose bundle is a .pfx or .jks (an IIS or Tomcat download): said as for the file itself.
      const file = e instanceof InputError && e.path !== undefined ? input.files?.find((r) => r.source === e.path) : undefined;
      if (file) refuseContainer(file.source, file.data, ctx);
      throw e;
    });
  } else {
    const { gatherSlots } = await import('../../core/validate/inputs.js');
    if (input.cert) refuseContainer(path, input.cert.data, ctx);
    g = gatherSlots(input, f);
  }
  if (g.leafIndex === undefined) {
    const why = f.sorted().find((x) => x.severity === 'error' && !x.rule.startsWith('key-'))?.message ?? '';
    // Only CA certificates read, and nothing that failed to read: the chain file given for the certificate. A
    // folder whose cert.pem does not parse is that error, not "check cert.pem instead".
    if (g.certs.length > 0 && g.certs.every((c) => c.ca) && (!folder || why === '')) {
      const held = g.certs.map((c) => c.name).join(f.say(VM.listSeparator));
      throw new InputError(t(ctx.lang, M.onlyCas, { path, held }), { path });
    }
    // validate's finding names the file it read; said again after "no certificate in PATH" it only repeats it.
    const message = why === '' ? t(ctx.lang, M.noLeafBare, { path }) : why.includes(path) ? why : t(ctx.lang, M.noLeaf, { path, why });
    throw new InputError(message, { path });
  }
  return { kind: folder ? 'bundle' : 'file', leaf: leafFacts(g.certs[g.leafIndex]!), chain: analyseServed(g.certs, g.leafIndex, g.ordered, ctx.lang, ctx.now(), 'file', withinDays) };
}
