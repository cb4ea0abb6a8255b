// The id a user quotes to support. Huawei's API gateway names a request in X-Request-Id (http.ts reads it);
// services built on OpenStack, and gateways in front of them, name it in X-Openstack-Request-Id instead (Nova
// also in X-Compute-Request-Id). Whichever is present is the id: scrubbed and cut as X-Request-Id is, since a
// header is server text like any other.
import type { HttpResponse } from './http.js';

const OTHER_NAMES = ['x-openstack-request-id', 'x-compute-request-id'] as const;

/**
 * The id an answer's headers name, X-Request-Id first, scrubbed and cut: http.ts reads it where the answer
 * enters, so the --debug trace's answer line names the request whichever header carries it.
 */
export function headerRequestId(get: (name: string) => string | null | undefined, scrub: (text: string) => string): string | undefined {
  const found = ['x-request-id', ...OTHER_NAMES].map((n) => get(n)?.trim()).find((v) => v !== undefined && v !== '');
  return found === undefined ? undefined : scrub(found.slice(0, 200));
}

export function withRequestId(res: HttpResponse, scrub: (text: string) => string): HttpResponse {
  if (res.requestId) return res;
  const found = OTHER_NAMES.map((n) => res.header(n)?.trim()).find((v) => v !== undefined && v !== '');
  if (found === undefined) return res;
  const requestId = scrub(found.slice(0, 200));
  return { status: res.status, text: res.text, ...(res.truncated ? { truncated: true } : {}), requestId, header: (n) => res.header(n) };
}
