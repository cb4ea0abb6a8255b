// The server-side import rules of the emulator: the request fields as the API documents them, then every
// `validate` rule (validateBundle, shared with `scm validate` and `scm upload`). The first error decides the
// answer: 400 {error_code, error_msg} with the catalogue's English message for that code.
//
// Findings whose rule has no published code (code null, e.g. an expired certificate) need some code on the
// wire: expiry-like rules answer SCM.0010 (the type or status does not allow the operation), anything else
// SCM.0005 (incorrect request parameter). The real service's codes for these cases are not documented.
import { entryFor } from '../core/catalogue/index.js';
import { validateBundle } from '../core/validate/index.js';
import type { CertificateSummary } from '../core/validate/types.js';

export interface ImportFields {
  name?: unknown;
  certificate?: unknown;
  certificate_chain?: unknown;
  private_key?: unknown;
  enterprise_project_id?: unknown;
  duplicate_check?: unknown;
}

export type ImportCheck =
  | { ok: true; leaf: string; chain: string; summary?: CertificateSummary }
  | { ok: false; code: string; message: string; rule?: string };

export const fail = (code: string, rule?: string): ImportCheck => ({ ok: false, code, message: entryFor(code)?.message.en ?? 'Incorrect request parameter.', ...(rule ? { rule } : {}) });

/** The code sent for a finding with no published code (see the header). */
export function codeForNullRule(rule: string): string {
  return /expir|not-yet-valid|validity/.test(rule) ? 'SCM.0010' : 'SCM.0005';
}

export async function checkImport(body: ImportFields, now: Date): Promise<ImportCheck> {
  const str = (v: unknown): v is string => typeof v === 'string';
  if (!str(body.name)) return fail('SCM.0032');
  if (!str(body.certificate) || body.certificate.trim() === '') return fail('SCM.0005');
  if (!str(body.private_key) || body.private_key.trim() === '') return fail('SCM.0059');
  if (body.certificate_chain !== undefined && !str(body.certificate_chain)) return fail('SCM.0005');
  if (body.duplicate_check !== undefined && typeof body.duplicate_check !== 'boolean') return fail('SCM.0005');
  const chainText = str(body.certificate_chain) ? body.certificate_chain : '';
  const epid = body.enterprise_project_id;
  if (epid !== undefined && !str(epid)) return fail('SCM.0005');

  // Awaited whether validateBundle is sync or async (PKCS#12 support loads node-forge lazily).
  const report = await validateBundle(
    {
      cert: { source: 'certificate', data: Buffer.from(body.certificate, 'utf8') },
      key: { source: 'private_key', data: Buffer.from(body.private_key, 'utf8') },
      ...(chainText.trim() !== '' ? { chain: { source: 'certificate_chain', data: Buffer.from(chainText, 'utf8') } } : {}),
    },
    // measureInput: the field limits (4096/8192/4096) apply to the strings as received.
    { now, name: body.name, measureInput: true, ...(str(epid) ? { enterpriseProjectId: epid } : {}) },
  );
  const error = report.findings.find((f) => f.severity === 'error');
  if (error) return fail(error.code ?? codeForNullRule(error.rule), error.rule);
  // The fields as received are what the service checks: a repeated certificate breaks its rule that each one
  // is followed by its issuer. scm sends each certificate once, so only another client's request meets this.
  const repeat = report.findings.find((f) => f.rule === 'chain-duplicate');
  if (repeat) return fail('SCM.0079', repeat.rule);
  if (!report.payload) return fail('SCM.0031');
  return { ok: true, leaf: report.payload.certificate, chain: report.payload.certificate_chain, ...(report.certificate ? { summary: report.certificate } : {}) };
}
