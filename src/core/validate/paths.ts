// The issuance path from the leaf through a pool of certificates: of the issuers that verify (copies of one CA:
// same subject and key, cross-signed or reissued), the one that continues the path best, up to a root when it can.
// The best path from a certificate depends only on what lies above it, so each is searched once and remembered:
// a bundle with two copies of each of 24 CAs has 2^24 paths, and they are never walked one by one.
import { keyIdsDiffer, linkFault, namesIssuer, type LinkFault } from './links.js';
import type { Cert } from './model.js';

export interface Stop {
  child: Cert;
  near: Cert;
  fault: LinkFault;
}

export interface Built {
  path: Cert[];
  stop?: Stop;
  /** Copies of a path certificate (same subject and key, another issuer: cross-signed) that the path does not use. */
  alternatives: Cert[];
}

type Found = Omit<Built, 'alternatives'>;

/**
 * Searches for more than this many certificates (names that go round in circles through many cross-signed copies
 * can make the exact search exponential) take the first issuer that verifies from then on: a path still, found in
 * time. Far above what any real bundle needs (each certificate once, ~64 files).
 */
export const SEARCH_BUDGET = 20_000;

const DAY = 86_400_000;

/**
 * Fewer expired certificates (an expired cross-signed copy is no continuation a client accepts), then fewer links
 * whose key identifiers disagree (OpenSSL takes none of them), then ends at a
 * root of the bundle, then ends without a broken link, then goes further: the better continuation. Two that tie
 * (a copy cross-signed by a root that is in the bundle too, a CA reissued with other dates): the one that stays
 * valid longer, to the day, first as a whole (until its first certificate expires), then its first issuer; two
 * copies by the same issuer, to the millisecond. Whatever the file order; else the first found.
 */
const better = (a: Found, b: Found, now: Date | undefined): boolean => {
  const expired = (x: Found): number => (now ? x.path.filter((c) => Date.parse(c.x509.validTo) < now.getTime()).length : 0);
  const end = (c: Cert): number => Date.parse(c.x509.validTo);
  const until = (x: Found): number => Math.floor(Math.min(...x.path.slice(1).map(end)) / DAY);
  // A link whose key identifiers disagree is one OpenSSL does not take (cert-checks.ts checkKeyIds).
  const disagree = (x: Found): number => x.path.filter((c, i) => i > 0 && keyIdsDiffer(x.path[i - 1]!, c)).length;
  const rank = (x: Found): number[] => [-expired(x), -disagree(x), x.path[x.path.length - 1]!.selfSigned ? 1 : 0, x.stop ? 0 : 1, x.path.length, until(x), Math.floor(end(x.path[1]!) / DAY)];
  const [ra, rb] = [rank(a), rank(b)];
  const i = ra.findIndex((v, k) => v !== rb[k]);
  if (i >= 0) return ra[i]! > rb[i]!;
  const [ca, cb] = [a.path[1]!, b.path[1]!];
  return ca.x509.issuer === cb.x509.issuer && end(ca) > end(cb);
};

/**
 * What the search from one certificate found, the certificates it looked at (`seen`: those naming an issuer on
 * the way), and which of those were out of reach then (`excluded`: already on the path below). The same search
 * from the same certificate finds the same path whenever the same ones of `seen` are out of reach.
 */
interface Memo {
  found: Found;
  seen: Set<Cert>;
  excluded: Set<Cert>;
}

/**
 * The search as a whole tried every issuer at every level, leaving the issuers of the path below out of the
 * pool (no certificate twice, no loop through cross-signed names); this finds the same path, each subproblem once.
 */
class PathSearch {
  private readonly namedBy = new Map<Cert, Cert[]>();
  private readonly faults = new Map<Cert, Map<Cert, LinkFault | undefined>>();
  private readonly memo = new Map<Cert, Memo>();
  private spent = 0;

  constructor(
    private readonly pool: readonly Cert[],
    private readonly now: Date | undefined,
    private readonly budget: number,
  ) {}

  /** The pool's certificates that carry the name `child` gives as its issuer, in pool order. */
  named(child: Cert): Cert[] {
    let out = this.namedBy.get(child);
    if (!out) this.namedBy.set(child, (out = this.pool.filter((c) => c !== child && namesIssuer(child, c))));
    return out;
  }

  fault(child: Cert, parent: Cert): LinkFault | undefined {
    let row = this.faults.get(child);
    if (!row) this.faults.set(child, (row = new Map()));
    if (!row.has(parent)) row.set(parent, linkFault(child, parent));
    return row.get(parent);
  }

  /** The issuers of `child` that verify, of those not `excluded`. */
  issuers(child: Cert, excluded: ReadonlySet<Cert>): { named: Cert[]; issuers: Cert[] } {
    const named = this.named(child).filter((c) => !excluded.has(c));
    return { named, issuers: named.filter((c) => this.fault(child, c) === undefined) };
  }

  from(cert: Cert, excluded: ReadonlySet<Cert>): Memo {
    const known = this.memo.get(cert);
    if (known && [...known.seen].every((c) => excluded.has(c) === known.excluded.has(c))) return known;
    const seen = new Set(cert.selfSigned ? [] : this.named(cert));
    const done = (found: Found): Memo => {
      const memo = { found, seen, excluded: new Set([...seen].filter((c) => excluded.has(c))) };
      this.memo.set(cert, memo);
      return memo;
    };
    if (cert.selfSigned) return done({ path: [cert] });
    const { named, issuers } = this.issuers(cert, excluded);
    if (named.length === 0) return done({ path: [cert] });
    if (issuers.length === 0) return done({ path: [cert], stop: { child: cert, near: named[0]!, fault: this.fault(cert, named[0]!)! } });
    const above = new Set([...excluded, ...issuers]);
    const tried = ++this.spent > this.budget ? issuers.slice(0, 1) : issuers;
    let best: Found | undefined;
    for (const issuer of tried) {
      const up = this.from(issuer, above);
      for (const c of up.seen) seen.add(c);
      const next: Found = { path: [cert, ...up.found.path], ...(up.found.stop ? { stop: up.found.stop } : {}) };
      if (!best || better(next, best, this.now)) best = next;
    }
    return done(best!);
  }

  /** The copies the path leaves out, level by level from the top (as the findings list them). */
  alternatives(path: Cert[]): Cert[] {
    const levels: Cert[][] = [];
    const excluded = new Set<Cert>();
    for (let k = 1; k < path.length; k++) {
      const chosen = path[k]!;
      const { issuers } = this.issuers(path[k - 1]!, excluded);
      levels.unshift(issuers.filter((c) => c !== chosen && c.publicKey.equals(chosen.publicKey)));
      for (const c of issuers) excluded.add(c);
    }
    return levels.flat();
  }
}

/**
 * The path from `leaf` through `pool` (which does not hold it); `stop` when a certificate with the issuer's name is
 * not the issuer. Several issuers that verify are copies of one CA (a cross-signed intermediate beside its usual
 * copy, as Let's Encrypt and GoDaddy ship them): the one that continues the path best is kept.
 */
export function buildPath(leaf: Cert, pool: readonly Cert[], now?: Date, budget = SEARCH_BUDGET): Built {
  const search = new PathSearch(pool, now, budget);
  const { found } = search.from(leaf, new Set());
  return { ...found, alternatives: search.alternatives(found.path) };
}
