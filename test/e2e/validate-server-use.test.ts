// What a leaf may be used for, and what names clients read, through the built binary (issue #9, redone): a
// host-name CN beside IP SANs alone, and certificates whose extensions keep TLS servers from using them.
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
