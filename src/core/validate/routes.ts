// A second route to a path CA given in order after (or before) the first: the CA's other copy followed by the CAs
// that issued it (leaf, Issuing CA by Mid A, Mid A, Issuing CA by Mid B, Mid B: pebble's alternate chains, or two
// downloads of one chain pasted together). One cause: SCM refuses the chain where the routes meet, and the fix is
// to drop the route the path does not take, by position, not to add the root of the first route before the second.
// The two may also be interleaved (both Issuing CAs, then both Mids): the route is then named certificate by certificate.
import type { Findings } from './findings.js';
import { linkFault, namesIssuer } from './links.js';
import { M } from './messages.js';
import type { Cert } from './model.js';

/**
 * For each copy the path leaves out (`alternatives`) that was given in order, the certificates given right after it
 * that issued it and each other (Mid B, Root B): the route it starts, when that route is more than the copy alone
 * and, given as it is, breaks a link by name (a route that links by name is accepted by SCM: chain-alternative-sent;
 * its CAs go to `linkedOut`).
 */
export function routesSent(alternatives: readonly Cert[], unique: readonly Cert[], path: readonly Cert[], ordered: (c: Cert) => boolean, linkedOut?: Map<Cert, Cert>): Map<Cert, Cert[]> {
  const routes = new Map<Cert, Cert[]>();
  const taken = new Set<Cert>();
  for (const copy of alternatives.filter(ordered)) {
    const at = unique.indexOf(copy);
    const route = [copy];
    // Its issuers given after it, also with the path's certificates between them (two chains interleaved:
    // leaf, Issuing CA by Mid A, Issuing CA by Mid B, Mid A, Mid B): one route all the same.
    let last = at;
    for (let j = at + 1; j < unique.length; j++) {
      const c = unique[j]!;
      const free = c.ca && ordered(c) && !path.includes(c) && !alternatives.includes(c) && !taken.has(c);
      if (!free) continue;
      if (!namesIssuer(route.at(-1)!, c) || linkFault(route.at(-1)!, c) !== undefined) break;
      route.push(c);
      last = j;
    }
    // SCM accepts it when every certificate from the one before the copy to the one after the route is followed by its issuer's name.
    const span = unique.slice(Math.max(at - 1, 0), last + 2);
    const linked = at > 0 && span.every((c, i) => i === span.length - 1 || namesIssuer(c, span[i + 1]!));
    // A route that links by name (a CA cross-signed by one below it: the chain goes round to the path's own copy)
    // is accepted: its CAs above the copy go to `linkedOut`, each with the certificate it issued, as no strays.
    if (linked) for (let k = 1; k < route.length; k++) linkedOut?.set(route[k]!, route[k - 1]!);
    if (route.length < 2 || linked) continue;
    routes.set(copy, route);
    for (const c of route) taken.add(c);
  }
  return routes;
}

/** "certificates 4–5 in both.pem", "certificates 3, 5 in both.pem" (interleaved), or each one named when they come from several files. */
export function positions(route: readonly Cert[], f: Findings): string {
  const [first, last] = [route[0]!, route.at(-1)!];
  const run = route.every((c, i) => c.source === first.source && c.position === first.position + i);
  if (run) return f.say(M.certsRangeIn, { from: first.position, to: last.position, source: first.source });
  if (route.every((c) => c.source === first.source)) return f.say(M.certsListIn, { list: route.map((c) => c.position).join(f.say(M.listSeparator)), source: first.source });
  return route.map((c) => f.say(M.certNIn, { position: c.position, source: c.source })).join(f.say(M.listSeparator));
}

/** One finding per route: `sentOnce` for an upload (SCM refuses it), else a chain as a server serves it. */
export function reportRoutes(routes: Map<Cert, Cert[]>, path: readonly Cert[], sentOnce: boolean, f: Findings): void {
  for (const [copy, route] of routes) {
    const used = path.find((p) => p.x509.subject === copy.x509.subject && p.publicKey.equals(copy.publicKey))!;
    const params = {
      route: positions(route, f), name: copy.name, issuer: copy.issuerName, used: used.issuerName,
      rest: route.slice(1).map((c) => c.name).join(f.say(M.listSeparator)),
    };
    f.add('chain-broken', sentOnce ? M.chainRouteSent : M.chainRouteServed, params, M.chainRouteFix);
  }
}
