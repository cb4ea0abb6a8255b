// src/core/check, pinned exactly (issue #15, mutation testing): the whole row `scm check --json` prints for a
// target, the verdict at each boundary (--within, expired, not yet valid), days counted down, host matching
// (IP addresses in any case, a trailing dot, spaces), --expect by SHA-256 then SHA-1, and what a TARGET names.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseServed, assess, coversHost, fingerprintMatch, isIpAddress, parseTarget, scmLeafFacts, type LeafFacts } from '../../src/core/check/index.js';
import { certFromDer, type Cert } from '../../src/core/validate/model.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';

const DAY = 86_400_000;
const NOW = new Date('2026-06-01T12:00:00Z');
const leaf = (o: Partial<LeafFacts> = {}): LeafFacts => ({
  subject: 'CN=www.example.com', issuer: 'CN=Issuer', dns: ['www.example.com'], ip: ['192.0.2.1'],
  notBefore: new Date('2026-01-01T00:00:00Z'), notAfter: new Date(NOW.getTime() + 45 * DAY + 5000), sha1: '1'.repeat(40), sha256: '2'.repeat(64), ...o,
});
const base = { target: 'cert.pem', kind: 'file' as const, withinDays: 30, now: NOW, lang: 'en' as const };
const certsOf = (...files: string[]): Cert[] => files.flatMap((f) => readFileSync(fixture(f), 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [])
  .map((pem, i) => certFromDer(new X509Certificate(pem).raw, 'the served chain', i + 1));
const ids = (i: Parameters<typeof assess>[0]): string[] => assess(i).problems.map((p) => p.id);

describe('assess: the whole row', () => {
  it('a good certificate: every field as --json prints it', () => {
    expect(assess({ ...base, leaf: leaf(), host: 'www.example.com', expect: { what: 'scs1700000000000', sha256: '2'.repeat(64) } })).toEqual({
      target: 'cert.pem', kind: 'file', ok: true, subject: 'CN=www.example.com', issuer: 'CN=Issuer', names: ['www.example.com', '192.0.2.1'],
      notBefore: '2026-01-01T00:00:00.000Z', notAfter: '2026-07-16T12:00:05.000Z', daysLeft: 45, fingerprintSha1: '1'.repeat(40), fingerprintSha256: '2'.repeat(64),
      chain: null, host: 'www.example.com', covers: true, expect: { what: 'scs1700000000000', matches: true }, problems: [],
    });
  });

  it('what SCM gives (no subject, issuer, start or fingerprints): nulls, not empty strings', () => {
    expect(assess({ ...base, kind: 'scm', leaf: { subject: '', dns: [], ip: [], notAfter: new Date(NOW.getTime() + 100 * DAY) } })).toEqual({
      target: 'cert.pem', kind: 'scm', ok: true, subject: null, issuer: null, names: [], notBefore: null, notAfter: '2026-09-09T12:00:00.000Z', daysLeft: 100,
      fingerprintSha1: null, fingerprintSha256: null, chain: null, host: null, covers: null, expect: null, problems: [],
    });
  });

  it('the chain is copied into the row; an endpoint without a chain has no chain problem', () => {
    const chain = { complete: true, inOrder: null, certificates: ['CN=a', 'CN=b'], problems: [] };
    expect(assess({ ...base, leaf: leaf(), chain }).chain).toEqual({ complete: true, inOrder: null, certificates: ['CN=a', 'CN=b'], problems: [] });
    expect(assess({ ...base, kind: 'endpoint', leaf: leaf() })).toMatchObject({ ok: true, chain: null, problems: [] });
  });
});

describe('assess: boundaries of the verdict', () => {
  it('--within: one millisecond more than the days is ok, exactly the days is expiring; days left are counted down', () => {
    expect(ids({ ...base, leaf: leaf({ notAfter: new Date(NOW.getTime() + 30 * DAY + 1) }) })).toEqual([]);
    const at = assess({ ...base, leaf: leaf({ notAfter: new Date(NOW.getTime() + 30 * DAY) }) });
    expect(at.problems).toEqual([{ id: 'expiring', message: 'expires on 2026-07-01 12:00 UTC: 30 days left, not more than 30 (--within)' }]);
    const soon = assess({ ...base, withinDays: 7, leaf: leaf({ notAfter: new Date(NOW.getTime() + DAY + DAY / 2) }) });
    expect(soon).toMatchObject({ ok: false, daysLeft: 1 });
    expect(soon.problems).toEqual([{ id: 'expiring', message: 'expires on 2026-06-03 00:00 UTC: 1 day left, not more than 7 (--within)' }]);
  });

  it('expiring in Chinese; expired a day and a half ago is one day, in both languages', () => {
    expect(assess({ ...base, lang: 'zh', leaf: leaf({ notAfter: new Date(NOW.getTime() + 2 * DAY + 60_000) }) }).problems)
      .toEqual([{ id: 'expiring', message: '将于 2026-06-03 12:01 UTC 过期：还剩 2 天，不超过 30 天（--within）' }]);
    const gone = leaf({ notAfter: new Date(NOW.getTime() - DAY - DAY / 2) });
    expect(assess({ ...base, leaf: gone })).toMatchObject({ ok: false, daysLeft: -2, problems: [{ id: 'expired', message: 'expired on 2026-05-31 00:00 UTC (1 day ago)' }] });
    expect(assess({ ...base, lang: 'zh', leaf: gone }).problems).toEqual([{ id: 'expired', message: '已于 2026-05-31 00:00 UTC 过期（1 天前）' }]);
    expect(assess({ ...base, lang: 'zh', leaf: leaf({ notAfter: new Date(NOW.getTime() - 1000) }) }).problems).toEqual([{ id: 'expired', message: '已于 2026-06-01 11:59 UTC 过期（不到一天前）' }]);
  });

  it('not valid before: at the very millisecond it is valid; one after it is not, said whole', () => {
    expect(ids({ ...base, leaf: leaf({ notBefore: NOW }) })).toEqual([]);
    expect(assess({ ...base, leaf: leaf({ notBefore: new Date(NOW.getTime() + 1) }) }).problems).toEqual([{ id: 'not-yet-valid', message: 'not valid before 2026-06-01 12:00 UTC' }]);
    expect(assess({ ...base, lang: 'zh', leaf: leaf({ notBefore: new Date(NOW.getTime() + DAY) }) }).problems).toEqual([{ id: 'not-yet-valid', message: '2026-06-02 12:00 UTC 之前无效' }]);
  });

  it('a host not covered names every name, IP addresses too; none in English', () => {
    expect(assess({ ...base, leaf: leaf(), host: 'shop.example.com' }).problems).toEqual([{ id: 'name-mismatch', message: 'does not cover shop.example.com (its names: www.example.com, 192.0.2.1)' }]);
    expect(assess({ ...base, leaf: leaf({ dns: [], ip: [] }), host: 'x.test' }).problems).toEqual([{ id: 'name-mismatch', message: 'does not cover x.test (its names: none)' }]);
    expect(assess({ ...base, leaf: leaf(), host: '192.0.2.1' })).toMatchObject({ ok: true, covers: true });
  });

  it('--expect: a mismatch and nothing to compare, in Chinese; no --expect is no expectation', () => {
    expect(assess({ ...base, lang: 'zh', leaf: leaf(), expect: { what: 'new.pem', sha256: '3'.repeat(64) } }).problems)
      .toEqual([{ id: 'expect-mismatch', message: `不是 new.pem：SHA-256 为 ${'2'.repeat(64)}，应为 ${'3'.repeat(64)}` }]);
    expect(assess({ ...base, lang: 'zh', leaf: leaf({ sha256: undefined }), expect: { what: 'new.pem', sha256: '3'.repeat(64) } }))
      .toMatchObject({ ok: false, expect: { what: 'new.pem', matches: null }, problems: [{ id: 'expect-mismatch', message: '无法与 new.pem 比较：没有可比较的指纹' }] });
    expect(assess({ ...base, leaf: leaf() }).expect).toBeNull();
  });
});

describe('hosts and fingerprints', () => {
  it('an IP address is compared without case among the IP addresses only; a host is trimmed, its final dot dropped', () => {
    expect(coversHost({ dns: [], ip: ['FE80::1'] }, 'fe80::1')).toBe(true);
    expect(coversHost({ dns: [], ip: ['fe80::1'] }, ' FE80::1 ')).toBe(true);
    expect(coversHost({ dns: ['192.0.2.1'], ip: ['192.0.2.2'] }, '192.0.2.1')).toBe(false);
    expect(coversHost({ dns: ['*.example.com'], ip: [] }, ' Shop.Example.COM. ')).toBe(true);
    expect(coversHost({ dns: ['example.com'], ip: [] }, 'example.com..')).toBe(false);
    expect(coversHost({ dns: ['example.com'], ip: [] }, 'www.example.com')).toBe(false);
  });

  it('SHA-256 when both sides have it, else SHA-1 when both have it, else nothing to compare', () => {
    expect(fingerprintMatch({ sha1: 'a', sha256: 'b' }, { what: 'x', sha1: 'a', sha256: 'c' })).toEqual({ matches: false, algo: 'SHA-256', got: 'b', wanted: 'c' });
    expect(fingerprintMatch({ sha1: 'a', sha256: 'b' }, { what: 'x', sha256: 'b' })).toEqual({ matches: true, algo: 'SHA-256', got: 'b', wanted: 'b' });
    expect(fingerprintMatch({ sha1: 'a' }, { what: 'x', sha1: 'a', sha256: 'c' })).toEqual({ matches: true, algo: 'SHA-1', got: 'a', wanted: 'a' });
    expect(fingerprintMatch({ sha256: 'b' }, { what: 'x', sha1: 'a' })).toEqual({ matches: null, algo: '', got: '', wanted: '' });
    expect(fingerprintMatch({ sha1: 'a' }, { what: 'x', sha256: 'b' })).toEqual({ matches: null, algo: '', got: '', wanted: '' });
  });

  it('ShowCertificate: a fingerprint of another length is none; a number is none', () => {
    expect(scmLeafFacts({ domain: 'a.example.com', fingerprint: '1'.repeat(41) })).toEqual({ subject: 'CN=a.example.com', dns: ['a.example.com'], ip: [] });
    expect(scmLeafFacts({ fingerprint: 1234 })).toEqual({ subject: '', dns: [], ip: [] });
  });
});

describe('parseTarget and isIpAddress', () => {
  const none = (): boolean => false;
  it('https URL edges: port 0 is bad, the default port 443, a path that exists is still a URL', () => {
    expect(parseTarget('https://host:0', none)).toEqual({ kind: 'bad', text: 'https://host:0', why: 'port' });
    expect(parseTarget('https://host:443/', () => true)).toEqual({ kind: 'endpoint', text: 'https://host:443/', host: 'host', port: 443 });
    expect(parseTarget('https://h:1', none)).toEqual({ kind: 'endpoint', text: 'https://h:1', host: 'h', port: 1 });
    expect(parseTarget('HTTP://host', none)).toEqual({ kind: 'bad', text: 'HTTP://host', why: 'http' });
    expect(parseTarget('https://exa mple.com', none)).toEqual({ kind: 'bad', text: 'https://exa mple.com', why: 'url' });
  });

  it('only a whole https:// or http:// prefix makes a URL; host:port forms and their ports', () => {
    expect(parseTarget('see https://host', none)).toEqual({ kind: 'path', text: 'see https://host' });
    expect(parseTarget('see http://host', none)).toEqual({ kind: 'path', text: 'see http://host' });
    expect(parseTarget('host:1', none)).toEqual({ kind: 'endpoint', text: 'host:1', host: 'host', port: 1 });
    expect(parseTarget('host:000443', none)).toEqual({ kind: 'bad', text: 'host:000443', why: 'port' });
    expect(parseTarget('host:08443', none)).toEqual({ kind: 'endpoint', text: 'host:08443', host: 'host', port: 8443 });
    expect(parseTarget('[2001:db8::1]:443', none)).toEqual({ kind: 'endpoint', text: '[2001:db8::1]:443', host: '2001:db8::1', port: 443 });
    expect(parseTarget('xscs1700000000000', none)).toEqual({ kind: 'path', text: 'xscs1700000000000' });
  });

  it('IPv4 needs four groups of one to three digits, nothing around them', () => {
    expect(['1.2.3.4', '255.255.255.255', '1.2.3.4.5', '1234.1.1.1', 'a1.2.3.4', '1.2.3.4a', '1.2.3', '1..2.3', '::'].map(isIpAddress))
      .toEqual([true, true, false, false, false, false, false, false, true]);
  });
});

// The generated fixtures are valid from when they were made: a fixed day (NOW) may come before their CAs' start.
const SERVED = new Date();

describeFixtures('analyseServed: where the path stops', () => {
  it('a root with the right name and another key after the intermediate: not complete, out of order, chain-broken', () => {
    const r = analyseServed(certsOf('cases/rsa-fullchain-namesake-root.pem'), 0, true, 'en', SERVED);
    expect(r).toMatchObject({ complete: false, inOrder: false, certificates: ['CN=rsa.example.com', 'CN=SCM Test Intermediate R2', 'CN=SCM Test Root R1'] });
    expect(r.problems.map((p) => p.id)).toEqual(['chain-broken']);
    expect(analyseServed(certsOf('cases/rsa-fullchain-namesake-root.pem'), 0, false, 'en', SERVED)).toMatchObject({ complete: false, inOrder: null });
  });

  it('the real root after the intermediate, or a stranger: complete, or a missing intermediate', () => {
    expect(analyseServed(certsOf('cases/rsa-fullchain-with-root.pem'), 0, false, 'en', SERVED)).toEqual({
      complete: true, inOrder: null, certificates: ['CN=rsa.example.com', 'CN=SCM Test Intermediate R2', 'CN=SCM Test Root R1'], problems: [],
    });
    expect(analyseServed(certsOf('cases/rsa-fullchain.pem', 'pki/inter-b.crt'), 0, true, 'en', SERVED)).toMatchObject({
      complete: false, inOrder: true,
      problems: [{
        id: 'chain-missing-intermediate',
        message: 'CN=SCM Test Intermediate R2 was issued by CN=SCM Test Root R1, which is not in the chain; the chain goes on with CN=Unrelated Intermediate B, which did not issue it: add CN=SCM Test Root R1 between CN=SCM Test Intermediate R2 and CN=Unrelated Intermediate B (or remove CN=Unrelated Intermediate B if it does not belong to this chain)',
      }],
    });
  });

  it('the leaf followed by a stranger only: its issuer is missing, so not complete', () => {
    const r = analyseServed(certsOf('cases/rsa.crt', 'pki/inter-b.crt'), 0, true, 'en', SERVED);
    expect(r).toMatchObject({ complete: false, inOrder: false });
    expect(r.problems.map((p) => p.id)).toEqual(['chain-broken']);
  });

  it('a stranger after the root: complete; out of order when served, only unrelated in a folder (and not a link of its chain)', () => {
    const served = analyseServed(certsOf('cases/rsa-fullchain-with-root.pem', 'pki/root-b.crt'), 0, true, 'en', SERVED);
    expect(served).toMatchObject({ complete: true, inOrder: false });
    expect(served.problems.map((p) => p.id)).toEqual(['chain-broken']);
    expect(analyseServed(certsOf('cases/rsa-fullchain-with-root.pem', 'pki/inter-b.crt'), 0, false, 'en', SERVED)).toEqual({
      complete: true, inOrder: null, certificates: ['CN=rsa.example.com', 'CN=SCM Test Intermediate R2', 'CN=SCM Test Root R1'],
      problems: [{ id: 'chain-unrelated-cert', message: 'CN=Unrelated Intermediate B (certificate 4 in the served chain) did not issue CN=rsa.example.com or any of its intermediates; it is not sent' }],
    });
  });

  it("another leaf in a folder (an older generation) is never a link of the leaf's chain (hunt6 2)", () => {
    const r = analyseServed(certsOf('cases/archive-new.crt', 'pki/inter-rsa.crt', 'cases/archive-old.crt'), 0, false, 'en', SERVED);
    expect(r.certificates).toEqual(['CN=rsa.example.com', 'CN=SCM Test Intermediate R2']);
    expect(r.problems.map((p) => p.id)).toEqual(['chain-unrelated-cert']);
  });

  it('a leaf with a negative serial is its own fault (Go refuses it); a sound one is not', () => {
    const r = analyseServed(certsOf('cases/serial-negative.crt', 'pki/inter-rsa.crt', 'pki/root-rsa.crt'), 0, true, 'en', SERVED);
    expect(r.own?.map((p) => p.id)).toEqual(['serial-negative']);
    expect(r.problems.map((p) => p.id)).toEqual(['serial-negative']);
    expect(analyseServed(certsOf('cases/rsa.crt', 'pki/inter-rsa.crt'), 0, true, 'en', SERVED).own).toBeUndefined();
  });

  it('a leaf that is not first is named as the server certificate (check holds no key); in a file it is the file\'s own fault', () => {
    const r = analyseServed(certsOf('cases/rsa-fullchain-reversed.pem'), 2, true, 'en', SERVED);
    expect(r).toMatchObject({ complete: true, inOrder: false });
    const said = 'the end-entity (server) certificate, CN=rsa.example.com (certificate 3 in the served chain), is not first: given CN=SCM Test Root R1, CN=SCM Test Intermediate R2, CN=rsa.example.com; the right order is CN=rsa.example.com → CN=SCM Test Intermediate R2 → CN=SCM Test Root R1';
    const problem = { id: 'chain-misordered', message: `${said}: nginx, Apache and HAProxy take the first certificate of the file, CN=SCM Test Root R1, for the server's own, so they refuse it with the server's private key (key values mismatch)` };
    expect(r.problems).toEqual([problem]);
    expect(r.own).toEqual([problem]);
    // A file's verdict: it needs attention; the same chain read in order with the leaf first is a note only.
    expect(assess({ ...base, now: SERVED, leaf: leaf({ notAfter: new Date(SERVED.getTime() + 60 * DAY) }), chain: r })).toMatchObject({ ok: false, problems: [problem] });
    const firstLeaf = analyseServed(certsOf('cases/rsa-fullchain-misordered.pem'), 0, true, 'en', SERVED);
    expect([firstLeaf.problems.map((p) => p.id), firstLeaf.own]).toEqual([['chain-misordered'], undefined]);
    // A set without order (PKCS#7, PKCS#12, a folder) has no first certificate to serve.
    expect(analyseServed(certsOf('cases/rsa-fullchain-reversed.pem'), 2, false, 'en', SERVED).own).toBeUndefined();
  });
});

describeFixtures('an intermediate past its date in the served chain', () => {
  const certs = (): Cert[] => certsOf('cases/short-chain-leaf.crt', 'cases/short-chain.pem');
  const interEnd = (): Date => new Date(new X509Certificate(readFileSync(fixture('pki/inter-short.crt'))).validTo);

  it('is a chain problem once it has expired, with validate\'s words; none the day before', () => {
    const after = new Date(interEnd().getTime() + DAY);
    const r = analyseServed(certs(), 0, true, 'en', after);
    expect(r.problems.map((p) => p.id)).toEqual(['chain-cert-expired']);
    expect(r.problems[0]!.message).toMatch(/^CN=SCM Short-lived Intermediate in the chain expired on \d{4}-\d\d-\d\d/);
    expect(r).toMatchObject({ complete: true, inOrder: true });
    expect(analyseServed(certs(), 0, true, 'en', new Date(interEnd().getTime() - DAY)).problems).toEqual([]);
    expect(analyseServed(certs(), 0, true, 'zh', after).problems[0]!.message).toMatch(/SCM Short-lived Intermediate/);
  });

  it('an expired leaf is the leaf\'s problem (assess says "expired"), never the chain\'s too', () => {
    const leafEnd = new Date(new X509Certificate(readFileSync(fixture('cases/short-leaf.crt'))).validTo);
    const served = certsOf('cases/short-leaf.crt', 'cases/rsa-chain.pem');
    expect(analyseServed(served, 0, true, 'en', new Date(leafEnd.getTime() + DAY)).problems).toEqual([]);
  });

  it('makes an endpoint need attention; a file\'s chain is reported, its verdict stays the leaf\'s', () => {
    const after = new Date(interEnd().getTime() + DAY);
    const chain = analyseServed(certs(), 0, true, 'en', after);
    const facts = leaf({ notBefore: new Date(after.getTime() - DAY), notAfter: new Date(after.getTime() + 400 * DAY) });
    const at = { ...base, now: after, leaf: facts, chain };
    expect(assess({ ...at, kind: 'endpoint' }).problems.map((p) => p.id)).toEqual(['chain-cert-expired']);
    expect(assess({ ...at, kind: 'endpoint' }).ok).toBe(false);
    expect(assess({ ...at, kind: 'file' }).ok).toBe(true);
  });
});
