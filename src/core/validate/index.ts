// validateBundle(): every offline check SCM's ImportCertificate would make, on one bundle. Shared by
// `scm validate`, `scm upload` (before sending; it sends report.payload) and the emulator's import.
// Async only because PKCS#12 may need node-forge (lazily); everything else is synchronous node:crypto.
//
// One cause, one finding: the gatherers record which inputs could not be read (Findings.lack); each check
// declares what it needs and is not run without it, and Findings drops any finding whose rule (needs.ts)
// needs a missing input. An unreadable --cert therefore never turns a chain certificate into the leaf.
import { checkChainKeyTypes, checkCriticalExtensions, checkDuplicateExtensions, checkKeyType, checkLeafRole, checkStrength, checkTarget } from './cert-checks.js';
import { checkDates } from './cert-dates.js';
import { analyseChain } from './chain.js';
import { gatherBundle } from './classify.js';
import { checkDomains } from './domains.js';
import { Findings } from './findings.js';
import { gatherSlots, type Gathered } from './inputs.js';
import { checkNameConstraints } from './name-constraints.js';
import { checkServerPurpose } from './purposes.js';
import { checkSerials } from './serials.js';
import { checkValidityPeriod } from './validity-period.js';
import { publicOf } from './public-key.js';
import { checkEnterpriseProjectId, checkLengths, checkName } from './limits.js';
import { keyToSend } from './key-form.js';
import { keyText } from './key-text.js';
import { M } from './messages.js';
import type { Cert } from './model.js';
import type { Need } from './needs.js';
import { summarise } from './summary.js';
import type { BundleInput, CertificateSummary, ValidateOptions, ValidationReport } from './types.js';

export type * from './types.js';
export { UPLOAD_RULES } from '../rules/upload-rules.js';

interface State {
  g: Gathered;
  leaf: Cert;
  /** The issuance path from the leaf as far as it was read (the leaf alone when the chain was not). */
  path: Cert[];
  unrelated: Cert[];
  options: ValidateOptions;
  f: Findings;
  summary?: CertificateSummary;
  chainText?: string[];
}

interface Check {
  needs: readonly Need[];
  run(s: State): void;
}

/** The PKCS#12 file given with --pfx, which takes no --chain: the fix of a missing intermediate names it. */
const pfxAlone = (g: Gathered): { pfx?: string } => (g.pfx?.length === 1 && g.pfx[0]!.option ? { pfx: g.pfx[0]!.source } : {});

const CHECKS: readonly Check[] = [
  {
    needs: ['leaf', 'key'],
    run: ({ g, leaf, f }) => {
      const key = g.key!;
      if (!publicOf(key).equals(leaf.publicKey)) {
        if (g.otherKeys.length > 0) f.add('key-mismatch', M.keysMismatch, { sources: [...new Set([key, ...g.otherKeys].map((k) => k.source))].join(f.say(M.listSeparator)), cert: leaf.name, certKey: keyText(leaf.key.text, f.lang) });
        else {
          // The key of another certificate given (the intermediate's, a private CA's): said so, as the likely cause.
          const other = g.certs.find((c) => c !== leaf && publicOf(key).equals(c.publicKey));
          const params = { source: key.source, key: keyText(key.info.text, f.lang), cert: leaf.name, certKey: keyText(leaf.key.text, f.lang) };
          f.add('key-mismatch', other ? M.keyOfOther : M.keyMismatch, other ? { ...params, other: other.name } : params);
        }
      }
      for (const k of g.unusedKeys) f.add('key-extra-ignored', M.keyExtra, { source: k.source, key: keyText(k.info.text, f.lang) });
    },
  },
  {
    needs: ['leaf', 'chain'],
    run: (s) => {
      const { g, f } = s;
      if (g.chainMerged) f.add('chain-merged', g.chainMerged.source === undefined ? M.chainFiles : M.chainMerged, g.chainMerged);
      const ctx = { ordered: g.ordered, sentOnce: true, now: s.options.now, ...(g.emptyChain !== undefined ? { emptyChain: g.emptyChain } : {}), ...(g.looked ? { looked: g.looked } : {}), ...(g.loose ? { loose: g.loose } : {}), ...pfxAlone(g) };
      const { path, unrelated } = analyseChain(g.certs, g.leafIndex!, g.keyMatched, ctx, f);
      s.path = path;
      s.unrelated = unrelated;
    },
  },
  {
    needs: ['leaf'],
    run: (s) => {
      const { leaf, path, options, f } = s;
      checkDates(leaf, path.slice(1), options.now, options.warnDays ?? 30, options.target, f);
      checkStrength(path, checkKeyType(leaf, f), f);
      checkChainKeyTypes(path, f);
      checkCriticalExtensions(path, f);
      checkDuplicateExtensions(path, f);
      checkSerials(path, f);
      checkValidityPeriod(leaf, options.now, f);
      checkServerPurpose(path, f);
      checkNameConstraints(path, f);
      checkLeafRole(leaf, f);
      checkDomains(leaf, options, f);
      checkTarget(leaf, options.target, f);
      ({ summary: s.summary, chainText: s.chainText } = summarise(path, s.unrelated, (c) => s.g.ordered && !s.g.loose?.includes(c), options.now, f));
    },
  },
];

/** The first of each certificate, in the order given (chain.ts reports the repeats as chain-duplicate). */
const onceEach = (certs: Cert[]): Cert[] => certs.filter((c, i) => certs.findIndex((d) => d.sha256 === c.sha256) === i);

function run(g: Gathered, leaf: Cert, options: ValidateOptions, f: Findings): State {
  const state: State = { g, leaf, path: [leaf], unrelated: [], options, f };
  for (const check of CHECKS) if (check.needs.every((n) => !f.lacks(n))) check.run(state);
  return state;
}

/** The PKCS#12 note counted every certificate of the file; once the path is known, it says how many are sent. */
function sayPfxSent(g: Gathered, sent: Cert[], f: Findings): void {
  for (const p of g.pfx ?? []) {
    const n = p.certs.filter((c) => sent.some((s) => s.sha256 === c.sha256)).length;
    if (n < p.certs.length) f.reword('input-converted', p.said, M.pkcs12ConvertedSome, { source: p.source, count: p.certs.length, sent: n, key: p.key ? 1 : 0 });
  }
}

export async function validateBundle(input: BundleInput, options: ValidateOptions): Promise<ValidationReport> {
  const f = new Findings(options.lang);
  const g = input.files !== undefined || input.pfx !== undefined ? await gatherBundle(input, f, options.domains) : gatherSlots(input, f);
  const report: ValidationReport = { valid: false, findings: [] };
  if (g.key) report.keyType = g.key.info.text;
  if (g.key?.opened) f.add('input-converted', M.keyOpened, { source: g.key.source });

  // The key as it is sent (PKCS#1/SEC1 where WAF, ELB and CDN need it: key-form.ts), the same KeyObject every
  // check reads; lengths are measured on it too.
  const sentKey = g.key ? keyToSend(g.key.key, g.key.pem) : undefined;
  const leaf = g.leafIndex === undefined ? undefined : g.certs[g.leafIndex];
  if (leaf) {
    const state = run(g, leaf, options, f);
    if (state.summary) report.certificate = state.summary;
    if (state.chainText) report.chainText = state.chainText;
    // Given files are sent in the order given, each certificate once (a repeat breaks SCM's rule that each one
    // is followed by its issuer: `--chain fullchain.pem` would send the leaf twice); a bundle read by content
    // sends the path found, leaf first. A PKCS#7 set has no order either: of its certificates, those on the path.
    const sent = g.ordered ? onceEach(g.certs).filter((c) => !g.loose?.includes(c) || state.path.includes(c)) : state.path;
    const chainPem = sent.slice(1).map((c) => c.pem).join('');
    sayPfxSent(g, sent, f);
    if (g.key && sentKey) {
      report.payload = { certificate: sent[0]!.pem, certificate_chain: chainPem, private_key: sentKey.pem };
      if (g.encPair) Object.assign(report.payload, { enc_certificate: g.encPair.cert.pem, enc_private_key: keyToSend(g.encPair.key.key, g.encPair.key.pem).pem });
      if (sentKey.converted && options.sending) f.add('input-converted', sentKey.converted === 'pkcs1' ? M.keySentPkcs1 : M.keySentSec1, { source: g.key.source });
    }
    const asSent = options.measureInput === true && g.ordered;
    // An SM2 encryption pair is measured as sent, in its own fields (they are not received by the emulator).
    const enc = { enc_certificate: report.payload?.enc_certificate?.length, enc_private_key: report.payload?.enc_private_key?.length };
    checkLengths(asSent ? g.raw : { certificate: sent[0]!.pem.length, certificate_chain: chainPem.length, private_key: sentKey?.pem.length, ...enc }, f, asSent);
  } else {
    checkLengths({ private_key: options.measureInput ? g.raw.private_key : sentKey?.pem.length }, f, options.measureInput === true);
  }
  checkName(options.name, f);
  checkEnterpriseProjectId(options.enterpriseProjectId, f);

  report.findings = f.sorted();
  report.valid = f.errorCount === 0;
  return report;
}
