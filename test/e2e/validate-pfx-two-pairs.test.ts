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
});
