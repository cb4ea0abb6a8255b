// Is a chain complete and in order? The same analysis as `scm validate` (src/core/validate/chain.ts): the path
// from the leaf through the certificates given, then what is missing, broken, out of order or repeated. A TLS
// server's chain and a certificate file are read in the order they come (`ordered`); a bundle folder has no
// order of its own, so only completeness is judged. Pure.
import { t, type Lang } from '../i18n.js';
import { RULES } from '../rules/table.js';
import { checkCriticalExtensions, checkDuplicateExtensions, checkStrength } from '../validate/cert-checks.js';
import { checkChainDates } from '../validate/cert-dates.js';
import { analyseChain } from '../validate/chain.js';
import { Findings } from '../validate/findings.js';
import { checkNoSan } from '../validate/domains.js';
import { namesIssuer } from '../validate/links.js';
import { checkNameConstraints } from '../validate/name-constraints.js';
import { checkServerPurpose } from '../validate/purposes.js';
import { checkSerials } from '../validate/serials.js';
import { checkValidityPeriod } from '../validate/validity-period.js';
import type { Cert } from '../validate/model.js';
import { PM } from './messages.js';

export interface Problem {
  /**
   * Stable: expired, expiring, not-yet-valid, expiry-unknown, name-mismatch, expect-mismatch, self-signed, a chain
   * rule id the rule table marks `served` (chain-cert-expired, chain-cert-not-yet-valid, chain-not-ca ...), tls-alert and tls-handshake (the
   * server refused the handshake), openssl-unreadable (a file OpenSSL cannot read as it stands: form.ts), unreachable, unreadable, scm-error.
   */
  id: string;
  message: string;
}

export interface ChainFacts {
  /** The leaf's issuer path reaches past every intermediate given: nothing missing, nothing broken. */
  complete: boolean;
  /** Each certificate followed by its issuer, nothing repeated or stray; null for a folder (no order). */
  inOrder: boolean | null;
  /**
   * A server's chain or a file: every certificate in the order given (leaf first when it is). A bundle folder has
   * no order: the path from the leaf, as validate would send it; what is not on it (an older generation, another
   * leaf, a stray CA) is a problem, never shown as a link of the chain.
   */
  certificates: string[];
  problems: Problem[];
  /**
   * The problems of the leaf itself (names only in its CN, a short key, a SHA-1, MD5, MD4 or MD2 signature, not for TLS
   * servers, an extension twice or one marked critical that clients do not process, valid longer than the Baseline
   * Requirements allow; in a file, not being first),
   * among `problems` (absent when none): no chain file mends them, so a file's decide its verdict as a server's do.
   */
  own?: Problem[];
}

/**
 * What the validator says of a chain that is a problem for a server: the rules the one rule table marks `served`
 * (the root being there, or SM2 links checked by name, is not).
 */
const CHAIN_PROBLEMS = new Set(RULES.filter((rule) => rule.served).map((rule) => rule.id));
const INCOMPLETE = new Set(['chain-too-short', 'chain-missing-intermediate']);
const DISORDER = new Set(['chain-misordered', 'chain-duplicate', 'chain-broken']);

/**
 * A self-signed leaf is its own problem, whatever comes with it: no intermediate can make a client trust it, so
 * "alone" (chain-too-short) or "its issuer is missing" (chain-broken) would send the reader looking for one.
 */
function problemOf(rule: string, message: string, leaf: Cert, alone: boolean, lang: Lang): Problem {
  if (leaf.selfSigned && alone && rule === 'chain-too-short') return { id: 'self-signed', message: t(lang, PM.selfSigned, { leaf: leaf.name }) };
  if (leaf.selfSigned && alone && rule === 'chain-broken') return { id: 'self-signed', message };
  return { id: rule, message: rule === 'chain-too-short' ? t(lang, PM.servedAlone, { leaf: leaf.name }) : message };
}

/**
 * validate's checks of the `i`th certificate of the path, said as validate says them of the whole path (a CA's
 * self-signature is not judged; a CA's extendedKeyUsage is said of the leaf below it).
 */
function certificateChecks(path: Cert[], i: number, into: Findings): void {
  const upTo = path.slice(0, i + 1);
  checkStrength(upTo, false, into, i);
  checkDuplicateExtensions([path[i]!], into);
  checkCriticalExtensions([path[i]!], into);
  checkServerPurpose(upTo, into, i);
  checkSerials(upTo, into, i);
}

/**
 * `now`: an intermediate on the path past its notAfter, or before its notBefore, is a problem (clients refuse the chain), as validate says.
 * `from`: a server's chain is said of the server (its configuration is the fix), a file's as validate says it.
 * `withinDays` (--within): a CA of the path that expires before the leaf and within that many days is a problem
 * too: clients cannot build the chain from then on, whatever the leaf's days left say.
 */
export function analyseServed(certs: Cert[], leafIndex: number, ordered: boolean, lang: Lang, now: Date, from: 'server' | 'file' = 'file', withinDays?: number): ChainFacts {
  const f = new Findings(lang);
  const { path, unrelated } = analyseChain(certs, leafIndex, false, { ordered, now, served: from === 'server' }, f);
  checkChainDates(path.slice(1), now, f, withinDays === undefined ? undefined : { leaf: path[0]!, warnDays: withinDays }, path[0]);
  checkNameConstraints(path, f);
  // What clients refuse in the certificates themselves, as validate says it: the leaf's apart (`own`).
  const own = new Findings(lang);
  for (const i of path.keys()) certificateChecks(path, i, i === 0 ? own : f);
  checkNoSan(path[0]!, own);
  // Valid longer than the Baseline Requirements allow for its issue date: Chrome refuses it (SC31), or its CA must revoke it (SC-081).
  checkValidityPeriod(path[0]!, now, own);
  const top = path[path.length - 1]!;
  // A certificate that carries the top's issuer name but did not sign it: the path stops there.
  const stopped = !top.selfSigned && unrelated.some((c) => namesIssuer(top, c));
  const findings = f.sorted().filter((x) => CHAIN_PROBLEMS.has(x.rule));
  const leaf = certs[leafIndex]!;
  const ownProblems = own.sorted().filter((x) => CHAIN_PROBLEMS.has(x.rule)).map((x) => ({ id: x.rule, message: x.message }));
  // A file whose first certificate is not the leaf (`cat chain.pem cert.pem`): a server loading it takes that
  // first one for its own, so the order of this file is the file's fault, not only how its chain is made up.
  const notFirst = ordered && from === 'file' && certs[0] !== leaf ? findings.find((x) => x.rule === 'chain-misordered') : undefined;
  if (notFirst) ownProblems.push({ id: notFirst.rule, message: t(lang, PM.leafNotFirst, { message: notFirst.message, first: certs[0]!.name }) });
  const problems = [...ownProblems, ...findings.filter((x) => x !== notFirst).map((x) => problemOf(x.rule, x.message, leaf, path.length === 1, lang))];
  return {
    complete: path.length > 1 && !stopped && !findings.some((x) => INCOMPLETE.has(x.rule)),
    inOrder: ordered ? !findings.some((x) => DISORDER.has(x.rule)) : null,
    certificates: (ordered ? certs : path).map((c) => c.name),
    problems,
    ...(ownProblems.length > 0 ? { own: ownProblems } : {}),
  };
}
