// The request signer against a verifier written apart from it (test/helpers/other-scm.ts, strict where a
// gateway may be: host and x-sdk-date signed, the canonical request rebuilt from the raw URL, `+` read as a
// space), over what scm sends: queries with spaces, non-ASCII, reserved characters, repeated and empty values,
// a port in Host, an IPv6 host, a body and none.
import { describe, expect, it } from 'vitest';
import { signRequest } from '../../src/core/sign/index.js';
import { queryString } from '../../src/core/sign/encode.js';
import { verify } from '../helpers/other-scm.js';

const key = { ak: 'AKOTHERVERIFIER0001', sk: 'sk/with+odd=chars~and spaces' };
const now = new Date('2026-12-03T09:00:00Z');

/** Signs as the client's wire does (URL built, query set with queryString), then verifies what would be sent. */
function roundTrip(endpoint: string, path: string, query: Array<[string, string]>, body?: string, headers: Record<string, string> = {}): string | undefined {
  const url = new URL(`${endpoint}${path}`);
  url.search = queryString(query);
  const send = { ...headers, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) };
  const signed = signRequest({ method: body === undefined ? 'GET' : 'POST', url, headers: send, body: body ?? '', date: now }, key);
  // What Node puts on the wire: the Host header from the URL (port only when not the default), the path and query as serialised.
  const wire: Record<string, string> = { host: url.host };
  for (const [k, v] of Object.entries(signed.headers)) wire[k.toLowerCase()] = v;
  return verify(body === undefined ? 'GET' : 'POST', `${url.pathname}${url.search}`, wire, body ?? '', key.sk, now);
}

describe('a stricter, independent verifier accepts what scm signs', () => {
  it.each([
    ['no query', []],
    ['a space, a plus, an ampersand, an equals sign', [['content', 'shop example+x&y=z']]],
    ['non-ASCII (IDN, Chinese)', [['content', 'bücher.例子.com']]],
    ['RFC 3986 reserved and unreserved marks', [['content', "a~b_c-d.e*f'g(h)i!j/k:l@m;n,o?p#q[r]s%t"]]],
    ['repeated names, out of order, empty values', [['status', 'UPLOAD'], ['content', ''], ['b', '2'], ['b', '1'], ['a', 'x']]],
    ['booleans and numbers', [['limit', '50'], ['offset', '0'], ['deploy_support', 'true'], ['expired_days_since', '1095']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (_label, query) => {
    expect(roundTrip('https://scm.cn-north-4.myhuaweicloud.com', '/v3/scm/certificates', query)).toBeUndefined();
  });

  it.each([
    ['a port in Host', 'http://127.0.0.1:8443'],
    ['localhost with a port', 'http://localhost:18080'],
    ['an IPv6 loopback', 'http://[::1]:8443'],
    ['the default port written out (dropped from Host, as Node drops it)', 'https://scm.ap-southeast-1.myhuaweicloud.com:443'],
    ['a path prefix before /v3', 'http://127.0.0.1:8443/gateway/scm'],
  ])('%s', (_label, endpoint) => {
    expect(roundTrip(endpoint, '/v3/scm/certificates/scs1700000000000', [])).toBeUndefined();
  });

  it('a JSON body with non-ASCII and newlines, project id and security token headers', () => {
    const body = JSON.stringify({ name: 'x', certificate: '-----BEGIN CERTIFICATE-----\nMIIB…\n-----END CERTIFICATE-----\n', description: '证书' });
    expect(roundTrip('https://scm.cn-north-4.myhuaweicloud.com', '/v3/scm/certificates/import', [], body, { 'X-Project-Id': '0123456789abcdef0123456789abcdef', 'X-Security-Token': 'gQpjbi1ub3J0aC00' })).toBeUndefined();
  });

  it('an empty POST body (export) is hashed as the empty string', () => {
    expect(roundTrip('https://scm.cn-north-4.myhuaweicloud.com', '/v3/scm/certificates/scs1700000000000/export', [], '')).toBeUndefined();
  });

  it('the verifier is not a rubber stamp: a changed query or body is refused', () => {
    const url = new URL('https://scm.cn-north-4.myhuaweicloud.com/v3/scm/certificates?limit=50');
    const signed = signRequest({ method: 'GET', url, headers: {}, body: '', date: now }, key);
    const wire = { host: url.host, ...Object.fromEntries(Object.entries(signed.headers).map(([k, v]) => [k.toLowerCase(), v])) };
    expect(verify('GET', '/v3/scm/certificates?limit=10', wire, '', key.sk, now)).toMatch(/signature mismatch/);
    expect(verify('GET', '/v3/scm/certificates?limit=50', wire, '', key.sk, new Date(now.getTime() + 16 * 60_000))).toBe('signature expired');
  });
});
