// A bundle holding two or more certificate+key pairs, none a renewal of another (a .pfx exported with two sites'
// certificates, nginx's RSA and ECDSA pair): which pair to take is the ambiguous-pairs input error (generations.ts
// twoPairs), as no file name, date or order may choose. --domain may: the one pair whose leaf covers every name
// given is taken, the others set aside with what chains only to them, said once (pair-chosen, info). Pure.
import type { DecodedKey } from './decode-key.js';
import { coversDomain } from './domains.js';
import type { Findings } from './findings.js';
import { M } from './messages.js';
import { sourceName, type Cert } from './model.js';
import { buildPath } from './paths.js';
import type { Pool } from './pool.js';

/**
 * The one of `current` (end-entity certificates a key of the pool matches, older generations left out) whose names
 * cover all of `domains`, when they are two pairs or more with keys of their own and exactly one covers them;
 * `pool` then loses the other pairs (their leaves, keys, and CAs on their paths only), and the choice is said.
 */
export function pairByDomain(current: Cert[], matching: (c: Cert) => DecodedKey | undefined, domains: readonly string[] | undefined, pool: Pool, bundle: string | undefined, f: Findings): Cert | undefined {
  if (!domains?.length || new Set(current.map(matching)).size < 2) return undefined;
  const fits = current.filter((c) => domains.every((d) => coversDomain(c, d)));
  if (fits.length !== 1) return undefined;
  const chosen = fits[0]!;
  const others = current.filter((c) => c !== chosen);
  const onPath = (leaf: Cert): Cert[] => buildPath(leaf, pool.certs.filter((c) => c !== leaf)).path;
  const kept = new Set(onPath(chosen));
  const dropped = new Set(others.flatMap(onPath).filter((c) => !kept.has(c)));
  const keys = new Set(others.map(matching).filter((k) => k !== undefined && k !== matching(chosen)));
  // Before the pool changes: `matching` looks in it.
  const sources = new Set(current.flatMap((c) => [c.source, matching(c)!.source]));
  pool.certs = pool.certs.filter((c) => !dropped.has(c));
  pool.keys = pool.keys.filter((k) => !keys.has(k));
  const pair = (c: Cert): string => f.say(M.pairNamed, { name: c.name, key: c.key.text });
  f.add('pair-chosen', M.pairChosen, {
    where: sources.size === 1 || bundle === undefined ? sourceName(chosen.source) : bundle,
    count: current.length,
    pairs: current.map(pair).join(f.say(M.pairSeparator)),
    chosen: chosen.name,
    domains: domains.join(f.say(M.listSeparator)),
  });
  return chosen;
}
