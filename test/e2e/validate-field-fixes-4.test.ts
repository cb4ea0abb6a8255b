// What a re-check of `scm validate` found (hunt5, second round), through the built binary: two pairs given as
// --cert (and --key), an IP address written as a DNS name, a Java keystore alone in a folder, X9.42 DH parameters.
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const json = (stdout: string): any => JSON.parse(stdout);

describeFixtures('two certificate+key pairs given as --cert (hunt5 D)', () => {
  it('leaf A, key A, leaf B, key B in one --cert file: two pairs, exit 2, both named (never a broken chain)', async () => {
    const r = await runCli(['validate', '--cert', C('dual-pairs.pem')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dual-pairs.pem: it holds 2 certificates, each with its own private key: CN=rsa.example.com (RSA 2048) with its key, in dual-pairs.pem; CN=rsa.example.com (EC P-256) with its key, in dual-pairs.pem');
    expect(r.stderr).not.toContain('intermediate');
  });

  it('both certificates in --cert and both keys in --key: two pairs, not a key that "matches no certificate"', async () => {
    const r = await runCli(['validate', '--cert', C('dual-certs.pem'), '--key', C('dual-keys.pem'), '--json']);
    expect(r.code).toBe(2);
    const err = json(r.stderr).error;
    expect(err.type).toBe('InputError');
    expect(err.message).toContain('CN=rsa.example.com (RSA 2048) in dual-certs.pem with its key in dual-keys.pem; CN=rsa.example.com (EC P-256) in dual-certs.pem with its key in dual-keys.pem');
    expect(err.hint).toBe('keep one pair: pass a --cert file with one certificate (and its chain) and a --key file with its key only');
    const zh = await runCli(['validate', '--cert', C('dual-certs.pem'), '--key', C('dual-keys.pem'), '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('请只保留一对：--cert 文件中只放一张证书（及其证书链），--key 文件中只放它的私钥');
  });

  it('one certificate of the two chosen with --cert, both keys in --key: the other key is an unused extra, as before', async () => {
    const r = await runCli(['validate', '--cert', C('rsa.crt'), '--chain', C('rsa-chain.pem'), '--key', C('dual-keys.pem'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).findings.map((f: any) => f.rule)).toEqual(['key-extra-ignored']);
  });
});

describeFixtures('an IP address written as a DNS SAN (hunt5 K)', () => {
  it('DNS:192.0.2.9 is a warning, also when --domain 192.0.2.9 is "covered" by it, in en and zh', async () => {
    const args = ['validate', '--cert', C('ip-as-dns.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key'), '--domain', '192.0.2.9'];
    const r = await runCli([...args, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).findings.map((f: any) => `${f.rule} ${f.severity}`)).toEqual(['ip-as-dns-name warning']);
    expect((await runCli([...args, '--strict'])).code).toBe(1);
    const zh = await runCli([...args, '--lang', 'zh']);
    expect(zh.stdout).toContain('DNS:192.0.2.9 是写成 DNS 名称的 IP 地址：浏览器只用 IP 类型的备用名称匹配地址，因此在浏览器中访问 https://192.0.2.9 会失败');
  });

  it('the fix names the address found (192.0.2.9), never an example one, in en and zh', async () => {
    const args = ['validate', '--cert', C('ip-as-dns.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key')];
    const r = await runCli([...args, '--json']);
    expect(json(r.stdout).findings.map((f: any) => f.fix)).toEqual(['Reissue with 192.0.2.9 as an IP subject alternative name (IP:192.0.2.9, not DNS:192.0.2.9).']);
    const text = await runCli(args);
    expect(text.stdout).toContain('fix: reissue with 192.0.2.9 as an IP subject alternative name (IP:192.0.2.9, not DNS:192.0.2.9)\n');
    const zh = await runCli([...args, '--lang', 'zh']);
    expect(zh.stdout).toContain('请重新签发，把 192.0.2.9 写成 IP 类型的备用名称（IP:192.0.2.9，而不是 DNS:192.0.2.9）');
    for (const out of [r.stdout, text.stdout, zh.stdout]) expect(out).not.toContain('192.0.2.1');
  });
});

describeFixtures('an X9.42 DH PARAMETERS block (openssl dhparam -dsaparam) is named, as other foreign blocks are (hunt5 G)', () => {
  it('beside the certificates of --cert: the chain-foreign-block warning, never sent', async () => {
    const r = await runCli(['validate', '--cert', C('rsa-x942.pem'), '--key', C('rsa.key'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const findings = json(r.stdout).findings;
    expect(findings.map((f: any) => `${f.rule} ${f.severity}`)).toEqual(['chain-foreign-block warning']);
    expect(findings[0].message).toMatch(/rsa-x942\.pem holds an X9\.42 DH PARAMETERS block beside its certificates; it is not sent$/);
  });

  it('alone as --chain: a parameters block and no certificate, not "no PEM block and not DER"', async () => {
    const r = await runCli(['validate', '--cert', C('rsa.crt'), '--chain', C('x942-dh.pem'), '--key', C('rsa.key'), '--json']);
    expect(r.code).toBe(1);
    const [finding] = json(r.stdout).findings;
    expect(finding.rule).toBe('chain-unparsable');
    expect(finding.message).toMatch(/x942-dh\.pem holds an X9\.42 DH PARAMETERS block and no certificate; a chain holds certificates only$/);
  });
});
