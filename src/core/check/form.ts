// What OpenSSL, and so nginx, Apache and HAProxy, refuse in a certificate file that `scm validate` reads (and
// uploads repaired: its finding is an info): an END line run into the next BEGIN line (`cat` of a file without its
// last newline), line breaks lost, UTF-16 text, armor lines indented or with text beside them on their line, lone-CR
// line ends, a blank line inside a block, a BOM OpenSSL does not strip (validate's pem-layout.ts); and a certificate block after the leaf that
// cannot be read (bad base64, no END line: a file cut short), where OpenSSL stops and a server refuses the file,
// while check would otherwise judge the certificates it did read. For `scm check` the file is what a server loads as it stands, so
// either needs attention. Not a fault of form: a UTF-8 BOM and CRLF (OpenSSL 3 reads both), DER or PKCS#12
// (encodings that IIS, Java and others load as they are); but DER certificates joined are, as OpenSSL reads only
// the first. Pure: the bytes come in.
import { t, type Lang, type Message } from '../i18n.js';
import { analyseChain } from '../validate/chain.js';
import { reportFault } from '../validate/cert-faults.js';
import { Findings } from '../validate/findings.js';
import { M as VM } from '../validate/messages.js';
import type { Cert } from '../validate/model.js';
import { isCertLabel } from '../validate/block-labels.js';
import type { LayoutFault } from '../validate/pem-layout.js';
import { scanInput, type CertSlot, type Scanned } from '../validate/scan.js';
import type { RawInput } from '../validate/types.js';
import type { Problem } from './chain.js';
import { PM } from './messages.js';

/** The problem id of a file scm read and a server reading it with OpenSSL cannot. */
export const FORM_PROBLEM = 'openssl-unreadable';
/** The problem id of a certificate block that cannot be read, validate's rule for it. */
export const BROKEN_BLOCK = 'chain-unparsable';
/** The problem id of a folder's file holding the leaf after another certificate, validate's rule for the order. */
const MISORDERED = 'chain-misordered';

const LAYOUT: Record<LayoutFault, Message> = {
  indented: PM.indented, 'begin-text': PM.beginText, 'end-text': PM.endText, cr: PM.cr, 'blank-line': PM.blankLine, 'after-blank': PM.afterBlank, bom: PM.bom,
};

/** What is wrong with the text of a file for OpenSSL (no certificate parsed); undefined when nothing. */
function fault(scan: Scanned): Message | undefined {
  if (scan.utf16) return PM.utf16;
  if (scan.repaired) return scan.joined ? PM.joined : PM.lineBreaks;
  return scan.layout && LAYOUT[scan.layout];
}

/** The certificate blocks of a text file that did not give a certificate, and a certificate's END line without its BEGIN. */
function broken(scan: Scanned): CertSlot[] {
  if (scan.form !== 'text') return [];
  const slots = scan.certs.filter((s) => s.cert === undefined);
  return scan.orphanEnds.some(isCertLabel) ? [...slots, { position: scan.certs.length + 1, label: 'CERTIFICATE', fault: 'no-begin' }] : slots;
}

/**
 * The problems of form of the files read, in their order. `certs` and `leafIndex`: what was read from them. A file
 * given is the target: any fault counts. In a folder (`folder`), a damaged file counts when it holds a certificate
 * of the path from the leaf (the leaf or its chain, what a server is given); one holding nothing of it (an older
 * generation, a stray CA) is not what a server loads for this certificate, as check leaves it out of the chain.
 */
export function formProblems(files: readonly RawInput[], certs: Cert[], leafIndex: number, folder: boolean, lang: Lang, now: Date): Problem[] {
  // Each certificate already read is known by its bytes: reading the files again parses none of them.
  const seen = new Map(certs.map((c) => [c.sha256, c]));
  // Standard input is named as validate names it.
  const scanned = files.map((given) => (given.source === '-' ? { ...given, source: t(lang, VM.standardInput) } : given)).map((file) => {
    const scan = scanInput(file, seen);
    return { file, scan, why: scan.form === 'text' ? fault(scan) : scan.derRun ? PM.derJoined : undefined, slots: broken(scan) };
  });
  // A folder is read by content, in no order, but a server's configuration still names one of its files: one
  // holding the leaf after other certificates (`cat chain.pem cert.pem > fullchain.pem`) is refused as a file given
  // is (chain.ts). A file given is judged in its order there; PKCS#7 and PKCS#12 have no order a server reads.
  const order = folder ? scanned.flatMap(({ file, scan }) => leafNotFirst(file.source, scan, certs[leafIndex]!, lang)) : [];
  const damaged = scanned.filter((d) => d.why !== undefined || d.slots.length > 0);
  if (damaged.length === 0) return order;
  const onPath = folder ? new Set(analyseChain(certs, leafIndex, false, { ordered: false, now }, new Findings(lang)).path.map((c) => c.sha256)) : undefined;
  const problems: Problem[] = [];
  for (const { file, scan, why, slots } of damaged) {
    if (onPath && !scan.certs.some((s) => s.cert !== undefined && onPath.has(s.cert.sha256))) continue;
    if (why) problems.push({ id: FORM_PROBLEM, message: t(lang, why, { source: file.source }) });
    const said = new Findings(lang);
    for (const slot of slots) reportFault(slot, file.source, false, said);
    for (const x of said.sorted()) problems.push({ id: BROKEN_BLOCK, message: t(lang, PM.brokenBlock, { message: x.message }) });
  }
  return [...order, ...problems];
}

/** A text file of a folder whose first certificate is not `leaf`, which it holds after that one: chain-misordered. */
function leafNotFirst(source: string, scan: Scanned, leaf: Cert, lang: Lang): Problem[] {
  const first = scan.certs[0]?.cert;
  const at = scan.certs.findIndex((s) => s.cert?.sha256 === leaf.sha256);
  if (scan.form !== 'text' || !first || at <= 0) return [];
  return [{ id: MISORDERED, message: t(lang, PM.leafNotFirstIn, { source, leaf: leaf.name, position: scan.certs[at]!.position, first: first.name }) }];
}
