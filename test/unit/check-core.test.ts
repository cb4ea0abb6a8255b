// src/core/check: what a TARGET names, the chain's state by validate's own analysis (complete, in order), and
// the verdict on one target (days left against --within at the exact boundary, names against the host,
// fingerprints against --expect), with the exact problems. Real certificates from the generated fixtures.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alertName, analyseServed, assess, coversHost, failedRow, fingerprintMatch, isIpAddress, leafFacts, parseTarget, plainFingerprint, scmLeafFacts, sniName, withRsaCertificate, type LeafFacts } from '../../src/core/check/index.js';
import { certFromDer, type Cert } from '../../src/core/validate/model.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';

/** The clock for the chain's dates: inside every generated certificate's validity. */
// Inside every fixture's dates: they are valid from when they were generated (a fixed day before it would find
// their CAs not valid yet, chain-cert-not-yet-valid), for a century.
const AT = new Date();

const DAY = 86_400_000;
const certsOf = (...files: string[]): Cert[] => files.flatMap((f) => readFileSync(fixture(f), 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [])
  .map((pem, i) => certFromDer(new X509Certificate(pem).raw, 'the served chain', i + 1));

describe('parseTarget', () => {
  const none = (): boolean => false;
  it('https URLs, host:port and [v6]:port are endpoints; the port defaults to 443', () => {
    expect(parseTarget('https://www.example.com', none)).toEqual({ kind: 'endpoint', text: 'https://www.example.com', host: 'www.example.com', port: 443 });
    expect(parseTarget('HTTPS://127.0.0.1:8443/path?q', none)).toEqual({ kind: 'endpoint', text: 'HTTPS://127.0.0.1:8443/path?q', host: '127.0.0.1', port: 8443 });
    expect(parseTarget('https://[::1]:9', none)).toMatchObject({ kind: 'endpoint', host: '::1', port: 9 });
    expect(parseTarget('www.example.com:443', none)).toEqual({ kind: 'endpoint', text: 'www.example.com:443', host: 'www.example.com', port: 443 });
    expect(parseTarget('[::1]:8443', none)).toMatchObject({ kind: 'endpoint', host: '::1', port: 8443 });
    expect(parseTarget('a:65535', none)).toMatchObject({ kind: 'endpoint', port: 65535 });
  });

  it('ports outside 1-65535, http:// and broken URLs are bad; an SCM id is an SCM target', () => {
    expect(parseTarget('host:0', none)).toEqual({ kind: 'bad', text: 'host:0', why: 'port' });
    expect(parseTarget('host:65536', none)).toEqual({ kind: 'bad', text: 'host:65536', why: 'port' });
    expect(parseTarget('https://host:99999', none)).toMatchObject({ kind: 'bad', why: 'url' });
    expect(parseTarget('http://host:80', none)).toEqual({ kind: 'bad', text: 'http://host:80', why: 'http' });
    expect(parseTarget('https://', none)).toMatchObject({ kind: 'bad', why: 'url' });
    expect(parseTarget('scs1700000000000', none)).toEqual({ kind: 'scm', text: 'scs1700000000000', id: 'scs1700000000000' });
  });

  it('anything else is a path, and a path that exists is a path whatever it looks like', () => {
    expect(parseTarget('/etc/letsencrypt/live/x', none)).toEqual({ kind: 'path', text: '/etc/letsencrypt/live/x' });
    expect(parseTarget('scs17000000000001', none)).toEqual({ kind: 'path', text: 'scs17000000000001' });
    expect(parseTarget('a:b', none)).toEqual({ kind: 'path', text: 'a:b' });
    expect(parseTarget('host:443', () => true)).toEqual({ kind: 'path', text: 'host:443' });
    expect(parseTarget('scs1700000000000', () => true)).toEqual({ kind: 'path', text: 'scs1700000000000' });
  });

  it('an absolute name (final dot) with a port is a host, not a file name; SNI drops the dot (RFC 6066)', () => {
    expect(parseTarget('www.example.com.:443', none)).toEqual({ kind: 'endpoint', text: 'www.example.com.:443', host: 'www.example.com.', port: 443 });
    expect(parseTarget('https://www.example.com./', none)).toMatchObject({ kind: 'endpoint', host: 'www.example.com.', port: 443 });
    expect(parseTarget('www.example.com..:443', none)).toEqual({ kind: 'path', text: 'www.example.com..:443' });
    expect(parseTarget('www.example.com.:443', () => true)).toEqual({ kind: 'path', text: 'www.example.com.:443' });
    expect(['www.example.com.', 'www.example.com', 'a.'].map(sniName)).toEqual(['www.example.com', 'www.example.com', 'a']);
  });

  it('names TLS alerts as the RFCs do; a number none names is said as a number', () => {
    expect([40, 112, 116, 250].map(alertName)).toEqual(['handshake_failure', 'unrecognized_name', 'certificate_required', 'alert 250']);
  });

  it('knows an IP address from a host name', () => {
    expect(['127.0.0.1', '::1', 'fe80::1', 'www.example.com', '1.2.3'].map(isIpAddress)).toEqual([true, true, true, false, false]);
  });
});

describeFixtures('analyseServed', () => {
  it('leaf then intermediate: complete and in order', () => {
    expect(analyseServed(certsOf('bundles/ec-ok/fullchain.pem'), 0, true, 'en', AT)).toEqual({
      complete: true, inOrder: true, certificates: ['CN=ec.example.com', 'CN=SCM Test Intermediate E2'], problems: [],
    });
  });

  it('the root sent too is complete and in order; a root in the middle is out of order', () => {
    expect(analyseServed(certsOf('cases/rsa-fullchain-with-root.pem'), 0, true, 'en', AT)).toMatchObject({ complete: true, inOrder: true, problems: [] });
    const r = analyseServed(certsOf('bundles/misordered/fullchain.pem'), 0, true, 'en', AT);
    expect(r).toMatchObject({ complete: true, inOrder: false });
    expect(r.problems.map((p) => p.id)).toEqual(['chain-misordered']);
  });

  it('the leaf alone is incomplete, in check\'s words; a folder (no order) says nothing of order', () => {
    const r = analyseServed(certsOf('bundles/rsa-ok/cert.pem'), 0, true, 'en', AT);
    expect(r).toEqual({ complete: false, inOrder: true, certificates: ['CN=rsa.example.com'], problems: [{ id: 'chain-too-short', message: 'CN=rsa.example.com comes alone: no intermediate certificate, so most clients cannot build a chain to a trusted root' }] });
    expect(analyseServed(certsOf('bundles/rsa-ok/cert.pem'), 0, false, 'zh', AT).problems[0]!.message).toBe('只有 CN=rsa.example.com 一张证书，没有中间证书，大多数客户端无法建立到受信任根证书的证书链');
    expect(analyseServed(certsOf('bundles/ec-ok/fullchain.pem'), 0, false, 'en', AT).inOrder).toBeNull();
  });

  it('a self-signed leaf served alone is self-signed, not "no intermediate"; with others, still self-signed', () => {
    const r = analyseServed(certsOf('cases/self-signed.crt'), 0, true, 'en', AT);
    expect(r).toEqual({ complete: false, inOrder: true, certificates: ['CN=self.example.com'], problems: [{ id: 'self-signed', message: 'CN=self.example.com is self-signed: clients trust it only where it was installed by hand, and no intermediate certificate can change that (serve a certificate a CA issued)' }] });
    expect(analyseServed(certsOf('cases/self-signed.crt'), 0, true, 'zh', AT).problems[0]!.message).toBe('CN=self.example.com 是自签名证书：只有手动安装了它的客户端才会信任它，添加中间证书也无济于事（请改用 CA 签发的证书）');
    const withOthers = analyseServed(certsOf('cases/self-signed.crt', 'bundles/rsa-ok/chain.pem'), 0, true, 'en', AT);
    expect(withOthers.problems.map((p) => p.id)).toEqual(['self-signed']);
    expect(withOthers.problems[0]!.message).toMatch(/^CN=self\.example\.com is self-signed, so no certificate in the chain can be its issuer/);
  });

  it('a missing intermediate in the middle: incomplete', () => {
    const r = analyseServed(certsOf('cases/deep-leaf.crt', 'cases/deep-chain-gap.pem'), 0, true, 'en', AT);
    expect(r.complete).toBe(false);
    expect(r.problems.map((p) => p.id)).toEqual(['chain-missing-intermediate']);
  });

  it('the same certificate twice is out of order, not incomplete', () => {
    const r = analyseServed(certsOf('cases/rsa.crt', 'cases/rsa-chain-duplicate.pem'), 0, true, 'en', AT);
    expect(r).toMatchObject({ complete: true, inOrder: false });
    expect(r.problems.map((p) => p.id)).toEqual(['chain-duplicate']);
  });

  it('an intermediate that expires before the leaf: a problem within --within days, none beyond or without it', () => {
    const certs = certsOf('cases/rsa.crt', 'pki/inter-rsa-50y-same-root.crt');
    const at = new Date(Date.parse(certs[1]!.x509.validTo) - 18.5 * 86_400_000);
    const ids = (within?: number): string[] => analyseServed(certs, 0, true, 'en', at, 'server', within).problems.map((p) => p.id);
    expect([ids(30), ids(19), ids(18), ids()]).toEqual([['chain-cert-expiring-soon'], ['chain-cert-expiring-soon'], [], []]);
  });

  it('the leaf\'s own faults (a short key, SHA-1, an extension twice, an unknown critical one, names only in its CN, not for servers) are its problems and `own`', () => {
    const own = (...files: string[]): [string[], string[] | undefined] => {
      const r = analyseServed(certsOf(...files), 0, true, 'en', AT, 'server');
      return [r.problems.map((p) => p.id), r.own?.map((p) => p.id)];
    };
    const R2 = 'bundles/rsa-ok/chain.pem';
    expect(own('cases/rsa1024.crt', R2)).toEqual([['weak-key'], ['weak-key']]);
    expect(own('cases/sha1.crt', R2)).toEqual([['weak-signature'], ['weak-signature']]);
    expect(own('cases/dup-ext.crt', R2)).toEqual([['extension-duplicate'], ['extension-duplicate']]);
    expect(own('cases/critical-unknown.crt', R2)).toEqual([['critical-extension-unknown'], ['critical-extension-unknown']]);
    expect(own('cases/cn-only.crt', R2)).toEqual([['cert-no-san'], ['cert-no-san']]);
    expect(own('cases/eku-client-fullchain.pem')).toEqual([['cert-not-for-servers'], ['cert-not-for-servers']]);
    const r = analyseServed(certsOf('cases/sha1.crt', R2), 0, true, 'en', AT, 'server');
    expect(r.own).toEqual([{ id: 'weak-signature', message: 'CN=rsa.example.com is signed with SHA-1 (sha1WithRSAEncryption)' }]);
    // The same objects: a file's verdict keeps the problems that are `own` (report.ts compares them by identity).
    expect(r.own![0]).toBe(r.problems[0]);
  });

  it('a CA\'s faults (a short key, SHA-1, an unknown critical extension, an EKU without servers) are problems, not the leaf\'s own', () => {
    const of = (...files: string[]): [Array<[string, string]>, boolean] => {
      const r = analyseServed(certsOf(...files), 0, true, 'en', AT, 'server');
      return [r.problems.map((p) => [p.id, p.message]), 'own' in r];
    };
    expect(of('cases/under-weak-inter.crt', 'cases/weak-inter-chain.pem')).toEqual([[['weak-key', 'CN=SCM Weak Intermediate has an RSA key of 1024 bits; 2048 is the minimum clients accept']], false]);
    expect(of('cases/under-sha1-inter.crt', 'cases/sha1-inter-chain.pem')).toEqual([[['weak-signature', 'CN=SCM SHA-1 Intermediate is signed with SHA-1 (sha1WithRSAEncryption)']], false]);
    expect(of('cases/critical-inter-leaf.crt', 'cases/critical-inter-chain.pem')).toEqual([[['critical-extension-unknown', expect.stringMatching(/^CN=SCM Critical Extension Intermediate marks the extension 1\.3\.6\.1\.4\.1\.55555\.7 critical/)]], false]);
    expect(of('cases/eku-ca-fullchain.pem')).toEqual([[['cert-not-for-servers', expect.stringMatching(/^CN=SCM Client and E-mail CA limits the certificates below it to clientAuth, emailProtection/)]], false]);
    // A root's own SHA-1 self-signature is not judged (clients trust the root itself, not its signature).
    expect(of('cases/under-sha1-root.crt', 'cases/sha1-root-chain.pem')).toEqual([[], false]);
  });

  it('a self-signed leaf sent twice: self-signed, and the repeat stays a repeat (chain-duplicate)', () => {
    expect(analyseServed(certsOf('cases/self-signed.crt', 'cases/self-signed.crt'), 0, true, 'en', AT).problems.map((p) => p.id)).toEqual(['self-signed', 'chain-duplicate']);
  });

  it('the facts of a leaf: subject, issuer, names, dates, fingerprints without separators', () => {
    const [leaf] = certsOf('bundles/ec-ok/cert.pem');
    const x = leaf!.x509;
    expect(leafFacts(leaf!)).toEqual({
      subject: 'CN=ec.example.com', issuer: 'O=scm fixtures, CN=SCM Test Intermediate E2', dns: ['ec.example.com', 'www.ec.example.com'], ip: [],
      notBefore: new Date(x.validFrom), notAfter: new Date(x.validTo), sha1: x.fingerprint.replace(/:/g, '').toLowerCase(), sha256: x.fingerprint256.replace(/:/g, '').toLowerCase(),
    });
  });
});

describe('assess', () => {
  const NOW = new Date('2026-06-01T00:00:00Z');
  const leaf = (o: Partial<LeafFacts> = {}): LeafFacts => ({ subject: 'CN=www.example.com', dns: ['www.example.com', '*.example.com'], ip: [], notAfter: new Date(NOW.getTime() + 30 * DAY + 1), sha1: 'a'.repeat(40), sha256: 'b'.repeat(64), ...o });
  const base = { target: 't', kind: 'file' as const, withinDays: 30, now: NOW, lang: 'en' as const };

  it('no SNI sent (an IP address): the first name or --expect mismatch says so once; a match, an expiry or an unknown comparison does not', () => {
    const NOTE = '; no SNI was sent (an IP address is never sent as SNI), so the server chose which certificate to serve: add --servername NAME with the name the site is reached by';
    const other = { what: 'X', sha256: 'c'.repeat(64) };
    const both = assess({ ...base, kind: 'endpoint', host: '192.0.2.1', noSni: true, expect: other, leaf: leaf() }).problems;
    expect(both.map((p) => [p.id, p.message.endsWith(NOTE)])).toEqual([['name-mismatch', true], ['expect-mismatch', false]]);
    const covered = assess({ ...base, kind: 'endpoint', host: '192.0.2.1', noSni: true, expect: other, leaf: leaf({ ip: ['192.0.2.1'] }) }).problems;
    expect(covered.map((p) => [p.id, p.message.endsWith(NOTE)])).toEqual([['expect-mismatch', true]]);
    const unknown = assess({ ...base, kind: 'endpoint', host: '192.0.2.1', noSni: true, expect: { what: 'X' }, leaf: leaf({ ip: ['192.0.2.1'], notAfter: NOW }) }).problems;
    expect(unknown.every((p) => !p.message.includes('SNI'))).toBe(true);
    expect(assess({ ...base, kind: 'endpoint', host: '192.0.2.1', leaf: leaf() }).problems[0]!.message).toBe('does not cover 192.0.2.1 (its names: www.example.com, *.example.com)');
    expect(assess({ ...base, kind: 'endpoint', host: '192.0.2.1', noSni: true, lang: 'zh', leaf: leaf() }).problems[0]!.message).toBe('不包含 192.0.2.1（证书中的域名：www.example.com、*.example.com）；未发送 SNI（IP 地址不会作为 SNI 发送），发送哪张证书由服务器自行决定：请加上 `--servername 域名`，给出访问网站所用的域名');
  });

  it('an RSA certificate beside the ECDSA one: its problems are the endpoint\'s, said of it, in both languages', () => {
    const ecdsa = assess({ ...base, kind: 'endpoint', leaf: leaf({ notAfter: new Date(NOW.getTime() + 90 * DAY) }) });
    const rsa = assess({ ...base, kind: 'endpoint', leaf: leaf({ notAfter: new Date(NOW.getTime() + 10 * DAY) }) });
    expect(withRsaCertificate(ecdsa, rsa, 'en')).toMatchObject({ ok: false, daysLeft: 90, problems: [{ id: 'expiring', message: 'the RSA certificate (for clients without ECDSA): expires on 2026-06-11 00:00 UTC: 10 days left, not more than 30 (--within)' }] });
    expect(withRsaCertificate(ecdsa, assess({ ...base, kind: 'endpoint', lang: 'zh', leaf: leaf({ notAfter: NOW }) }), 'zh').problems[0]!.message).toBe('RSA 证书（供不支持 ECDSA 的客户端使用）：将于 2026-06-01 00:00 UTC 过期：还剩 0 天，不超过 30 天（--within）');
    expect(withRsaCertificate(ecdsa, ecdsa, 'en')).toMatchObject({ ok: true, problems: [] });
    expect(withRsaCertificate(rsa, ecdsa, 'en')).toMatchObject({ ok: false, daysLeft: 10, problems: [{ id: 'expiring' }] });
  });

  it('--expect naming the RSA certificate served beside the leaf: said so, still a mismatch; the leaf matching wins', () => {
    const far = new Date(NOW.getTime() + 90 * DAY);
    const rsa = { sha1: 'c'.repeat(40), sha256: 'd'.repeat(64) };
    const only = assess({ ...base, kind: 'endpoint', leaf: leaf({ notAfter: far }), rsa, expect: { what: 'new.pem', sha256: 'd'.repeat(64) } });
    expect([only.ok, only.expect, only.problems]).toEqual([false, { what: 'new.pem', matches: false, matchesRsa: true }, [{ id: 'expect-mismatch', message: `is new.pem only for clients without ECDSA (its RSA certificate): clients with ECDSA get another one, SHA-256 ${'b'.repeat(64)}` }]]);
    // By SHA-1 (an SCM id), and in Chinese; without SNI the note is added as to any mismatch.
    const zh = assess({ ...base, kind: 'endpoint', lang: 'zh', leaf: leaf({ notAfter: far, sha256: undefined }), rsa, expect: { what: 'scs1700000000001', sha1: 'c'.repeat(40) } });
    expect(zh.problems[0]!.message).toBe(`只对不支持 ECDSA 的客户端提供 scs1700000000001（RSA 证书）：支持 ECDSA 的客户端得到的是另一张证书，SHA-1 为 ${'a'.repeat(40)}`);
    expect(assess({ ...base, kind: 'endpoint', host: '192.0.2.1', noSni: true, leaf: leaf({ ip: ['192.0.2.1'], notAfter: far }), rsa, expect: { what: 'x', sha1: 'c'.repeat(40) } }).problems[0]!.message).toMatch(/^is x only for clients without ECDSA .*; no SNI was sent/);
    const neither = assess({ ...base, kind: 'endpoint', leaf: leaf({ notAfter: far }), rsa, expect: { what: 'x', sha256: 'e'.repeat(64) } });
    expect([neither.expect, neither.problems[0]!.message.startsWith('is not x: ')]).toEqual([{ what: 'x', matches: false }, true]);
    const leafIt = assess({ ...base, kind: 'endpoint', leaf: leaf({ notAfter: far }), rsa, expect: { what: 'x', sha256: 'b'.repeat(64) } });
    expect([leafIt.ok, leafIt.expect]).toEqual([true, { what: 'x', matches: true }]);
    const both = assess({ ...base, kind: 'endpoint', leaf: leaf({ notAfter: far }), rsa: { sha256: 'b'.repeat(64) }, expect: { what: 'x', sha256: 'b'.repeat(64) } });
    expect(both.expect).toEqual({ what: 'x', matches: true });
  });

  it('valid for more than --within days: ok; exactly --within days left: expiring; expiry at now: expiring (notAfter is inside the validity period, RFC 5280), expired a second later', () => {
    expect(assess({ ...base, leaf: leaf() })).toMatchObject({ ok: true, problems: [], daysLeft: 30, notAfter: '2026-07-01T00:00:00.001Z' });
    expect(assess({ ...base, leaf: leaf({ notAfter: new Date(NOW.getTime() + 30 * DAY) }) }).problems).toEqual([{ id: 'expiring', message: 'expires on 2026-07-01 00:00 UTC: 30 days left, not more than 30 (--within)' }]);
    expect(assess({ ...base, leaf: leaf({ notAfter: NOW }) }).problems).toEqual([{ id: 'expiring', message: 'expires on 2026-06-01 00:00 UTC: 0 days left, not more than 30 (--within)' }]);
    expect(assess({ ...base, leaf: leaf({ notAfter: new Date(NOW.getTime() - 1000) }) }).problems).toEqual([{ id: 'expired', message: 'expired on 2026-05-31 23:59 UTC (less than a day ago)' }]);
    expect(assess({ ...base, leaf: leaf({ notAfter: new Date(NOW.getTime() - 2 * DAY) }) }).problems).toEqual([{ id: 'expired', message: 'expired on 2026-05-30 00:00 UTC (2 days ago)' }]);
    expect(assess({ ...base, withinDays: 0, leaf: leaf({ notAfter: new Date(NOW.getTime() + 1) }) }).ok).toBe(true);
    expect(assess({ ...base, leaf: leaf({ notAfter: undefined }) }).problems).toEqual([{ id: 'expiry-unknown', message: 'SCM gives no expiry date' }]);
  });

  it('not valid yet is a problem', () => {
    expect(assess({ ...base, leaf: leaf({ notBefore: new Date(NOW.getTime() + 1000) }) }).problems.map((p) => p.id)).toEqual(['not-yet-valid']);
  });

  it('the host must be covered (wildcards one level; an IP address among the IP addresses)', () => {
    expect(assess({ ...base, leaf: leaf(), host: 'shop.example.com' })).toMatchObject({ ok: true, covers: true, host: 'shop.example.com' });
    expect(assess({ ...base, leaf: leaf(), host: 'a.b.example.com' }).problems).toEqual([{ id: 'name-mismatch', message: 'does not cover a.b.example.com (its names: www.example.com, *.example.com)' }]);
    expect(assess({ ...base, leaf: leaf() }).covers).toBeNull();
    expect(coversHost({ dns: ['127.0.0.1'], ip: [] }, '127.0.0.1')).toBe(false);
    expect(coversHost({ dns: [], ip: ['127.0.0.1'] }, '127.0.0.1')).toBe(true);
    expect(coversHost({ dns: ['WWW.Example.com'], ip: [] }, 'www.example.com.')).toBe(true);
  });

  it('--expect compares SHA-256 when both have one, else SHA-1', () => {
    expect(assess({ ...base, leaf: leaf(), expect: { what: 'scs1', sha1: 'a'.repeat(40) } })).toMatchObject({ ok: true, expect: { what: 'scs1', matches: true } });
    expect(assess({ ...base, leaf: leaf(), expect: { what: 'new.pem', sha1: 'a'.repeat(40), sha256: 'c'.repeat(64) } }).problems).toEqual([{ id: 'expect-mismatch', message: `is not new.pem: SHA-256 ${'b'.repeat(64)}, expected ${'c'.repeat(64)}` }]);
    expect(assess({ ...base, leaf: leaf({ sha1: undefined }), expect: { what: 'scs1', sha1: 'a'.repeat(40) } }).problems).toEqual([{ id: 'expect-mismatch', message: 'cannot be compared with scs1: no common fingerprint' }]);
    expect(fingerprintMatch({ sha1: 'a' }, { what: 'x', sha1: 'b' })).toEqual({ matches: false, algo: 'SHA-1', got: 'a', wanted: 'b' });
  });

  it('how a chain is made up is reported, never the verdict (the contract: valid for more than --within days, matching --expect); a CA\'s own faults count for an endpoint only', () => {
    const make = (id: string) => ({ complete: false, inOrder: true, certificates: ['CN=x'], problems: [{ id, message: id }] });
    for (const id of ['chain-too-short', 'self-signed', 'chain-missing-intermediate', 'chain-broken', 'chain-misordered', 'chain-duplicate', 'chain-unrelated-cert']) {
      for (const kind of ['endpoint', 'file', 'bundle'] as const) {
        expect([id, kind, assess({ ...base, kind, leaf: leaf(), chain: make(id) })]).toMatchObject([id, kind, { ok: true, problems: [], chain: { problems: [{ id }] } }]);
      }
    }
    for (const id of ['chain-cert-expired', 'chain-cert-expiring-soon', 'chain-cert-not-yet-valid', 'chain-not-ca', 'weak-signature', 'chain-name-constraints']) {
      expect([id, assess({ ...base, kind: 'endpoint', leaf: leaf(), chain: make(id) }).problems]).toEqual([id, [{ id, message: id }]]);
      expect([id, assess({ ...base, leaf: leaf(), chain: make(id) }).ok]).toEqual([id, true]);
    }
    // The leaf's own faults decide for a file too.
    const weak = { id: 'weak-key', message: 'short' };
    expect(assess({ ...base, leaf: leaf(), chain: { ...make('x'), problems: [weak], own: [weak] } }).problems).toEqual([weak]);
  });

  it('every problem at once, in Chinese too', () => {
    const r = assess({ ...base, lang: 'zh', leaf: leaf({ notAfter: new Date(NOW.getTime() - 1000), dns: [] }), host: 'x.test', expect: { what: 'scs1', sha1: 'f'.repeat(40) } });
    expect(r.problems.map((p) => p.id)).toEqual(['expired', 'name-mismatch', 'expect-mismatch']);
    expect(r.problems[1]!.message).toBe('不包含 x.test（证书中的域名：无）');
  });

  it('a target that could not be read or reached', () => {
    expect(failedRow('https://h', 'endpoint', { id: 'unreachable', message: 'refused' }, 'h')).toEqual({
      target: 'https://h', kind: 'endpoint', ok: false, subject: null, issuer: null, names: [], notBefore: null, notAfter: null, daysLeft: null,
      fingerprintSha1: null, fingerprintSha256: null, chain: null, host: 'h', covers: null, expect: null, problems: [{ id: 'unreachable', message: 'refused' }],
    });
  });

  it('facts from ShowCertificate: the domain as the subject, SHA-1 from fingerprint', () => {
    expect(scmLeafFacts({ domain: 'www.example.com', sans: 'www.example.com;example.com', not_after: '2026-06-03 08:00:00.0', fingerprint: 'AB:'.repeat(19) + 'AB' })).toEqual({
      subject: 'CN=www.example.com', dns: ['www.example.com', 'example.com'], ip: [], notAfter: new Date('2026-06-03T00:00:00Z'), sha1: 'ab'.repeat(20),
    });
    expect(scmLeafFacts({ fingerprint: 'c'.repeat(64) })).toEqual({ subject: '', dns: [], ip: [], sha256: 'c'.repeat(64) });
    expect(scmLeafFacts({ fingerprint: 'short' })).toEqual({ subject: '', dns: [], ip: [] });
    expect(plainFingerprint('AB:cd:EF')).toBe('abcdef');
  });
});
