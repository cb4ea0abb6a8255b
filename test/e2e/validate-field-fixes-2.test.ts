// The second round of a field test of `scm validate` on real-world files, through the built binary: each case
// here was answered wrongly or unclearly before (a critical extension no client processes passed silently, ...).
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const json = (stdout: string): any => JSON.parse(stdout);
const lines = (stdout: string): string[] => json(stdout).findings.map((f: any) => `${f.rule} ${f.severity} ${f.code}: ${f.message}`);

describeFixtures('a critical extension TLS clients do not process', () => {
  it('on the leaf: a warning naming its OID (exit 0; --strict 1), explained, in Chinese too', async () => {
    const args = ['validate', '--cert', C('critical-unknown.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key')];
    const r = await runCli([...args, '--json']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual(['critical-extension-unknown warning null: CN=rsa.example.com marks the extension 1.2.3.4.5 critical, and TLS clients do not process it: RFC 5280 (4.2) has them refuse such a certificate, as OpenSSL does ("unhandled critical extension")']);
    expect(json(r.stdout).findings[0].fix).toContain('OpenSSL: "unhandled critical extension", verify error 34');
    expect((await runCli([...args, '--strict'])).code).toBe(1);
    const zh = await runCli([...args, '--lang', 'zh']);
    expect(zh.stdout).toContain('CN=rsa.example.com 把扩展 1.2.3.4.5 标记为关键扩展，而 TLS 客户端不处理该扩展');
    const explain = await runCli(['explain', 'critical-extension-unknown']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('marks an extension critical that TLS clients do not process');
  });

  it('on an intermediate that is sent: named too; a critical crlDistributionPoints is said as browsers-only', async () => {
    const inter = await runCli(['validate', '--cert', C('critical-inter-leaf.crt'), '--chain', C('critical-inter-chain.pem'), '--key', C('rsa.key'), '--json']);
    expect(lines(inter.stdout)).toEqual([expect.stringMatching(/^critical-extension-unknown warning null: CN=SCM Critical Extension Intermediate marks the extension 1\.3\.6\.1\.4\.1\.55555\.7 critical/)]);
    const crl = await runCli(['validate', '--cert', C('critical-crldp.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key'), '--json']);
    expect(lines(crl.stdout)).toEqual(['critical-extension-unknown warning null: CN=rsa.example.com marks the extension crlDistributionPoints (2.5.29.31) critical; OpenSSL processes it, but browsers do not, and RFC 5280 (4.2) has them refuse such a certificate']);
  });
});
