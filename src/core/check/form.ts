// What is wrong with a certificate file's form that OpenSSL, and so nginx, Apache and HAProxy, refuse, though
// `scm validate` reads it (and uploads it repaired: its finding is an info): an END line run into the next BEGIN
// line (`cat` of a file without its last newline), line breaks lost, UTF-16 text. For `scm check` the file is
// what a server loads as it stands, so it needs attention. Not a fault of form: a UTF-8 BOM and CRLF (OpenSSL 3
// reads both), DER or PKCS#12 (encodings that IIS, Java and others load as they are). Pure: the bytes come in.
import { t, type Lang, type Message } from '../i18n.js';
import { analyseChain } from '../validate/chain.js';
import { Findings } from '../validate/findings.js';
import type { Cert } from '../validate/model.js';
import { decodeText } from '../validate/pem.js';
import { scanInput } from '../validate/scan.js';
import type { RawInput } from '../validate/types.js';
import type { Problem } from './chain.js';
import { PM } from './messages.js';

/** The problem id: scm read the file, a server reading it with OpenSSL cannot. */
export const FORM_PROBLEM = 'openssl-unreadable';

/** What is wrong with the text of `file` for OpenSSL, cheaply (no certificate parsed); undefined when nothing. */
function fault(file: RawInput): Message | undefined {
  const text = decodeText(file.data);
  if (text.utf16) return PM.utf16;
  if (text.repaired) return text.joined ? PM.joined : PM.lineBreaks;
  return undefined;
}

/**
 * The problems of form of the files read, in their order. `certs` and `leafIndex`: what was read from them. A file
 * given is the target: any fault counts. In a folder (`folder`), a damaged file counts when it holds a certificate
 * of the path from the leaf (the leaf or its chain, what a server is given); one holding nothing of it (an older
 * generation, a stray CA) is not what a server loads for this certificate, as check leaves it out of the chain.
 */
export function formProblems(files: readonly RawInput[], certs: Cert[], leafIndex: number, folder: boolean, lang: Lang, now: Date): Problem[] {
  const damaged = files.map((file) => ({ file, why: fault(file) })).filter((d) => d.why !== undefined);
  if (damaged.length === 0) return [];
  const onPath = folder ? new Set(analyseChain(certs, leafIndex, false, { ordered: false, now }, new Findings(lang)).path.map((c) => c.sha256)) : undefined;
  const problems: Problem[] = [];
  for (const { file, why } of damaged) {
    const scan = scanInput(file);
    if (scan.form !== 'text') continue;
    if (onPath && !scan.certs.some((s) => s.cert !== undefined && onPath.has(s.cert.sha256))) continue;
    problems.push({ id: FORM_PROBLEM, message: t(lang, why!, { source: file.source }) });
  }
  return problems;
}
