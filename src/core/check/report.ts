// `scm check`'s verdict on one target: days left against --within, the names against the host, the certificates
// an endpoint serves (how its chain is made up is reported, not judged), and the fingerprint against --expect, as a row
// with every problem (the JSON shape of the contract plus the details). Exit codes are the command's; this
// says ok or not. Pure: the clock and the language come in.
import { listOf, t, type Lang } from '../i18n.js';
import { DAY_MS } from '../inventory/time.js';
import { covers, domainForm, hostForm } from '../validate/domains.js';
import type { ChainFacts, Problem } from './chain.js';
import { PM } from './messages.js';
import { isIpAddress } from './target.js';

export type TargetKind = 'file' | 'bundle' | 'scm' | 'endpoint';

/** The leaf as read from a file, a TLS handshake or ShowCertificate (SCM gives no SHA-256, nor a subject). */
export interface LeafFacts {
  subject: string;
  issuer?: string;
  dns: readonly string[];
  ip: readonly string[];
  notBefore?: Date;
  notAfter?: Date;
  /** Lower-case hex, no separators. */
  sha1?: string;
  sha256?: string;
}

export interface Expectation {
  /** How to name it: an SCM id or a path. */
  what: string;
  sha1?: string;
  sha256?: string;
}

export interface AssessInput {
  target: string;
  kind: TargetKind;
  leaf: LeafFacts;
  chain?: ChainFacts;
  /**
   * A file's or folder's faults of form that OpenSSL refuses (form.ts: an END line run into the next BEGIN line,
   * lost line breaks, UTF-16): a server cannot load the file as it stands, so they decide the verdict.
   */
  form?: Problem[];
  /** The name the certificate must cover: the endpoint's host or --servername. */
  host?: string;
  expect?: Expectation;
  /**
   * The RSA certificate an endpoint serves to clients without ECDSA, beside `leaf` (its ECDSA one): --expect naming
   * it is said so, as the expected certificate is served, only not to most clients.
   */
  rsa?: Pick<LeafFacts, 'sha1' | 'sha256'>;
  /** An endpoint reached without SNI (its host, and --servername if given, an IP address): it chose what to serve. */
  noSni?: boolean;
  withinDays: number;
  now: Date;
  lang: Lang;
}

export interface CheckRow {
  target: string;
  kind: TargetKind;
  ok: boolean;
  subject: string | null;
  issuer: string | null;
  names: string[];
  notBefore: string | null;
  notAfter: string | null;
  daysLeft: number | null;
  fingerprintSha1: string | null;
  fingerprintSha256: string | null;
  chain: { complete: boolean; inOrder: boolean | null; certificates: string[]; problems: Problem[] } | null;
  host: string | null;
  covers: boolean | null;
  /** `matchesRsa`: not the leaf, but the RSA certificate served beside it (AssessInput.rsa). */
  expect: { what: string; matches: boolean | null; matchesRsa?: true } | null;
  problems: Problem[];
}

/**
 * A served chain that leaves clients without a path to a root: the leaf alone, or an intermediate missing.
 * Browsers mend it (AIA fetching, cached intermediates); Android apps, curl, Java, Go, Python do not, and fail.
 * The contract's verdict stays the certificate's (exit 0 when it is valid for more than --within days and matches
 * --expect), so this is no problem: --json lists it under the target's `warnings`, a script can fail on it.
 */
export const BREAKS_CLIENTS = new Set(['chain-too-short', 'chain-missing-intermediate', 'chain-broken']);

/**
 * An endpoint's chain warnings: BREAKS_CLIENTS problems of a chain that is not complete (a stray certificate
 * beside a complete chain is chain-broken too, and harms no client). A file's chain is what it holds, not what a
 * server sends.
 */
export const chainWarnings = (row: Pick<CheckRow, 'kind' | 'chain'>): Problem[] =>
  (row.kind === 'endpoint' && row.chain?.complete === false ? row.chain.problems.filter((p) => BREAKS_CLIENTS.has(p.id)) : []);

/** What is said of how a chain is made up, not of a certificate in it: reported, never the verdict. */
const MAKE_UP = new Set(['self-signed', 'chain-too-short', 'chain-missing-intermediate', 'chain-broken', 'chain-misordered', 'chain-duplicate', 'chain-unrelated-cert']);

const day = (d: Date): string => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * Does the certificate cover `host`? DNS names as a TLS client matches them; an IP address only among its IP
 * addresses, compared as addresses (0:0:0:0:0:0:0:1 is ::1, 2001:db8:0::1 is 2001:db8::1), as validate compares them.
 */
export function coversHost(leaf: Pick<LeafFacts, 'dns' | 'ip'>, host: string): boolean {
  const h = hostForm(host);
  // fe80::1%eth0: the interface says how to reach the address, the certificate names the address alone.
  if (isIpAddress(h)) return leaf.ip.some((ip) => domainForm(ip) === domainForm(h.replace(/%.*$/, '')));
  const form = domainForm(h);
  return leaf.dns.some((name) => covers(name, form));
}

/** Compared by SHA-256 when both sides have one, else by SHA-1; null when there is nothing to compare. */
export function fingerprintMatch(leaf: Pick<LeafFacts, 'sha1' | 'sha256'>, want: Expectation): { matches: boolean | null; algo: string; got: string; wanted: string } {
  if (leaf.sha256 && want.sha256) return { matches: leaf.sha256 === want.sha256, algo: 'SHA-256', got: leaf.sha256, wanted: want.sha256 };
  if (leaf.sha1 && want.sha1) return { matches: leaf.sha1 === want.sha1, algo: 'SHA-1', got: leaf.sha1, wanted: want.sha1 };
  return { matches: null, algo: '', got: '', wanted: '' };
}

export function assess(i: AssessInput): CheckRow {
  const { leaf, now, lang } = i;
  const problems: Problem[] = [];
  const add = (id: string, message: string): void => void problems.push({ id, message });
  if (!leaf.notAfter) add('expiry-unknown', t(lang, PM.expiryUnknown));
  else if (leaf.notAfter.getTime() < now.getTime()) add('expired', t(lang, PM.expired, { date: day(leaf.notAfter), days: Math.floor((now.getTime() - leaf.notAfter.getTime()) / DAY_MS) }));
  else if (leaf.notAfter.getTime() <= now.getTime() + i.withinDays * DAY_MS) {
    add('expiring', t(lang, PM.expiring, { date: day(leaf.notAfter), days: Math.floor((leaf.notAfter.getTime() - now.getTime()) / DAY_MS), within: i.withinDays }));
  }
  if (leaf.notBefore && leaf.notBefore.getTime() > now.getTime()) add('not-yet-valid', t(lang, PM.notYetValid, { date: day(leaf.notBefore) }));
  const names = [...leaf.dns, ...leaf.ip];
  const covered = i.host === undefined ? null : coversHost(leaf, i.host);
  if (covered === false) add('name-mismatch', t(lang, PM.nameMismatch, { host: i.host!.trim().replace(/\.$/, ''), names: names.length > 0 ? listOf(lang, names) : t(lang, PM.noNames) }));
  // The contract's verdict is the certificate's: valid for more than --within days, for the name, matching
  // --expect. How the chain is made up (a self-signed leaf, an intermediate missing, the order, a repeat, a stray
  // certificate) is reported (chain.problems, said as chain notes) and never decides it, as check takes the
  // served chain whatever its trust. What does: the leaf's own faults (chain.own), which no chain mends, and for
  // an endpoint what is wrong with the certificates it serves (a CA's dates, extensions, signature).
  problems.push(...(i.form ?? []));
  const chainProblems = i.chain?.problems ?? [];
  problems.push(...chainProblems.filter((p) => i.chain!.own?.includes(p) === true || (i.kind === 'endpoint' && !MAKE_UP.has(p.id))));
  let expect: CheckRow['expect'] = null;
  if (i.expect) {
    const m = fingerprintMatch(leaf, i.expect);
    const rsa = m.matches === false && i.rsa !== undefined && fingerprintMatch(i.rsa, i.expect).matches === true;
    expect = { what: i.expect.what, matches: m.matches, ...(rsa ? { matchesRsa: true as const } : {}) };
    if (m.matches === false) add('expect-mismatch', t(lang, rsa ? PM.expectOnlyRsa : PM.expectMismatch, { what: i.expect.what, algo: m.algo, got: m.got, want: m.wanted }));
    if (m.matches === null) add('expect-mismatch', t(lang, PM.expectUnknown, { what: i.expect.what }));
  }
  // Without SNI a server serves its default certificate: another name's, or not the one expected, may be only that.
  // Said once, with the first of them.
  const chosen = i.noSni ? problems.find((p) => p.id === 'name-mismatch' || (p.id === 'expect-mismatch' && expect?.matches === false)) : undefined;
  if (chosen) chosen.message = t(lang, PM.noSni, { message: chosen.message });
  return {
    target: i.target,
    kind: i.kind,
    ok: problems.length === 0,
    subject: leaf.subject || null,
    issuer: leaf.issuer ?? null,
    names,
    notBefore: leaf.notBefore ? leaf.notBefore.toISOString() : null,
    notAfter: leaf.notAfter ? leaf.notAfter.toISOString() : null,
    daysLeft: leaf.notAfter ? Math.floor((leaf.notAfter.getTime() - now.getTime()) / DAY_MS) : null,
    fingerprintSha1: leaf.sha1 ?? null,
    fingerprintSha256: leaf.sha256 ?? null,
    chain: i.chain ? { complete: i.chain.complete, inOrder: i.chain.inOrder, certificates: i.chain.certificates, problems: i.chain.problems } : null,
    host: i.host ?? null,
    covers: covered,
    expect,
    problems,
  };
}

/**
 * An endpoint that serves an RSA certificate (`rsa`, judged as the endpoint is, without --expect) to clients that
 * offer no ECDSA, beside the ECDSA one of `row`: its problems are the endpoint's too, each said of the RSA one.
 */
export function withRsaCertificate(row: CheckRow, rsa: CheckRow, lang: Lang): CheckRow {
  const problems = rsa.problems.map((p) => ({ id: p.id, message: t(lang, PM.ofRsa, { message: p.message }) }));
  return { ...row, ok: row.ok && rsa.ok, problems: [...row.problems, ...problems] };
}

/** A target that could not be read or reached: no certificate, one problem. */
export function failedRow(target: string, kind: TargetKind, problem: Problem, host?: string): CheckRow {
  return {
    target, kind, ok: false, subject: null, issuer: null, names: [], notBefore: null, notAfter: null, daysLeft: null,
    fingerprintSha1: null, fingerprintSha256: null, chain: null, host: host ?? null, covers: null, expect: null, problems: [problem],
  };
}
