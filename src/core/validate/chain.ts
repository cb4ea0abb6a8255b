// Chain analysis: the issuance path from the leaf (names, key identifiers, signatures), then what SCM would
// say of the certificates as they would be sent. Files given as --cert/--chain are sent as given, so their
// order counts (each certificate must be followed by its issuer, SCM.0079). A bundle read by content has no
// order of its own: scm sends the path it found, leaf first, and leaves out what is not on it.
import type { Message, Params } from '../i18n.js';
import { checkIssuersAreCas, day as dayOf, notAfter } from './cert-checks.js';
import type { Findings } from './findings.js';
import { olderGeneration } from './generations.js';
import { keyIdText, linkFault, namesIssuer } from './links.js';
import { M } from './messages.js';
import { keyIdsOf, nameApart, type Cert } from './model.js';
import { buildPath, type Stop } from './paths.js';
import { reportRoutes, routesSent } from './routes.js';

export interface ChainResult {
  /** Leaf first, then each issuer found, in issuing order. */
  path: Cert[];
  /** Certificates given that are neither on the path nor duplicates. */
  unrelated: Cert[];
}

export interface ChainContext {
  /** The clock: of two continuations of a path, the one with fewer expired certificates is taken. */
  now?: Date;
  /** False for a bundle read by content (a folder, files given together, PKCS#12): scm sends the path. */
  ordered: boolean;
  /** A --chain file that was empty, for the message when the leaf is left alone. */
  emptyChain?: string;
  /** For a bundle: the files read, for the message when no intermediate is among them. */
  looked?: string[];
  /**
   * The certificates are an upload's: scm sends each one once (index.ts), so a repeat is said to be dropped.
   * Unset for a chain as a server serves it (scm check), where the repeat is really there.
   */
  sentOnce?: boolean;
  /**
   * The chain as a TLS server serves it (scm check on an endpoint): nothing is uploaded, so what SCM would refuse
   * is said of the server, whose configuration is the fix. Same rules, other words.
   */
  served?: boolean;
  /**
   * Certificates given in order that came from a PKCS#7 set, which has no order: as in a bundle, only those on
   * the path are sent (index.ts), and the others are judged as a bundle's are.
   */
  loose?: readonly Cert[];
}

/** A certificate whose order says nothing: any of a bundle read by content, or one of a PKCS#7 set. */
const unordered = (c: Cert, ctx: ChainContext): boolean => !ctx.ordered || (ctx.loose?.includes(c) ?? false);

const where = (c: Cert, f: Findings): string => f.say(M.certWhere, { name: c.name, position: c.position, source: c.source });
const names = (certs: Cert[], f: Findings): string => certs.map((c) => c.name).join(f.say(M.listSeparator));

function reportStop(stop: Stop, f: Findings): void {
  const params = { child: stop.child.name, parent: stop.near.name, parentWhere: where(stop.near, f) };
  if (stop.fault === 'keyid') {
    f.add('chain-broken', M.chainKeyIdMismatch, { ...params, aki: keyIdText(keyIdsOf(stop.child).aki!), ski: keyIdText(keyIdsOf(stop.near).ski!) });
  } else {
    f.add('chain-broken', M.chainSignatureMismatch, params);
  }
}

/** A leftover that belongs to the same CA family as the path (another generation, a sibling, another leaf), not above a gap. */
const isStray = (c: Cert, path: Cert[]): boolean =>
  !c.ca || path.some((p) => p.x509.subject === c.x509.subject || p.x509.issuer === c.x509.issuer);

/**
 * A bundle read by content sends the path alone, so a leftover CA counts as the part above a hole only when the
 * bundle says so: it is no root and sits in a file of the path (a chain file written without its middle one). A
 * root, or another CA's certificate in a file of its own, is an extra certificate, not sent (`chain-unrelated-cert`).
 */
const aboveHole = (c: Cert, path: Cert[]): boolean => !c.selfSigned && path.some((p) => p.source === c.source);

const day = (c: Cert): string => new Date(c.x509.validFrom).toISOString().slice(0, 10);
/** The day of issue; with the time (to the second if need be) when both were issued the same day, else they read alike. */
const issued = (c: Cert, leaf: Cert): [string, string] => {
  const iso = (x: Cert): string => new Date(x.x509.validFrom).toISOString();
  if (day(c) !== day(leaf)) return [day(c), day(leaf)];
  const end = iso(c).slice(0, 16) === iso(leaf).slice(0, 16) ? 19 : 16;
  return [c, leaf].map((x) => `${iso(x).slice(0, end).replace('T', ' ')} UTC`) as [string, string];
};

function reportLeftovers(path: Cert[], leftovers: Cert[], ctx: ChainContext, f: Findings, holeAboveLeaf = false): void {
  const leaf = path[0]!;
  const top = path[path.length - 1]!;
  const candidates = top.selfSigned ? [] : leftovers.filter((c) => !isStray(c, path));
  const gap = holeAboveLeaf ? candidates : candidates.filter((c) => !unordered(c, ctx) || aboveHole(c, path));
  if (gap.length > 0) {
    const next = gap[0]!;
    f.add('chain-missing-intermediate', M.chainMissingIntermediate, { top: top.name, missing: top.issuerName, next: next.name });
  }
  const unrelated = new Map<string, Cert[]>();
  for (const c of leftovers.filter((x) => !gap.includes(x))) {
    if (!unordered(c, ctx)) f.add('chain-broken', ctx.served ? M.chainStrayServed : M.chainStray, { where: where(c, f) });
    else if (!c.ca && olderGeneration(c, leaf)) {
      const [when, leafWhen] = issued(c, leaf);
      f.add('cert-older-generation', M.certOlderGeneration, { where: where(c, f), issued: when, leafIssued: leafWhen });
    }
    else if (c.ca) unrelated.set(c.source, [...(unrelated.get(c.source) ?? []), c]);
    else f.add('chain-unrelated-cert', M.chainOtherLeaf, { where: where(c, f), leaf: leaf.name });
  }
  // One file of unrelated CAs is one cause (a trust store appended, ca-certificates.crt copied in): one finding.
  for (const [source, certs] of unrelated) {
    if (certs.length === 1) f.add('chain-unrelated-cert', M.chainUnrelated, { where: where(certs[0]!, f), leaf: leaf.name });
    else f.add('chain-unrelated-cert', M.chainUnrelatedMany, { source, count: certs.length, first: certs[0]!.name, leaf: leaf.name });
  }
}

/**
 * A copy by the same issuer as the one the path uses (the CA reissued with other dates): the issuer tells them
 * apart no more, their dates do: this one expired, or it is one copy too many and the path keeps the longer-lived.
 */
function reportReissued(c: Cert, used: Cert, params: Params, now: Date | undefined, f: Findings): void {
  const expired = (x: Cert): boolean => now !== undefined && Date.parse(x.x509.validTo) <= now.getTime();
  const dates = { date: dayOf(notAfter(c)), until: dayOf(notAfter(used)) };
  f.add('chain-alternative-ignored', expired(c) && !expired(used) ? M.chainAlternativeExpired : M.chainAlternativeSameIssuer, { ...params, ...dates });
}

/**
 * Copies of a path CA by another issuer. In a bundle they are left out. Sent as given (`sent`: the upload order),
 * SCM checks names only: a copy whose neighbours still link by name (a cross-signed root after its self-signed
 * copy, whose issuer name is its own subject) is accepted and only noted; one that breaks a link is refused.
 */
function reportAlternatives(path: Cert[], alternatives: Cert[], sent: Cert[], ctx: ChainContext, f: Findings): void {
  for (const c of alternatives) {
    const used = path.find((p) => p.x509.subject === c.x509.subject && p.publicKey.equals(c.publicKey))!;
    const params = { where: where(c, f), name: c.name, issuer: c.issuerName, used: used.issuerName };
    if (unordered(c, ctx)) {
      if (c.x509.issuer === used.x509.issuer) reportReissued(c, used, params, ctx.now, f);
      else f.add('chain-alternative-ignored', M.chainAlternative, params);
      continue;
    }
    const at = sent.indexOf(c);
    const [before, after] = [sent[at - 1], sent[at + 1]];
    const linked = before !== undefined && namesIssuer(before, c) && (after === undefined || namesIssuer(c, after));
    if (linked) f.add('chain-alternative-sent', M.chainAlternativeLinked, params);
    else f.add('chain-broken', ctx.served ? M.chainAlternativeSentServed : M.chainAlternativeSent, params);
  }
}

/**
 * Leftover CAs of a bundle read by content on the route of a copy the path leaves out (the root that cross-signed
 * it, and any CA above that), each with the certificate it issued: they did issue one of the bundle's copies, so
 * they are no unrelated certificates, only the route not taken.
 */
function otherRoute(alternatives: Cert[], leftovers: Cert[], ctx: ChainContext): Map<Cert, Cert> {
  const route = new Map<Cert, Cert>();
  const below = alternatives.filter((c) => unordered(c, ctx));
  for (let i = 0; i < below.length; i++) {
    for (const c of leftovers) {
      if (c.ca && unordered(c, ctx) && !route.has(c) && namesIssuer(below[i]!, c) && linkFault(below[i]!, c) === undefined) {
        route.set(c, below[i]!);
        below.push(c);
      }
    }
  }
  return route;
}

function reportOrder(unique: Cert[], path: Cert[], keyMatched: boolean, f: Findings): void {
  const given = unique.filter((c) => path.includes(c));
  if (given.every((c, i) => c === path[i])) return;
  const params = { given: names(given, f), right: path.map((c) => c.name).join(' → ') };
  if (given[0] === path[0]) f.add('chain-misordered', M.chainMisordered, params);
  else f.add('chain-misordered', keyMatched ? M.chainLeafNotFirstKey : M.chainLeafNotFirst, { ...params, leaf: where(path[0]!, f) });
}

const dupMessage = (ofLeaf: boolean, ctx: ChainContext): Message =>
  ctx.sentOnce ? (ofLeaf ? M.chainDuplicateLeafSentOnce : M.chainDuplicateSentOnce) : ofLeaf ? M.chainDuplicateLeaf : M.chainDuplicate;

/**
 * A root straight after the leaf (`cat cert.pem root.pem`): the leaf's issuer is missing between them, a hole as
 * further up. An intermediate there may as well be another CA's, so that stays a broken link naming what is held.
 */
const holeAboveLeaf = (leaf: Cert, chainCerts: Cert[]): boolean =>
  !leaf.selfSigned && chainCerts.some((c) => c.ca) && chainCerts.every((c) => !c.ca || c.selfSigned);

/**
 * `sent` is every certificate in upload order (certificate field first, then the chain); `leafIndex` the one
 * that is really the leaf. `keyMatched`: the leaf was found by the private key (for the wording only).
 */
export function analyseChain(sent: Cert[], leafIndex: number, keyMatched: boolean, ctx: ChainContext, f: Findings): ChainResult {
  const leaf = sent[leafIndex]!;
  nameApart(sent);
  const unique: Cert[] = [];
  for (const cert of sent) {
    const first = unique.find((u) => u.sha256 === cert.sha256);
    if (!first) unique.push(cert);
    else if (ctx.ordered) f.add('chain-duplicate', dupMessage(first === leaf, ctx), { where: where(cert, f), first: where(first, f) });
  }
  const { path, stop, alternatives } = buildPath(leaf, unique.filter((c) => c !== leaf), ctx.now);
  // A second route given in order is one finding (routes.ts); its CAs are neither leftovers nor another copy.
  const sentRoutes = routesSent(alternatives, unique, path, (c) => !unordered(c, ctx));
  const inRoutes = new Set([...sentRoutes.values()].flat());
  const route = otherRoute(alternatives, unique.filter((c) => !path.includes(c) && !alternatives.includes(c) && !inRoutes.has(c)), ctx);
  const leftovers = unique.filter((c) => !path.includes(c) && !alternatives.includes(c) && !route.has(c) && !inRoutes.has(c));
  const chainCerts = leftovers.filter((c) => c.ca || !unordered(c, ctx));

  if (path.length === 1 && chainCerts.length === 0 && !stop) {
    if (ctx.emptyChain !== undefined) f.add('chain-too-short', M.chainTooShortEmptyFile, { leaf: leaf.name, file: ctx.emptyChain });
    else if (ctx.looked?.length === 1) f.add('chain-too-short', M.chainTooShortOneFile, { leaf: leaf.name, file: ctx.looked[0]! });
    else if (ctx.looked) f.add('chain-too-short', M.chainTooShortBundle, { leaf: leaf.name, files: ctx.looked.join(f.say(M.listSeparator)) });
    else f.add('chain-too-short', leaf.selfSigned ? M.chainTooShortSelfSigned : M.chainTooShort, { leaf: leaf.name });
    reportLeftovers(path, leftovers, ctx, f);
  } else if (stop) {
    reportStop(stop, f);
  } else if (path.length === 1 && holeAboveLeaf(leaf, chainCerts)) {
    reportLeftovers(path, leftovers, ctx, f, true);
  } else if (path.length === 1 && chainCerts.length > 0) {
    const held = names(chainCerts, f);
    if (leaf.selfSigned) f.add('chain-broken', M.chainSelfSignedLeaf, { leaf: leaf.name, held });
    else f.add('chain-broken', M.chainIssuerMissing, { leaf: leaf.name, issuer: leaf.issuerName, held });
    reportLeftovers(path, leftovers.filter((c) => !chainCerts.includes(c)), ctx, f);
  } else {
    reportLeftovers(path, leftovers, ctx, f);
  }
  reportAlternatives(path, alternatives.filter((c) => !sentRoutes.has(c)), unique, ctx, f);
  reportRoutes(sentRoutes, path, ctx.sentOnce === true, f);
  checkIssuersAreCas(path, f);
  for (const [c, issued] of route) f.add('chain-alternative-ignored', M.chainAlternativeRoute, { where: where(c, f), issued: where(issued, f) });
  for (let i = 1; i < path.length; i++) {
    if (path[i]!.sm2) f.add('sm2-signature-unverified', M.sm2Unverified, { child: path[i - 1]!.name, parent: path[i]!.name });
  }
  if (ctx.ordered && path.length > 1) reportOrder(unique, path, keyMatched, f);

  const top = path[path.length - 1]!;
  // A root that signed the leaf itself is the whole chain: dropping it would make the chain too short (SCM.0109).
  if (path.length > 2 && top.selfSigned) f.add('chain-includes-root', M.chainIncludesRoot, { root: top.name, length: top.pem.length });
  return { path, unrelated: [...leftovers, ...alternatives, ...route.keys(), ...[...inRoutes].filter((c) => !alternatives.includes(c))] };
}
