// ExportCertificate (`POST .../{id}/export`, no body): the certificate, its chain, both together, the private
// key, and for an SM2 pair the encryption certificate and key (lifecycle-research §1.5). A seeded
// certificate without PEMs (names and dates only) has nothing to export: SCM.0010, as for a certificate
// whose status does not allow it.
import { pathCert, scmError, type Answer, type Request } from './context.js';

const pem = (s: string): string => (s === '' || s.endsWith('\n') ? s : `${s}\n`);

export function exportCertificate(req: Request): Answer {
  const found = pathCert(req);
  if ('error' in found) return found.error;
  const c = found.cert;
  if (c.certificate === '' || c.privateKey === '') return scmError('SCM.0010');
  const body: Record<string, string> = {
    entire_certificate: pem(c.certificate) + pem(c.chain),
    certificate: pem(c.certificate),
    certificate_chain: pem(c.chain),
    private_key: pem(c.privateKey),
  };
  if (c.encCertificate !== '') Object.assign(body, { enc_certificate: pem(c.encCertificate), enc_private_key: pem(c.encPrivateKey) });
  return { status: 200, body };
}
