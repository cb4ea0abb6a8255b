// A bundle read by content, whatever the file names (a folder, files given together, a PKCS#12 file): the
// private key is the key, the certificate that matches it (else the one end-entity certificate) is the leaf, CA
// certificates are chain candidates. certbot's names only break ties; a file's name never hides it. A slot given
// too (--cert/--key/--chain) overrides that role. Reading the files into a pool: pool.ts; choosing the leaf and
// its key: leaf-choice.ts; here what the pool lacks or leaves out is said.
import type { Lang, Message } from '../i18n.js';
import { archiveOf, CM, containerError } from './container.js';
import { reportFault } from './cert-faults.js';
import { UNREADABLE_KEY, type DecodedKey } from './decode-key.js';
import { Findings } from './findings.js';
import { named, type Gathered } from './inputs.js';
import { chooseLeaf, fallbackKey } from './leaf-choice.js';
import { CSR } from './not-sent.js';
import { publicOf } from './public-key.js';
import { M } from './messages.js';
import { sourceName, type Cert } from './model.js';
import { sayWrongFile, wrongFileOf } from './lone-file.js';
import { describeLabel } from './block-labels.js';
import { keystoreError, openPfx } from './pfx.js';
import { subfolderAdvice } from './subfolders.js';
import { isTruststore, truststore } from './truststore.js';
import { encryptionPair, type EncPair } from './sm2-pair.js';
import { applySlots, isContainer, isCut, isKeystore, isLocked, passwordBeside, readFile, type Overrides, type Pool, type SetAside } from './pool.js';
import { keystoreParams } from './jks.js';
import { scanInput } from './scan.js';
import { toText } from './pem.js';
import type { BundleInput, RawInput } from './types.js';
import { shellWord } from '../shell-word.js';

/**
 * A file whose bytes another file of the bundle holds whole is read there: identical files (Tencent Cloud's
 * x_bundle.crt and x_bundle.pem), and certbot's cert.pem and chain.pem inside fullchain.pem. Each is parsed once.
 */
function repeated(raw: RawInput, i: number, all: RawInput[]): boolean {
  const size = raw.data.length;
  // An archive that stores the file uncompressed (a .zip beside what was unpacked from it) is never read: not there.
  return all.some((other, j) => j !== i && (other.data.length > size ? other.data.includes(raw.data) && !archiveOf(other.data) : other.data.length === size && j < i && other.data.equals(raw.data)));
}

/** `domains` (--domain): what may choose among several certificate+key pairs (pair-by-domain.ts). */
export async function gatherBundle(input: BundleInput, f: Findings, domains?: readonly string[]): Promise<Gathered> {
  const given = [...(input.files ?? []), ...(input.pfx ? [input.pfx] : [])].map((r) => named(r, f));
  const seen = new Map<string, Cert>();
  const pool: Pool = { certs: [], faults: [], keys: [], keyProblems: new Findings(f.lang) };
  for (const [i, raw] of given.entries()) {
    if (repeated(raw, i, given)) continue;
    const scan = scanInput(raw, seen);
    if (input.pfx && raw.data === input.pfx.data && scan.form !== 'pkcs12') await openPfx(raw.data, raw.source, input.pfxPassword, f.lang, input.pfxPasswordFrom, passwordBeside(input, scan.form === 'keystore' ? 'keystore' : 'pkcs12'));
    await readFile(scan, input, pool, seen, f);
  }
  // A base64 .p7b whose certificates are all in the bundle decoded too (its fix followed, the original kept) is no fault.
  pool.faults = pool.faults.filter(({ slot }) => slot.fault !== 'bare-p7' || !slot.held!.every((h) => seen.has(h)));
  const encPair = input.cert || input.key ? undefined : setEncPairAside(pool, f);
  const forced = applySlots(input, pool, seen, f);
  const gathered = resolve(pool, input, listedNames(given, f), forced, f, domains);
  return encPair && gathered.leafIndex !== undefined ? { ...gathered, encPair } : gathered;
}

/**
 * The files' names as the findings list them ("no private key among a.crt, a.key"): an empty one among others is
 * said to be empty (a download that came out empty is there, and is the cause). A lone file says so itself.
 */
function listedNames(given: RawInput[], f: Findings): string[] {
  const names = given.map((r) => sourceName(r.source));
  return given.length > 1 ? names.map((name, i) => (toText(given[i]!.data).trim() === '' ? f.say(M.emptyMark, { name }) : name)) : names;
}

/** An SM2 encryption pair beside its signing pair (sm2-pair.ts) leaves the pool: it goes with the leaf, said so. */
function setEncPairAside(pool: Pool, f: Findings): EncPair | undefined {
  const pair = encryptionPair(pool.certs, pool.keys);
  if (!pair) return undefined;
  pool.certs = pool.certs.filter((c) => c !== pair.cert);
  // No key at all: nothing to send with it, and the missing key is said for the leaf (key-empty).
  if (!pair.key) return undefined;
  pool.keys = pool.keys.filter((k) => k !== pair.key);
  const [cert, key] = [sourceName(pair.cert.source), sourceName(pair.key.source)];
  f.add('sm2-encryption-pair', cert === key ? M.sm2EncPairOneFile : M.sm2EncPair, { cert, key, name: pair.cert.name });
  return { cert: pair.cert, key: pair.key };
}

/** Nothing at the top but a CSR or a note, and folders below: no bundle was read, so no verdict either (exit 2). */
function inSubfolders(input: BundleInput, looked: string[], lang: Lang): never {
  throw subfolderAdvice(input.bundle ?? '', input.subfolders!, lang, looked);
}

const leftOut = (a: SetAside): Message => (isContainer(a) ? CM.containerLeftOut : isKeystore(a) ? M.keystoreLeftOut : isCut(a) ? M.pfxLeftOutTruncated : a.locked === 'no-password' ? M.pfxLeftOutNoPassword : M.pfxLeftOutWrongPassword);
const leftOutParams = (a: SetAside): Record<string, string | number> => (isKeystore(a) ? keystoreParams(a.source, a.keystore) : isCut(a) ? { source: a.source, expected: a.cut.expected, size: a.cut.size } : { source: a.source });

function resolve(pool: Pool, input: BundleInput, looked: string[], forced: Overrides, f: Findings, domains?: readonly string[]): Gathered {
  if (isTruststore(pool, input, forced)) return truststore(pool, looked, f);
  const chosen = forced.forcedLeaf ? { leaf: forced.leaf, keyMatched: false } : chooseLeaf(pool, input, f, domains);
  const leaf = chosen.leaf;
  const matching = leaf && pool.keys.find((k) => publicOf(k).equals(leaf.publicKey));
  const keyMatched = chosen.keyMatched || matching !== undefined;
  // No key read matches the leaf, and a key could not be read (encrypted, cut short): that one, maybe the right
  // key, is the cause, never a mismatch with a stale key or the CA's key beside it.
  const unreadable = leaf !== undefined && !keyMatched && pool.keyProblems.has(UNREADABLE_KEY);
  const key = unreadable ? undefined : (chosen.key ?? matching ?? fallbackKey(pool, leaf));
  const listed = looked.join(f.say(M.listSeparator));
  const single = looked.length === 1 ? looked[0] : undefined;

  // A file set aside (pool.ts) is left out, with an info finding, when the others hold the leaf and the key. When
  // they do not, it is the cause, and an input scm cannot read is exit 2: a PKCS#12 that only its password kept
  // shut is the input error --pfx gives (with the password hint), a Java keystore too (with the keytool command).
  const aside = pool.setAside ?? [];
  const wanting = (!leaf && !forced.forcedLeaf) || (!key && !forced.keyGiven);
  // Nothing at the top but a CSR, a note or an archive, and folders below: the folders are the bundles (an archive
  // beside them was unpacked into them: Tencent Cloud's Apache/ IIS/ Nginx/ Tomcat/, or `unzip -d NAME`).
  const nothing = !leaf && !key && !forced.forcedLeaf && !forced.keyGiven && pool.faults.length === 0;
  if (nothing && input.subfolders?.length && aside.every((a) => isContainer(a) && a.container.kind === 'archive')) inSubfolders(input, looked, f.lang);
  const locked = aside.find(isLocked);
  if (wanting && locked) throw locked.error;
  // A .pfx cut off in transfer: the file the bundle needed may be that one.
  const cut = aside.find(isCut);
  if (wanting && cut) throw cut.cut.error;
  const keystore = aside.find(isKeystore);
  if (wanting && keystore) throw keystoreError(keystore.source, keystore.keystore, f.lang, passwordBeside(input, 'keystore'), keystore.truststore);
  const container = aside.find(isContainer);
  if (wanting && container) throw containerError(container.source, container.container, f.lang);

  const leafFault = !leaf && !forced.forcedLeaf;
  let csrSaid = false;
  // A lone file holding only what is never sent (a CSR, a public key), or nothing of a bundle: the wrong file, said once.
  const notSent = pool.notSent ?? [];
  const wrongFile = wrongFileOf(pool, looked, forced, f);
  pool.faults.forEach(({ slot, source }, i) => reportFault(slot, source, leafFault && i === 0, f));
  if (pool.faults.length > (leafFault ? 1 : 0)) f.lack('chain');
  if (!leaf) {
    f.lack('leaf');
    const csrs = notSent.filter((n) => n.labels.includes(CSR)).map((n) => sourceName(n.source));
    const cas = pool.certs.filter((c) => c.ca);
    if (!forced.forcedLeaf && pool.faults.length === 0) {
      if (cas.length > 0) f.add('cert-missing', M.certOnlyCas, { files: listed, held: cas.map((c) => c.name).join(f.say(M.listSeparator)) });
      else if (wrongFile) sayWrongFile(wrongFile, f);
      else if (single) {
        // A .pfx holding a key alone: --pfx takes no --cert, so the fix names the way that works, with the file as given.
        const pfx = pool.pfx?.find((p) => sourceName(p.source) === single);
        f.add('cert-missing', M.pkcs12NoCert, { source: single, sourceWord: shellWord(pfx?.source ?? single) }, pfx ? M.pkcs12NoCertFix : undefined);
      }
      else if (csrs.length > 0) {
        csrSaid = true;
        f.add('cert-missing', M.certNotAmongCsr, { files: listed, csr: csrs.join(f.say(M.listSeparator)) });
      }
      else f.add('cert-missing', M.certNotAmong, { files: listed });
    }
  }
  if (!key) {
    f.lack('key');
    if (unreadable) f.absorb(pool.keyProblems);
    else if (!forced.keyGiven && !wrongFile && f.absorb(pool.keyProblems) === 0) {
      const pub = single ? [] : (pool.ssh ?? []).filter((s) => s.kind === 'ssh-public').map(({ source }) => f.say(M.keyNotPrivate, { source: sourceName(source), what: f.say(M.anSshPublicKey) }));
      if (pub.length > 0) f.add('key-empty', M.keyNotAmongWhy, { files: listed, why: pub.join(f.say(M.clauseSeparator)) });
      else f.add('key-empty', single ? M.pkcs12NoKey : M.keyNotAmong, single ? { source: single } : { files: listed });
    }
  }
  for (const a of wanting ? [] : aside) {
    if (isContainer(a) && a.container.kind === 'archive') f.add('input-ignored', CM.archiveLeftOut, { source: a.source, format: a.container.format }, CM.archiveLeftOutFix);
    else if (isCut(a)) f.add('input-ignored', leftOut(a), leftOutParams(a), M.pfxLeftOutTruncatedFix);
    else f.add('input-ignored', leftOut(a), leftOutParams(a));
  }
  // A CRL or CSR beside the bundle: passed over, said once per file (a CSR already named for want of a certificate is not).
  for (const { source, labels } of wrongFile ? [] : notSent) {
    const said = (csrSaid ? labels.filter((l) => l !== CSR) : labels).map((l) => f.say(M.aThing, { what: describeLabel(l, f) }));
    if (said.length > 0) f.add('input-not-sent', M.notSent, { source, what: said.join(f.say(M.listSeparator)) });
  }
  const others = pool.certs.filter((c) => c !== leaf);
  const fits = (k: DecodedKey): boolean => pool.certs.some((c) => publicOf(k).equals(c.publicKey));
  return {
    certs: leaf ? [leaf, ...others] : others,
    ...(leaf ? { leafIndex: 0 } : {}),
    keyMatched,
    ...(key ? { key } : {}),
    otherKeys: keyMatched ? [] : pool.keys.filter((k) => k !== key),
    unusedKeys: keyMatched ? pool.keys.filter((k) => k !== key && !fits(k)) : [],
    ordered: false,
    looked,
    ...(forced.emptyChain !== undefined ? { emptyChain: forced.emptyChain } : {}),
    ...(pool.pfx ? { pfx: pool.pfx } : {}),
    raw: {},
  };
}
