// A certificate file or bundle folder for `scm check`: read as `scm validate` reads it (a folder by content,
// a file as given, in its order), no key needed; the leaf and the chain as validate's gatherers find them.
import type { Ctx } from '../../context.js';
import { analyseServed, leafFacts, type ChainFacts, type LeafFacts, type Problem } from '../../core/check/index.js';
import { t } from '../../core/i18n.js';
import { shellWord } from '../../core/shell-word.js';
import { Findings } from '../../core/validate/findings.js';
import { M as VM } from '../../core/validate/messages.js';
import { keystoreParams } from '../../core/validate/jks.js';
import { scanInput } from '../../core/validate/scan.js';
import { passwordFileAmong } from '../../core/validate/pfx-password-files.js';
import type { Gathered } from '../../core/validate/inputs.js';
import type { BundleInput, PasswordFrom } from '../../core/validate/types.js';
import { InputError } from '../../errors.js';
import { isDirectory, passwordFilesBeside, readBundleDir } from '../../io/bundle-files.js';
import { legoResourcesBeside } from '../../io/lego-beside.js';
import { isStdinPath, readContextOf, readInput } from '../../io/read-input.js';
import { M } from './messages.js';

export interface LocalCertificate {
  kind: 'file' | 'bundle';
  leaf: LeafFacts;
  chain: ChainFacts;
  /** What OpenSSL, and so a server, refuses in the file(s) as they stand (an END line run into a BEGIN line ...). */
  form: Problem[];
  /** How it was read, as validate says it in an info (lego's .pfx opened with lego's default password, never printed). */
  notes: string[];
}

const KEY = Buffer.from('PRIVATE KEY-----');
/** What a chain note says of a chain whose intermediate was there but could not be read. */
const UNREAD_SHOWS_AS = new Set(['chain-too-short', 'chain-missing-intermediate']);
const CERT = Buffer.from('CERTIFICATE-----');

/**
 * A folder without its private key files: check needs none, and importing a key is most of what reading a
 * certbot folder costs (the leaf is then the end-entity certificate, as leaf-choice.ts picks one without a key).
 */
function withoutKeys(input: BundleInput): BundleInput {
  const files = input.files?.filter((f) => !f.data.includes(KEY) || f.data.includes(CERT));
  return files && files.length > 0 ? { ...input, files } : input;
}

/** The PKCS#12 password, as validate takes it (SCM_PFX_PASSWORD, or --pfx-password-file: a file or standard input). */
export interface PfxPassword {
  password?: string;
  from?: PasswordFrom;
}

/**
 * A PKCS#12 that did not open for want of its password, or a Java keystore (which check does not open): how to
 * give the password to check, or keytool's command. `target`: the file or folder given, for the command shown.
 * A CA's password file beside it is named in that command (never read). Anything else: undefined (said as it is).
 */
function containerError(path: string, data: Buffer, target: string, error: InputError, pfx: PfxPassword, ctx: Ctx): InputError | undefined {
  const scan = scanInput({ source: path, data });
  if (scan.form !== 'pkcs12' && scan.form !== 'keystore') return undefined;
  const lang = ctx.lang;
  if (scan.form === 'pkcs12') {
    const params = { path, source: path };
    const locked = error.message === t(lang, VM.pfxNeedsPassword, params) ? 'no-password' : error.message === t(lang, VM.pfxWrongPassword, params) ? 'wrong-password' : undefined;
    if (locked === undefined) return undefined;
    if (locked === 'wrong-password') return new InputError(t(lang, pfx.from === 'file' ? M.pkcs12WrongFile : pfx.from === 'stdin' ? M.pkcs12WrongStdin : M.pkcs12WrongEnv, params), { path });
  }
  const beside = isStdinPath(path) ? undefined : passwordFileAmong(passwordFilesBeside(path, readContextOf(ctx)), scan.form);
  const file = { file: beside ?? '', fileWord: shellWord(beside ?? '') };
  if (scan.form === 'pkcs12') return new InputError(t(lang, beside === undefined ? M.pkcs12 : M.pkcs12Beside, { path, targetWord: shellWord(target), ...file }), { path });
  return new InputError(t(lang, beside === undefined ? M.keystore : M.keystoreBeside, { ...keystoreParams(path, scan.keystore!), ...file }), { path });
}

/**
 * The leaf and chain of `path`; an InputError (exit 2) when it cannot be read or holds no certificate. `withinDays`:
 * --within, for a CA of the chain that expires before the leaf (a chain note).
 */
export async function readLocal(path: string, ctx: Ctx, withinDays?: number, pfx: PfxPassword = {}): Promise<LocalCertificate> {
  const io = readContextOf(ctx);
  const folder = isDirectory(path, io);
  const input: BundleInput = folder ? await readBundleDir(path, io) : { cert: await readInput(path, io) };
  const password = pfx.password === undefined ? {} : { pfxPassword: pfx.password, ...(pfx.from ? { pfxPasswordFrom: pfx.from } : {}) };
  // A .pfx/.p12 given as the file: read by content, as a folder holding it is (node-forge only loads for one);
  // so are DER certificates and keys joined (`cat cert.der key.der`): as a certificate slot they are no certificate
  // file, but check needs only the certificates among them.
  const scanned = !folder && input.cert ? scanInput(input.cert) : undefined;
  const form = scanned?.form;
  const byContent = form === 'pkcs12' || scanned?.derMixed !== undefined;
  let f = new Findings(ctx.lang);
  let g: Gathered;
  if (folder || byContent) {
    const { gatherBundle } = await import('../../core/validate/classify.js');
    // No password: lego's .json beside a .pfx given (lego writes it with its default password), as validate reads it.
    const lego = !folder && pfx.password === undefined ? await legoResourcesBeside([path], io) : [];
    const whole: BundleInput = folder ? { ...input, ...password } : { files: [input.cert!], ...password, ...(lego.length > 0 ? { pfxResourceBeside: lego } : {}) };
    const lean = withoutKeys(whole);
    // Without its keys a folder can be ambiguous where the keys decide (a key-matched leaf beside an old one) or
    // refuse it for another reason (two pairs): read it again whole, so that check agrees with validate.
    g = await (lean === whole ? gatherBundle(whole, f) : gatherBundle(lean, f).catch((e: unknown) => {
      if (!(e instanceof InputError)) throw e;
      f = new Findings(ctx.lang);
      return gatherBundle(whole, f);
    })).catch((e: unknown) => {
      // A locked .pfx or a .jks (an IIS or Tomcat download): how to give its password, or to convert it.
      const file = e instanceof InputError && e.path !== undefined ? whole.files?.find((r) => r.source === e.path) : undefined;
      throw (file && containerError(file.source, file.data, path, e as InputError, pfx, ctx)) || e;
    });
  } else {
    const { gatherSlots } = await import('../../core/validate/inputs.js');
    if (form === 'keystore') throw containerError(path, input.cert!.data, path, new InputError(''), pfx, ctx)!;
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
  const files = folder ? input.files ?? [] : input.cert ? [input.cert] : [];
  // Loaded here, as the gatherers are: `scm check https://...` never reads a file.
  const { BROKEN_BLOCK, formProblems } = await import('../../core/check/form.js');
  const faults = formProblems(files, g.certs, g.leafIndex, folder, ctx.lang, ctx.now());
  const chain = analyseServed(g.certs, g.leafIndex, g.ordered, ctx.lang, ctx.now(), 'file', withinDays);
  // An intermediate that could not be read is that problem, not "the leaf comes alone" beside it.
  if (faults.some((p) => p.id === BROKEN_BLOCK)) chain.problems = chain.problems.filter((p) => !UNREAD_SHOWS_AS.has(p.id));
  const legoFix = t(ctx.lang, VM.pfxLegoPasswordFix);
  // ... and DER pieces joined: a server given that file reads only its first piece (der-mixed.ts says so).
  const joined = (x: { rule: string }): boolean => scanned?.derMixed !== undefined && x.rule === 'input-converted';
  const notes = f.sorted().filter((x) => x.severity === 'info' && (x.fix === legoFix || joined(x))).map((x) => x.message);
  return { kind: folder ? 'bundle' : 'file', leaf: leafFacts(g.certs[g.leafIndex]!), chain, form: faults, notes };
}
