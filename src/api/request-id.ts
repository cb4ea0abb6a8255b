// The id a user quotes to support, read where the answer enters (http.ts). Huawei's API gateway names a request
// in X-Request-Id; services built on OpenStack, and gateways in front of them, name it in X-Openstack-Request-Id instead (Nova
// also in X-Compute-Request-Id). Whichever is present is the id: scrubbed and cut as X-Request-Id is, since a
// header is server text like any other.
const NAMES = ['x-request-id', 'x-openstack-request-id', 'x-compute-request-id'] as const;

/**
 * The id an answer's headers name, X-Request-Id first, scrubbed and cut: http.ts reads it where the answer
 * enters, so the --debug trace's answer line names the request whichever header carries it.
 */
export function headerRequestId(get: (name: string) => string | null | undefined, scrub: (text: string) => string): string | undefined {
  const found = NAMES.map((n) => get(n)?.trim()).find((v) => v !== undefined && v !== '');
  return found === undefined ? undefined : scrub(found.slice(0, 200));
}
