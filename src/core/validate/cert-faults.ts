// The finding for a certificate block that did not decode (no END line, bad base64, no X.509, a PKCS#7 set
// without armor ...), with the rule of the input it belongs to: the leaf's (SCM.0053/0054/0031) or the chain's
// (SCM.0013). Apart from decode-certs.ts, which imports PKCS#12 for its inputs: `scm check`'s form.ts says the
// same findings, and its pack would otherwise hold the PKCS#12 code (~26 kB) the gatherer's pack holds already.
import type { Message } from '../i18n.js';
import { shellWord } from '../shell-word.js';
import { bareNestedFinding, CM, noFileName, plainName } from './container.js';
import type { Findings } from './findings.js';
import { M } from './messages.js';
import type { CertFault, CertSlot } from './scan.js';

const FAULT: Record<Exclude<CertFault, 'bare-p7'>, Message> = {
  'no-end': M.blockNoEnd, 'no-begin': M.orphanEnd, empty: M.blockEmpty, base64: M.blockBadBase64, x509: M.blockNotX509, bare: M.bareBase64Cert, truncated: M.derTruncated, nested: CM.blockNested, 'bare-nested': CM.bareNested,
};
const LEAF_RULE: Record<Exclude<CertFault, 'bare-p7'>, string> = {
  'no-end': 'cert-armor-missing', 'no-begin': 'cert-armor-missing', empty: 'cert-empty-body', base64: 'cert-unparsable', x509: 'cert-unparsable', bare: 'cert-armor-missing', truncated: 'cert-unparsable', nested: 'cert-unparsable', 'bare-nested': 'cert-unparsable',
};

/**
 * A PKCS#7 set in base64 without its armor lines: armor for each certificate is not the fix (it holds a set), the
 * decoded .p7b is, which scm reads. Its name is never the file's own (`base64 -d x.p7b > x.p7b` would empty it).
 */
export function bareP7(source: string, count: number, rule: string, f: Findings): void {
  const named = !noFileName(source);
  const stem = named ? source.replace(/(\.(txt|b64|base64|pem))+$/i, '') : 'decoded';
  const p7b = /\.p7[bc]$/i.test(stem) ? stem.replace(/\.(p7[bc])$/i, '.der.$1') : `${stem}.p7b`;
  const params = { source, count, sourceWord: named ? shellWord(source) : '', p7b, p7bWord: shellWord(p7b) };
  f.add(rule, M.bareBase64P7, params, named ? M.bareBase64P7Fix : M.bareBase64P7FixStdin);
}

/** The finding for a certificate block that did not decode: the leaf's rule or the chain's. */
export function reportFault(s: CertSlot, source: string, leaf: boolean, f: Findings): void {
  if (s.fault === 'bare-p7') return bareP7(source, s.count ?? 0, leaf ? 'cert-armor-missing' : 'chain-unparsable', f);
  if (s.fault === 'bare-nested') return f.add(leaf ? LEAF_RULE['bare-nested'] : 'chain-unparsable', ...bareNestedFinding(source));
  const where = f.say(leaf ? M.theCertIn : M.certNIn, { source, position: s.position });
  const fault = s.fault as Exclude<CertFault, 'bare-p7'>;
  f.add(leaf ? LEAF_RULE[fault] : 'chain-unparsable', FAULT[fault], { where, label: s.label, source, plain: plainName(source), expected: s.expected ?? 0, size: s.size ?? 0 });
}
