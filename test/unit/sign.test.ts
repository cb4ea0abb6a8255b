// The SDK-HMAC-SHA256 signer against the four public test vectors and, for random requests, against the
// official @huaweicloud/huaweicloud-sdk-core AKSKSigner (devDependency, used only here as an oracle).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { canonicalQuery, canonicalUri, queryString, rfc3986 } from '../../src/core/sign/encode.js';
import { ALGORITHM, canonicalRequest, parseSdkDate, sdkDate, sha256Hex, signature, signRequest, stringToSign } from '../../src/core/sign/index.js';
import { parseAuthorization, verifySignature } from '../../src/core/sign/verify.js';

const authHeader = (ak: string, signed: string, sig: string): string => `${ALGORITHM} Access=${ak}, SignedHeaders=${signed}, Signature=${sig}`;

describe('public test vectors (scm-api-reference §5b)', () => {
  it('V1: Go signer_test testParam1 (GET, only x-sdk-date signed, underscore header excluded)', () => {
    const { canonicalRequest: cr, signedHeaders } = canonicalRequest({
      method: 'GET', pathname: '/path', search: '?limit=1', headers: { 'X-Sdk-Date': '20060102T150405Z' }, body: '',
    });
    expect(cr).toBe('GET\n/path/\nlimit=1\nx-sdk-date:20060102T150405Z\n\nx-sdk-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(cr)).toBe('85c3b7730f308aee452b16138a42a914397e43a8f0d732dfa521c0ef2afa98a4');
    const sig = signature('SecretKey', stringToSign('20060102T150405Z', cr));
    expect(authHeader('AccessKey', signedHeaders, sig)).toBe(
      'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624');
  });

  it('V2: Go testParam2 (POST, body hash includes the trailing newline of json.Encoder)', () => {
    const { canonicalRequest: cr, signedHeaders } = canonicalRequest({
      method: 'POST', pathname: '/path', search: 'key=value', headers: { 'X-Sdk-Date': '20060102T150405Z' }, body: Buffer.from('{"Name":"test","Id":1}\n'),
    });
    const sig = signature('SecretKey', stringToSign('20060102T150405Z', cr));
    expect(authHeader('AccessKey', signedHeaders, sig)).toBe(
      'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59');
  });

  it('V3: Python test_signer (host added and signed)', () => {
    const signed = signRequest({
      method: 'GET', url: new URL('https://service.endpoint.myhuaweicloud.com/resources?size=1'), headers: {}, body: '', date: new Date(Date.UTC(2020, 5, 8, 2, 39, 0)),
    }, { ak: 'my ak', sk: 'my sk' });
    expect(signed.headers['X-Sdk-Date']).toBe('20200608T023900Z');
    expect(sha256Hex(signed.canonicalRequest)).toBe('de94dd1e1ccdb730b403ce35d7e14f7c7b04337f6def1c3a3a2ba936852b133f');
    expect(signed.headers.Authorization).toBe(
      'SDK-HMAC-SHA256 Access=my ak, SignedHeaders=host;x-sdk-date, Signature=6d5bc610d3d4475346aae5cd7ed8d99585e60c0430a1d3d6e2f54e2bdd633701');
  });

  it('V4: the signing guide worked example (content-type, host, x-sdk-date)', () => {
    const signed = signRequest({
      method: 'GET',
      url: new URL('https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0'),
      headers: { 'Content-Type': 'application/json' },
      body: '',
      date: parseSdkDate('20191115T033655Z')!,
    }, { ak: 'QTWAOYTTINDUT2QVKYUC', sk: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' });
    expect(sha256Hex(signed.canonicalRequest)).toBe('b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a');
    expect(signed.headers.Authorization).toBe(
      'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe');
  });
});

describe('encoding and canonical parts', () => {
  it('encodes per RFC 3986, including the characters encodeURIComponent leaves alone', () => {
    expect(rfc3986("a b!'()*~._-")).toBe('a%20b%21%27%28%29%2A~._-');
    expect(rfc3986('一')).toBe('%E4%B8%80');
  });

  it('reproduces the Go test query string', () => {
    const search = queryString([['test', '一 (&=?!#%.*)'], ['multi', '3'], ['path', '/tmp/123'], ['multi', '1'], ['limit', '1'], ['enable', 'true'], ['multi', '2']]);
    expect(canonicalQuery(search)).toBe('enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29');
  });

  it('sends a space as %20 and reads a + as a plus, as the gateway does (a + for a space breaks the signature)', () => {
    expect(queryString([['content', 'my cert+1']])).toBe('content=my%20cert%2B1');
    expect(canonicalQuery('content=my%20cert')).toBe('content=my%20cert');
    expect(canonicalQuery('?content=my+cert')).toBe('content=my%2Bcert');
    expect(canonicalQuery('flag&a=%zz&&b=')).toBe('a=%25zz&b=&flag=');
  });

  it('adds the trailing slash to the canonical URI only', () => {
    expect(canonicalUri('/v3/scm/certificates/import')).toBe('/v3/scm/certificates/import/');
    expect(canonicalUri('/')).toBe('/');
    expect(canonicalUri('/a%20b/c')).toBe('/a%20b/c/');
  });

  it('uses X-Sdk-Content-Sha256 instead of the body hash when present', () => {
    const { canonicalRequest: cr } = canonicalRequest({ method: 'put', pathname: '/x', search: '', headers: { 'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD' }, body: 'ignored' });
    expect(cr.endsWith('\nUNSIGNED-PAYLOAD')).toBe(true);
    expect(cr.startsWith('PUT\n')).toBe(true);
  });

  it('formats and parses X-Sdk-Date', () => {
    const d = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678));
    expect(sdkDate(d)).toBe('20260102T030405Z');
    expect(parseSdkDate('20260102T030405Z')?.getTime()).toBe(Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(parseSdkDate('2026-01-02T03:04:05Z')).toBeUndefined();
    expect(parseSdkDate('20260231T000000Z')).toBeUndefined();
  });
});

// ---- the official SDK as an oracle -------------------------------------------------------------------
const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js') as {
  AKSKSigner: { sign(req: unknown, cred: { getAk(): string; getSk(): string }): Record<string, string> };
};

/** A deterministic PRNG so a failure can be reproduced from the seed in the test name. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEGMENT = 'abcXYZ019-_.~!*()';
const QUERY = "abcXYZ019-_.~ !*()'&=?/%#+一é😀";
const VALUE = 'abc XYZ 019-_.~/:;,"{}[]一';

function randomRequest(rand: () => number) {
  const pick = (chars: string, min: number, max: number): string => {
    const arr = [...chars];
    return Array.from({ length: min + Math.floor(rand() * (max - min + 1)) }, () => arr[Math.floor(rand() * arr.length)]).join('');
  };
  // '.' and '..' segments are left out: URL parsers resolve them away before any signer sees the path.
  const segment = (): string => {
    const s = pick(SEGMENT, 1, 8);
    return /^\.+$/.test(s) ? `${s}x` : s;
  };
  const path = `/${Array.from({ length: 1 + Math.floor(rand() * 4) }, segment).join('/')}${rand() < 0.3 ? '/' : ''}`;
  const query: Record<string, string | string[]> = {};
  for (let i = Math.floor(rand() * 4); i > 0; i--) {
    const key = pick(QUERY, 1, 6);
    query[key] = rand() < 0.3 ? [pick(QUERY, 0, 5), pick(QUERY, 0, 5)] : pick(QUERY, 0, 6);
  }
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (rand() < 0.5) headers['X-Project-Id'] = pick('0123456789abcdef', 32, 32);
  if (rand() < 0.3) headers['X-Domain-Id'] = pick('0123456789abcdef', 32, 32);
  if (rand() < 0.3) headers['X-Security-Token'] = pick('ABCDEFGHabcdefgh0123456789+/=', 20, 60);
  if (rand() < 0.3) headers['User-Agent'] = `scm-cli/${pick('0123456789', 1, 2)}.0`;
  const data: Record<string, unknown> | undefined = rand() < 0.6 ? { name: pick(VALUE, 0, 20), n: Math.floor(rand() * 1000), ok: rand() < 0.5, nested: { s: pick(VALUE, 0, 10) } } : undefined;
  const method = ['GET', 'POST', 'PUT', 'DELETE'][Math.floor(rand() * 4)]!;
  const date = new Date(Date.UTC(2020 + Math.floor(rand() * 10), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28), Math.floor(rand() * 24), Math.floor(rand() * 60), Math.floor(rand() * 60)));
  return { path, query, headers, data, method, date, ak: pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20, 20), sk: pick(VALUE, 10, 40) };
}

describe('agrees with the official sdk-core AKSKSigner', () => {
  it('on 500 random requests (paths, repeated and unicode query params, JSON bodies, id/token headers)', () => {
    const host = 'scm.cn-north-4.myhuaweicloud.com';
    for (let seed = 1; seed <= 500; seed++) {
      const r = randomRequest(prng(seed));
      // Encoded as the client sends it (api/wire.ts): RFC 3986, a space as %20.
      const search = queryString(Object.entries(r.query).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x] as const)));
      const url = new URL(`https://${host}${r.path}${search !== '' ? `?${search}` : ''}`);
      // The SDK hashes JSON.stringify(data): give it the object and ourselves the same string.
      const body = r.data === undefined ? '' : JSON.stringify(r.data);
      const ours = signRequest({ method: r.method, url, headers: r.headers, body, date: r.date }, { ak: r.ak, sk: r.sk });
      const theirs = AKSKSigner.sign(
        { endpoint: `https://${host}${r.path}`, method: r.method, headers: { ...r.headers, 'X-Sdk-Date': sdkDate(r.date) }, queryParams: r.query, data: r.data },
        { getAk: () => r.ak, getSk: () => r.sk },
      );
      expect(ours.headers.Authorization, `seed ${seed}: ${r.method} ${url.href}`).toBe(theirs.Authorization);
    }
  });
});

describe('verifySignature (the emulator side)', () => {
  const now = new Date(Date.UTC(2026, 2, 1, 12, 0, 0));
  const url = new URL('http://127.0.0.1:8080/v3/scm/certificates?limit=10&content=a%20b');
  const body = Buffer.from('{"x":1}');
  const signed = signRequest({ method: 'POST', url, headers: { 'Content-Type': 'application/json', 'X-Project-Id': 'p1' }, body, date: now }, { ak: 'AK1', sk: 'SK1' });
  const received = (over: Record<string, string> = {}): Record<string, string> => {
    const h: Record<string, string> = { host: url.host };
    for (const [k, v] of Object.entries({ ...signed.headers, ...over })) h[k.toLowerCase()] = v;
    return h;
  };
  const verify = (headers: Record<string, string>, opts: { at?: Date; body?: Buffer; search?: string } = {}) =>
    verifySignature({ method: 'POST', pathname: url.pathname, search: opts.search ?? url.search, headers, body: opts.body ?? body, now: opts.at ?? now, secretFor: (ak) => (ak === 'AK1' ? 'SK1' : undefined) });

  it('accepts what signRequest produced', () => expect(verify(received())).toEqual({ ok: true, ak: 'AK1' }));
  it('rejects a changed body, query or signed header', () => {
    expect(verify(received(), { body: Buffer.from('{"x":2}') })).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(verify(received(), { search: '?limit=20&content=a%20b' })).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(verify(received({ 'X-Project-Id': 'p2' }))).toMatchObject({ ok: false, reason: 'mismatch' });
  });
  it('rejects a wrong SK, an unknown AK, a malformed header', () => {
    const other = signRequest({ method: 'POST', url, headers: {}, body, date: now }, { ak: 'AK1', sk: 'WRONG' });
    expect(verify(received({ Authorization: other.headers.Authorization!, 'X-Sdk-Date': other.headers['X-Sdk-Date']! }))).toMatchObject({ ok: false });
    expect(verify(received({ Authorization: signed.headers.Authorization!.replace('AK1', 'AK9') }))).toMatchObject({ ok: false, reason: 'unknown-ak' });
    expect(verify(received({ Authorization: 'Bearer x' }))).toMatchObject({ ok: false, reason: 'malformed' });
  });
  it('allows 15 minutes of clock skew, not more', () => {
    expect(verify(received(), { at: new Date(now.getTime() + 14 * 60_000) }).ok).toBe(true);
    expect(verify(received(), { at: new Date(now.getTime() - 16 * 60_000) })).toMatchObject({ ok: false, reason: 'expired' });
  });
  it('parses the Authorization header', () => {
    expect(parseAuthorization('SDK-HMAC-SHA256 Access=A, SignedHeaders=host;x-sdk-date, Signature=ABC')).toEqual({ ak: 'A', signedHeaders: ['host', 'x-sdk-date'], signature: 'abc' });
  });
});
