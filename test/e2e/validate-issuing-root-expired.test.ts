// A leaf issued by a self-signed root itself, the chain that root alone (a private CA), the root expiring before the
// leaf (fixtures from scripts/gen-fixtures-chain-rules.mjs), through the built binary. Before, the root got
// chain-cert-expired with the generic fix 'get the current intermediate certificate from your CA', which there is
// none of, and removing the root is no answer either (SCM refuses the leaf alone: chain-too-short). One finding
// now, whose fix is the CA's renewal of that root (same name and key, which openssl verify accepts) or a reissued leaf.
import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const DAY = 86_400_000;
const rootEnd = (): number => new Date(new X509Certificate(readFileSync(fixture('pki/issuing-root-short.crt'))).validTo).getTime();
const at = (ms: number): Record<string, string> => ({ SCM_NOW: new Date(ms).toISOString() });
const verify = (caFile: string, ms: number): string => spawnSync('openssl', ['verify', '-attime', String(Math.floor(ms / 1000)),
  '-CAfile', fixture(caFile), '-untrusted', fixture('pki/issuing-root-short.crt'), C('short-root-leaf.crt')], { encoding: 'utf8' }).stdout;
const FIX = 'Send the CA\'s current certificate for this root in its place (a renewal under the same name and key still verifies the leaf, and clients that trust the renewal accept the leaf), or have the leaf reissued by a CA valid beyond it. Do not just remove CN=SCM Short-lived Issuing Root: it is the leaf\'s issuer, no intermediate stands in for it, and SCM refuses a chain without a CA certificate (chain-too-short).';

describeFixtures('the expired root that issued the leaf itself', () => {
  const args = ['validate', '--cert', C('short-root-fullchain.pem'), '--key', C('route-leaf.key')];

  it('openssl: the expired root fails the leaf (error 10), its renewal on the same key passes', () => {
    const after = rootEnd() + DAY;
    expect(verify('pki/issuing-root-short.crt', after)).toBe('');
    expect(verify('pki/issuing-root-short-renewed.crt', after)).toContain(': OK');
  });

  it('validate: one finding, chain-cert-expired, whose fix is the renewed root or a reissued leaf (en and zh)', async () => {
    const r = await runCli([...args, '--json'], { env: at(rootEnd() + DAY) });
    expect(r.code, r.stderr).toBe(0);
    const findings = JSON.parse(r.stdout).findings as Array<{ rule: string; message: string; fix: string }>;
    expect(findings.map((f) => f.rule)).toEqual(['chain-cert-expired']);
    expect(findings[0]!.message).toMatch(/^CN=SCM Short-lived Issuing Root, the self-signed root that issued CN=www\.example\.com itself and the only CA certificate of the chain, expired on \d{4}-\d\d-\d\d: clients that hold only this copy of the root refuse the leaf \(OpenSSL: "certificate has expired", verify error 10\)$/);
    expect(findings[0]!.fix).toBe(FIX);
    const zh = await runCli([...args, '--lang', 'zh'], { env: at(rootEnd() + DAY) });
    expect(zh.stdout).toContain('CN=SCM Short-lived Issuing Root 是直接签发 CN=www.example.com 的自签名根证书，也是证书链中唯一的 CA 证书，已于');
    expect(zh.stdout).toContain('请发送 CA 为这个根证书续期后的当前证书来替换它');
    expect(zh.stdout).not.toContain('中间证书。');
  });

  it('expiring before the leaf, within --warn-days: the same fix, not "the intermediate below it"', async () => {
    const r = await runCli([...args, '--json'], { env: at(rootEnd() - 10 * DAY) });
    const findings = JSON.parse(r.stdout).findings as Array<{ rule: string; message: string; fix: string }>;
    expect(findings.map((f) => f.rule)).toEqual(['chain-cert-expiring-soon']);
    expect(findings[0]!.message).toMatch(/the only CA certificate of the chain, expires on \d{4}-\d\d-\d\d, in 10 days, before the leaf \(\d{4}-\d\d-\d\d\)/);
    expect(findings[0]!.fix).toBe(FIX);
  });

  it('check: the same words in its chain note', async () => {
    const r = await runCli(['check', C('short-root-fullchain.pem'), '--json'], { env: at(rootEnd() + DAY) });
    const notes = JSON.parse(r.stdout).targets[0].chain.problems;
    expect(notes.map((p: { id: string }) => p.id)).toEqual(['chain-cert-expired']);
    expect(notes[0].message).toContain('the self-signed root that issued CN=www.example.com itself');
  });
});
