// ImportCertificate: the server-side checks (checks.ts, the same rules as `scm validate`), then storing it.
// `duplicate_check: false` refuses a certificate already stored, unless the emulator is told to ignore it
// (Behaviour.duplicateCheck), which models a service that does not honour the flag, or to read it inverted
// (`true` refuses): the Go SDK and the API reference say true allows a second copy, the Python SDK since
// 2026-06 says true refuses one.
import { describeLeaf } from '../store.js';
import { jsonBody, scmError, type Answer, type Request } from './context.js';

export async function importCertificate(req: Request): Promise<Answer> {
  const body = jsonBody(req);
  if (!body) return scmError('SCM.0005');
  // Loaded on the first import only: the validator is the biggest part of the emulator.
  const { checkImport } = await import('../checks.js');
  const check = await checkImport(body, req.now);
  if (!check.ok) return { status: 400, body: { error_code: check.code, error_msg: check.message } };
  const leaf = describeLeaf(check.leaf);
  const refuses = req.behaviour.duplicateCheck === 'inverted' ? body.duplicate_check === true : body.duplicate_check === false && req.behaviour.duplicateCheck === 'honour';
  if (refuses && req.store.all().some((c) => c.fingerprint === leaf.fingerprint)) {
    // The flag's value that means "do not allow the same certificate twice"; the real code is undocumented.
    return { status: 400, body: { error_code: 'SCM.0005', error_msg: 'Incorrect request parameter. The certificate already exists.' } };
  }
  const stored = req.store.add({
    ...leaf,
    name: body.name as string,
    certificate: check.leaf,
    chain: check.chain,
    // Kept for ExportCertificate, as the service keeps them.
    privateKey: body.private_key as string,
    ...(typeof body.enc_certificate === 'string' ? { encCertificate: body.enc_certificate } : {}),
    ...(typeof body.enc_private_key === 'string' ? { encPrivateKey: body.enc_private_key } : {}),
    enterpriseProjectId: typeof body.enterprise_project_id === 'string' ? body.enterprise_project_id : '0',
    createdAt: req.now,
    signatureAlgorithm: check.summary?.signatureAlgorithm ?? null,
  }, req.now);
  return { status: 200, body: { certificate_id: stored.id } };
}
