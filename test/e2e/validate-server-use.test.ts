// What a leaf may be used for, and what names clients read, through the built binary (issue #9, redone): a
// host-name CN beside IP SANs alone, and certificates whose extensions keep TLS servers from using them.
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const json = (stdout: string): any => JSON.parse(stdout);
const rules = (stdout: string): string[] => json(stdout).findings.map((f: any) => `${f.rule} ${f.severity} ${f.code}`);

describeFixtures('a host-name CN beside IP SANs alone', () => {
  const args = ['validate', '--cert', C('ip-san-cn-host.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key')];

  it('CN=www.example.com with only IP:192.0.2.1: cn-not-in-san, a warning (clients never read that CN), en, zh and --json', async () => {
    const r = await runCli([...args, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(rules(r.stdout)).toEqual(['cn-not-in-san warning null']);
    expect(json(r.stdout).findings[0].message).toBe('the common name "www.example.com" is not among the subject alternative names (192.0.2.1)');
    expect((await runCli([...args, '--strict'])).code).toBe(1);
    const zh = await runCli([...args, '--lang', 'zh']);
    expect(zh.stdout).toContain('通用名称“www.example.com”不在备用名称（192.0.2.1）之中');
  });

  it('an address CN the IP SAN repeats (CN=192.168.1.1, IP:192.168.1.1) stays clean', async () => {
    const r = await runCli(['validate', '--cert', C('ip-cn.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(rules(r.stdout)).toEqual([]);
  });
});

/** `openssl verify -purpose sslserver` of a fixture's leaf against the RSA root: its output, pass or fail. */
function opensslVerify(leaf: string, untrusted?: string): string {
  const args = ['verify', '-CAfile', fixture('pki/root-rsa.crt'), ...(untrusted ? ['-untrusted', fixture(untrusted)] : []), '-purpose', 'sslserver', C(leaf)];
  try {
    return execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  } catch (e: any) {
    return `${e.stdout}${e.stderr}`;
  }
}

describeFixtures('anyExtendedKeyUsage without serverAuth', () => {
  const run = (name: string, ...more: string[]) => runCli(['validate', '--cert', C(`${name}-fullchain.pem`), '--key', C('nc.key'), ...more]);

  it('a leaf with anyExtendedKeyUsage alone: OpenSSL refuses it (error 26), so cert-not-for-servers, saying browsers take it', async () => {
    expect(opensslVerify('eku-any.crt')).toContain('error 26 at 0 depth lookup: unsuitable certificate purpose');
    const r = await run('eku-any', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(rules(r.stdout)).toEqual(['cert-not-for-servers warning null']);
    const [finding] = json(r.stdout).findings;
    expect(finding.message).toBe('CN=www.example.com lists anyExtendedKeyUsage in its extendedKeyUsage, without serverAuth: browsers take anyExtendedKeyUsage for TLS servers, but OpenSSL clients (curl, wget) refuse it ("unsuitable certificate purpose")');
    expect(finding.fix).toContain('have the certificate reissued with serverAuth in its extendedKeyUsage');
    expect((await run('eku-any', '--strict')).code).toBe(1);
    const zh = await run('eku-any', '--lang', 'zh');
    expect(zh.stdout).toContain('CN=www.example.com 的 `extendedKeyUsage` 为 anyExtendedKeyUsage，不含 `serverAuth`：浏览器把 `anyExtendedKeyUsage` 当作允许用于 TLS 服务器');
    expect(zh.stdout).toContain('在 `extendedKeyUsage` 中加入 `serverAuth`');
  });

  it('anyExtendedKeyUsage beside clientAuth: one finding naming both', async () => {
    expect(opensslVerify('eku-any-client.crt')).toContain('error 26 at 0 depth lookup');
    const r = await run('eku-any-client', '--json');
    expect(rules(r.stdout)).toEqual(['cert-not-for-servers warning null']);
    expect(json(r.stdout).findings[0].message).toMatch(/^CN=www\.example\.com lists anyExtendedKeyUsage, clientAuth in its extendedKeyUsage, without serverAuth/);
  });

  it('an intermediate with anyExtendedKeyUsage alone above a serverAuth leaf: OpenSSL refuses the leaf through it (depth 1)', async () => {
    expect(opensslVerify('eku-any-ca-leaf.crt', 'pki/eku-any-ca.crt')).toContain('error 26 at 1 depth lookup: unsuitable certificate purpose');
    const r = await run('eku-any-ca', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(rules(r.stdout)).toEqual(['cert-not-for-servers warning null']);
    expect(json(r.stdout).findings[0].message).toBe('CN=SCM Any Purpose CA lists anyExtendedKeyUsage in its extendedKeyUsage, without serverAuth: browsers take anyExtendedKeyUsage for TLS servers, but OpenSSL clients (curl, wget) refuse CN=www.example.com through it ("unsuitable certificate purpose")');
  });
});
