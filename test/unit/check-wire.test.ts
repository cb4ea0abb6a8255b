// `scm check` against endpoints, the pure part: a host:port target with a non-ASCII host (read as its A-label,
// unless a file has that name), the name sent as SNI (never an IP address, RFC 6066), IP addresses compared as
// addresses (0:0:0:0:0:0:0:1 is ::1), and a served chain's findings said of a server, not of an upload.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseServed, coversHost, looksLikeAddress, looksLikeHost, parseTarget, PROTOCOL_VERSION, sniFor, sniMayExplain } from '../../src/core/check/index.js';
import { certFromDer, type Cert } from '../../src/core/validate/model.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';

const AT = new Date('2027-01-01T00:00:00Z');
const certsOf = (...files: string[]): Cert[] => files.flatMap((f) => readFileSync(fixture(f), 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [])
  .map((pem, i) => certFromDer(new X509Certificate(pem).raw, 'the served chain', i + 1));

describe('a host:port target with a non-ASCII host', () => {
  const none = (): boolean => false;
  it('is an endpoint whose host is the A-label, as https:// makes it', () => {
    expect(parseTarget('bücher.example:44825', none)).toEqual({ kind: 'endpoint', text: 'bücher.example:44825', host: 'xn--bcher-kva.example', port: 44825 });
    expect(parseTarget('https://bücher.example:44825', none)).toMatchObject({ kind: 'endpoint', host: 'xn--bcher-kva.example', port: 44825 });
    expect(parseTarget('例子.测试:443', none)).toMatchObject({ kind: 'endpoint', host: 'xn--fsqu00a.xn--0zwm56d', port: 443 });
    expect(parseTarget('Bücher.Example.:8443', none)).toMatchObject({ kind: 'endpoint', host: 'xn--bcher-kva.example.', port: 8443 });
  });

  it('is a path when a file has that name, or when the name has no A-label', () => {
    expect(parseTarget('bücher.example:44825', () => true)).toEqual({ kind: 'path', text: 'bücher.example:44825' });
    expect(parseTarget('bü cher.example:443', none)).toEqual({ kind: 'path', text: 'bü cher.example:443' });
    expect(parseTarget('bücher/x.pem:443', none)).toEqual({ kind: 'path', text: 'bücher/x.pem:443' });
    expect(parseTarget('bücher.example:0', none)).toEqual({ kind: 'bad', text: 'bücher.example:0', why: 'port' });
  });

  it('an IPv6 address with its zone: as RFC 6874 writes it in a URL (%25) or as typed (%), with or without a port', () => {
    const at = (host: string, port: number) => ({ kind: 'endpoint', host, port });
    expect(parseTarget('https://[fe80::1%25eth0]', none)).toMatchObject(at('fe80::1%eth0', 443));
    expect(parseTarget('https://[fe80::1%eth0]', none)).toMatchObject(at('fe80::1%eth0', 443));
    expect(parseTarget('https://[FE80::1%25eth0]:8443/path?q', none)).toMatchObject(at('FE80::1%eth0', 8443));
    expect(parseTarget('https://[fe80::1%251]:443', none)).toMatchObject(at('fe80::1%1', 443));
    expect(parseTarget('[fe80::1%25eth0]:443', none)).toMatchObject(at('fe80::1%eth0', 443));
    expect(parseTarget('[fe80::1%eth0]:443', none)).toMatchObject(at('fe80::1%eth0', 443));
    expect(parseTarget('https://[fe80::1%25eth0]:0', none)).toMatchObject({ kind: 'bad', why: 'port' });
  });

  it('an IPv6 address and port without brackets stays refused, ASCII or not around it', () => {
    expect(parseTarget('::1:8443', none)).toEqual({ kind: 'bad', text: '::1:8443', why: 'ipv6' });
    expect(parseTarget('fe80::1:443', none)).toEqual({ kind: 'bad', text: 'fe80::1:443', why: 'ipv6' });
  });
});

describe('the name sent as SNI', () => {
  it('is never an IP address (RFC 6066, 3): none is sent', () => {
    expect(['127.0.0.1', '::1', '0:0:0:0:0:0:0:1', '2001:DB8::1', ' 10.0.0.1 '].map(sniFor)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('is the A-label in lower case (as browsers send it), without the final dot of an absolute name; an empty name is none', () => {
    expect(['www.example.com.', 'bücher.example', 'WWW.Example.com', 'BÜCHER.Example.', '.', ''].map(sniFor)).toEqual(['www.example.com', 'xn--bcher-kva.example', 'www.example.com', 'xn--bcher-kva.example', undefined, undefined]);
  });
});

describe('an IP address against the IP SANs', () => {
  it('is compared as an address: the full form, zeros written out, any case', () => {
    const leaf = { dns: ['v6.example.com'], ip: ['::1', '2001:db8::1'] };
    expect(['0:0:0:0:0:0:0:1', '::1', '2001:db8:0::1', '2001:DB8:0:0:0:0:0:1', ' 2001:db8::0:1 '].map((h) => coversHost(leaf, h))).toEqual([true, true, true, true, true]);
    expect(['::2', '2001:db8::2', '0:0:0:0:0:0:1:1'].map((h) => coversHost(leaf, h))).toEqual([false, false, false]);
    // SCM's answer or another source may give the SAN long: the same address all the same.
    expect(coversHost({ dns: [], ip: ['0:0:0:0:0:0:0:1'] }, '::1')).toBe(true);
    expect(coversHost({ dns: [], ip: ['192.0.2.1'] }, '192.0.2.1')).toBe(true);
  });
});

describe('the alerts a missing SNI can explain', () => {
  it('unrecognized_name (112) and handshake_failure (40) only; protocol_version is 70', () => {
    expect([112, 40, 70, 80, 42, 48, 116].map(sniMayExplain)).toEqual([true, true, false, false, false, false, false]);
    expect(PROTOCOL_VERSION).toBe(70);
  });
});

describeFixtures('a served chain with both copies of an intermediate whose subject key identifiers differ', () => {
  it('names the copy whose identifier is not the leaf\'s authority key identifier, not "one of them"', () => {
    const served = analyseServed(certsOf('cases/rsa.crt', 'pki/inter-rsa.crt', 'pki/inter-rsa-other-ski.crt'), 0, true, 'en', AT, 'server');
    expect(served.problems.map((p) => p.id)).toEqual(['chain-broken']);
    expect(served.problems[0]!.message).toMatch(/^the server sends CN=SCM Test Intermediate R2 \(certificate 3 in the served chain\), another copy of CN=SCM Test Intermediate R2 \(same key, issued by CN=SCM Test Root R1\) beside CN=SCM Test Intermediate R2 \(certificate 2 in the served chain\), and its subject key identifier \(5C:A1:AB:1E(:00){14}:C0:DE\) is not the authority key identifier of CN=rsa\.example\.com \(([0-9A-F]{2}:){19}[0-9A-F]{2}\), so not every certificate there is followed by its issuer: remove this copy from the chain the server is configured with$/);
    const zh = analyseServed(certsOf('cases/rsa.crt', 'pki/inter-rsa-other-ski.crt', 'pki/inter-rsa.crt'), 0, true, 'zh', AT, 'server');
    expect(zh.problems[0]!.message).toMatch(/^服务器发送了 CN=SCM Test Intermediate R2（the served chain 中的第 2 张证书）.*：请从服务器配置的证书链中删除这一份$/);
  });
});

describeFixtures('a served chain with a stray certificate', () => {
  it('says the server sends it and the server\'s configuration is the fix; a file keeps validate\'s words', () => {
    const served = analyseServed(certsOf('cases/rsa-fullchain-with-root.pem', 'pki/root-b.crt'), 0, true, 'en', AT, 'server');
    expect(served.problems).toEqual([{ id: 'chain-broken', message: 'the server sends CN=Unrelated Root B (certificate 4 in the served chain), which issued no certificate of this chain: remove it from the chain the server is configured with' }]);
    expect(served.problems[0]!.message).not.toMatch(/SCM|upload/);
    const zh = analyseServed(certsOf('cases/rsa-fullchain-with-root.pem', 'pki/root-b.crt'), 0, true, 'zh', AT, 'server');
    expect(zh.problems[0]!.message).toBe('服务器发送了 CN=Unrelated Root B（the served chain 中的第 4 张证书），但它没有签发这条证书链中的任何证书：请从服务器配置的证书链中删除它');
    const file = analyseServed(certsOf('cases/rsa-fullchain-with-root.pem', 'pki/root-b.crt'), 0, true, 'en', AT);
    expect(file.problems[0]!.message).toMatch(/SCM checks that each certificate is followed by its issuer, so it refuses the chain as given: remove it$/);
  });

  it('a second copy of an intermediate that breaks the chain: the server sends it, the server\'s configuration is the fix', () => {
    const served = analyseServed(certsOf('cases/rsa.crt', 'pki/inter-rsa.crt', 'pki/inter-rsa-cross-b.crt'), 0, true, 'en', AT, 'server');
    expect(served.problems).toEqual([{ id: 'chain-broken', message: 'the server sends CN=SCM Test Intermediate R2 (certificate 3 in the served chain), another copy of CN=SCM Test Intermediate R2 (same key, issued by CN=Unrelated Root B) next to the one issued by CN=SCM Test Root R1, so not every certificate there is followed by its issuer: remove one of them from the chain the server is configured with' }]);
    const zh = analyseServed(certsOf('cases/rsa.crt', 'pki/inter-rsa.crt', 'pki/inter-rsa-cross-b.crt'), 0, true, 'zh', AT, 'server');
    expect(zh.problems[0]!.message).toBe('服务器发送了 CN=SCM Test Intermediate R2（the served chain 中的第 3 张证书），它是 CN=SCM Test Intermediate R2 的另一份副本（密钥相同，由 CN=Unrelated Root B 签发），与由 CN=SCM Test Root R1 签发的那一份同时存在，因此并非每张证书后面都紧跟它的签发者：请从服务器配置的证书链中删除其中一份');
  });
});

describe('a missing path that reads as a host name or an address (the hint to give https://NAME)', () => {
  it('host names, an A-label, localhost and a final dot are; file names, paths, addresses and single words are not', () => {
    expect(['www.example.com', 'example.com', 'bücher.example', 'xn--bcher-kva.example', 'WWW.Example.COM', 'example.com.', 'localhost', 'a-b.example.cn'].filter(looksLikeHost)).toHaveLength(8);
    expect(['cert.pem', 'fullchain.PEM', 'site.p12', 'example.com.crt', 'example.com.key', 'certs/example.com', 'example', '10.0.0.1', '-x.example.com', 'example.com:443', 'example.c0m', ''].filter(looksLikeHost)).toEqual([]);
  });

  it('an IPv4 address or a bracketed IPv6 one (the hint to give https://ADDRESS): not one with its %interface, a bare IPv6 one, a file', () => {
    expect(['10.0.0.1', '127.0.0.1', '[::1]', '[2001:DB8::1]', '[::ffff:127.0.0.1]'].filter(looksLikeAddress)).toHaveLength(5);
    expect(['[fe80::1%eth0]', '::1', '10.0.0.1.pem', '10.0.0', '[::1]:443', '10.0.0.1:443', 'www.example.com', '[]', ''].filter(looksLikeAddress)).toEqual([]);
  });
});

describe('an IPv6 address with its interface, [fe80::1%eth0]:443', () => {
  it('is an endpoint (the zone kept to connect); the certificate covers the address without it', () => {
    expect(parseTarget('[fe80::1%eth0]:443', () => false)).toEqual({ kind: 'endpoint', text: '[fe80::1%eth0]:443', host: 'fe80::1%eth0', port: 443 });
    expect(parseTarget('[::1%lo]:8443', () => false)).toMatchObject({ kind: 'endpoint', host: '::1%lo', port: 8443 });
    expect(parseTarget('[::1%]:8443', () => false).kind).toBe('path');
    expect(sniFor('fe80::1%eth0')).toBeUndefined();
    expect([coversHost({ dns: [], ip: ['FE80:0:0:0:0:0:0:1'] }, 'fe80::1%eth0'), coversHost({ dns: [], ip: ['fe80::2'] }, 'fe80::1%eth0'), coversHost({ dns: ['fe80::1%eth0'], ip: [] }, 'fe80::1%eth0')]).toEqual([true, false, false]);
  });
});
