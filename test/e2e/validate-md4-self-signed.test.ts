// A self-signed certificate signed md4WithRSAEncryption (cases/self-signed-md4.crt, from the generator with OpenSSL
// 3's legacy provider), through the built binary. Self-signed detection verified its own signature, which Node
// cannot do for MD4: it was taken for a leaf whose issuer was missing, chain-too-short said 'add the intermediate'
// without calling it self-signed, and the summary listed its issuer as 'not included'. It is now judged by its name
// and key identifiers, as MD4 links are (c2d37f0), and reads as self-signed.crt does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const MD4 = C('self-signed-md4.crt');

describeFixtures('a self-signed certificate signed with MD4', () => {
  it.skipIf(!existsSync(MD4))('openssl (legacy provider) takes it as its own issuer; validate calls it self-signed, in English and Chinese', async () => {
    const v = spawnSync('openssl', ['verify', '-provider', 'legacy', '-provider', 'default', '-CAfile', MD4, MD4], { encoding: 'utf8' });
    expect(v.stdout.trim()).toBe(`${MD4}: OK`);
    const r = await runCli(['validate', '--cert', MD4, '--key', C('rsa.key'), '--json']);
    const findings = JSON.parse(r.stdout).findings as { rule: string; message: string }[];
    expect([r.code, findings.map((f) => f.rule)]).toEqual([1, ['chain-too-short', 'weak-signature']]);
    expect(findings[0]!.message).toBe('CN=self.example.com is self-signed and would be uploaded alone: no intermediate certificate was given, and SCM refuses a chain of length 1');
    const text = await runCli(['validate', '--cert', MD4, '--key', C('rsa.key')]);
    expect(text.stdout).not.toContain('not included');
    const zh = await runCli(['validate', '--cert', MD4, '--key', C('rsa.key'), '--lang', 'zh']);
    expect(zh.stdout).toContain('CN=self.example.com 是自签名证书，将被单独上传');
  });
  // A root self-signed with MD4 above a SHA-256 leaf: its own signature is not judged, as any root's is not.
  it.skipIf(!existsSync(C('root-md4.crt')))('as the root that issued the leaf, its MD4 self-signature is no weak-signature', async () => {
    const r = await runCli(['validate', '--cert', C('md4-root-leaf.crt'), '--chain', C('root-md4.crt'), '--key', C('rsa.key'), '--json']);
    expect([r.code, JSON.parse(r.stdout).findings]).toEqual([0, []]);
  });
});
