// Gathers a bundle given as --cert/--key/--chain: certificates in the order given (a certificate input may hold
// the whole chain, and even the key), which of them is the leaf, and which inputs could not be read (so that
// the checks that need them are skipped: one cause, one finding). Bundles read by content: classify.ts.
import type { EncPair } from './sm2-pair.js';
import { publicOf } from './public-key.js';
import { chainInputs, decodeChains } from './chain-files.js';
import { decodeCerts } from './decode-certs.js';
import { isSshKeyLabel } from './block-labels.js';
import { decodeKeys, keyFromBlock, UNREADABLE_KEY, type DecodedKey } from './decode-key.js';
import { Findings } from './findings.js';
import { supersededBy, twoPairs } from './generations.js';
import { M } from './messages.js';
import { issuingRoot, type Cert } from './model.js';
import { toText, type PemBlock } from './pem.js';
import type { PfxRead } from './pfx.js';
import { scanInput, type Scanned } from './scan.js';
import { shellWord } from '../shell-word.js';
import type { BundleInput, RawInput } from './types.js';

export interface Gathered {
  /** Upload order for --cert/--chain (certificate field first, then the chain); as found for a bundle. */
  certs: Cert[];
  /** Where the leaf is in `certs`; undefined when it is missing or did not parse. */
  leafIndex?: number;
  /** The leaf was told apart by the private key it matches. */
  keyMatched: boolean;
  key?: DecodedKey;
  /** Other private keys of a bundle, when no key matched (for the key-mismatch message). */
  otherKeys: DecodedKey[];
  /** Private keys of a bundle that match no certificate, not used because another key matched. */
  unusedKeys: DecodedKey[];
  /** False for a bundle read by content (folder, files given together, PKCS#12): scm sends the path it finds. */
  ordered: boolean;
  /** A --chain file that was empty. */
  emptyChain?: string;
  /** For a bundle: the names of the files read. */
  looked?: string[];
  /**
   * The chain came in more than one piece: --chain given more than once (`chain`: the files, `files`: how many),
   * or --cert holding more certificates beside it (`source`, `count`). It is built from all of them, by content.
   */
  chainMerged?: { source?: string; count?: number; chain: string; files: number };
  /** Certificates given in order that came from a PKCS#7 set: sent only when on the path (chain.ts). */
  loose?: Cert[];
  /** The encryption pair beside an SM2 signing pair of a bundle read by content (sm2-pair.ts): sent with the leaf. */
  encPair?: EncPair;
  /** PKCS#12 files of a bundle, for the note on what of them is sent. */
  pfx?: PfxRead[];
  /** Lengths of the raw input strings, for `measureInput`. */
  raw: { certificate?: number; certificate_chain?: number; private_key?: number };
}

/** Messages say "standard input" where the io layer says '-'. */
export const named = (raw: RawInput, f: Findings): RawInput => (raw.source === '-' ? { ...raw, source: f.say(M.standardInput) } : raw);


/**
 * Which certificate given in order is the leaf: the one matching the key. A later certificate counts only when
 * it is not a CA (a key that matches the intermediate is a mismatch, not a misordered chain). Otherwise, a CA
 * first and an end-entity later means a reversed chain: the end-entity is the leaf, whatever the key says.
 */
function pickLeaf(certs: Cert[], key: DecodedKey | undefined): { index: number; keyMatched: boolean } {
  if (key) {
    const pub = publicOf(key);
    const idx = certs.findIndex((c) => pub.equals(c.publicKey));
    if (idx === 0 || (idx > 0 && (!certs[idx]!.ca || certs[0]!.ca))) return { index: idx, keyMatched: true };
  }
  const endEntity = certs[0]!.ca ? certs.findIndex((c) => !c.ca) : -1;
  return { index: endEntity > 0 ? endEntity : 0, keyMatched: false };
}

/**
 * --cert holds CA certificates only, nothing given is an end-entity certificate, and the key (if any) matches none
 * of them: the server certificate was not given. A CA:TRUE certificate that the key matches stays the leaf, and so
 * does a lone self-signed one (OpenSSL 3's `req -x509` marks every such certificate CA:TRUE), unless it is a root
 * made to issue (model.ts issuingRoot): no chain file holds just that.
 */
function onlyCas(all: Cert[], given: Cert[], key: DecodedKey | undefined): boolean {
  if (!given.every((c) => c.ca) || !all.every((c) => c.ca)) return false;
  if (all.length === 1 && all[0]!.selfSigned && !issuingRoot(all[0]!)) return false;
  return !key || !all.some((c) => publicOf(key).equals(c.publicKey));
}

/**
 * --cert (and --chain) holding two certificates each with its own key, the keys in --cert or in --key: two pairs,
 * as in a folder (generations.ts), never the first one plus a second leaf sent to the CA for an intermediate.
 * Further key blocks of --cert are read here only, quietly (the first one is the key, as before).
 */
function pairsGiven(certs: Cert[], chain: Cert[], keys: DecodedKey[], moreBlocks: PemBlock[], source: string, f: Findings): void {
  const quiet = new Findings(f.lang);
  const all = [...keys, ...moreBlocks.map((b) => keyFromBlock(b, source, quiet)).filter((k): k is DecodedKey => k !== undefined)];
  if (all.length < 2) return;
  const matching = (c: Cert): DecodedKey | undefined => all.find((k) => publicOf(k).equals(c.publicKey));
  const matched = [...new Set([...certs, ...chain])].filter((c) => !c.ca && matching(c));
  twoPairs(matched.filter((c) => !supersededBy(c, matched)), matching, source, f.lang, M.ambiguousPairsHintGiven);
}

/** --cert holds private keys and no certificate, --key certificates and no key (PEM): the two were given swapped. */
const swapped = (cert: Scanned | undefined, key: Scanned | undefined): boolean =>
  cert !== undefined && key !== undefined && cert.certs.length === 0 && cert.keyBlocks.length > 0 && key.keyBlocks.length === 0 && key.certs.some((c) => c.cert !== undefined);

export function gatherSlots(input: BundleInput, f: Findings): Gathered {
  const certInput = input.cert && named(input.cert, f);
  const certScan = certInput ? scanInput(certInput) : undefined;
  const keyScan = input.key ? scanInput(named(input.key, f)) : undefined;
  // One cause, one finding: not "no certificate in the key file" and "no key in the certificate file".
  if (swapped(certScan, keyScan)) {
    const [c, k] = [certScan!.source, keyScan!.source];
    f.add('cert-unparsable', M.slotsSwapped, { cert: c, key: k, certWord: shellWord(input.key!.source), keyWord: shellWord(input.cert!.source) }, M.slotsSwappedFix);
    f.lack('leaf');
    f.lack('key');
  }
  const both = swapped(certScan, keyScan);
  const cert = certScan && !both ? decodeCerts(certScan, 'cert', f) : undefined;
  if (!certScan) f.add('cert-missing', M.certNotGiven);
  const chain = decodeChains(chainInputs(input).map((raw) => named(raw, f)), f);
  if (!cert || cert.leafFailed) f.lack('leaf');
  if (cert?.chainFailed || chain?.chainFailed) f.lack('chain');

  let key: DecodedKey | undefined;
  let keys: DecodedKey[] = [];
  const unread = new Findings(f.lang);
  if (both) key = undefined;
  else if (keyScan) [key, ...keys] = decodeKeys(keyScan, f, unread, input.pfxPassword);
  // An SSH key as --cert is no TLS key given: cert-unparsable names it already, so not a second finding on it.
  else if (cert?.keyBlocks[0] && !(cert.certs.length === 0 && isSshKeyLabel(cert.keyBlocks[0].label))) key = keyFromBlock(cert.keyBlocks[0], certInput!.source, f, input.pfxPassword);
  else f.add('key-empty', M.keyNotGiven);
  if (!key) f.lack('key');
  pairsGiven(cert?.certs ?? [], chain?.certs ?? [], key ? [key, ...keys] : [], input.key ? [] : (cert?.keyBlocks.slice(1) ?? []), certInput?.source ?? '', f);

  const leaf = cert && !cert.leafFailed ? cert.certs[0] : undefined;
  let rest = cert ? (leaf ? cert.certs.slice(1) : cert.certs) : [];
  const out: Gathered = { certs: [], keyMatched: false, otherKeys: [], unusedKeys: [], ordered: true, raw: {} };
  if (chain && !chain.empty) {
    // cert-manager mounts tls.crt (leaf + intermediate) beside ca.crt (the root): dropping tls.crt's intermediate
    // would ask for a certificate that was given. Both make the chain, read by content as a folder is: the path
    // from the leaf, each certificate once, in issuer order (the upload sends the same payload). So do several
    // --chain files (DigiCertCA.crt and TrustedRoot.crt).
    const merged = { chain: chain.sources.join(f.say(M.listSeparator)), files: chain.sources.length };
    if (leaf && rest.length > 0) out.chainMerged = { source: certInput!.source, count: cert!.certs.length, ...merged };
    else if (merged.files > 1) out.chainMerged = merged;
    out.ordered = out.chainMerged === undefined;
    rest = [...rest, ...chain.certs];
  }
  if (chain?.emptySource !== undefined) out.emptyChain = chain.emptySource;
  out.certs = leaf ? [leaf, ...rest] : rest;
  // A --key file with several keys: the one that matches a certificate given (the leaf first), as in a bundle.
  if (key && keys.length > 0) {
    const all = [key, ...keys];
    const fits = (k: DecodedKey, c: Cert): boolean => publicOf(k).equals(c.publicKey);
    const chosen = all.find((k) => leaf && fits(k, leaf)) ?? all.find((k) => out.certs.some((c) => !c.ca && fits(k, c))) ?? key;
    const others = all.filter((k) => k !== chosen);
    key = chosen;
    // A key that fits another certificate given (the intermediate's, `cat privkey.pem ca.key`) is no stray, as in
    // a bundle folder (classify.ts): only a key that fits none is said to be unused.
    if (out.certs.some((c) => fits(chosen, c))) out.unusedKeys = others.filter((k) => !out.certs.some((c) => fits(k, c)));
    else out.otherKeys = others;
  }
  if (leaf && onlyCas(out.certs, cert!.certs, key)) {
    // certbot's chain.pem given as --cert: one cause, said once; no check runs on the CA as if it were the leaf.
    f.add('cert-missing', M.certOnlyCasGiven, { source: certInput!.source, held: cert!.certs.map((c) => c.name).join(f.say(M.listSeparator)) });
    f.lack('leaf');
  } else if (leaf) {
    const { index, keyMatched } = pickLeaf(out.certs, key);
    out.leafIndex = index;
    out.keyMatched = keyMatched;
    // No key read matches the leaf, and another key in --key could not be read: that one is the cause.
    if (!keyMatched && unread.has(UNREADABLE_KEY)) {
      f.absorb(unread);
      f.lack('key');
      key = undefined;
      out.otherKeys = [];
      out.unusedKeys = [];
    }
  }
  if (key) out.key = key;
  const loose = [...(cert?.loose ?? []), ...(chain?.loose ?? [])];
  if (loose.length > 0) out.loose = loose;
  const len = (data: Buffer | undefined): number | undefined => (data === undefined ? undefined : toText(data).length);
  const chainLength = chainInputs(input).reduce<number | undefined>((sum, raw) => (sum ?? 0) + len(raw.data)!, undefined);
  out.raw = { certificate: len(input.cert?.data), certificate_chain: chainLength, private_key: len(input.key?.data) };
  return out;
}
