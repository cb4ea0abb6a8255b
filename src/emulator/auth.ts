// The API Gateway's authentication, emulated: an SDK-HMAC-SHA256 signature by a known AK (±15 min clock
// skew) or a known X-Auth-Token; anything else gets the gateway's 401 APIGW.0301 body.
import { verifySignature, type VerifyInput } from '../core/sign/verify.js';

export interface AuthConfig {
  keys: Map<string, string>;
  tokens: Set<string>;
}

export type AuthResult = { ok: true } | { ok: false; errorMsg: string };

const PREFIX = 'Incorrect IAM authentication information: ';

/** What the gateway sees of a request: the signer's verify input without the key lookup. */
export type AuthRequest = Omit<VerifyInput, 'secretFor'>;

export function authenticate(req: AuthRequest, config: AuthConfig): AuthResult {
  const token = req.headers['x-auth-token'];
  if (typeof token === 'string') return config.tokens.has(token) ? { ok: true } : { ok: false, errorMsg: `${PREFIX}decrypt token fail` };
  if (req.headers.authorization === undefined) return { ok: false, errorMsg: `${PREFIX}x-auth-token not found` };
  const result = verifySignature({ ...req, secretFor: (ak) => config.keys.get(ak) });
  if (result.ok) return { ok: true };
  switch (result.reason) {
    case 'expired':
      return { ok: false, errorMsg: `${PREFIX}signature expired` };
    case 'mismatch':
      // Like the gateway: the canonical request it computed, newlines shown as '|', so clients can compare.
      return { ok: false, errorMsg: `${PREFIX}verify aksk signature fail,canonicalRequest:${(result.canonicalRequest ?? '').replace(/\n/g, '|')}` };
    default:
      return { ok: false, errorMsg: `${PREFIX}verify aksk signature fail` };
  }
}
