// A leaf signed md4WithRSAEncryption by the right intermediate (cases/md4.crt, from the generator with OpenSSL 3's
// legacy provider), through the built binary. Node cannot compute MD4, so the signature verified with no key, and
// validate refused the chain, chain-broken 'its signature does not verify with the key of CN=SCM Test Intermediate
// R2 ...: that certificate has the right name but is not the one that signed it', sending the reader after another
// intermediate. openssl verify with the legacy provider takes the chain; the link is now judged by name and key
// identifier, as an SM2 one is, and weak-signature alone is said. An intermediate with another key is still refused.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const rules = (stdout: string): string[] => JSON.parse(stdout).findings.map((f: { rule: string }) => f.rule);

describeFixtures('a leaf signed with MD4 by its real intermediate', () => {
  it.skipIf(!existsSync(C('md4.crt')))('openssl (legacy provider) verifies it; validate says weak-signature only, exit 0; a twin intermediate is still refused', async () => {
    const v = spawnSync('openssl', ['verify', '-provider', 'legacy', '-provider', 'default', '-CAfile', fixture('pki/root-rsa.crt'), '-untrusted', C('rsa-chain.pem'), C('md4.crt')], { encoding: 'utf8' });
    expect(v.stdout.trim()).toBe(`${C('md4.crt')}: OK`);
    const r = await runCli(['validate', '--cert', C('md4.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key'), '--json']);
    expect([r.code, rules(r.stdout)]).toEqual([0, ['weak-signature']]);
    const zh = await runCli(['validate', '--cert', C('md4.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key'), '--lang', 'zh']);
    expect(zh.stdout).not.toContain('chain-broken');
    expect(zh.stdout).toContain('CN=rsa.example.com 使用 MD4 签名（md4WithRSAEncryption），OpenSSL 3 客户端会直接拒绝：不加载 `legacy` 提供程序就无法校验这个签名（报错 `certificate signature failure`，即校验错误 7）');
    const twin = await runCli(['validate', '--cert', C('md4.crt'), '--chain', fixture('pki/inter-twin.crt'), '--key', C('rsa.key'), '--json']);
    expect([twin.code, rules(twin.stdout)]).toEqual([1, ['chain-broken', 'weak-signature']]);
  });
});
