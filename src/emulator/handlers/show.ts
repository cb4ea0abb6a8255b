// ShowCertificate: every field the docs list, the SHA-1 fingerprint of the leaf included.
import { detail } from '../store.js';
import { pathCert, type Answer, type Request } from './context.js';

export function show(req: Request): Answer {
  const found = pathCert(req);
  return 'error' in found ? found.error : { status: 200, body: detail(found.cert) };
}
