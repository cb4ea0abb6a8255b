// The signer's canonical form pinned character by character where the public vectors and the SDK oracle
// (sign.test.ts) do not reach: malformed percent-escapes in a path, an empty path or query, names sorted by
// code unit (not by locale), header values trimmed, X-Sdk-Date read strictly. A change to any of these
// changes the signature of a user's request, which the gateway then refuses.
import { describe, expect, it } from 'vitest';
import { canonicalQuery, canonicalUri, rfc3986 } from '../../src/core/sign/encode.js';
import { canonicalRequest, parseSdkDate, sdkDate, sha256Hex, signRequest } from '../../src/core/sign/index.js';

describe('canonical URI', () => {
  it('keeps a malformed escape as written and encodes its %, segment by segment', () => {
    expect(canonicalUri('/a%zz/b%E4/%E4%B8%80')).toBe('/a%25zz/b%25E4/%E4%B8%80/');
  });

  it('decodes then re-encodes each segment (unreserved characters come out plain)', () => {
    expect(canonicalUri('/%7Euser/%41b%2a')).toBe('/~user/Ab%2A/');
  });

  it('an empty path is "/", and a path ending in "/" gets no second one', () => {
    expect(canonicalUri('')).toBe('/');
    expect(canonicalUri('/v3/')).toBe('/v3/');
    expect(canonicalUri('/v3//x')).toBe('/v3//x/');
  });

  it('encodes every reserved character and multi-byte UTF-8 as upper-case %XX', () => {
    expect(rfc3986("!'()*")).toBe('%21%27%28%29%2A');
    expect(rfc3986('AZaz09-_.~')).toBe('AZaz09-_.~');
    expect(rfc3986('é/?#&=+')).toBe('%C3%A9%2F%3F%23%26%3D%2B');
  });
});

describe('canonical query', () => {
  it('is empty for no query, with or without the "?"', () => {
    expect(canonicalQuery('')).toBe('');
    expect(canonicalQuery('?')).toBe('');
  });

  it('sorts names by code unit (upper case before "_" before lower case), then values of one name', () => {
    expect(canonicalQuery('?b=1&B=2&_=3&a=4')).toBe('B=2&_=3&a=4&b=1');
    expect(canonicalQuery('k=b&k=a&k=B&k=&j=z')).toBe('j=z&k=&k=B&k=a&k=b');
  });

  it('a name without a value is signed as "name="', () => {
    expect(canonicalQuery('flag&x=1')).toBe('flag=&x=1');
  });
});

describe('X-Sdk-Date', () => {
  it('formats UTC without separators or milliseconds', () => {
    expect(sdkDate(new Date(Date.UTC(2031, 11, 31, 23, 59, 59, 999)))).toBe('20311231T235959Z');
    expect(sdkDate(new Date(Date.UTC(2026, 0, 1, 0, 0, 0, 0)))).toBe('20260101T000000Z');
  });

  it('parses only the whole form (surrounding spaces aside)', () => {
    expect(parseSdkDate(' 20260102T030405Z ')?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
    expect(parseSdkDate('x20260102T030405Z')).toBeUndefined();
    expect(parseSdkDate('20260102T030405Zx')).toBeUndefined();
    expect(parseSdkDate('120260102T030405Z')).toBeUndefined();
    expect(parseSdkDate('20260102T0304051Z')).toBeUndefined();
    expect(parseSdkDate('2026010T030405Z')).toBeUndefined();
    expect(parseSdkDate('')).toBeUndefined();
  });

  it('refuses a day the month does not have, accepts the last one it has', () => {
    expect(parseSdkDate('20240229T000000Z')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseSdkDate('20250229T000000Z')).toBeUndefined();
    expect(parseSdkDate('20260431T000000Z')).toBeUndefined();
  });

  it('refuses what Date.UTC would roll over: month 13 or 00, hour 24, minute or second 60, a two-digit year', () => {
    for (const v of ['20261301T000000Z', '20260001T000000Z', '20261130T240000Z', '20261130T236000Z', '20261130T235960Z', '00501130T000000Z']) {
      expect(parseSdkDate(v), v).toBeUndefined();
    }
    expect(parseSdkDate('20261231T235959Z')?.toISOString()).toBe('2026-12-31T23:59:59.000Z');
  });
});

describe('canonical request', () => {
  it('lower-cases and sorts header names, trims values, hashes the body, upper-cases the method', () => {
    const { canonicalRequest: cr, signedHeaders } = canonicalRequest({
      method: 'post',
      pathname: '/v3/scm/certificates/import',
      search: '?b=2&a=1',
      headers: { 'X-Project-Id': '  p1  ', 'Content-Type': 'application/json', 'x-sdk-date': '20260102T030405Z' },
      body: '{"a":1}',
    });
    expect(signedHeaders).toBe('content-type;x-project-id;x-sdk-date');
    expect(cr).toBe([
      'POST', '/v3/scm/certificates/import/', 'a=1&b=2',
      'content-type:application/json\nx-project-id:p1\nx-sdk-date:20260102T030405Z\n',
      'content-type;x-project-id;x-sdk-date', sha256Hex('{"a":1}'),
    ].join('\n'));
  });

  it('hashes bytes and the same text alike', () => {
    const base = { method: 'PUT', pathname: '/x', search: '', headers: {} };
    expect(canonicalRequest({ ...base, body: Buffer.from('é', 'utf8') }).canonicalRequest).toBe(canonicalRequest({ ...base, body: 'é' }).canonicalRequest);
    expect(canonicalRequest({ ...base, body: '' }).canonicalRequest).toBe('PUT\n/x/\n\n\n\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('signRequest', () => {
  it('sends the input headers plus X-Sdk-Date and Authorization (no Host), and signs host too', () => {
    const signed = signRequest({
      method: 'DELETE',
      url: new URL('https://scm.cn-north-4.myhuaweicloud.com/v3/scm/certificates/scs1?force=true'),
      headers: { 'X-Project-Id': 'p1' },
      body: '',
      date: new Date(Date.UTC(2026, 10, 30, 12, 0, 0, 500)),
    }, { ak: 'AK', sk: 'SK' });
    expect(signed.signedHeaders).toBe('host;x-project-id;x-sdk-date');
    expect(signed.canonicalRequest).toBe([
      'DELETE', '/v3/scm/certificates/scs1/', 'force=true',
      'host:scm.cn-north-4.myhuaweicloud.com\nx-project-id:p1\nx-sdk-date:20261130T120000Z\n',
      'host;x-project-id;x-sdk-date', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ].join('\n'));
    expect(Object.keys(signed.headers)).toEqual(['X-Project-Id', 'X-Sdk-Date', 'Authorization']);
    expect(signed.headers['X-Sdk-Date']).toBe('20261130T120000Z');
    expect(signed.headers.Authorization).toMatch(/^SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$/);
  });
});
