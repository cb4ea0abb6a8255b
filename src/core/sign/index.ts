// SDK-HMAC-SHA256 request signing (Huawei Cloud API Gateway), on node:crypto. Pure: no clock, no I/O; the
// caller passes the date. Algorithm and test vectors: scm-api-reference §5b.
import { createHash, createHmac } from 'node:crypto';
import { canonicalQuery, canonicalUri } from './encode.js';

export const ALGORITHM = 'SDK-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
export const CONTENT_SHA256_HEADER = 'x-sdk-content-sha256';

export interface SigningKey {
  ak: string;
  sk: string;
}

export interface CanonicalInput {
  method: string;
  /** Path as it appears in the URL (percent-encoded form is fine). */
  pathname: string;
  /** Raw query string, with or without '?'. */
  search: string;
  /** Header name -> value; names in any case. Every header given is signed. */
  headers: Record<string, string>;
  /** Exact body bytes (a string is hashed as UTF-8). */
  body: Uint8Array | string;
}

export const sha256Hex = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function sdkDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** Parses an X-Sdk-Date value; undefined when it is not `YYYYMMDDTHHMMSSZ`. */
export function parseSdkDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Date.UTC rolls over (month 13 is next January, hour 24 the next day, year 0050 is 1950): a date is
  // accepted only when it reads back as written.
  return Number.isNaN(date.getTime()) || sdkDate(date) !== value.trim() ? undefined : date;
}

function lowerHeaders(headers: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) out.set(name.toLowerCase(), value.trim());
  return out;
}

export interface Canonical {
  canonicalRequest: string;
  /** `a;b;c`: lower-case names, sorted. */
  signedHeaders: string;
}

/** The canonical request over every header in `input.headers`. */
export function canonicalRequest(input: CanonicalInput): Canonical {
  const headers = lowerHeaders(input.headers);
  const names = [...headers.keys()].sort();
  const canonicalHeaders = names.map((n) => `${n}:${headers.get(n)}\n`).join('');
  const signedHeaders = names.join(';');
  const payloadHash = headers.get(CONTENT_SHA256_HEADER) ?? sha256Hex(input.body);
  const canonical = [input.method.toUpperCase(), canonicalUri(input.pathname), canonicalQuery(input.search), canonicalHeaders, signedHeaders, payloadHash].join('\n');
  return { canonicalRequest: canonical, signedHeaders };
}

export function stringToSign(date: string, canonical: string): string {
  return `${ALGORITHM}\n${date}\n${sha256Hex(canonical)}`;
}

export function signature(sk: string, toSign: string): string {
  return createHmac('sha256', sk).update(toSign, 'utf8').digest('hex');
}

export interface SignInput {
  method: string;
  url: URL;
  /** Headers to send and sign (X-Project-Id, X-Security-Token, Content-Type ...). Host and X-Sdk-Date are added. */
  headers: Record<string, string>;
  body: Uint8Array | string;
  date: Date;
}

export interface Signed {
  /** Headers to send: the input headers plus X-Sdk-Date and Authorization (Host is left to the HTTP stack). */
  headers: Record<string, string>;
  canonicalRequest: string;
  signedHeaders: string;
}

/** Signs a request the way the SDKs do: every header present, plus `host` and `x-sdk-date`, is signed. */
export function signRequest(input: SignInput, key: SigningKey): Signed {
  const date = sdkDate(input.date);
  const send: Record<string, string> = { ...input.headers, 'X-Sdk-Date': date };
  const { canonicalRequest: canonical, signedHeaders } = canonicalRequest({
    method: input.method,
    pathname: input.url.pathname,
    search: input.url.search,
    headers: { ...send, host: input.url.host },
    body: input.body,
  });
  const sig = signature(key.sk, stringToSign(date, canonical));
  send.Authorization = `${ALGORITHM} Access=${key.ak}, SignedHeaders=${signedHeaders}, Signature=${sig}`;
  return { headers: send, canonicalRequest: canonical, signedHeaders };
}
