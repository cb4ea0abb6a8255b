// A CA's nameConstraints (RFC 5280 4.2.1.10) against the leaf's names: SCM checks names only and stores the
// chain, but `openssl verify` refuses it ("permitted subtree violation", 47; "excluded subtree violation", 48), and
// so do browsers, so validate warns (chain-name-constraints). DNS, IP, e-mail, URI and directory-name forms,
// matched as OpenSSL matches them, on every certificate below the constrained CA.
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseServed } from '../../src/core/check/index.js';
import { certFromDer } from '../../src/core/validate/model.js';
import { nameConstraintsOf } from '../../src/core/validate/name-constraints.js';
import { dnsWithin, emailWithin, ipWithin, uriWithin } from '../../src/core/validate/name-match.js';
import { check, describeFixtures, expected, fixture, triples } from '../helpers/fixtures.js';
import { describeWithTool } from '../helpers/tools.js';

const NC = expected(['chain-name-constraints'])[0]!;
const der = (rel: string): Buffer => new X509Certificate(readFileSync(fixture(rel))).raw;
const ip = (...bytes: number[]): Buffer => Buffer.from(bytes);

describe('DNS names against a DNS constraint (OpenSSL nc_dns)', () => {
  it('"example.com": the name itself and any name made by adding labels on the left', () => {
    expect(['example.com', 'www.example.com', 'a.b.example.com', 'WWW.Example.COM', '*.example.com'].map((n) => dnsWithin(n, 'example.com'))).toEqual([true, true, true, true, true]);
    expect(['bigexample.com', 'example.com.evil', 'example.org', 'com', 'xample.com'].map((n) => dnsWithin(n, 'example.com'))).toEqual([false, false, false, false, false]);
  });

  it('".example.com": names below it (and the text itself), never example.com', () => {
    expect(['www.example.com', 'a.b.example.com', '.example.com'].map((n) => dnsWithin(n, '.example.com'))).toEqual([true, true, true]);
    expect(['example.com', 'bigexample.com', 'wwwexample.com'].map((n) => dnsWithin(n, '.example.com'))).toEqual([false, false, false]);
  });

  it('an empty constraint matches every name', () => {
    expect(dnsWithin('anything.test', '')).toBe(true);
  });
});

describe('IP addresses against an address and mask', () => {
  it('IPv4 in 10.0.0.0/255.0.0.0, and only IPv4', () => {
    const base = ip(10, 0, 0, 0, 255, 0, 0, 0);
    expect(ipWithin(ip(10, 1, 2, 3), base)).toBe(true);
    expect(ipWithin(ip(10, 255, 255, 255), base)).toBe(true);
    expect(ipWithin(ip(11, 0, 0, 0), base)).toBe(false);
    expect(ipWithin(ip(9, 255, 255, 255), base)).toBe(false);
    expect(ipWithin(Buffer.alloc(16), base)).toBe(false);
  });

  it('IPv6 in 2001:db8::/32', () => {
    const base = Buffer.concat([ip(0x20, 0x01, 0x0d, 0xb8), Buffer.alloc(12), ip(0xff, 0xff, 0xff, 0xff), Buffer.alloc(12)]);
    expect(ipWithin(Buffer.concat([ip(0x20, 0x01, 0x0d, 0xb8), Buffer.alloc(11), ip(1)]), base)).toBe(true);
    expect(ipWithin(Buffer.concat([ip(0x20, 0x01, 0x0d, 0xb9), Buffer.alloc(12)]), base)).toBe(false);
    expect(ipWithin(ip(32, 1, 13, 184), base)).toBe(false);
  });
});

describe('e-mail addresses and URIs (OpenSSL nc_email, nc_uri)', () => {
  it('an e-mail host, hosts below one, one mailbox (local part case-sensitive)', () => {
    expect(['a@example.com', 'a@EXAMPLE.com', 'a@sub.example.com', 'a@example.org', 'no-at-sign'].map((e) => emailWithin(e, 'example.com'))).toEqual([true, true, false, false, false]);
    expect(['a@sub.example.com', 'a@Mail.Example.com', 'a@example.com'].map((e) => emailWithin(e, '.example.com'))).toEqual([true, true, false]);
    expect(['root@example.com', 'root@EXAMPLE.COM', 'Root@example.com', 'rooty@example.com'].map((e) => emailWithin(e, 'root@example.com'))).toEqual([true, true, false, false]);
  });

  it('a URI by its host: up to a port or a path, hosts below ".example.com", the host itself otherwise', () => {
    expect(['https://www.example.com:8443/x', 'https://WWW.example.com/', 'https://example.com/', 'https://www.example.org/', 'urn:x:y'].map((u) => uriWithin(u, '.example.com'))).toEqual([true, true, false, false, false]);
    expect(['https://example.com', 'ldap://EXAMPLE.com/o=x', 'https://www.example.com/'].map((u) => uriWithin(u, 'example.com'))).toEqual([true, true, false]);
  });
});

describeFixtures('nameConstraints as read from a certificate', () => {
  it('permitted and excluded, DNS and IP, in order; none on a CA without the extension', () => {
    const nc = nameConstraintsOf(der('pki/nc-mixed.crt'))!;
    expect(nc.permitted.map((s) => s.text)).toEqual(['DNS:example.com', 'IP:10.0.0.0/8', 'IP:2001:db8::/32']);
    expect(nc.excluded.map((s) => s.text)).toEqual(['DNS:secret.example.com', 'IP:10.9.0.0/16']);
    expect(nameConstraintsOf(der('pki/nc-other.crt'))!.permitted.map((s) => s.text)).toEqual(['DNS:.other.org']);
    expect(nameConstraintsOf(der('pki/inter-rsa.crt'))).toBeUndefined();
    const forms = nameConstraintsOf(der('pki/nc-forms.crt'))!;
    expect(forms.permitted.map((s) => s.text)).toEqual(['email:example.com', 'email:.example.com', 'URI:.example.com', 'DirName:/O=scm fixtures']);
    expect(forms.excluded.map((s) => s.text)).toEqual(['email:root@example.com']);
  });
});

const OTHER = 'CN=SCM Other.org Only CA';
const MIXED = 'CN=SCM Example.com Only CA';

describeFixtures('chain-name-constraints', () => {
  it('the tester\'s case: a CA for .other.org issued a.example.com: a warning naming the name, the CA and what it permits', async () => {
    const r = await check({ cert: 'nc-other-leaf-fullchain.pem', key: 'nc.key' });
    expect(triples(r)).toEqual([NC]);
    expect(r.findings[0]!.message).toBe(`CN=a.example.com names a.example.com, outside the names ${OTHER} (certificate 2 in nc-other-leaf-fullchain.pem) may issue for (its nameConstraints permit only DNS:.other.org): TLS clients refuse the chain (OpenSSL: "permitted subtree violation")`);
    const zh = await check({ cert: 'nc-other-leaf-fullchain.pem', key: 'nc.key' }, { lang: 'zh' });
    expect(zh.findings[0]!.message).toBe(`CN=a.example.com 包含的 a.example.com 超出了 ${OTHER}（nc-other-leaf-fullchain.pem 中的第 2 张证书）可签发的名称范围（其 \`nameConstraints\` 只允许 DNS:.other.org）：TLS 客户端会拒绝这条证书链（OpenSSL 报错 \`permitted subtree violation\`）`);
  });

  it('a leaf without a DNS SAN: its CN is the name checked, as OpenSSL does', async () => {
    const r = await check({ cert: 'nc-cn-only-fullchain.pem', key: 'nc.key' });
    // Names in the CN alone are a cause of their own (cert-no-san).
    expect(triples(r).filter((x) => !x.startsWith('cert-no-san'))).toEqual([NC]);
    expect(r.findings.find((x) => x.rule === 'chain-name-constraints')!.message).toMatch(/^CN=a\.example\.com names a\.example\.com, outside/);
  });

  it('names inside every permitted subtree, none excluded (a wildcard, IPv4, IPv6): nothing', async () => {
    expect(triples(await check({ cert: 'nc-inside-fullchain.pem', key: 'nc.key' }))).toEqual([]);
  });

  it('names outside: one finding for the CA, every such name listed (DNS and IP), only the permitted forms they break', async () => {
    const r = await check({ cert: 'nc-outside-fullchain.pem', key: 'nc.key' });
    expect(triples(r)).toEqual([NC]);
    expect(r.findings[0]!.message).toBe(`CN=www.example.com names www.example.org, bigexample.com, 192.0.2.1, outside the names ${MIXED} (certificate 2 in nc-outside-fullchain.pem) may issue for (its nameConstraints permit only DNS:example.com, IP:10.0.0.0/8, IP:2001:db8::/32): TLS clients refuse the chain (OpenSSL: "permitted subtree violation")`);
  });

  it('names in an excluded subtree: said as excluded', async () => {
    const r = await check({ cert: 'nc-excluded-fullchain.pem', key: 'nc.key' });
    expect(triples(r)).toEqual([NC]);
    expect(r.findings[0]!.message).toBe(`CN=www.example.com names a.secret.example.com, 10.9.8.7, which ${MIXED} (certificate 2 in nc-excluded-fullchain.pem) must not issue for (its nameConstraints exclude DNS:secret.example.com, IP:10.9.0.0/16): TLS clients refuse the chain (OpenSSL: "excluded subtree violation")`);
    const zh = await check({ cert: 'nc-excluded-fullchain.pem', key: 'nc.key' }, { lang: 'zh' });
    expect(zh.findings[0]!.message).toBe(`CN=www.example.com 包含的 a.secret.example.com、10.9.8.7 属于 ${MIXED}（nc-excluded-fullchain.pem 中的第 2 张证书）不得签发的名称（其 \`nameConstraints\` 排除了 DNS:secret.example.com、IP:10.9.0.0/16）：TLS 客户端会拒绝这条证书链（OpenSSL 报错 \`excluded subtree violation\`）`);
  });

  it('e-mail, URI and directory names inside (the subject compared as OpenSSL does: case and spaces aside): nothing', async () => {
    expect(triples(await check({ cert: 'nc-forms-inside-fullchain.pem', key: 'nc.key' }))).toEqual([]);
  });

  it('the subject, its emailAddress, e-mail and URI SANs outside: one finding naming each, and only the forms they break', async () => {
    const r = await check({ cert: 'nc-forms-outside-fullchain.pem', key: 'nc.key' });
    expect(triples(r)).toEqual([NC]);
    expect(r.findings[0]!.message).toBe('CN=www.example.com names DirName:/O=Other/CN=www.example.com/emailAddress=web@other.org, email:web@other.org, email:ops@sub.example.org, URI:https://example.com/, URI:https://www.example.org/, outside the names CN=SCM Forms Only CA (certificate 2 in nc-forms-outside-fullchain.pem) may issue for (its nameConstraints permit only email:example.com, email:.example.com, URI:.example.com, DirName:/O=scm fixtures): TLS clients refuse the chain (OpenSSL: "permitted subtree violation")');
  });

  it('an excluded mailbox: said as excluded', async () => {
    const r = await check({ cert: 'nc-forms-excluded-fullchain.pem', key: 'nc.key' });
    expect(triples(r)).toEqual([NC]);
    expect(r.findings[0]!.message).toMatch(/^CN=www\.example\.com names email:root@example\.com, which CN=SCM Forms Only CA .* \(its nameConstraints exclude email:root@example\.com\)/);
  });

  it('an intermediate below a constrained CA is checked too (its subject against the directory name), as OpenSSL does', async () => {
    const r = await check({ cert: 'nc-dir-sub-fullchain.pem', key: 'nc.key' });
    expect(triples(r)).toEqual([NC]);
    expect(r.findings[0]!.message).toMatch(/^CN=SCM Elsewhere Sub CA names DirName:\/O=Elsewhere\/CN=SCM Elsewhere Sub CA, outside the names CN=SCM Fixtures Names Only CA \(certificate 3 in/);
  });

  it('read by content, the same; scm check: a problem of the served chain', async () => {
    expect(triples(await check({ files: ['nc-other-leaf.crt', 'nc.key', 'pki/nc-other.crt'] }))).toEqual([NC]);
    const pems = readFileSync(fixture('cases/nc-other-leaf-fullchain.pem'), 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)!;
    const certs = pems.map((pem, i) => certFromDer(new X509Certificate(pem).raw, 'the served chain', i + 1));
    const r = analyseServed(certs, 0, true, 'en', new Date());
    expect(r.problems.map((p) => p.id)).toEqual(['chain-name-constraints']);
    expect(r.problems[0]!.message).toContain('(its nameConstraints permit only DNS:.other.org)');
  });
});

describeFixtures('what OpenSSL refuses to judge is said, never passed', () => {
  it('a subtree with a maximum (or a minimum other than 0): OpenSSL error 49, with its own fix', async () => {
    const nc = nameConstraintsOf(der('pki/nc-minmax.crt'))!;
    expect(nc.permitted.map((s) => [s.text, s.minmax])).toEqual([['DNS:example.com', true]]);
    expect(nameConstraintsOf(der('pki/nc-mixed.crt'))!.permitted.every((s) => s.minmax === undefined)).toBe(true);
    const r = await check({ cert: 'nc-minmax-fullchain.pem', key: 'nc.key' });
    expect(triples(r)).toEqual([NC]);
    expect(r.findings[0]!.message).toBe('CN=www.example.com names www.example.com, and the nameConstraints of CN=SCM Bounded Subtree CA (certificate 2 in nc-minmax-fullchain.pem) give the subtrees for such names (DNS:example.com) a minimum or maximum, which OpenSSL does not support: it refuses the chain ("name constraints minimum and maximum not supported"); the CA certificate needs reissuing without them');
    expect(r.findings[0]!.fix).toMatch(/verify error 49/);
    const zh = await check({ cert: 'nc-minmax-fullchain.pem', key: 'nc.key' }, { lang: 'zh' });
    expect(zh.findings[0]!.message).toContain('`name constraints minimum and maximum not supported`');
    expect(zh.findings[0]!.fix).toContain('校验错误 49');
  });

  it('a UPN (otherName) under a UPN subtree: OpenSSL cannot match it (51); a leaf without one is not constrained by it', async () => {
    const r = await check({ cert: 'nc-upn-fullchain.pem', key: 'nc.key' });
    expect(triples(r)).toEqual([NC]);
    expect(r.findings[0]!.message).toMatch(/^CN=www\.example\.com names otherName:1\.3\.6\.1\.4\.1\.311\.20\.2\.3;UTF8:ops@example\.com, a kind of name the nameConstraints of CN=SCM UPN Constrained CA .* restrict \(otherName:1\.3\.6\.1\.4\.1\.311\.20\.2\.3;UTF8:example\.com\) but OpenSSL cannot match: it refuses the chain \("unsupported name constraint type"\)$/);
    expect(r.findings[0]!.fix).toContain('Reissue the certificate without otherName:1.3.6.1.4.1.311.20.2.3;UTF8:ops@example.com');
    expect(triples(await check({ cert: 'nc-upn-dns-only-fullchain.pem', key: 'nc.key' }))).toEqual([]);
  });

  it('a SmtpUTF8Mailbox is an e-mail name (RFC 8398): outside the e-mail subtrees it is refused, inside it passes', async () => {
    const r = await check({ cert: 'nc-forms-eai-outside-fullchain.pem', key: 'nc.key' });
    expect(triples(r)).toEqual([NC]);
    expect(r.findings[0]!.message).toMatch(/^CN=www\.example\.com names email:用户@other\.org, outside the names .* \(its nameConstraints permit only email:example\.com, email:\.example\.com\)/);
    expect(triples(await check({ cert: 'nc-forms-eai-inside-fullchain.pem', key: 'nc.key' }))).toEqual([]);
  });
});

describeWithTool('openssl', 'scm and openssl verify agree on every name-constraint fixture', (openssl) => {
  const CAS: Record<string, string[]> = { 'nc-other-leaf': ['nc-other'], 'nc-cn-only': ['nc-other'], 'nc-dir-sub-leaf': ['nc-dir', 'nc-dir-sub'], 'nc-minmax': ['nc-minmax'], 'nc-upn': ['nc-upn'], 'nc-upn-dns-only': ['nc-upn'] };
  it.each(['nc-other-leaf', 'nc-cn-only', 'nc-inside', 'nc-outside', 'nc-excluded', 'nc-forms-inside', 'nc-forms-outside', 'nc-forms-excluded', 'nc-dir-sub-leaf',
    'nc-minmax', 'nc-upn', 'nc-upn-dns-only', 'nc-forms-eai-outside', 'nc-forms-eai-inside'])('%s', async (name) => {
    const cas = CAS[name] ?? [name.startsWith('nc-forms') ? 'nc-forms' : 'nc-mixed'];
    let refused = false;
    try {
      const untrusted = cas.flatMap((ca) => ['-untrusted', fixture(`pki/${ca}.crt`)]);
      execFileSync(openssl, ['verify', '-CAfile', fixture('pki/root-rsa.crt'), ...untrusted, fixture(`cases/${name}.crt`)], { stdio: 'pipe' });
    } catch (e) {
      const out = e as { stdout?: Buffer; stderr?: Buffer };
      refused = /subtree violation|name constraints minimum and maximum|unsupported name/.test(`${String(out.stdout ?? '')}${String(out.stderr ?? '')}`);
      expect(refused, String(e)).toBe(true);
    }
    expect(triples(await check({ cert: `${name === 'nc-dir-sub-leaf' ? 'nc-dir-sub' : name}-fullchain.pem`, key: 'nc.key' })).includes(NC)).toBe(refused);
  });
});
