// DeleteCertificate (204). It removes the certificate from SCM only: ELB/WAF copies and CDN domains that
// hold it keep it (the docs: deleting "only deletes it from HUAWEI CLOUD"; nothing says it cascades).
import { pathCert, type Answer, type Request } from './context.js';

export function deleteCertificate(req: Request): Answer {
  const found = pathCert(req);
  if ('error' in found) return found.error;
  req.store.remove(found.cert.id);
  return { status: 204 };
}
