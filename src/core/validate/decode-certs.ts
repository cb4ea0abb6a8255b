// The --cert and --chain inputs as scanned (scan.ts): their certificates in the order given, and each problem
// reported once, with the rule of the input it belongs to: the first certificate of --cert is the leaf
// (SCM.0053/0054/0031), anything else belongs to the chain (SCM.0013).
import type { Message } from '../i18n.js';
import { InputError } from '../../errors.js';
import type { Findings } from './findings.js';
import { sayDerMixedSlot } from './der-mixed.js';
import { M } from './messages.js';
import { SSH_WHAT } from './ssh-text.js';
import { shellWord } from '../shell-word.js';
import type { Cert } from './model.js';
import { bareNestedFinding, containerError } from './container.js';
import { bareP7, reportFault } from './cert-faults.js';
import { describeLabel, isSshKeyLabel } from './block-labels.js';
import type { PemBlock } from './pem.js';
import type { LayoutFault } from './pem-layout.js';
import { keystoreParams } from './jks.js';
import type { CertFault, CertSlot, Scanned } from './scan.js';
import { CSR, derNotSent } from './not-sent.js';
import { truncatedPfx } from './pfx.js';

export type Role = 'cert' | 'chain';

export interface DecodedCerts {
  certs: Cert[];
  /** Private key blocks found in a certificate file (a combined PEM); used when no key is given. */
  keyBlocks: PemBlock[];
  /** The leaf (first certificate of --cert) was there but did not decode. */
  leafFailed: boolean;
  /** A chain certificate (a later one of --cert, or any of --chain) was there but did not decode. */
  chainFailed: boolean;
  /** The input held nothing at all. */
  empty: boolean;
  /** Certificates of a PKCS#7 set (no order of its own): only those on the path are sent. */
  loose: Cert[];
}

/** The info findings every reading of an input shares: how its bytes were converted. */
export function reportConversions(scan: Scanned, f: Findings): void {
  if (scan.utf16) f.add('input-converted', M.utf16, { source: scan.source });
  sayRepaired(scan, f);
  // One file written with -trustout is one finding, however many of its blocks are so; "the certificate in" only
  // when it is the file's one certificate.
  const trusted = scan.trusted;
  if (trusted.length > 1) f.add('input-converted', M.trustedCerts, { where: f.say(M.certsListIn, { list: trusted.map((s) => s.position).join(f.say(M.listSeparator)), source: scan.source }) });
  else if (trusted.length === 1) f.add('input-converted', M.trustedCert, { where: f.say(scan.certs.length === 1 ? M.theCertIn : M.certNIn, { source: scan.source, position: trusted[0]!.position }) });
  if (scan.derRun) f.add('input-converted', M.derJoined, { source: scan.source, count: scan.certs.length }, M.derJoinedFix);
  else if (scan.form === 'der' && scan.certs.length > 0 && scan.certs[0]!.label === 'CERTIFICATE') f.add('input-converted', M.derConverted, { source: scan.source });
}

/** Line breaks put back: lost on the way through a web form or JSON, or one missing where files were joined with cat;
 *  a layout OpenSSL refuses as it stands (indented armor, a blank line inside a block). */
export function sayRepaired(scan: Scanned, f: Findings): void {
  if (scan.trailing) f.add('input-repaired', M.derTrailing, { source: scan.source, count: scan.trailing }, M.derTrailingFix);
  if (scan.repaired) f.add('input-repaired', scan.joined ? M.joined : M.repaired, { source: scan.source }, scan.joined ? M.joinedFix : undefined);
}

/**
 * A layout OpenSSL refuses as it stands (pem-layout.ts): scm reads it and sends it rewritten, so the upload is
 * unaffected; a server given the file as it is is not. Said by the readers of a file that gave a certificate or a
 * key, never beside a certificate block that could not be read (that block's error is the finding).
 */
export function sayLayout(scan: Scanned, f: Findings): void {
  if (scan.layout && scan.certs.every((s) => s.cert !== undefined)) f.add('input-repaired', LAYOUT[scan.layout][0], { source: scan.source }, LAYOUT[scan.layout][1]);
}

/** Each layout fault: what it is, and what a server reading the file needs. */
const LAYOUT: Record<LayoutFault, [Message, Message]> = {
  indented: [M.layoutIndented, M.layoutIndentedFix],
  'begin-text': [M.layoutBeginText, M.layoutTextFix],
  'end-text': [M.layoutEndText, M.layoutTextFix],
  cr: [M.layoutCr, M.layoutCrFix],
  'blank-line': [M.layoutBlankLine, M.layoutBlankFix],
  'after-blank': [M.layoutAfterBlank, M.layoutBlankFix],
  bom: [M.layoutBom, M.layoutBomFix],
};

/** A PKCS#12 file given where a certificate, key or chain belongs: an input error (exit 2), whatever else. */
export function refusePkcs12(scan: Scanned, slot: Message, f: Findings): void {
  if (scan.container) throw containerError(scan.source, scan.container, f.lang);
  if (scan.form === 'pkcs12') throw truncatedPfx(scan, f.lang) ?? new InputError(f.say(M.pkcs12AsSlot, { source: scan.source, sourceWord: shellWord(scan.source), slot: f.say(slot) }), { path: scan.source });
}

/** Why an input held no usable certificate at all, with the rule of its role. */
function reportNothing(scan: Scanned, role: Role, f: Findings): void {
  const rule = role === 'cert' ? 'cert-unparsable' : 'chain-unparsable';
  const source = scan.source;
  if (scan.form === 'truncated') return f.add(rule, M.derTruncated, { source, expected: scan.expected ?? 0, size: scan.size });
  if (scan.form === 'keystore') return f.add(rule, M.keystore, keystoreParams(source, scan.keystore!));
  // A DER CSR, CRL, public key or DH parameters are named as their PEM form is (not "binary data but not an X.509 certificate").
  const label = scan.form === 'der' && scan.der ? derNotSent(scan.der) : undefined;
  if (label !== undefined) {
    const what = f.say(M.aThing, { what: describeLabel(label, f) });
    if (role === 'chain') return f.add(rule, M.chainForeignOnly, { source, what });
    return label === CSR ? f.add(rule, M.csrNotCert, { source }) : f.add(rule, M.onlyOther, { source, held: what });
  }
  if (scan.derMixed) return sayDerMixedSlot(scan, rule, f);
  if (scan.form === 'der' || scan.form === 'binary') return f.add(rule, M.derNotCert, { source });
  // An SSH key as text (a .ppk, id_rsa.pub's line): named, not "holds no PEM block".
  if (scan.ssh) {
    const what = f.say(SSH_WHAT[scan.ssh]);
    return role === 'chain' ? f.add(rule, M.chainForeignOnly, { source, what }) : f.add(rule, M.onlyOther, { source, held: what });
  }
  if (scan.orphanEnds.length > 0) return f.add(role === 'cert' ? 'cert-armor-missing' : rule, M.orphanEnd, { source });
  // Base64 of a PEM file (kubectl's jsonpath without `| base64 -d`): decoding it is the fix, not armor lines.
  if (scan.bareNested) return f.add(rule, ...bareNestedFinding(source));
  if (scan.bareP7 > 0) return bareP7(source, scan.bareP7, role === 'cert' ? 'cert-armor-missing' : rule, f);
  if (scan.bareBase64) return f.add(role === 'cert' ? 'cert-armor-missing' : rule, role === 'cert' ? M.bareBase64Cert : M.bareBase64Chain, { source });
  const held = [...scan.otherLabels, ...scan.keyBlocks.map((b) => b.label)];
  if (held.length === 0) return f.add(rule, M.noPem, { source });
  if (role === 'chain') return;
  if (scan.otherLabels.includes('CERTIFICATE REQUEST') || scan.otherLabels.includes('NEW CERTIFICATE REQUEST')) return f.add(rule, M.csrNotCert, { source });
  const what = (l: string): string => (isSshKeyLabel(l) ? f.say(SSH_WHAT[l.startsWith('SSH2') ? 'SSH2' : 'OpenSSH']) : f.say(M.aThing, { what: describeLabel(l, f) }));
  f.add(rule, M.onlyOther, { source, held: held.map(what).join(f.say(M.listSeparator)) });
}

export function decodeCerts(scan: Scanned, role: Role, f: Findings): DecodedCerts {
  refusePkcs12(scan, role === 'cert' ? M.slotCert : M.slotChain, f);
  reportConversions(scan, f);
  if (scan.certs.length > 0) sayLayout(scan, f);
  const out: DecodedCerts = { certs: [], keyBlocks: [], leafFailed: false, chainFailed: false, empty: scan.form === 'empty', loose: [] };
  if (out.empty) {
    if (role === 'cert') f.add('cert-missing', M.emptyInput, { source: scan.source });
    return out;
  }
  // A block that is no certificate (a CSR, a public or private key) is never sent: scm sends the certificates it
  // parsed, as PEM it writes. So it is a warning, the same in --cert (beside certificates) as in --chain, and the
  // chain is still judged: calling it a refusal (SCM.0013) would judge a request scm does not make.
  // A chain file with no certificate at all is the wrong file (`--chain privkey.pem`): its one finding is then
  // chain-unparsable (the chain was not read), not a warning beside "chain too short".
  // The EC PARAMETERS block `openssl ecparam -genkey` writes before its key is part of that key, not a second thing.
  // A chain file with no certificate is one wrong file, said once whatever it holds (a key and a CSR).
  const foreign = (all: string[]): void => {
    const labels = scan.keyBlocks.length > 0 ? all.filter((l) => l !== 'EC PARAMETERS') : all;
    const what = (l: string): string => f.say(M.aThing, { what: describeLabel(l, f) });
    const wrongFile = role === 'chain' && scan.certs.length === 0;
    if (wrongFile && labels.length > 0) {
      f.add('chain-unparsable', M.chainForeignOnly, { source: scan.source, what: labels.map(what).join(f.say(M.listSeparator)) });
      out.chainFailed = true;
      return;
    }
    for (const label of labels) f.add('chain-foreign-block', M.chainForeign, { source: scan.source, what: what(label) });
  };
  if (role === 'cert') {
    out.keyBlocks = scan.keyBlocks;
    if (scan.certs.length > 0) foreign(scan.otherLabels);
  } else foreign([...scan.keyBlocks.map((b) => b.label), ...scan.otherLabels]);
  for (const s of scan.certs) {
    const leaf = role === 'cert' && s.position === 1;
    if (s.cert) {
      out.certs.push(s.cert);
      if (s.label === 'PKCS7') out.loose.push(s.cert);
    } else {
      reportFault(s, scan.source, leaf, f);
      if (leaf) out.leafFailed = true;
      else out.chainFailed = true;
    }
  }
  if (scan.certs.length > 0 && scan.orphanEnds.length > 0) {
    f.add(role === 'cert' ? 'cert-armor-missing' : 'chain-unparsable', M.orphanEnd, { source: scan.source });
    if (role === 'cert' && !scan.startsWithBegin) out.leafFailed = true;
    else out.chainFailed = true;
  }
  if (scan.certs.length === 0) {
    reportNothing(scan, role, f);
    if (role === 'cert') out.leafFailed = true;
    else if (scan.keyBlocks.length + scan.otherLabels.length === 0) out.chainFailed = true;
  }
  return out;
}
