// What a leaf may be used for, and what names clients read, through the built binary (issue #9, redone): a
// host-name CN beside IP SANs alone, and certificates whose extensions keep TLS servers from using them.
import { execFileSync, spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { sServer } from '../helpers/s-server.js';

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

/** An OpenSSL server with `cert` and `key` (a fixture each), and what `openssl s_client` at `version` makes of it. */
async function handshake(cert: string, key: string, version: '-tls1_2' | '-tls1_3'): Promise<{ ok: boolean; out: string }> {
  const server = await sServer(['-cert', C(cert), '-key', C(key)]);
  try {
    const r = spawnSync('openssl', ['s_client', '-connect', `127.0.0.1:${server.port}`, version], { input: '', timeout: 10_000 });
    return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
  } finally {
    await server.stop();
  }
}

describeFixtures('a leaf whose keyUsage leaves TLS servers out', () => {
  const run = (name: string, key: string, ...more: string[]) => runCli(['validate', '--cert', C(`${name}-fullchain.pem`), '--key', C(key), ...more]);

  it('keyUsage keyCertSign or nonRepudiation alone: OpenSSL refuses the purpose (error 26), cert-not-for-servers in en, zh, --json', async () => {
    for (const [name, key, usage] of [['ku-cert-sign', 'nc.key', 'keyCertSign'], ['ku-non-repudiation', 'rsa.key', 'nonRepudiation']]) {
      expect(opensslVerify(`${name}.crt`)).toContain('error 26 at 0 depth lookup: unsuitable certificate purpose');
      const r = await run(name!, key!, '--json');
      expect(r.code, r.stderr).toBe(0);
      expect(rules(r.stdout)).toEqual(['cert-not-for-servers warning null']);
      const [finding] = json(r.stdout).findings;
      expect(finding.message).toBe(`CN=www.example.com may be used only for ${usage} (keyUsage), without digitalSignature, keyEncipherment or keyAgreement, one of which a TLS server needs: OpenSSL clients (curl, wget) refuse it ("unsuitable certificate purpose")`);
      expect(finding.fix).toContain('have the certificate reissued with digitalSignature in its keyUsage');
      const zh = await run(name!, key!, '--lang', 'zh');
      expect(zh.stdout).toContain(`CN=www.example.com 只能用于 ${usage}（\`keyUsage\`），不含 TLS 服务器必需的`);
    }
  });

  it('an EC leaf with keyEncipherment alone: an OpenSSL server refuses TLS 1.2 with it (TLS 1.3 works), so cert-not-for-servers', async () => {
    expect(opensslVerify('ku-ec-encipherment.crt')).toContain(': OK');
    const tls12 = await handshake('ku-ec-encipherment.crt', 'nc.key', '-tls1_2');
    expect(tls12.ok).toBe(false);
    expect(tls12.out).toContain('handshake failure');
    expect((await handshake('ku-ec-encipherment.crt', 'nc.key', '-tls1_3')).ok).toBe(true);
    const r = await run('ku-ec-encipherment', 'nc.key', '--json');
    expect(rules(r.stdout)).toEqual(['cert-not-for-servers warning null']);
    expect(json(r.stdout).findings[0].message).toBe('CN=www.example.com has an EC key and a keyUsage without digitalSignature (keyEncipherment): an ECDSA server signs its handshake with that key, so an OpenSSL server refuses TLS 1.2 with it ("handshake failure"; TLS 1.3 still works)');
    const zh = await run('ku-ec-encipherment', 'nc.key', '--lang', 'zh');
    expect(zh.stdout).toContain('CN=www.example.com 使用 EC 密钥，但其 `keyUsage`（keyEncipherment）中没有 `digitalSignature`');
  });

  it('an RSA leaf with keyEncipherment alone: OpenSSL verifies it and serves TLS 1.2 with it, so no finding', async () => {
    expect(opensslVerify('ku-rsa-encipherment.crt')).toContain(': OK');
    expect((await handshake('ku-rsa-encipherment.crt', 'rsa.key', '-tls1_2')).ok).toBe(true);
    const r = await run('ku-rsa-encipherment', 'rsa.key', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(rules(r.stdout)).toEqual([]);
  });
});

describeFixtures('a leaf whose Netscape nsCertType leaves out SSL servers', () => {
  const run = (name: string, ...more: string[]) => runCli(['validate', '--cert', C(`${name}-fullchain.pem`), '--key', C('nc.key'), ...more]);

  it('nsCertType client, email and no extendedKeyUsage: OpenSSL refuses it (error 26), cert-not-for-servers in en, zh, --json', async () => {
    expect(opensslVerify('ns-client.crt')).toContain('error 26 at 0 depth lookup: unsuitable certificate purpose');
    const r = await run('ns-client', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(rules(r.stdout)).toEqual(['cert-not-for-servers warning null']);
    const [finding] = json(r.stdout).findings;
    expect(finding.message).toBe('CN=www.example.com is marked by its Netscape certificate type (nsCertType) for client, email only, not for SSL servers (server): OpenSSL clients (curl, wget) refuse it ("unsuitable certificate purpose")');
    expect(finding.fix).toContain('have the certificate reissued without nsCertType');
    expect((await run('ns-client', '--strict')).code).toBe(1);
    const zh = await run('ns-client', '--lang', 'zh');
    expect(zh.stdout).toContain('CN=www.example.com 的 `nsCertType` 扩展只标明 client、email，不含 SSL 服务器（`server`）');
    expect(zh.stdout).toContain('请重新签发证书，去掉 `nsCertType`');
  });

  it('nsCertType client beside extendedKeyUsage clientAuth: one warning (the extendedKeyUsage one), not two', async () => {
    expect(opensslVerify('ns-client-eku.crt')).toContain('error 26 at 0 depth lookup');
    const r = await run('ns-client-eku', '--json');
    expect(rules(r.stdout)).toEqual(['cert-not-for-servers warning null']);
    expect(json(r.stdout).findings[0].message).toMatch(/^CN=www\.example\.com may be used only for clientAuth \(extendedKeyUsage\)/);
  });

  it('nsCertType server: OpenSSL verifies it, no finding', async () => {
    expect(opensslVerify('ns-server.crt')).toContain(': OK');
    expect(rules((await run('ns-server', '--json')).stdout)).toEqual([]);
  });
});
