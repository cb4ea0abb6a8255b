// `scm validate --pfx` on a PKCS#12 holding two certificate+key pairs (pfx/two-pairs.pfx), through the built
// binary: without --domain the input error naming both (exit 2); --domain takes the pair that covers it (exit 0),
// said in a pair-chosen note, en and zh, and --json sends only that pair.
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const env = { SCM_PFX_PASSWORD: 'secret' };
const args = ['validate', '--pfx', fixture('pfx/two-pairs.pfx')];

describeFixtures('scm validate --pfx with two pairs', () => {
  it('no --domain: exit 2, both pairs named; --domain ec.example.com: that pair, exit 0, the note in en and zh', async () => {
    const none = await runCli(args, { env });
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('it holds 2 certificates, each with its own private key')]);
    const r = await runCli([...args, '--domain', 'ec.example.com', '--json'], { env });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: { rule: string; message: string }[]; certificate: { subject: string } };
    expect(out.certificate.subject).toBe('CN=ec.example.com');
    expect(out.findings.map((f) => f.rule)).toEqual(['input-converted', 'pair-chosen']);
    expect(out.findings[1]!.message).toContain('the one whose names cover ec.example.com (--domain) was taken, CN=ec.example.com');
    const zh = await runCli([...args, '--domain', 'ec.example.com', '--lang', 'zh'], { env });
    expect([zh.code, zh.stdout]).toEqual([0, expect.stringContaining('已按 --domain 选用域名覆盖 ec.example.com 的 CN=ec.example.com')]);
  });

  // validate's --domain chooses a pair; upload has no --domain (cli-contract), so its hint must not offer one.
  it('the exit-2 hint offers --domain with a name one pair alone covers in validate (en, zh, folder too), not in upload', async () => {
    const split = `split ${fixture('pfx/two-pairs.pfx')} into a certificate file and a key file for one pair, and pass them with --cert FILE --key FILE (for a PKCS#12 file, \`openssl pkcs12 -in ${fixture('pfx/two-pairs.pfx')} -nodes\` prints them all)`;
    const hint = (r: { stderr: string }): string => r.stderr.split('\n').find((l) => /^(hint|提示)/.test(l)) ?? '';
    const v = await runCli(args, { env });
    expect([v.code, hint(v)]).toEqual([2, `hint: ${split}; or take one pair with --domain, which keeps the pair whose names cover it: \`--domain rsa.example.com\` takes CN=rsa.example.com`]);
    const taken = await runCli([...args, '--domain', 'rsa.example.com', '--json'], { env });
    expect([taken.code, (JSON.parse(taken.stdout) as { certificate: { subject: string } }).certificate.subject]).toEqual([0, 'CN=rsa.example.com']);
    const zh = await runCli([...args, '--lang', 'zh'], { env });
    expect(hint(zh)).toMatch(/；或用 --domain 选用域名覆盖它的那一对：`--domain rsa\.example\.com` 选用 CN=rsa\.example\.com$/);
    const folder = await runCli(['validate', fixture('pfx/two-pairs.pfx')], { env });
    expect(hint(folder)).toContain('`--domain rsa.example.com` takes CN=rsa.example.com');
    const upload = await runCli(['upload', '--pfx', fixture('pfx/two-pairs.pfx'), '--dry-run'], { env: { ...env, SCM_AK: 'SCMEMULATORDEMOAK000', SCM_SK: 'scm-emulator-demo-secret-0000000000000000' } });
    expect([upload.code, hint(upload)]).toEqual([2, `hint: ${split}`]);
  });
});
