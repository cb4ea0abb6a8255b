// The API Gateway's error bodies, emulated: `{error_code, error_msg, request_id}` with the published message
// for the status (APIGW.0201 says "Backend timeout." with 504). A fault with only a status answers like the
// real gateway: 401 APIGW.0301, 403 APIGW.0302, 404 APIGW.0101, 429 APIGW.0308, 400/413/414/494 and
// 500/502/504 APIGW.0201; other 5xx SCM.4001 and other 4xx SCM.0005 (SCM's own codes, which have no request_id).
import { entryFor, normalizeCode, textAt } from '../core/catalogue/index.js';

const DEFAULT_CODE: Record<number, string> = {
  400: 'APIGW.0201', 401: 'APIGW.0301', 403: 'APIGW.0302', 404: 'APIGW.0101', 413: 'APIGW.0201', 414: 'APIGW.0201',
  429: 'APIGW.0308', 494: 'APIGW.0201', 500: 'APIGW.0201', 502: 'APIGW.0201', 504: 'APIGW.0201',
};

/** The code the emulator answers a bare `status` fault with. */
export function defaultCode(status: number): string {
  return DEFAULT_CODE[status] ?? (status >= 500 ? 'SCM.4001' : 'SCM.0005');
}

/** The published English message of `code` at `status` (the catalogue's text for that status). */
export function messageFor(code: string, status: number): string {
  const entry = entryFor(normalizeCode(code) ?? code);
  return entry ? textAt(entry, status).message.en : 'Error.';
}

/** An error body as SCM or its gateway sends it; the gateway (APIGW./APIG. codes) adds request_id. */
export function errorBody(code: string, status: number, requestId: string, msg?: string): Record<string, string> {
  const body: Record<string, string> = { error_code: code, error_msg: msg ?? messageFor(code, status) };
  if (/^APIGW?\./i.test(code)) body.request_id = requestId;
  return body;
}

// The gateway's limits on a request line and a header block: beyond them it answers 414 and 494 APIGW.0201
// before anything reaches SCM. The real sizes are not published; these are generous (an IAM token of 10 KB or
// more must pass), and the server's parser is set to read up to HEADER_PARSE_LIMIT so that it is these
// answers, not Node's bare 431, that a client sees.
export const URI_LIMIT = 32 * 1024;
export const HEADER_LIMIT = 64 * 1024;
export const HEADER_PARSE_LIMIT = 256 * 1024;

/** 414 for a request URI over URI_LIMIT, 494 for headers over HEADER_LIMIT (names and values), else undefined. */
export function oversized(url: string, rawHeaders: readonly string[]): 414 | 494 | undefined {
  if (url.length > URI_LIMIT) return 414;
  let size = 0;
  for (const part of rawHeaders) size += part.length + 2;
  return size > HEADER_LIMIT ? 494 : undefined;
}
