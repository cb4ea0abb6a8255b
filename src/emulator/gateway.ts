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
