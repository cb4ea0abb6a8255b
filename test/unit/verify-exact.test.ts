// The emulator's signature check, verdict by verdict: which Authorization headers parse, why a request is
// refused (malformed, unknown AK, no date, expired, mismatch) and the exact 15-minute edge. The emulator
// stands in for the API Gateway in every end-to-end test, so a lax check here would let a wrong signature pass.
import { describe, expect, it } from 'vitest';
import { signRequest } from '../../src/core/sign/index.js';
import { MAX_SKEW_MS, parseAuthorization, verifySignature } from '../../src/core/sign/verify.js';

describe('parseAuthorization', () => {
  it('trims around names and values, lower-cases signed header names and the signature', () => {
    expect(parseAuthorization('SDK-HMAC-SHA256 Access= A1 ,SignedHeaders= Host; X-Sdk-Date ,  Signature = ABCdef ')).toStrictEqual({
      ak: 'A1', signedHeaders: ['host', 'x-sdk-date'], signature: 'abcdef',
    });
  });

  it('takes a part with an empty name, refuses a part without "="', () => {
    expect(parseAuthorization('SDK-HMAC-SHA256 =x, Access=A, SignedHeaders=host, Signature=ab')).toStrictEqual({ ak: 'A', signedHeaders: ['host'], signature: 'ab' });
    expect(parseAuthorization('SDK-HMAC-SHA256 Access=A, junk, SignedHeaders=host, Signature=ab')).toBeUndefined();
  });

  it('needs the algorithm first and all three fields, none empty', () => {
    const ok = 'Access=A, SignedHeaders=host, Signature=ab';
    expect(parseAuthorization(`SDK-HMAC-SHA256 ${ok}`)).toBeDefined();
    expect(parseAuthorization(`SDK-HMAC-SHA1 ${ok}`)).toBeUndefined();
    expect(parseAuthorization(`${ok} SDK-HMAC-SHA256 `)).toBeUndefined();
    expect(parseAuthorization('SDK-HMAC-SHA256 SignedHeaders=host, Signature=ab')).toBeUndefined();
    expect(parseAuthorization('SDK-HMAC-SHA256 Access=A, Signature=ab')).toBeUndefined();
    expect(parseAuthorization('SDK-HMAC-SHA256 Access=A, SignedHeaders=host')).toBeUndefined();
    expect(parseAuthorization('SDK-HMAC-SHA256 Access=, SignedHeaders=host, Signature=ab')).toBeUndefined();
    expect(parseAuthorization('SDK-HMAC-SHA256 Access=A, SignedHeaders=, Signature=ab')).toBeUndefined();
    expect(parseAuthorization('SDK-HMAC-SHA256 Access=A, SignedHeaders=host, Signature=')).toBeUndefined();
  });
});

describe('verifySignature', () => {
  const now = new Date(Date.UTC(2026, 10, 30, 12, 0, 0));
  const url = new URL('http://127.0.0.1:8080/v3/scm/certificates?limit=10');
  const body = Buffer.from('{}');
  const sign = (headers: Record<string, string>, date = now, sk = 'SK1') =>
    signRequest({ method: 'GET', url, headers, body, date }, { ak: 'AK1', sk }).headers;
  /** As node:http gives them: lower-case names, host included. */
  const received = (sent: Record<string, string>, over: Record<string, string | string[] | undefined> = {}) => {
    const h: Record<string, string | string[] | undefined> = { host: url.host };
    for (const [k, v] of Object.entries(sent)) h[k.toLowerCase()] = v;
    return { ...h, ...over };
  };
  const verify = (headers: Record<string, string | string[] | undefined>, at = now) =>
    verifySignature({ method: 'GET', pathname: url.pathname, search: url.search, headers, body, now: at, secretFor: (ak) => (ak === 'AK1' ? 'SK1' : undefined) });

  it('accepts a signed request, and says whose', () => {
    expect(verify(received(sign({ 'X-Project-Id': 'p1' })))).toStrictEqual({ ok: true, ak: 'AK1' });
  });

  it('malformed: no Authorization header at all', () => {
    const h = received(sign({}));
    delete h.authorization;
    expect(verify(h)).toStrictEqual({ ok: false, reason: 'malformed' });
  });

  it('no-date: X-Sdk-Date not sent, or sent but not signed', () => {
    expect(verify(received(sign({})), now)).toStrictEqual({ ok: true, ak: 'AK1' });
    expect(verify(received(sign({}), { 'x-sdk-date': undefined }))).toStrictEqual({ ok: false, reason: 'no-date' });
    const sent = sign({});
    const unsignedDate = sent.Authorization!.replace('SignedHeaders=host;x-sdk-date', 'SignedHeaders=host');
    expect(verify(received(sent, { authorization: unsignedDate }))).toStrictEqual({ ok: false, reason: 'no-date' });
  });

  it('expired: an unreadable date, or more than 15 minutes either way; exactly 15 minutes passes', () => {
    expect(MAX_SKEW_MS).toBe(900_000);
    expect(verify(received(sign({}), { 'x-sdk-date': 'yesterday' }))).toStrictEqual({ ok: false, reason: 'expired' });
    const h = received(sign({}));
    expect(verify(h, new Date(now.getTime() + MAX_SKEW_MS)).ok).toBe(true);
    expect(verify(h, new Date(now.getTime() - MAX_SKEW_MS)).ok).toBe(true);
    expect(verify(h, new Date(now.getTime() + MAX_SKEW_MS + 1000))).toStrictEqual({ ok: false, reason: 'expired' });
    expect(verify(h, new Date(now.getTime() - MAX_SKEW_MS - 1000))).toStrictEqual({ ok: false, reason: 'expired' });
  });

  it('the date is compared trimmed, as the client signed it', () => {
    const sent = sign({});
    expect(verify(received(sent, { 'x-sdk-date': ` ${sent['X-Sdk-Date']!} ` }))).toStrictEqual({ ok: true, ak: 'AK1' });
  });

  it('a header sent several times is signed as its values joined by ","', () => {
    const sent = sign({ 'X-Trace': 'a,b' });
    expect(verify(received(sent, { 'x-trace': ['a', 'b'] }))).toStrictEqual({ ok: true, ak: 'AK1' });
  });

  it('a signed header the request lacks is taken as empty', () => {
    const sent = sign({ 'X-Empty': '' });
    const h = received(sent);
    delete h['x-empty'];
    expect(verify(h)).toStrictEqual({ ok: true, ak: 'AK1' });
  });

  it('mismatch: a wrong secret, a cut signature, a changed header; with the canonical request it checked', () => {
    const wrong = sign({ 'X-Project-Id': 'p1' }, now, 'WRONG');
    const canonical = [
      'GET', '/v3/scm/certificates/', 'limit=10',
      `host:${url.host}\nx-project-id:p1\nx-sdk-date:20261130T120000Z\n`,
      'host;x-project-id;x-sdk-date', '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    ].join('\n');
    expect(verify(received(wrong))).toStrictEqual({ ok: false, reason: 'mismatch', canonicalRequest: canonical });
    const right = sign({ 'X-Project-Id': 'p1' });
    const cut = right.Authorization!.slice(0, -2);
    expect(verify(received(right, { authorization: cut }))).toStrictEqual({ ok: false, reason: 'mismatch', canonicalRequest: canonical });
    expect(verify(received(right, { 'x-project-id': 'p2' }))).toMatchObject({ ok: false, reason: 'mismatch' });
  });
});
