// What counts as SCM saying it does not hold a certificate: its codes for an unknown id, a 404 from SCM itself
// (not from a proxy or the gateway), and the one explanation commands about one certificate give for all of
// them. Apart from errors.ts (the error classes) because these are rules about SCM's answers, read by delete,
// lookups, show, export, notify and rotate.
import type { Lang } from '../core/catalogue/index.js';
import { ScmApiError } from './errors.js';

/**
 * SCM's codes for an id it does not know: SCM.0008 (what the service is known to answer, also for one of another
 * account) and SCM.0020 (证书ID错误, "pass the correct certificate number": the error tables give both for a
 * wrong id). scm sends only ids of SCM's form (scs + 13 digits, checked first), so SCM.0020 is "not held" too.
 */
export const isNotHeldCode = (code: string | undefined): boolean => code === 'SCM.0008' || code === 'SCM.0020';

/**
 * "SCM does not hold this certificate": isNotHeldCode, or a 404 from SCM itself. The real answer to deleting an
 * unknown id is not documented, so all count. A gateway 404 (APIGW.0101: no such API) is not about the certificate.
 */
export function isNotHeld(e: unknown): e is ScmApiError {
  if (!(e instanceof ScmApiError) || e.failure !== 'rejected') return false;
  if (isNotHeldCode(e.errorCode)) return true;
  return e.status === 404 && !(e.errorCode ?? '').startsWith('APIG');
}

/**
 * SCM's own word that it does not hold the certificate: SCM.0008, SCM.0020, or a 404 with an SCM code in its body. A
 * 404 without one (a proxy's or a load balancer's HTML page, an empty body) or with the gateway's code is
 * not about the certificate: delete does not take it for "already deleted" but asks ShowCertificate.
 */
export function scmSaysNotHeld(e: unknown): e is ScmApiError {
  return isNotHeld(e) && (e.errorCode ?? '').startsWith('SCM.');
}

/**
 * For commands about one certificate (show, export, notify): a 404 from SCM (with an SCM code) without
 * SCM.0008, or SCM.0020 for an id of the right form, still means "no such certificate", so it is explained as
 * SCM.0008 (the catalogue's text, not SCM.0020's "not in the form SCM uses"), the
 * server's words kept. A 404 that is not SCM's word (scmSaysNotHeld: a proxy's page, an empty body, the
 * gateway's code) is returned as it is, with its real status and code: SCM said nothing about the certificate.
 */
export function explainNotHeld(e: unknown, lang: Lang): unknown {
  if (!scmSaysNotHeld(e) || e.errorCode === 'SCM.0008') return e;
  const said = [e.errorCode, e.errorMsg].filter(Boolean).join(' ');
  return new ScmApiError({ operation: e.operation, status: e.status, errorCode: 'SCM.0008', ...(said ? { errorMsg: said } : {}), ...(e.requestId ? { requestId: e.requestId } : {}), lang });
}
