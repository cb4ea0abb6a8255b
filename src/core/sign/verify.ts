// Server-side check of an SDK-HMAC-SHA256 signature, as the API Gateway does it (used by the emulator).
// Pure: the caller passes the request parts, the secret lookup and the current time.
import { timingSafeEqual } from 'node:crypto';
import { ALGORITHM, canonicalRequest, parseSdkDate, signature, stringToSign } from './index.js';

export const MAX_SKEW_MS = 15 * 60 * 1000;

export interface AuthorizationParts {
  ak: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses `SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex`; undefined when malformed. */
export function parseAuthorization(value: string): AuthorizationParts | undefined {
  const prefix = `${ALGORITHM} `;
  if (!value.startsWith(prefix)) return undefined;
  const fields = new Map<string, string>();
  for (const part of value.slice(prefix.length).split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return undefined;
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const ak = fields.get('Access');
  const signed = fields.get('SignedHeaders');
  const sig = fields.get('Signature');
  if (!ak || !signed || !sig) return undefined;
  return { ak, signedHeaders: signed.split(';').map((h) => h.trim().toLowerCase()), signature: sig.toLowerCase() };
}

export interface VerifyInput {
  method: string;
  pathname: string;
  search: string;
  /** Request headers with lower-case names (as node:http gives them). */
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array;
  now: Date;
  secretFor(ak: string): string | undefined;
}

export type VerifyResult =
  | { ok: true; ak: string }
  | { ok: false; reason: 'malformed' | 'unknown-ak' | 'no-date' | 'expired' | 'mismatch'; canonicalRequest?: string };

const headerValue = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v.join(',') : v);

export function verifySignature(input: VerifyInput): VerifyResult {
  const auth = parseAuthorization(headerValue(input.headers.authorization) ?? '');
  if (!auth) return { ok: false, reason: 'malformed' };
  const sk = input.secretFor(auth.ak);
  if (sk === undefined) return { ok: false, reason: 'unknown-ak' };
  const rawDate = headerValue(input.headers['x-sdk-date']);
  if (!auth.signedHeaders.includes('x-sdk-date') || rawDate === undefined) return { ok: false, reason: 'no-date' };
  const date = parseSdkDate(rawDate);
  if (!date || Math.abs(input.now.getTime() - date.getTime()) > MAX_SKEW_MS) return { ok: false, reason: 'expired' };

  const signed: Record<string, string> = {};
  for (const name of auth.signedHeaders) signed[name] = headerValue(input.headers[name]) ?? '';
  const { canonicalRequest: canonical } = canonicalRequest({ method: input.method, pathname: input.pathname, search: input.search, headers: signed, body: input.body });
  const expected = Buffer.from(signature(sk, stringToSign(rawDate.trim(), canonical)), 'utf8');
  const given = Buffer.from(auth.signature, 'utf8');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'mismatch', canonicalRequest: canonical };
  return { ok: true, ak: auth.ak };
}
