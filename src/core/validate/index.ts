// validateBundle(): every offline check SCM's ImportCertificate would make, on one bundle. Shared by
// `scm validate`, `scm upload` (before sending; it sends report.payload) and the emulator's import.
// Async only because PKCS#12 input lazily imports node-forge; everything else is synchronous node:crypto.
import { createPublicKey } from 'node:crypto';
import { checkDates, checkLeafRole, checkStrength, checkTarget } from './cert-checks.js';
import { analyseChain } from './chain.js';
import { checkDomains } from './domains.js';
import { Findings } from './findings.js';
import { gatherFiles, gatherPfx, type Gathered } from './inputs.js';
import { checkEnterpriseProjectId, checkLengths, checkName } from './limits.js';
import { summarise } from './summary.js';
import type { BundleInput, ImportPayload, ValidateOptions, ValidationReport } from './types.js';

export type * from './types.js';
export { UPLOAD_RULES } from '../rules/upload-rules.js';

/**
 * Which certificate is the leaf: the one matching the key. A later certificate counts only when it is not
 * a CA (a key that matches the intermediate is a mismatch, not a misordered chain). Without a key, a CA
 * first and an end-entity later means a reversed chain.
 */
function findLeaf(g: Gathered, f: Findings): number {
  const first = g.certs[0]!;
  if (g.key) {
    const pub = createPublicKey(g.key.key);
    const idx = g.certs.findIndex((c) => pub.equals(c.x509.publicKey));
    if (idx === 0 || (idx > 0 && (!g.certs[idx]!.x509.ca || first.x509.ca))) return idx;
    f.add('key-mismatch', `the private key in ${g.key.source} (${g.key.info.text}) does not match the certificate ${first.name} (${first.key.text})`);
    return 0;
  }
  if (!first.x509.ca) return 0;
  const endEntity = g.certs.findIndex((c) => !c.x509.ca);
  return endEntity > 0 ? endEntity : 0;
}

export async function validateBundle(input: BundleInput, options: ValidateOptions): Promise<ValidationReport> {
  const f = new Findings(options.lang);
  const g = input.pfx ? await gatherPfx(input, f) : gatherFiles(input, f);
  const report: ValidationReport = { valid: false, findings: [] };
  if (g.key) report.keyType = g.key.info.text;

  let payload: ImportPayload | undefined;
  if (g.certs.length > 0 && !g.leafFailed) {
    const leafIndex = findLeaf(g, f);
    const leaf = g.certs[leafIndex]!;
    const { path, unrelated } = analyseChain(g.certs, leafIndex, g.ordered, f);
    checkDates(leaf, path.slice(1), options.now, options.warnDays ?? 30, f);
    checkStrength(leaf, path, f);
    checkLeafRole(leaf, f);
    checkDomains(leaf, options, f);
    checkTarget(leaf, options.target, options.now, f);
    report.certificate = summarise(leaf, path, unrelated, options.now);
    // PKCS#12 has no order of its own: send the path we found. Files are sent as given.
    const sent = g.ordered ? g.certs : path;
    const chainPem = sent.slice(1).map((c) => c.pem).join('');
    if (g.key) payload = { certificate: sent[0]!.pem, certificate_chain: chainPem, private_key: g.key.pem };
    const asSent = options.measureInput === true && g.ordered;
    checkLengths(asSent ? g.raw : { certificate: sent[0]!.pem.length, certificate_chain: chainPem.length, private_key: g.key?.pem.length }, f, asSent);
  } else {
    checkLengths({ private_key: options.measureInput ? g.raw.private_key : g.key?.pem.length }, f, options.measureInput === true);
  }
  checkName(options.name, f);
  checkEnterpriseProjectId(options.enterpriseProjectId, f);

  report.findings = f.sorted();
  report.valid = f.errorCount === 0;
  if (payload) report.payload = payload;
  return report;
}
