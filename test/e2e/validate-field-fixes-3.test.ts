// What a re-check of `scm validate` found (hunt5), through the built binary: each case here was answered wrongly
// before (a certbot archive/ whose key type changed refused as two pairs, --domain values parsed as URLs, ...).
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const L = (name: string): string => fixture(`bundles/layouts/${name}`);
const json = (stdout: string): any => JSON.parse(stdout);
const rules = (stdout: string): string[] => json(stdout).findings.map((f: any) => `${f.rule} ${f.severity}`);

describeFixtures('certbot archive/ after a renewal that changed the key type (hunt5 C)', () => {
  it('RSA, RSA, then ECDSA: the newest generation is the leaf, the older ones are info, not warnings', async () => {
    const r = await runCli(['validate', L('certbot-archive-ecdsa'), '--strict', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = json(r.stdout);
    expect(doc.keyType).toBe('EC P-256');
    expect(doc.certificate.notBefore).toMatch(/^2025-05-01/);
    expect(rules(r.stdout)).toEqual(['cert-older-generation info', 'cert-older-generation info']);
    expect(doc.findings[0].message).toMatch(/fullchain1\.pem\) is an older generation of the leaf \(the same names, issued 2025-01-01; the leaf was issued 2025-05-01\); it is not sent$/);
    const zh = await runCli(['validate', L('certbot-archive-ecdsa'), '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('是服务器证书的旧版本（域名相同，签发于 2025-01-01；服务器证书签发于 2025-05-01），不会被发送');
  });

  it('an RSA and an ECDSA pair renewed together: the older pairs are set aside, the newer two stay ambiguous', async () => {
    const r = await runCli(['validate', L('dual-renewed')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('it holds 2 certificates, each with its own private key: CN=rsa.example.com (EC P-256) in ecc.crt with its key in ecc.key; CN=rsa.example.com (RSA 2048) in rsa.crt with its key in rsa.key');
  });

  it('pairs issued together (nginx RSA+ECDSA) stay ambiguous', async () => {
    const r = await runCli(['validate', L('dual-rsa-ecdsa')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot tell which certificate and key to use');
  });
});

describeFixtures('--domain values that are not a host name or one IP address (hunt5 A)', () => {
  const ip = ['--cert', fixture('cases/ip6.crt'), '--key', fixture('cases/rsa.key'), '--chain', fixture('cases/rsa-chain.pem')];
  it.each([
    ['www.example.com/anything', 'has a path ("/anything")'],
    ['192.0.2.1/24', 'is an address range (prefix length "/24")'],
    ['192.0.2.1:443', 'has a port (":443")'],
    ['[2001:db8::1]', 'is an IPv6 address in brackets'],
    ['fe80::1%eth0', 'has a zone id ("%eth0")'],
  ])('%j is a usage error (exit 2) that says what is wrong, never covered', async (value, said) => {
    const r = await runCli(['validate', ...ip, '--domain', value, '--json']);
    expect(r.code).toBe(2);
    expect(json(r.stderr).error.message).toContain(`--domain '${value}' is not a domain name: it ${said}`);
  });

  it('in Chinese too', async () => {
    const r = await runCli(['validate', ...ip, '--domain', '192.0.2.1/24', '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('是一个地址段（前缀长度“/24”）；证书只包含单个地址：请传入一个地址（192.0.2.1）');
  });
});

describeFixtures('SCM_NOW with a time and no zone is UTC, whatever TZ says (hunt5 J)', () => {
  it('four hours after notAfter, written without a zone: expired in every time zone', async () => {
    const { X509Certificate } = await import('node:crypto');
    const { readFileSync } = await import('node:fs');
    const notAfter = Date.parse(new X509Certificate(readFileSync(fixture('cases/short-leaf.crt'))).validTo);
    const SCM_NOW = new Date(notAfter + 4 * 3_600_000).toISOString().replace(/\.\d+Z$/, '');
    for (const TZ of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles']) {
      const r = await runCli(['validate', '--cert', fixture('cases/short-fullchain.pem'), '--key', fixture('cases/rsa.key'), '--json'], { env: { SCM_NOW, TZ } });
      expect(rules(r.stdout), TZ).toEqual(['cert-expired error']);
    }
  });
});

describeFixtures('IPv6 names are written one way in one report: RFC 5952 (hunt5 H)', () => {
  it('the header, --json certificate.names and the messages all say 2001:db8::1', async () => {
    const args = ['validate', '--cert', fixture('cases/ip6.crt'), '--key', fixture('cases/rsa.key'), '--chain', fixture('cases/rsa-chain.pem'), '--domain', '192.0.2.7'];
    const j = await runCli([...args, '--json']);
    const doc = json(j.stdout);
    expect(doc.certificate.names).toEqual(['ip6.example.com', '2001:db8::1', '192.0.2.1', 'fe80::a:0:0:1']);
    expect(doc.findings[0].message).toContain('it covers ip6.example.com, 2001:db8::1, 192.0.2.1, fe80::a:0:0:1');
    const text = await runCli(args);
    expect(text.stdout).toMatch(/Names +ip6\.example\.com, 2001:db8::1, 192\.0\.2\.1, fe80::a:0:0:1\n/);
  });
});

describeFixtures('an intermediate with an RSA-PSS key (hunt5 E)', () => {
  it('is key-type-unsupported (warning) with or without --target; --strict fails', async () => {
    const args = ['validate', '--cert', fixture('cases/under-pss-inter-fullchain.pem'), '--key', fixture('cases/rsa.key'), '--json'];
    for (const extra of [[], ['--target', 'CDN']]) {
      const r = await runCli([...args, ...extra]);
      expect(r.code).toBe(0);
      expect(rules(r.stdout)).toEqual(['key-type-unsupported warning']);
      expect(json(r.stdout).findings[0].message).toContain('CN=SCM PSS Intermediate in the chain has an RSA-PSS 2048 key');
    }
    expect((await runCli([...args, '--strict'])).code).toBe(1);
  });
});

describeFixtures('PKCS#12 with the old ciphers OpenSSL reads with -legacy (hunt5 B; ARIA opens: validate-field-fixes.test.ts)', () => {
  it.each([
    ['cipher-des-cbc.pfx', 'DES-CBC (1.3.14.3.2.7)', '-legacy '],
    ['cipher-pbe-sha1-rc2-64.pfx', 'PBE-SHA1-RC2-64 (1.2.840.113549.1.5.11)', '-legacy '],
    ['cipher-bf-cbc.pfx', 'Blowfish-CBC (1.3.6.1.4.1.3029.1.2)', '-legacy '],
    ['cipher-pbe-md5-des.pfx', 'PBE-MD5-DES (1.2.840.113549.1.5.3)', '-legacy '],
  ])('%s: the cipher in words and the command that converts it', async (file, said, legacy) => {
    const pfx = fixture(`pfx/${file}`);
    const r = await runCli(['validate', '--pfx', pfx], { env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`it is encrypted with ${said}, which scm cannot decrypt`);
    expect(r.stderr).toContain(`hint: convert it with OpenSSL: \`openssl pkcs12 ${legacy}-in ${pfx} -nodes -out bundle.pem\``);
    const zh = await runCli(['validate', '--pfx', pfx, '--lang', 'zh'], { env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(zh.stderr).toContain(`它使用 ${said.replace(' (', '（').replace(')', '）')}加密，scm 无法解密`);
  });
});

describeFixtures('several folders, none readable (hunt5 I)', () => {
  it('the ending does not say "the others were validated" when there are none, en and zh', async () => {
    const dirs = [L('dual-rsa-ecdsa'), L('dual-renewed')];
    const en = await runCli(['validate', ...dirs]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('scm: none of the 2 bundles could be read');
    const zh = await runCli(['validate', ...dirs, '--lang', 'zh']);
    expect(zh.stderr).toContain('scm: 2 个证书目录都无法读取');
    expect(zh.stderr).not.toContain('其余的已完成校验');
    const some = await runCli(['validate', L('dual-rsa-ecdsa'), L('cert-chain-key')]);
    expect(some.stderr).toContain('1 bundle of 2 could not be read; the others were validated');
  });
});

describeFixtures('a root at the top of the chain that expires soon (hunt5 F)', () => {
  it('says it is the root, that dropping it does not help, and the fix names the newer or cross-signed path', async () => {
    const { X509Certificate } = await import('node:crypto');
    const { readFileSync } = await import('node:fs');
    const rootEnd = Date.parse(new X509Certificate(readFileSync(fixture('pki/root-short.crt'))).validTo);
    const env = { SCM_NOW: new Date(rootEnd - 10 * 86_400_000 - 1000).toISOString() };
    const r = await runCli(['validate', '--cert', fixture('cases/under-short-root-fullchain.pem'), '--key', fixture('cases/rsa.key'), '--json'], { env });
    expect(rules(r.stdout)).toEqual(['chain-cert-expiring-soon warning', 'chain-includes-root info']);
    const [soon] = json(r.stdout).findings;
    expect(soon.message).toMatch(/^the root CN=SCM Short-lived Root at the top of the chain expires on \d{4}-\d\d-\d\d, in 10 days, before CN=rsa\.example\.com \(\d{4}-\d\d-\d\d\): from then on clients cannot build a path through it; leaving it out of the bundle does not help/);
    expect(soon.fix).toContain('When it is the root that expires, ask the CA for the intermediate that chains to its newer root (or a cross-signed one)');
    const zh = await runCli(['validate', '--cert', fixture('cases/under-short-root-fullchain.pem'), '--key', fixture('cases/rsa.key'), '--lang', 'zh'], { env });
    expect(zh.stdout).toContain('证书链顶端的根证书 CN=SCM Short-lived Root 将于');
  });
});
