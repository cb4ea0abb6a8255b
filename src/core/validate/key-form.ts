// The form the private key is sent in. SCM itself takes any PEM key, but the services a certificate is pushed
// or deployed to read it again, and Huawei's CCM guide says WAF, ELB and CDN do not yet take PKCS#8
// ("-----BEGIN PRIVATE KEY-----"): a certbot privkey.pem imported as it is would fail there, after the upload.
// So an RSA key is sent as PKCS#1 ("RSA PRIVATE KEY") and a P-256/384/521 key as SEC1 ("EC PRIVATE KEY"),
// what `openssl pkey -traditional` writes. Other keys (SM2, DSA, Ed25519, RSA-PSS, other curves) have no
// traditional form those services read, or one PKCS#1 cannot hold: they are sent as they are.
// The KeyObject is only re-encoded, never replaced: the key sent is the key every check looked at.
import type { KeyObject } from 'node:crypto';

export type TraditionalForm = 'pkcs1' | 'sec1';

const LABEL: Record<TraditionalForm, string> = { pkcs1: 'RSA PRIVATE KEY', sec1: 'EC PRIVATE KEY' };

/** Node's names of the NIST curves WAF, ELB and CDN serve. */
const NIST_CURVES = new Set(['prime256v1', 'secp384r1', 'secp521r1']);

/** The traditional form for this key, or undefined when it is sent as it is. */
export function traditionalForm(key: KeyObject): TraditionalForm | undefined {
  if (key.asymmetricKeyType === 'rsa') return 'pkcs1';
  if (key.asymmetricKeyType === 'ec' && NIST_CURVES.has(key.asymmetricKeyDetails?.namedCurve ?? '')) return 'sec1';
  return undefined;
}

export interface SentKey {
  pem: string;
  /** Set when `pem` was re-encoded into this form (the input was PKCS#8, DER or PKCS#12). */
  converted?: TraditionalForm;
}

/** The PEM to send for `key`, read from `pem` (the key as decoded): traditional when the key has such a form. */
export function keyToSend(key: KeyObject, pem: string): SentKey {
  const form = traditionalForm(key);
  if (!form || pem.startsWith(`-----BEGIN ${LABEL[form]}-----`)) return { pem };
  return { pem: key.export({ type: form, format: 'pem' }) as string, converted: form };
}
