// Which certificate of a bundle read by content is the leaf, and which key goes with it: the certificate a key
// matches, else the one end-entity certificate (one that signed another is that one's issuer), else a self-signed
// CA certificate the key or its being alone names. Ties are broken by certbot's names, then by generations
// (renewals); none left is the ambiguous-leaf input error. classify.ts gathers the bundle around the choice.
import { InputError } from '../../errors.js';
import type { Lang, Message } from '../i18n.js';
import type { DecodedKey } from './decode-key.js';
import { Findings } from './findings.js';
import { generations, newestGeneration, supersededBy, twoPairs } from './generations.js';
import { linkFault, namesIssuer } from './links.js';
import { M } from './messages.js';
import { pairByDomain } from './pair-by-domain.js';
import { issuingRoot, sourceName, type Cert } from './model.js';
import type { Pool } from './pool.js';
import { publicOf } from './public-key.js';
import type { BundleInput } from './types.js';

const stem = (source: string): string => sourceName(source).replace(/\.[^.]*$/, '').replace(/[-_.]?(bundle|chain|full|key|cert|crt|priv)$/i, '');

/** Lower is more leaf-like: certbot's names first, then names that do not say "chain", "bundle", "CA"... */
function leafRank(c: Cert): number {
  const name = sourceName(c.source).toLowerCase();
  if (name === 'cert.pem' || name === 'fullchain.pem') return 0;
  return /chain|bundle|(^|[-_.])ca([-_.]|$)|root|inter|issuer|trusted/.test(name) ? 2 : 1;
}

/**
 * The leaf among end-entity candidates: one, or the only one with the most leaf-like file name, or the newest when
 * `renewals` says they are one certificate renewed: certificates one key matches (the same subject), or, with no
 * key to choose by, generations (generations.ts: certbot's numbered archive/ files, or a day or more apart).
 */
function tieBreak(candidates: Cert[], renewals: (top: Cert[]) => boolean): Cert | undefined {
  if (candidates.length === 1) return candidates[0];
  const best = Math.min(...candidates.map(leafRank));
  const top = candidates.filter((c) => leafRank(c) === best);
  if (top.length === 1) return top[0];
  if (!renewals(top)) return undefined;
  return newestGeneration(top);
}

const oneSubject = (top: Cert[]): boolean => top.every((c) => c.x509.subject === top[0]!.x509.subject);

/** Why the key could not choose: the candidates all match it (renewals with one key), none does, or there is no key. */
type Undecided = 'matched' | 'unmatched' | 'no-key';
const UNDECIDED: Record<Undecided, Message> = { matched: M.ambiguousLeafMatched, unmatched: M.ambiguousLeaf, 'no-key': M.ambiguousLeafNoKey };

function ambiguous(candidates: Cert[], why: Undecided, input: BundleInput, lang: Lang): never {
  const f = new Findings(lang);
  const list = candidates.map((c) => f.say(M.certInFile, { name: c.name, source: sourceName(c.source) })).join(f.say(M.listSeparator));
  throw new InputError(f.say(UNDECIDED[why], { bundle: input.bundle ?? '', candidates: list }), { hint: f.say(M.ambiguousLeafHint), ...(input.bundle ? { path: input.bundle } : {}) });
}

/** The leaf and its key, as content says (or --domain, `domains`, among pairs); undefined leaf when nothing can be the leaf. */
export function chooseLeaf(pool: Pool, input: BundleInput, f: Findings, domains?: readonly string[]): { leaf?: Cert; key?: DecodedKey; keyMatched: boolean } {
  const matching = (c: Cert): DecodedKey | undefined => pool.keys.find((k) => publicOf(k).equals(c.publicKey));
  const ees = pool.certs.filter((c) => !c.ca);
  const matched = ees.filter((c) => matching(c));
  if (matched.length > 0) {
    const current = matched.filter((c) => !supersededBy(c, matched));
    const byDomain = pairByDomain(current, matching, domains, pool, input.bundle, f);
    if (byDomain) return { leaf: byDomain, key: matching(byDomain), keyMatched: true };
    twoPairs(current, matching, input.bundle, f.lang, undefined, input.domainOffered);
    // One key for them all (certbot --reuse-key), or certbot's numbered generations, each with its key.
    const leaf = tieBreak(current, (top) => oneSubject(top) || generations(top, matching)) ?? ambiguous(current, 'matched', input, f.lang);
    return { leaf, key: matching(leaf), keyMatched: true };
  }
  // A key that matches nothing, next to a certificate block that did not parse: that block was the leaf.
  if (pool.keys.length > 0 && pool.faults.length > 0) return { keyMatched: false };
  // An end-entity certificate that signed another one is that one's issuer, however wrongly made (CA:FALSE, a
  // version 1 CA without extensions): the chain says so (chain-not-ca), it is not a second leaf to choose from.
  const signers = ees.filter((c) => ees.some((o) => o !== c && namesIssuer(o, c) && linkFault(o, c) === undefined));
  const leaves = signers.length < ees.length ? ees.filter((c) => !signers.includes(c)) : ees;
  // Two leaves for the same names and nothing to choose by (no key, or one that matches neither): only generations.
  if (leaves.length > 0) return { leaf: tieBreak(leaves, (top) => generations(top)) ?? ambiguous(leaves, pool.keys.length > 0 ? 'unmatched' : 'no-key', input, f.lang), keyMatched: false };
  // A CA certificate is the leaf only when the key says so (a self-signed CA:TRUE certificate made by hand), or when
  // it is the only certificate and self-signed (OpenSSL 3's `req -x509` marks it CA:TRUE): no chain is just that.
  const ca = pool.certs.find((c) => matching(c));
  if (ca) return { leaf: ca, key: matching(ca), keyMatched: true };
  // A root made to issue (keyCertSign, no subjectAltName: `scm validate ca.pem`) is no such certificate: it is said
  // to be a CA certificate, not judged as a leaf (key-empty, chain-too-short, domain-invalid, cert-is-ca on it).
  const only = pool.certs.length === 1 && pool.faults.length === 0 ? pool.certs[0] : undefined;
  return only?.selfSigned && !issuingRoot(only) ? { leaf: only, keyMatched: false } : { keyMatched: false };
}

/** The key for a leaf no key matched: the only one, or the one named like the leaf's file, or a private key's name. */
export function fallbackKey(pool: Pool, leaf: Cert | undefined): DecodedKey | undefined {
  if (pool.keys.length <= 1 || !leaf) return pool.keys[0];
  return pool.keys.find((k) => stem(k.source) === stem(leaf.source)) ?? pool.keys.find((k) => /priv/i.test(sourceName(k.source))) ?? pool.keys[0];
}
