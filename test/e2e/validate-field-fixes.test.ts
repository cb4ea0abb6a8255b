// What a field test of `scm validate` on real-world files found, through the built binary: each case here was
// answered wrongly before (a pair chosen by file name, IPv6 compared as text, an RSA-PSS key passed silently, ...).
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const L = (name: string): string => fixture(`bundles/layouts/${name}`);
const json = (stdout: string): any => JSON.parse(stdout);
const lines = (stdout: string): string[] => json(stdout).findings.map((f: any) => `${f.rule} ${f.severity} ${f.code}: ${f.message}`);

describeFixtures('two certificate and key pairs in one bundle (RSA and ECDSA for the same names)', () => {
  const RSA = 'CN=rsa.example.com (RSA 2048)';
  const EC = 'CN=rsa.example.com (EC P-256)';
  it('a folder: unreadable (exit 2), both pairs named, whatever the file names; upload sends nothing', async () => {
    const r = await runCli(['validate', L('dual-rsa-ecdsa'), L('cert-chain-key'), '--json']);
    expect(r.code).toBe(2);
    const [dual, other] = json(r.stdout).bundles;
    expect(dual.valid).toBe(false);
    expect(dual.error.message).toBe(`cannot tell which certificate and key to use in ${L('dual-rsa-ecdsa')}: it holds 2 certificates, each with its own private key: ${EC} in ecc.crt with its key in ecc.key; ${RSA} in rsa.crt with its key in rsa.key`);
    expect(dual.error.hint).toBe('pass one pair with --cert FILE --key FILE (and --chain FILE), or put each pair in a folder of its own');
    expect(other.valid).toBe(true);
    const up = await runCli(['upload', L('dual-rsa-ecdsa'), '--name', 'dual', '--dry-run']);
    expect(up.code).toBe(2);
    expect(up.stdout).toBe('');
    expect(up.stderr).toContain('cannot tell which certificate and key to use');
  });

  it('one PEM file holding both pairs, given as a file: the same refusal, in Chinese too', async () => {
    const r = await runCli(['validate', C('dual-pairs.pem')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`scm: cannot tell which certificate and key to use: it holds 2 certificates, each with its own private key: ${RSA} with its key, in dual-pairs.pem; ${EC} with its key, in dual-pairs.pem`);
    expect(r.stderr).toContain(`hint: split ${C('dual-pairs.pem')} into a certificate file and a key file for one pair`);
    const zh = await runCli(['validate', C('dual-pairs.pem'), '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('scm: 无法确定应使用哪一对证书和私钥：其中有 2 张证书，各有自己的私钥：dual-pairs.pem 中的 CN=rsa.example.com（RSA 2048）及其私钥；');
  });

  it('--cert and --key choose one pair of the folder', async () => {
    const r = await runCli(['validate', L('dual-rsa-ecdsa'), '--cert', `${L('dual-rsa-ecdsa')}/ecc.crt`, '--key', `${L('dual-rsa-ecdsa')}/ecc.key`, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).keyType).toBe('EC P-256');
  });
});

describeFixtures('IP addresses in --domain are compared as addresses', () => {
  const base = ['validate', '--cert', C('ip6.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key'), '--json'];
  it.each(['2001:db8::1', '2001:DB8::1', '2001:db8:0:0:0:0:0:1', '2001:DB8:0:0:0:0:0:1', '2001:0db8:0000::0001', 'fe80:0:0:0:a::1', '192.0.2.1'])('%s is covered', async (d) => {
    const r = await runCli([...base, '--domain', d]);
    expect(r.code, r.stdout).toBe(0);
    expect(json(r.stdout).findings).toEqual([]);
  });

  it('another address is not, and the message lists the SAN addresses as people write them', async () => {
    const r = await runCli([...base, '--domain', '2001:db8::2']);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual(['domain-not-covered error SCM.0015: CN=ip6.example.com does not cover 2001:db8::2; it covers ip6.example.com, 2001:db8::1, 192.0.2.1, fe80::a:0:0:1']);
  });
});

describeFixtures('an RSA-PSS key', () => {
  it('is a key-type-unsupported warning (as DSA and Ed25519), in Chinese too; --strict fails on it', async () => {
    const args = ['validate', '--cert', C('rsapss.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsapss.key')];
    const r = await runCli([...args, '--json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).findings.map((f: any) => `${f.rule} ${f.severity} ${f.code}`)).toEqual(['key-type-unsupported warning null']);
    expect((await runCli([...args, '--strict'])).code).toBe(1);
    const zh = await runCli([...args, '--lang', 'zh']);
    expect(zh.stdout).toContain('CN=pss.example.com 的密钥为 RSA-PSS 2048（只能用于 RSASSA-PSS 签名');
  });
});

describeFixtures('one count of days per report', () => {
  const HOUR = 3_600_000;
  const notAfter = (): number => Date.parse(new X509Certificate(readFileSync(C('rsa.crt'))).validTo);
  const args = ['validate', '--cert', C('rsa.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key')];
  it.each([[1, 1], [23, 1], [25, 1], [47, 1], [49, 2]])('%i hours past notAfter: header, finding and daysLeft all say %i days (en, zh)', async (hours, n) => {
    const env = { SCM_NOW: new Date(notAfter() + hours * HOUR).toISOString() };
    const j = json((await runCli([...args, '--json'], { env })).stdout);
    expect(j.certificate.daysLeft).toBe(-n);
    expect(j.findings.find((f: any) => f.rule === 'cert-expired').message).toMatch(new RegExp(`, ${n} days? ago$`));
    const en = await runCli(args, { env });
    expect(en.stdout).toContain(`expired ${n} day${n === 1 ? '' : 's'} ago`);
    const zh = await runCli([...args, '--lang', 'zh'], { env });
    expect(zh.stdout).toContain(`已过期 ${n} 天`);
    expect(zh.stdout).toContain(`（${n} 天前）`);
  });
});

describeFixtures('an intermediate that expires before the leaf', () => {
  const DAY = 86_400_000;
  const to = (rel: string): number => Date.parse(new X509Certificate(readFileSync(fixture(rel))).validTo);
  const args = ['validate', '--cert', C('short-chain-leaf.crt'), '--chain', fixture('pki/inter-short.crt'), '--key', C('rsa.key'), '--json'];
  const at = (daysBefore: number): Record<string, string> => ({ SCM_NOW: new Date(to('pki/inter-short.crt') - daysBefore * DAY - 1000).toISOString() });

  it('within --warn-days: a warning naming it, its date and the leaf (exit 0; --strict 1)', async () => {
    const r = await runCli(args, { env: at(20) });
    expect(r.code).toBe(0);
    const date = new Date(to('pki/inter-short.crt')).toISOString().slice(0, 10);
    const leafDate = new Date(to('cases/short-chain-leaf.crt')).toISOString().slice(0, 10);
    expect(lines(r.stdout)).toEqual([`chain-cert-expiring-soon warning null: CN=SCM Short-lived Intermediate in the chain expires on ${date}, in 20 days, before CN=rsa.example.com (${leafDate}): from then on clients cannot build the chain`]);
    expect((await runCli([...args, '--strict'], { env: at(20) })).code).toBe(1);
    const explain = await runCli(['explain', 'chain-cert-expiring-soon']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('expires before the leaf');
  });

  it('outside the window nothing; --warn-days widens it; once expired it is chain-cert-expired', async () => {
    expect(json((await runCli(args, { env: at(40) })).stdout).findings).toEqual([]);
    expect(json((await runCli([...args, '--warn-days', '60'], { env: at(40) })).stdout).findings.map((f: any) => f.rule)).toEqual(['chain-cert-expiring-soon']);
    expect(json((await runCli(args, { env: at(-2) })).stdout).findings.map((f: any) => f.rule)).toEqual(['chain-cert-expired']);
  });
});

describeFixtures('SCM_NOW, the injected clock', () => {
  const args = ['validate', '--cert', C('rsa-fullchain.pem'), '--key', C('rsa.key')];
  it.each(['2028-13-01', 'next year', '2028-02-30', 'Jan 1 2030', '2030-01-01 08:00'])('%j is a usage error (exit 2, one line and a hint), not "now"', async (value) => {
    const r = await runCli(args, { env: { SCM_NOW: value } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`scm: SCM_NOW: '${value}' is not an ISO date such as 2030-01-01 or 2030-01-01T08:00:00Z\nhint: fix SCM_NOW, or unset it to use the current time\n`);
  });

  it('in Chinese and in --json too; valid dates still work, and an empty value means unset', async () => {
    const zh = await runCli([...args, '--lang', 'zh'], { env: { SCM_NOW: 'next year' } });
    expect(zh.stderr).toContain('scm: SCM_NOW：“next year”不是 ISO 格式的时间');
    const j = await runCli([...args, '--json'], { env: { SCM_NOW: 'next year' } });
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stderr.trim()).error).toMatchObject({ type: 'UsageError', exitCode: 2 });
    for (const value of ['2030-01-01', '2030-01-01T08:00:00Z', '2030-01-01T08:00:00.000+08:00', '']) expect((await runCli(args, { env: { SCM_NOW: value } })).code, value).toBe(0);
    expect((await runCli(args, { env: { SCM_NOW: '2200-01-01' } })).code).toBe(1);
  });
});

// SM4 (GM/T tools), Camellia and ARIA (Korean tools) PBES2: Node's OpenSSL runs them, so the .pfx opens.
describeFixtures('PKCS#12 encrypted with SM4, Camellia or ARIA', () => {
  // The ARIA fixture holds the leaf alone (chain-too-short), the others the leaf and its chain.
  it.each([['sm4.pfx', []], ['camellia.pfx', []], ['cipher-aria-256-cbc.pfx', ['chain-too-short']]])('%s opens: its certificates and key are read', async (file, more) => {
    const pfx = fixture(`pfx/${file}`);
    const r = await runCli(['validate', '--pfx', pfx, '--json'], { env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(r.code).toBe(more.length > 0 ? 1 : 0);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual([...more, 'input-converted']);
    const wrong = await runCli(['validate', '--pfx', pfx], { env: { SCM_PFX_PASSWORD: 'other' } });
    expect([wrong.code, wrong.stderr.split('\n')[0]]).toEqual([2, `scm: cannot open ${pfx}: wrong password`]);
  });
});

describeFixtures("a CA's download unpacked as it comes: the bundles are in its folders", () => {
  it('a CSR at the top: no verdict (exit 2), the folders named and one suggested, beside another folder still validated', async () => {
    const r = await runCli(['validate', L('ca-download'), L('cert-chain-key'), '--json']);
    expect(r.code).toBe(2);
    const [download, other] = json(r.stdout).bundles;
    expect(download.error).toEqual({
      message: `${L('ca-download')} holds no certificate or private key at its top (only rsa.example.com.csr); its folders Apache, IIS, Nginx hold files: each is a bundle folder of its own`,
      hint: `validate the one for your server: \`scm validate ${L('ca-download')}/Nginx\``,
    });
    expect(download.findings).toEqual([]);
    expect(other.valid).toBe(true);
    expect((await runCli(['validate', `${L('ca-download')}/Nginx`])).code).toBe(0);
  });

  it('only folders at the top (no file at all): the same advice, in Chinese too', async () => {
    const r = await runCli(['validate', L('ca-download-bare')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`scm: ${L('ca-download-bare')} holds no certificate or private key at its top; its folders Nginx, Tomcat hold files: each is a bundle folder of its own\n`
      + `hint: validate the one for your server: \`scm validate ${L('ca-download-bare')}/Nginx\`\n`);
    const zh = await runCli(['validate', L('ca-download-bare'), '--lang', 'zh']);
    expect(zh.stderr).toContain('的顶层没有证书或私钥；其中的目录 Nginx、Tomcat 中有文件：每个目录都是单独的证书目录');
    expect(zh.stderr).toContain(`提示：请校验与服务器对应的目录：\`scm validate ${L('ca-download-bare')}/Nginx\``);
  });
});

describeFixtures('a CSR or key block beside certificates: never sent, so a warning in --chain and in --cert alike', () => {
  it('--chain with the intermediate and a key: the chain is judged and sent without the block (exit 0)', async () => {
    const args = ['--cert', C('rsa.crt'), '--chain', C('chain-with-key.pem'), '--key', C('rsa.key')];
    const r = await runCli(['validate', ...args, '--json']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual([`chain-foreign-block warning null: ${C('chain-with-key.pem')} holds a PKCS#8 private key beside its certificates; it is not sent`]);
    expect(json(r.stdout).certificate.chain[1]).toBe('CN=SCM Test Intermediate R2 (intermediate, RSA 2048)');
    const up = await runCli(['upload', ...args, '--name', 'foreign', '--dry-run', '--json']);
    expect(up.code, up.stderr).toBe(0);
    expect(up.stdout).not.toContain('PRIVATE KEY-----');
  });

  it('a fullchain with a CSR in --cert: the same warning; a chain file with nothing but a CSR is still the wrong file (error)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-foreign-'));
    const file = join(dir, 'fullchain-csr.pem');
    writeFileSync(file, Buffer.concat([readFileSync(C('rsa-fullchain.pem')), readFileSync(C('variants/rsa.csr'))]));
    const r = await runCli(['validate', '--cert', file, '--key', C('rsa.key'), '--json']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual([`chain-foreign-block warning null: ${file} holds a certificate signing request (CSR) beside its certificates; it is not sent`]);
    const only = await runCli(['validate', '--cert', C('rsa.crt'), '--chain', C('variants/rsa.csr'), '--key', C('rsa.key'), '--json']);
    expect(only.code).toBe(1);
    expect(lines(only.stdout)).toEqual([`chain-unparsable error SCM.0013: ${C('variants/rsa.csr')} holds a certificate signing request (CSR) and no certificate; a chain holds certificates only`]);
  });
});
