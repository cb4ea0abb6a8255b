// `scm check TARGET...`: each target read (a file or folder, an SCM id, a TLS endpoint), judged by core
// (src/core/check/report.ts) against --within, --servername and --expect, every result printed, then the exit
// status: 2 when an input could not be read, the API's own code for an SCM id it refused (3/4), 5 when an
// endpoint could not be reached, 1 when any target needs attention (an endpoint that refused the handshake
// too: it was reached), else 0. A local bundle needs no
// credentials and loads neither the HTTP client nor node:tls.
import type { Ctx } from '../../context.js';
import { assess, bracketed, failedRow, looksLikeAddress, looksLikeHost, type CheckTarget, parseTarget, scmLeafFacts, sniFor, withRsaCertificate, type CheckRow } from '../../core/check/index.js';
import { ID_LIKE } from '../../core/cert-id.js';
import { t } from '../../core/i18n.js';
import { ExitCode, InputError, NegativeResult, NetworkError, ScmCliError, UsageError } from '../../errors.js';
import { isDirectory, isOtherThanDirectory } from '../../io/bundle-files.js';
import { pfxPassword } from '../../io/pfx-password.js';
import { isStdinPath, readContextOf } from '../../io/read-input.js';
import { warningLine, widthOf } from '../../render/diagnostics.js';
import { jsonDocument, jsonWarningLine } from '../../render/json.js';
import { holdsBundleFile } from '../shared/bundle-material.js';
import { timeoutSeconds } from '../shared/flags.js';
import type { Session, SessionOptions } from '../shared/session.js';
import { expectation, exportedFingerprints } from './expect.js';
import { readLocal, type PfxPassword } from './local.js';
import { M } from './messages.js';
import { checkJson, renderCheck, type Shown } from './render.js';

interface CheckFlags extends SessionOptions {
  within?: number;
  expect?: string;
  servername?: string;
  pfxPasswordFile?: string;
}

/**
 * Default time limit of one TLS handshake: a server that answers at all completes one within a few seconds,
 * so waiting SCM's 30 s would only slow the cron gate. --timeout sets both (the help says so).
 */
const HANDSHAKE_MS = 10_000;

/** The most telling exit status of all targets: an unreadable input, then SCM's refusals, then the network, then "needs attention". */
const PRIORITY = [ExitCode.USAGE, ExitCode.AUTH, ExitCode.API, ExitCode.NETWORK, ExitCode.NO];

export async function run({ args, opts }: { args: string[]; opts: CheckFlags }, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  const within = opts.within ?? 30;
  if (!Number.isInteger(within) || within < 0) throw new UsageError(t(lang, M.badWithin, { value: String(opts.within) }));
  if (args.length === 0) throw new UsageError(t(lang, M.noTargets));
  // Bounded as every command bounds it, whatever the targets: an SCM id's session would refuse it, a handshake not.
  const timeoutMs = opts.timeout !== undefined ? timeoutSeconds(opts.timeout, lang) * 1000 : HANDSHAKE_MS;
  const io = readContextOf(ctx);
  const exists = (p: string): boolean => isDirectory(p, io) || isOtherThanDirectory(p, io);
  const parsed = args.map((a) => parseTarget(a, exists));
  for (const target of parsed) {
    if (target.kind !== 'bad') continue;
    // The way to write it, without a user and password (which scm check never sends).
    const rest = target.text.replace(/^http:\/\//i, '').replace(/^\*\*\*@/, '');
    if (target.why === 'credentials' || target.why === 'scheme') throw new UsageError(t(lang, target.why === 'credentials' ? M.credentials : M.otherScheme, { target: target.text, rest: target.rest }));
    if (target.why === 'ipv6') throw new UsageError(t(lang, M.bareIpv6, { target: target.text, fixed: bracketed(target.text) }));
    throw new UsageError(t(lang, target.why === 'http' ? M.httpTarget : target.why === 'port' ? M.badPort : M.badUrl, { target: target.text, rest }));
  }
  // --expect names a certificate, not a server: a URL's user and password there are refused as a target's are.
  const expected = opts.expect === undefined ? undefined : parseTarget(opts.expect, exists);
  if (expected?.kind === 'bad' && expected.why === 'credentials') throw new UsageError(t(lang, M.credentials, { target: `--expect ${expected.text}`, rest: expected.rest }));
  // Read once, standard input gives its bytes to the first: a second `-` (a target, --expect) would be "empty".
  if ([...args, opts.expect, opts.pfxPasswordFile].filter((a) => a !== undefined && isStdinPath(a)).length > 1) throw new UsageError(t(lang, M.stdinOnce));
  // A .pfx/.p12 target (an IIS download) is read with its password, as validate takes it; never printed.
  const password = await pfxPassword(opts.pfxPasswordFile, ctx.env.SCM_PFX_PASSWORD, io);
  if (password) ctx.secrets?.add(password);
  const pfx: PfxPassword = password === undefined ? {} : { password, ...(opts.pfxPasswordFile !== undefined ? { from: isStdinPath(opts.pfxPasswordFile) ? 'stdin' : 'file' } : {}) };
  const targets = await withoutNotes(parsed, opts, ctx);

  // SCM is asked only when a target or --expect is an SCM id: one session for all of them.
  let session: Promise<Session> | undefined;
  const scm = (): Promise<Session> => (session ??= import('../shared/session.js').then((m) => m.openSession({ ...opts, quiet: true }, ctx, M.phase)));
  const expect = opts.expect === undefined ? undefined : await expectation(opts.expect, exists, scm, ctx, pfx);

  const now = ctx.now();
  const judge = (target: string, kind: CheckRow['kind'], leaf: Parameters<typeof assess>[0]['leaf'], rest: Partial<Parameters<typeof assess>[0]> = {}): CheckRow =>
    assess({ target, kind, leaf, withinDays: within, now, lang, ...(expect ? { expect } : {}), ...rest });
  // Each target's row and the exit status it asks for (0 when it is ok), in the order given.
  // An SCM id's failure keeps its error: the one that decides the exit status ends the run as it is (its type, hint, code).
  type Judged = { shown: Shown; code: number; error?: ScmCliError };
  const judged: Judged[] = await Promise.all(targets.map(async (target): Promise<Judged> => {
    const fail = (kind: CheckRow['kind'], id: string, message: string, code: number, host?: string, sni?: string): Judged =>
      ({ shown: { row: failedRow(target.text, kind, { id, message }, host), ...(sni ? { sni } : {}), failed: true }, code });
    const verdict = (shown: Shown): Judged => ({ shown, code: shown.row.ok ? ExitCode.OK : ExitCode.NO });
    if (target.kind === 'endpoint') {
      // Neither an IP address, --servername's too, nor the final dot of an absolute name is sent (RFC 6066, 3).
      const servername = sniFor(opts.servername ?? target.host);
      const { readEndpoint } = await import('./endpoint.js');
      const served = await readEndpoint({ host: target.host, port: target.port, ...(servername ? { servername } : {}) }, timeoutMs, within, ctx);
      const host = opts.servername ?? target.host;
      // The name sent is shown with the failure too: a server may refuse a handshake for one name only.
      if ('failure' in served) return fail('endpoint', 'unreachable', served.failure, ExitCode.NETWORK, host, servername);
      // Reached, and it refused the handshake: the endpoint needs attention, it is not "try again later".
      if ('refused' in served) return verdict({ row: failedRow(target.text, 'endpoint', served.refused, host), ...(servername ? { sni: servername } : {}), failed: false });
      // Its RSA certificate for older clients, beside the ECDSA one: judged the same way, but --expect names one certificate.
      const noSni = servername === undefined ? { noSni: true } : {};
      const rsa = served.rsa && assess({ target: target.text, kind: 'endpoint', leaf: served.rsa.leaf, chain: served.rsa.chain, host, withinDays: within, now, lang, ...noSni });
      const judged = judge(target.text, 'endpoint', served.leaf, { chain: served.chain, host, ...noSni, ...(served.rsa ? { rsa: served.rsa.leaf } : {}) });
      const row = rsa ? withRsaCertificate(judged, rsa, lang) : judged;
      // It refused this client's handshake, and its chain was still read: both are said, and it needs attention.
      if (served.refusal) Object.assign(row, { ok: false, problems: [served.refusal, ...row.problems] });
      return verdict({ row, ...(servername ? { sni: servername } : {}), ...(served.clientCertificate ? { clientCertificate: served.clientCertificate } : {}), ...(rsa ? { rsa } : {}), failed: false });
    }
    const host = opts.servername !== undefined ? { host: opts.servername } : {};
    if (target.kind === 'scm') {
      try {
        const s = await scm();
        const detail = await s.client.show(target.id);
        const leaf = scmLeafFacts(detail);
        // ShowCertificate need not carry a fingerprint: the held leaf's, from ExportCertificate, as --expect ID reads it.
        if (!leaf.sha1 && !leaf.sha256) Object.assign(leaf, await exportedFingerprints(s, target.id));
        return verdict({ row: judge(target.text, 'scm', leaf, host), failed: false });
      } catch (e) {
        const { explainNotHeld } = await import('../../api/not-held.js');
        const err = explainNotHeld(e, lang);
        if (!(err instanceof ScmCliError) || err.exitCode === ExitCode.INTERRUPTED) throw err;
        return { ...fail('scm', 'scm-error', err.message.split('\n')[0]!, err.exitCode), error: err };
      }
    }
    try {
      const local = await readLocal(target.text, ctx, within, pfx);
      return verdict({ row: judge(target.text, local.kind, local.leaf, { chain: local.chain, form: local.form, ...host }), ...(local.notes.length > 0 ? { notes: local.notes } : {}), failed: false });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // `scm check www.example.com`: no such file, and most likely the server was meant.
      const missing = !exists(target.text);
      const message = missing && ID_LIKE.test(target.text)
        ? t(lang, M.idLike, { message: e.message, id: target.text })
        : missing && looksLikeHost(target.text) ? t(lang, M.hostLike, { message: e.message, host: target.text })
          : missing && looksLikeAddress(target.text) ? t(lang, M.addressLike, { message: e.message, host: target.text }) : e.message;
      const unreadable = fail(isDirectory(target.text, io) ? 'bundle' : 'file', 'unreadable', message, ExitCode.USAGE);
      // Its advice (copy certbot's live/ with cp -rL, run as a user who may read it) ends the run, as validate's does.
      return e.hint === undefined ? unreadable : { ...unreadable, error: new InputError(message, { hint: e.hint }) };
    }
  }));
  const shown = judged.map((j) => j.shown);

  if (opts.json) ctx.stdout.write(jsonDocument(checkJson(shown, within)));
  else ctx.stdout.write(renderCheck(shown, ctx.style, lang));
  const code = PRIORITY.find((c) => judged.some((j) => j.code === c));
  if (code === undefined) return ExitCode.OK;
  const bad = shown.filter((s) => s.failed || !s.row.ok);
  // The last line names a target that decided the exit status, not merely the first that failed.
  const deciding = judged.find((j) => j.code === code && j.shown.failed);
  // An SCM id's own failure (CredentialsError and its hint, ScmApiError and its code), as show or list end with it.
  if (deciding?.error) throw deciding.error;
  const first = deciding?.shown.row.problems[0]?.message;
  const summary = t(lang, M.needAttention, { bad: bad.length, count: shown.length });
  if (code === ExitCode.USAGE) throw new InputError(first ?? summary);
  if (code === ExitCode.NETWORK) throw new NetworkError(first ?? summary);
  if (code === ExitCode.NO) throw new NegativeResult(summary);
  throw new ScmCliError(first ?? summary, code);
}

/**
 * A glob such as /etc/letsencrypt/live/* also matches certbot's live/README: beside bundle folders, a file with
 * no certificate, key or PEM block is skipped with a warning and not counted, as `scm validate` skips it, so that
 * `scm check live/* || certbot renew` does not renew every night. Only beside folders: among certificate files,
 * an emptied cert.pem (or /dev/null) is a target that cannot be read, exit 2 (a gate must not pass on it); and
 * alone, or with only such files, it is unreadable too: a gate that checked nothing must not pass.
 */
async function withoutNotes(targets: CheckTarget[], opts: CheckFlags, ctx: Ctx): Promise<CheckTarget[]> {
  if (targets.length < 2) return targets;
  const io = readContextOf(ctx);
  const folder = (x: CheckTarget): boolean => x.kind === 'path' && x.text !== '-' && isDirectory(x.text, io);
  if (!targets.some(folder)) return targets;
  const notes: CheckTarget[] = [];
  for (const target of targets) {
    if (target.kind === 'path' && target.text !== '-' && isOtherThanDirectory(target.text, io) && !(await holdsBundleFile(target.text, io))) notes.push(target);
  }
  if (notes.length === targets.length) return targets;
  for (const note of notes) {
    const line = t(ctx.lang, M.skipping, { path: note.text });
    ctx.stderr.write(opts.json ? jsonWarningLine(line, { path: note.text }) : warningLine(ctx.errStyle, ctx.lang, line, widthOf(ctx.stderr)));
  }
  return targets.filter((x) => !notes.includes(x));
}
