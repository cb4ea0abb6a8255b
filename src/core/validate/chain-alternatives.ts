// Copies of a path CA that the path does not use (chain.ts): another issuer's copy (a cross-signed CA) or the same
// issuer's reissue, and in a bundle read by content the CAs above such a copy (the route not taken). In a bundle
// they are left out and noted; sent as given, a copy that breaks a link by name is refused by SCM (SCM.0079).
import type { Params } from '../i18n.js';
import { day as dayOf, notAfter } from './cert-dates.js';
import { unordered, where, type ChainContext } from './chain-context.js';
import type { Findings } from './findings.js';
import { keyIdsDiffer, keyIdText, linkFault, namesIssuer } from './links.js';
import { M } from './messages.js';
import { keyIdsOf, type Cert } from './model.js';

/**
 * A copy by the same issuer as the one the path uses (the CA reissued with other dates): the issuer tells them
 * apart no more, their dates do: this one expired, or it is one copy too many and the path keeps the longer-lived.
 */
function reportReissued(c: Cert, used: Cert, params: Params, now: Date | undefined, f: Findings): void {
  const expired = (x: Cert): boolean => now !== undefined && Date.parse(x.x509.validTo) < now.getTime();
  const dates = { date: dayOf(notAfter(c)), until: dayOf(notAfter(used)) };
  f.add('chain-alternative-ignored', expired(c) && !expired(used) ? M.chainAlternativeExpired : M.chainAlternativeSameIssuer, { ...params, ...dates });
}

/**
 * The same issuer's copies given in order, one after the other: SCM refuses the chain. The path keeps the copy that
 * is valid or lasts longer, so the other is the one to remove: said with its dates, not 'one of them'.
 */
function reportReissuedSent(c: Cert, used: Cert, params: Params, now: Date | undefined, f: Findings): void {
  const expired = (x: Cert): boolean => now !== undefined && Date.parse(x.x509.validTo) < now.getTime();
  const dates = { date: dayOf(notAfter(c)), until: dayOf(notAfter(used)) };
  const message = expired(c) && !expired(used) ? M.chainReissuedSentExpired : notAfter(c) <= notAfter(used) ? M.chainReissuedSent : M.chainAlternativeSent;
  f.add('chain-broken', message, { ...params, ...dates });
}

/**
 * Copies of a path CA by another issuer. In a bundle they are left out. Sent as given (`sent`: the upload order),
 * SCM checks names only: a copy whose neighbours still link by name (a cross-signed root after its self-signed
 * copy, whose issuer name is its own subject) is accepted and only noted; one that breaks a link is refused.
 */
export function reportAlternatives(path: Cert[], alternatives: Cert[], sent: Cert[], ctx: ChainContext, f: Findings): void {
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
    else if (keyIdCopy(c, used, path, params, ctx, f)) continue;
    else if (!ctx.served && c.x509.issuer === used.x509.issuer) reportReissuedSent(c, used, params, ctx.now, f);
    else f.add('chain-broken', ctx.served ? M.chainAlternativeSentServed : M.chainAlternativeSent, params);
  }
}

/**
 * Two copies sent of one CA, same name and key, that differ in subjectKeyIdentifier (chain-key-id-mismatch's CA
 * reissued): the path keeps the copy whose identifier is the authorityKeyIdentifier of the certificate it signed,
 * as OpenSSL does, so the other one is the copy to remove: said by position and identifier, not 'one of them'.
 */
function keyIdCopy(c: Cert, used: Cert, path: Cert[], params: Params, ctx: ChainContext, f: Findings): boolean {
  const child = path[path.indexOf(used) - 1];
  if (child === undefined || !keyIdsDiffer(child, c) || keyIdsDiffer(child, used)) return false;
  const ids = { child: child.name, aki: keyIdText(keyIdsOf(child).aki!), ski: keyIdText(keyIdsOf(c).ski!), usedWhere: where(used, f) };
  f.add('chain-broken', ctx.served ? M.chainKeyIdCopyServed : M.chainKeyIdCopySent, { ...params, ...ids }, M.chainKeyIdCopyFix);
  return true;
}

/**
 * Leftover CAs of a bundle read by content on the route of a copy the path leaves out (the root that cross-signed
 * it, and any CA above that), each with the certificate it issued: they did issue one of the bundle's copies, so
 * they are no unrelated certificates, only the route not taken.
 */
export function otherRoute(alternatives: Cert[], leftovers: Cert[], ctx: ChainContext): Map<Cert, Cert> {
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
