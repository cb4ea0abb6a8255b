// Chain rules a tester found missing or wrong, through the built binary: an intermediate not valid yet, a CA's
// nameConstraints the leaf's names break, two routes to one CA pasted one after the other, and an intermediate whose
// subjectKeyIdentifier is not the leaf's authorityKeyIdentifier though its key verifies the leaf (openssl verify: 20). `scm check` says
// the same of a chain as served (here a file, whose chain is reported; an endpoint's decides its verdict).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const json = (stdout: string): any => JSON.parse(stdout);
const rules = (stdout: string): string[] => json(stdout).findings.map((f: any) => `${f.rule} ${f.severity} ${f.code}`);
const BEFORE = { SCM_NOW: '2099-12-01T00:00:00Z' };

describeFixtures('an intermediate that is not valid yet', () => {
  const args = ['validate', '--cert', C('future-inter-fullchain.pem'), '--key', C('rsa.key')];

  it('a warning (exit 0); --strict fails on it (exit 1); in Chinese too', async () => {
    const r = await runCli([...args, '--json'], { env: BEFORE });
    expect([r.code, rules(r.stdout)]).toEqual([0, ['chain-cert-not-yet-valid warning null']]);
    expect(json(r.stdout).findings[0].fix).toBe('Get the intermediate that is valid now from your CA, or wait until 2100-01-01 to send this one.');
    expect((await runCli([...args, '--strict'], { env: BEFORE })).code).toBe(1);
    const zh = await runCli([...args, '--lang', 'zh'], { env: BEFORE });
    expect(zh.stdout).toContain('证书链中的 CN=SCM Future Intermediate 从 2100-01-01 起才生效（还有 31 天）');
  });

  it('scm check names it as a problem of the chain', async () => {
    const r = await runCli(['check', C('future-inter-fullchain.pem'), '--json'], { env: BEFORE });
    expect(json(r.stdout).targets[0].chain.problems.map((p: any) => p.id)).toEqual(['chain-cert-not-yet-valid']);
  });
});

describeFixtures('a CA whose nameConstraints the leaf breaks', () => {
  const args = ['validate', '--cert', C('nc-other-leaf-fullchain.pem'), '--key', C('nc.key')];

  it('the tester\'s case (.other.org CA, a.example.com leaf): a warning; --strict fails on it; a leaf inside passes', async () => {
    const r = await runCli([...args, '--json']);
    expect([r.code, rules(r.stdout)]).toEqual([0, ['chain-name-constraints warning null']]);
    expect((await runCli([...args, '--strict'])).code).toBe(1);
    expect((await runCli(['validate', '--cert', C('nc-inside-fullchain.pem'), '--key', C('nc.key'), '--strict'])).code).toBe(0);
    const zh = await runCli([...args, '--lang', 'zh']);
    expect(zh.stdout).toContain('CN=a.example.com 包含的 a.example.com 超出了 CN=SCM Other.org Only CA');
  });

  it('scm check names it as a problem of the chain', async () => {
    const r = await runCli(['check', C('nc-other-leaf-fullchain.pem'), '--json']);
    expect(json(r.stdout).targets[0].chain.problems.map((p: any) => p.id)).toEqual(['chain-name-constraints']);
  });
});

describeFixtures('two routes to one CA pasted one after the other', () => {
  it('one error whose fix drops the second route by position (exit 1); scm check says the same of the chain', async () => {
    const r = await runCli(['validate', '--cert', C('two-routes.pem'), '--key', C('route-leaf.key'), '--json']);
    expect([r.code, rules(r.stdout)]).toEqual([1, ['chain-broken error SCM.0079']]);
    expect(json(r.stdout).findings[0].fix).toBe(`Keep one route: drop certificates 4–5 in ${C('two-routes.pem')} (the route via CN=Route Mid B).`);
    const text = await runCli(['validate', '--cert', C('two-routes.pem'), '--key', C('route-leaf.key')]);
    expect(text.stdout).toContain(`fix: keep one route: drop certificates 4–5 in ${C('two-routes.pem')} (the route via CN=Route Mid B)\n`);
    const served = await runCli(['check', C('two-routes.pem'), '--json']);
    expect(json(served.stdout).targets[0].chain).toMatchObject({ complete: true, inOrder: false });
    expect(json(served.stdout).targets[0].chain.problems.map((p: any) => p.id)).toEqual(['chain-broken']);
  });
});

describeFixtures('an intermediate whose subject key identifier is not the leaf\'s authority key identifier', () => {
  // The RSA intermediate reissued under its name and key with another subjectKeyIdentifier: its key verifies rsa.crt.
  const args = ['validate', '--cert', C('rsa.crt'), '--key', C('rsa.key'), '--chain', C('key-id-mismatch-chain.pem')];

  it('openssl verify refuses the chain (error 20) where the first copy passes: a warning (exit 0), --strict fails on it; in Chinese too', async () => {
    const verify = (chain: string) => spawnSync('openssl', ['verify', '-CAfile', fixture('pki/root-rsa.crt'), '-untrusted', chain, C('rsa.crt')], { encoding: 'utf8' });
    const refused = verify(C('key-id-mismatch-chain.pem'));
    expect([refused.status, refused.stdout + refused.stderr]).toEqual([2, expect.stringContaining('error 20 at 0 depth lookup: unable to get local issuer certificate')]);
    expect(verify(C('rsa-chain.pem')).status).toBe(0);
    const r = await runCli([...args, '--json']);
    expect([r.code, rules(r.stdout)]).toEqual([0, ['chain-key-id-mismatch warning null']]);
    expect(json(r.stdout).findings[0].message).toMatch(/^CN=SCM Test Intermediate R2 \(certificate 1 in .*key-id-mismatch-chain\.pem\) signed CN=rsa\.example\.com \(the signature verifies with its key\), but the authority key identifier of CN=rsa\.example\.com \(([0-9A-F]{2}:){19}[0-9A-F]{2}\) is not the subject key identifier of that issuer \(5C:A1:AB:1E(:00){14}:C0:DE\): browsers accept the chain, but OpenSSL takes a certificate as the issuer only when the identifiers agree, and refuses it/);
    expect((await runCli([...args, '--strict'])).code).toBe(1);
    expect((await runCli(['validate', '--cert', C('rsa.crt'), '--key', C('rsa.key'), '--chain', C('rsa-chain.pem'), '--strict'])).code).toBe(0);
    const zh = await runCli([...args, '--lang', 'zh']);
    // The whole finding, as a Chinese reader meets it: the issuer named as such (a bare 它 read as the leaf itself).
    expect(zh.stdout).toMatch(/^ {4}CN=SCM Test Intermediate R2（\S*key-id-mismatch-chain\.pem 中的第 1 张证书）签发了 CN=rsa\.example\.com（用签发者的公钥能验证签名），但 CN=rsa\.example\.com 的授权密钥标识符（(?:[0-9A-F]{2}:){19}[0-9A-F]{2}）与签发者的使用者密钥标识符（5C:A1:AB:1E(?::00){14}:C0:DE）不同：浏览器可以接受这条证书链，但 OpenSSL 只把标识符相符的证书当作签发者，会拒绝这条证书链（报错 `unable to get local issuer certificate`，即校验错误 20）$/m);
    expect(zh.stdout).toContain('警告     chain-key-id-mismatch');
  });

  it('both copies in a bundle read by content: the path takes the one whose identifiers agree, as OpenSSL does', async () => {
    const r = await runCli(['validate', C('rsa.crt'), C('rsa.key'), C('key-id-mismatch-both-chain.pem'), '--json']);
    expect([r.code, rules(r.stdout)]).toEqual([0, ['chain-alternative-ignored info null']]);
    expect(json(r.stdout).findings[0].message).toMatch(/^CN=SCM Test Intermediate R2 \(certificate 1 in .*key-id-mismatch-both-chain\.pem\) is another copy/);
  });

  it('both copies in a chain given in order: the error names the copy to remove, by position and identifier, either way round', async () => {
    const both = C('key-id-mismatch-both-chain.pem');
    const r = await runCli(['validate', '--cert', C('rsa.crt'), '--key', C('rsa.key'), '--chain', both, '--json']);
    expect([r.code, rules(r.stdout)]).toEqual([1, ['chain-broken error SCM.0079']]);
    const [finding] = json(r.stdout).findings;
    expect(finding.message).toMatch(/^CN=SCM Test Intermediate R2 \(certificate 1 in .*\) is another copy of CN=SCM Test Intermediate R2 \(same key, issued by CN=SCM Test Root R1\) beside CN=SCM Test Intermediate R2 \(certificate 2 in .*\), and its subject key identifier \(5C:A1:AB:1E(:00){14}:C0:DE\) is not the authority key identifier of CN=rsa\.example\.com \(([0-9A-F]{2}:){19}[0-9A-F]{2}\);.*: remove this copy$/);
    expect(finding.fix).toMatch(/^Remove CN=SCM Test Intermediate R2 \(certificate 1 in .*\), whose subject key identifier is 5C:A1:AB:1E(:00){14}:C0:DE, and keep CN=SCM Test Intermediate R2 \(certificate 2 in .*\), whose subject key identifier is ([0-9A-F]{2}:){19}[0-9A-F]{2}, the authority key identifier of CN=rsa\.example\.com: OpenSSL takes only that copy as its issuer/);
    // The other way round (the matching copy first), in one file, in Chinese.
    const dir = mkdtempSync(join(tmpdir(), 'scm-kid-both-'));
    const file = join(dir, 'fullchain.pem');
    writeFileSync(file, readFileSync(C('rsa.crt'), 'utf8') + readFileSync(fixture('pki/inter-rsa.crt'), 'utf8') + readFileSync(fixture('pki/inter-rsa-other-ski.crt'), 'utf8'));
    const zh = await runCli(['validate', '--cert', file, '--key', C('rsa.key'), '--lang', 'zh']);
    rmSync(dir, { recursive: true, force: true });
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain(`解决方法：请删除 CN=SCM Test Intermediate R2（${file} 中的第 3 张证书），它的使用者密钥标识符为 5C:A1:AB:1E:00:00:00:00:00:00:00:00:00:00:00:00:00:00:C0:DE；保留 CN=SCM Test Intermediate R2（${file} 中的第 2 张证书）`);
    expect(zh.stdout).not.toContain('删除其中一份');
  });

  it('scm check names it as a problem of the chain', async () => {
    const r = await runCli(['check', C('key-id-mismatch-fullchain.pem'), '--json']);
    expect(json(r.stdout).targets[0].chain.problems.map((p: any) => p.id)).toEqual(['chain-key-id-mismatch']);
  });
});
