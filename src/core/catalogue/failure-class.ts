// How an API failure is treated, by its HTTP status and the catalogue's word on its code: credentials refused,
// request rejected, or service unavailable (retried). Pure.
import { serverCode } from './codes.js';
import { entryFor } from './entries.js';

export type ApiFailureClass = 'auth' | 'rejected' | 'unavailable';

// 408 (Request Timeout) is a timeout on the way, a gateway or proxy that gave up waiting, not a refusal of the
// request: retried as a 5xx is (the request may have reached SCM: writes look before they re-send).
const classOfStatus = (s: number): ApiFailureClass => (s === 401 || s === 403 ? 'auth' : s === 408 || s === 429 || s >= 500 ? 'unavailable' : 'rejected');

/**
 * How to treat an API error: credentials refused, request rejected, or service unavailable (retryable).
 * By the status the server actually sent: one code can mean several things (the gateway's APIGW.0201 is a
 * malformed request with 400 and a backend timeout with 504). The catalogue decides for an SCM code whose
 * odd status is a documented quirk (SCM.0013 with 500, SCM.0010 with 403: rejections, not outages); for an
 * SCM business code (not the gateway's) it knows as a rejection or a credentials error, sent with any 5xx:
 * SCM itself answered and said no, so it is that rejection, not retried (the contract retries "every 5xx
 * that is not a known SCM rejection"; an SCM code whose own status is 5xx, SCM.4001, stays retryable; a 408, a
 * timeout on the way, is read as a 5xx is); and
 * a credentials code (APIGW.0301, SCM.1000 ...) sent with another 4xx still means the credentials, but for an
 * SCM code with 404 (the certificate asked for is not there); a known code under a 2xx is judged by its own status.
 */
export function classifyApiError(status: number, code?: string): ApiFailureClass {
  const known = code === undefined ? undefined : entryFor(serverCode(code));
  if (known?.quirkStatuses?.includes(status)) return classOfStatus(known.status);
  // An error body under a success status (a proxy or gateway policy answering 200 over it): the status says
  // nothing about the failure, so a known code is what its own status makes it (APIGW.0301 under 200: credentials).
  if (known && status >= 200 && status < 300) return classOfStatus(known.status);
  if (known && (status >= 500 || status === 408) && known.code.startsWith('SCM.') && classOfStatus(known.status) !== 'unavailable') return classOfStatus(known.status);
  const actual = classOfStatus(status);
  // Except an SCM code with 404: SCM's credentials codes come with 401/403 (or 500), so a 404 with one is about
  // the certificate asked for (a server that answers an id it does not hold with 404 SCM.0002), not the credentials.
  if (status === 404 && known?.code.startsWith('SCM.')) return actual;
  if (actual === 'rejected' && known && classOfStatus(known.status) === 'auth' && status >= 400 && status < 500) return 'auth';
  return actual;
}
