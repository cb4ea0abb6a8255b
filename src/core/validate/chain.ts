// Chain analysis: the issuance path from the leaf (names, key identifiers, signatures), then what SCM would
// say of the certificates as they would be sent. Files given as --cert/--chain are sent as given, so their
// order counts (each certificate must be followed by its issuer, SCM.0079). A bundle read by content has no
// order of its own: scm sends the path it found, leaf first, and leaves out what is not on it.
import { shellWord } from '../shell-word.js';
import { checkIssuersAreCas, checkKeyIds, checkPathLength } from './cert-checks.js';
import { otherRoute, reportAlternatives } from './chain-alternatives.js';
import { names, unordered, where, type ChainContext } from './chain-context.js';
import { reportRepeats } from './chain-repeats.js';
import type { Findings } from './findings.js';
import { olderGeneration } from './generations.js';
import { keyIdText, namesIssuer } from './links.js';
import { M } from './messages.js';
import { keyIdsOf, nameApart, type Cert } from './model.js';
import { buildPath, type Stop } from './paths.js';
import { reportRoutes, routesSent } from './routes.js';

export type { ChainContext } from './chain-context.js';

export interface ChainResult {
  /** Leaf first, then each issuer found, in issuing order. */
  path: Cert[];
  /** Certificates given that are neither on the path nor duplicates. */
  unrelated: Cert[];
}

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

/**
 * The CAs above another leaf among the leftovers, each with that leaf: a second site's chain in the same file or
 * PKCS#12 (two sites exported together) is another chain, not the part above a hole in this one.
 */
function otherChains(leftovers: Cert[]): Map<Cert, Cert> {
  const found = new Map<Cert, Cert>();
  let below = leftovers.filter((c) => !c.ca).map((c) => [c, c] as const);
  while (below.length > 0) {
    const next = leftovers.flatMap((c) => {
      const under = c.ca && !found.has(c) ? below.find(([b]) => !b.selfSigned && b !== c && b.x509.issuer === c.x509.subject) : undefined;
      return under ? [[c, under[1]] as const] : [];
    });
    for (const [c, leaf] of next) found.set(c, leaf);
    below = next;
  }
  return found;
}

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
  const other = otherChains(leftovers);
  const candidates = top.selfSigned ? [] : leftovers.filter((c) => !isStray(c, path) && !other.has(c));
  const gap = holeAboveLeaf ? candidates : candidates.filter((c) => !unordered(c, ctx) || aboveHole(c, path));
  if (gap.length > 0) {
    const next = gap[0]!;
    // "Between them" only when an intermediate follows: a root there may be another CA's, or the missing one a root.
    const text = next.selfSigned ? M.chainMissingBeforeRoot : M.chainMissingIntermediate;
    f.add('chain-missing-intermediate', text, { top: top.name, missing: top.issuerName, next: next.name });
  }
  const unrelated = new Map<string, Cert[]>();
  // A CA above another leaf is said with that leaf when the leaf gets chain-unrelated-cert (not an older generation).
  const otherLeafSaid = (of: Cert | undefined): boolean => of !== undefined && unordered(of, ctx) && !olderGeneration(of, leaf);
  for (const c of leftovers.filter((x) => !gap.includes(x))) {
    if (!unordered(c, ctx)) f.add('chain-broken', ctx.served ? M.chainStrayServed : M.chainStray, { where: where(c, f) });
    else if (!c.ca && olderGeneration(c, leaf)) {
      const [when, leafWhen] = issued(c, leaf);
      f.add('cert-older-generation', M.certOlderGeneration, { where: where(c, f), issued: when, leafIssued: leafWhen });
    }
    else if (c.ca && otherLeafSaid(other.get(c))) continue;
    else if (c.ca) unrelated.set(c.source, [...(unrelated.get(c.source) ?? []), c]);
    else {
      // Another leaf and the CAs above it are one cause: one finding, naming them.
      const cas = [...other].filter(([ca, of]) => of === c && unordered(ca, ctx)).map(([ca]) => ca);
      if (cas.length === 0) f.add('chain-unrelated-cert', M.chainOtherLeaf, { where: where(c, f), leaf: leaf.name });
      else f.add('chain-unrelated-cert', M.chainOtherLeafChain, { where: where(c, f), leaf: leaf.name, cas: names(cas, f) });
    }
  }
  // One file of unrelated CAs is one cause (a trust store appended, ca-certificates.crt copied in): one finding.
  for (const [source, certs] of unrelated) {
    if (certs.length === 1) f.add('chain-unrelated-cert', M.chainUnrelated, { where: where(certs[0]!, f), leaf: leaf.name });
    else f.add('chain-unrelated-cert', M.chainUnrelatedMany, { source, count: certs.length, first: certs[0]!.name, leaf: leaf.name });
  }
}

function reportOrder(unique: Cert[], path: Cert[], keyMatched: boolean, f: Findings): void {
  const given = unique.filter((c) => path.includes(c));
  if (given.every((c, i) => c === path[i])) return;
  const params = { given: names(given, f), right: path.map((c) => c.name).join(' → ') };
  if (given[0] === path[0]) f.add('chain-misordered', M.chainMisordered, params);
  else f.add('chain-misordered', keyMatched ? M.chainLeafNotFirstKey : M.chainLeafNotFirst, { ...params, leaf: where(path[0]!, f) });
}

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
  const repeats: Array<{ cert: Cert; first: Cert }> = [];
  for (const cert of sent) {
    const first = unique.find((u) => u.sha256 === cert.sha256);
    if (!first) unique.push(cert);
    // A PKCS#7 set holding a certificate given already (certnew.p7b holds the leaf too) is a set it is taken from,
    // as in a bundle: no repeat. Given in order, it is one.
    else if (ctx.ordered && !ctx.loose?.includes(cert)) repeats.push({ cert, first });
  }
  reportRepeats(repeats, leaf, ctx, f);
  const { path, stop, alternatives } = buildPath(leaf, unique.filter((c) => c !== leaf), ctx.now);
  // A second route given in order is one finding (routes.ts), and one linked by name a note on each of its CAs:
  // they are neither leftovers nor another copy.
  const linkedRoute = new Map<Cert, Cert>();
  const sentRoutes = routesSent(alternatives, unique, path, (c) => !unordered(c, ctx), linkedRoute);
  const inRoutes = new Set([...[...sentRoutes.values()].flat(), ...linkedRoute.keys()]);
  const route = otherRoute(alternatives, unique.filter((c) => !path.includes(c) && !alternatives.includes(c) && !inRoutes.has(c)), ctx);
  const leftovers = unique.filter((c) => !path.includes(c) && !alternatives.includes(c) && !route.has(c) && !inRoutes.has(c));
  const chainCerts = leftovers.filter((c) => c.ca || !unordered(c, ctx));

  if (path.length === 1 && chainCerts.length === 0 && !stop) {
    if (ctx.emptyChain !== undefined) f.add('chain-too-short', M.chainTooShortEmptyFile, { leaf: leaf.name, file: ctx.emptyChain });
    // Self-signed, however it came (--cert, a folder, a PKCS#12): there is no intermediate to add, whatever was looked at.
    else if (leaf.selfSigned) f.add('chain-too-short', M.chainTooShortSelfSigned, { leaf: leaf.name }, M.chainTooShortSelfSignedFix);
    else if (ctx.looked?.length === 1) f.add('chain-too-short', M.chainTooShortOneFile, { leaf: leaf.name, file: ctx.looked[0]!, fileWord: shellWord(ctx.pfx ?? '') }, ctx.pfx !== undefined ? M.chainTooShortPfxFix : undefined);
    else if (ctx.looked) f.add('chain-too-short', M.chainTooShortBundle, { leaf: leaf.name, files: ctx.looked.join(f.say(M.listSeparator)) });
    else f.add('chain-too-short', M.chainTooShort, { leaf: leaf.name });
    reportLeftovers(path, leftovers, ctx, f);
  } else if (stop) {
    reportStop(stop, f);
  } else if (path.length === 1 && holeAboveLeaf(leaf, chainCerts)) {
    reportLeftovers(path, leftovers, ctx, f, true);
  } else if (path.length === 1 && chainCerts.length > 0) {
    const held = names(chainCerts, f);
    if (leaf.selfSigned) f.add('chain-broken', M.chainSelfSignedLeaf, { leaf: leaf.name, held }, M.chainSelfSignedLeafFix);
    else f.add('chain-broken', M.chainIssuerMissing, { leaf: leaf.name, issuer: leaf.issuerName, held });
    reportLeftovers(path, leftovers.filter((c) => !chainCerts.includes(c)), ctx, f);
  } else {
    reportLeftovers(path, leftovers, ctx, f);
  }
  reportAlternatives(path, alternatives.filter((c) => !sentRoutes.has(c)), unique, ctx, f);
  reportRoutes(sentRoutes, path, ctx.sentOnce === true, f);
  checkIssuersAreCas(path, f);
  checkPathLength(path, f);
  checkKeyIds(path, f);
  for (const [c, issued] of route) f.add('chain-alternative-ignored', M.chainAlternativeRoute, { where: where(c, f), issued: where(issued, f) });
  for (const [c, issued] of linkedRoute) f.add('chain-alternative-sent', M.chainAlternativeRouteLinked, { where: where(c, f), issued: where(issued, f) });
  for (let i = 1; i < path.length; i++) {
    if (path[i]!.sm2) f.add('sm2-signature-unverified', M.sm2Unverified, { child: path[i - 1]!.name, parent: path[i]!.name });
  }
  if (ctx.ordered && path.length > 1) reportOrder(unique, path, keyMatched, f);

  const top = path[path.length - 1]!;
  // A root that signed the leaf itself is the whole chain: dropping it would make the chain too short (SCM.0109).
  // An expired one is said once, by chain-cert-expired (cert-dates.ts), with this fix: remove it.
  const expired = ctx.now !== undefined && Date.parse(top.x509.validTo) < ctx.now.getTime();
  if (path.length > 2 && top.selfSigned && !expired) f.add('chain-includes-root', M.chainIncludesRoot, { root: top.name, length: top.pem.length });
  return { path, unrelated: [...leftovers, ...alternatives, ...route.keys(), ...[...inRoutes].filter((c) => !alternatives.includes(c))] };
}
