// ShowCertificate: every field the docs list, the SHA-1 fingerprint of the leaf included, unless the
// `show_fingerprint` option gives its SHA-256, leaves it out or sends it empty (the service does not promise it).
import { X509Certificate } from 'node:crypto';
import { detail, type StoredCert } from '../store.js';
import { pathCert, type Answer, type Behaviour, type Request } from './context.js';

function shown(c: StoredCert, how: Behaviour['showFingerprint']): Record<string, unknown> {
  const body = detail(c);
  if (how === 'sha1') return body;
  const { fingerprint, ...rest } = body;
  if (how === 'absent') return rest;
  if (how === 'empty') return { ...rest, fingerprint: '' };
  // A seeded certificate without PEM has only the fingerprint it was given.
  return { ...rest, fingerprint: c.certificate === '' ? fingerprint : new X509Certificate(c.certificate).fingerprint256.replace(/:/g, '').toLowerCase() };
}

export function show(req: Request): Answer {
  const found = pathCert(req);
  return 'error' in found ? found.error : { status: 200, body: shown(found.cert, req.behaviour.showFingerprint) };
}
