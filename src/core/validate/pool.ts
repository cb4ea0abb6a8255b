// The pool of a bundle read by content: every certificate and private key its files hold, each file read once
// and each certificate parsed once (identical ones share one Cert), with what could not be read kept aside
// until the roles are known (classify.ts and leaf-choice.ts decide which is the leaf, the chain, the key). What
// the pool holds: pool-held.ts.
import { chainInputs, decodeChains } from './chain-files.js';
import { decodeCerts, reportConversions, sayLayout } from './decode-certs.js';
import { decodeKeys, keyFromBlock, keyFromDer, keyFrom, type DecodedKey } from './decode-key.js';
import { sayDerMixedRead } from './der-mixed.js';
import { Findings } from './findings.js';
import { named } from './inputs.js';
import { notSentIn } from './not-sent.js';
import { importPrivateKey } from './key-import.js';
import { M } from './messages.js';
import { certFromDer, type Cert } from './model.js';
import { isCertLabel, isKeyLabel, isSshKeyLabel } from './block-labels.js';
import { armor } from './pem.js';
import { openLegoPfx } from './lego-pfx.js';
import { openPfx, truncatedPfx, unlockPfx } from './pfx.js';
import { passwordFileAmong, type PasswordFor } from './pfx-password-files.js';
import { scanInput, type Scanned } from './scan.js';
import type { BundleInput } from './types.js';
import { addKey, type Pool } from './pool-held.js';

export { isContainer, isCut, isKeystore, isLocked, type Cut, type Pool, type SetAside } from './pool-held.js';

/** The password file a CA ships beside the .pfx (or .jks: `kind`): found by io beside --pfx, or among the bundle's files. */
export const passwordBeside = (input: BundleInput, kind: PasswordFor = 'pkcs12'): string | undefined =>
  passwordFileAmong(input.pfxPasswordBeside ?? (input.files ?? []).map((raw) => raw.source), kind);

async function readPfx(scan: Scanned, input: BundleInput, pool: Pool, seen: Map<string, Cert>, f: Findings): Promise<void> {
  // --pfx names the bundle itself, so it must open; a .pfx among other files (lego's, beside its PEM files) may not.
  const explicit = input.pfx !== undefined && scan.der === input.pfx.data;
  // In a bundle folder, a .pfx cut off in transfer beside the PEM files is as dispensable as a locked one;
  // given with --pfx or as an argument, it was meant to be read: the exit-2 error stands.
  const cut = truncatedPfx(scan, f.lang);
  if (cut && (explicit || input.bundle === undefined)) throw cut;
  if (cut) {
    (pool.setAside ??= []).push({ source: scan.source, cut: { expected: scan.expected!, size: scan.size, error: cut } });
    return;
  }
  const open = explicit ? openPfx : unlockPfx;
  const lego = await openLegoPfx(scan.der!, scan.source, input, f.lang);
  const unpacked = lego ?? await open(scan.der!, scan.source, input.pfxPassword, f.lang, input.pfxPasswordFrom, passwordBeside(input));
  if ('locked' in unpacked) {
    (pool.setAside ??= []).push({ source: scan.source, ...unpacked });
    return;
  }
  // Each certificate once: `openssl pkcs12 -export -in leaf.pem -certfile fullchain.pem` holds the leaf twice,
  // and identical ones share one Cert (`seen`), sent once; the note counts what is sent.
  const certs: Cert[] = [];
  let faults = 0;
  unpacked.certs.forEach((der, i) => {
    try {
      const cert = certFromDer(der, scan.source, i + 1, seen);
      if (!certs.includes(cert)) certs.push(cert);
      if (!pool.certs.includes(cert)) pool.certs.push(cert);
    } catch {
      faults++;
      pool.faults.push({ slot: { position: i + 1, label: 'CERTIFICATE', fault: 'x509' }, source: scan.source });
    }
  });
  let keys = 0;
  for (const der of unpacked.keys) {
    try {
      addKey(pool, keyFrom(importPrivateKey(der, 'pkcs8'), armor('PRIVATE KEY', der), scan.source));
      keys++;
    } catch {
      pool.keyProblems.add('key-unparsable', M.pkcs12BadKey, { source: scan.source });
    }
  }
  const params = { source: scan.source, count: certs.length + faults, key: keys > 0 ? 1 : 0 };
  f.add('input-converted', M.pkcs12Converted, params);
  (pool.pfx ??= []).push({ source: scan.source, certs, key: keys > 0, said: f.say(M.pkcs12Converted, params), ...(explicit ? { option: true } : {}) });
  if (lego) f.add('input-converted', M.pfxLegoPassword, { source: scan.source }, M.pfxLegoPasswordFix);
}

/** Everything usable in one file, into the pool. */
export async function readFile(scan: Scanned, input: BundleInput, pool: Pool, seen: Map<string, Cert>, f: Findings): Promise<void> {
  (pool.forms ??= []).push(scan.form);
  if (scan.form === 'pkcs12') return readPfx(scan, input, pool, seen, f);
  if (scan.form === 'keystore') return void (pool.setAside ??= []).push({ source: scan.source, keystore: scan.keystore!, ...(scan.truststore ? { truststore: true } : {}) });
  if (scan.container) return void (pool.setAside ??= []).push({ source: scan.source, container: scan.container });
  if (scan.derMixed) return readDerMixed(scan, pool, f);
  reportConversions(scan, f);
  const notSent = notSentIn(scan);
  if (notSent.length > 0) (pool.notSent ??= []).push({ source: scan.source, labels: notSent });
  for (const s of scan.certs) {
    if (s.cert && !pool.certs.includes(s.cert)) pool.certs.push(s.cert);
    else if (!s.cert) pool.faults.push({ slot: s, source: scan.source });
  }
  if (scan.form === 'truncated') pool.faults.push({ slot: { position: 1, label: 'CERTIFICATE', fault: 'truncated', expected: scan.expected ?? 0, size: scan.size }, source: scan.source });
  if (scan.bareCert) pool.faults.push({ slot: { position: 1, label: 'CERTIFICATE', fault: 'bare' }, source: scan.source });
  if (scan.bareNested) pool.faults.push({ slot: { position: 1, label: 'CERTIFICATE', fault: 'bare-nested' }, source: scan.source });
  if (scan.bareP7 > 0) pool.faults.push({ slot: { position: 1, label: 'PKCS7', fault: 'bare-p7', count: scan.bareP7, held: scan.bareP7Held ?? [] }, source: scan.source });
  // A key's body without its armor lines (GoDaddy's key copied from the page): said as --key says it, when no key is found.
  if (scan.bareDer && keyFromDer(scan.bareDer, scan.source, new Findings(f.lang)) !== undefined) pool.keyProblems.add('key-armor-missing', M.keyBareBase64, { source: scan.source });
  if (scan.form === 'der' && scan.certs.length === 0) {
    const key = keyFromDer(scan.der!, scan.source, pool.keyProblems, input.pfxPassword);
    if (key && key !== 'encrypted') {
      f.add('input-converted', M.keyDerConverted, { source: scan.source });
      addKey(pool, key);
    }
  }
  let keyRead = false;
  for (const block of scan.keyBlocks) {
    const key = keyFromBlock(block, scan.source, pool.keyProblems, input.pfxPassword);
    if (key) addKey(pool, key);
    keyRead ||= key !== undefined;
  }
  if (keyRead || scan.certs.length > 0) sayLayout(scan, f);
  // An END line without its BEGIN line: a block whose first line was lost. A certificate's is a certificate that
  // cannot be read (maybe the leaf: the one that matches the key); a key's is a key problem, said when no key is found.
  const ends = scan.orphanEnds;
  if (ends.some(isCertLabel)) pool.faults.push({ slot: { position: scan.certs.length + 1, label: 'CERTIFICATE', fault: 'no-begin' }, source: scan.source });
  if (ends.some(isKeyLabel)) pool.keyProblems.add('key-armor-missing', M.keyOrphanEnd, { source: scan.source });
  // SSH keys as text (ssh-text.ts): a .ppk is said as --key FILE.ppk says it, when no key is found (as an OpenSSH
  // private key is); an SSH public key line is named in "no private key among ..." (an OpenSSH key's .pub says nothing beside it).
  if (scan.ssh === 'putty') pool.keyProblems.add('key-unparsable', M.keyPutty, { source: scan.source });
  const ssh = scan.ssh ?? scan.keyBlocks.map((b) => b.label).filter(isSshKeyLabel).map((l) => (l.startsWith('SSH2') ? 'SSH2' : 'OpenSSH'))[0];
  if (ssh) (pool.ssh ??= []).push({ source: scan.source, kind: ssh });
}

/** DER certificates and keys joined (der-mixed.ts): each piece read as a file of its own would be. */
function readDerMixed(scan: Scanned, pool: Pool, f: Findings): void {
  for (const p of scan.derMixed!) {
    if (p.kind === 'cert' && !pool.certs.includes(p.cert)) pool.certs.push(p.cert);
    const key = p.kind === 'key' ? keyFromDer(p.der, scan.source, pool.keyProblems) : undefined;
    if (key !== 'encrypted') addKey(pool, key);
  }
  sayDerMixedRead(scan, f);
}

/** What --cert/--key/--chain decided for a bundle read by content. */
export interface Overrides {
  /** --cert was given: the leaf is its first certificate (`leaf`), or it could not be read (undefined). */
  forcedLeaf: boolean;
  leaf?: Cert;
  /** --key was given (what it held, if anything, is the only key). */
  keyGiven: boolean;
  /** A --chain file that was empty. */
  emptyChain?: string;
}

/** --cert/--key/--chain given with a folder or files: each replaces what the files would give for its role. */
export function applySlots(input: BundleInput, pool: Pool, seen: Map<string, Cert>, f: Findings): Overrides {
  const out: Overrides = { keyGiven: false, forcedLeaf: false };
  if (input.cert) {
    const certInput = named(input.cert, f);
    const d = decodeCerts(scanInput(certInput, seen), 'cert', f);
    pool.certs = pool.certs.filter((c) => c.ca);
    out.forcedLeaf = true;
    if (!d.leafFailed && !d.empty) out.leaf = d.certs[0];
    for (const c of out.leaf ? d.certs.slice(1) : d.certs) if (!pool.certs.includes(c)) pool.certs.push(c);
    if (d.chainFailed) f.lack('chain');
    if (!input.key) for (const b of d.keyBlocks) addKey(pool, keyFromBlock(b, certInput.source, pool.keyProblems, input.pfxPassword));
  }
  const d = decodeChains(chainInputs(input).map((raw) => named(raw, f)), f, seen);
  if (d) {
    pool.certs = [...pool.certs.filter((c) => !c.ca || c === out.leaf), ...d.certs.filter((c) => c !== out.leaf)];
    if (d.chainFailed) f.lack('chain');
    if (d.emptySource !== undefined) out.emptyChain = d.emptySource;
  }
  if (input.key) {
    pool.keys = [];
    pool.keyProblems = new Findings(f.lang);
    out.keyGiven = true;
    for (const k of decodeKeys(scanInput(named(input.key, f), seen), f, pool.keyProblems, input.pfxPassword)) addKey(pool, k);
  }
  return out;
}

