// '-' (standard input) given twice to check or rotate: read once, standard input gives its bytes to the first,
// and the second was called empty: `scm check - -` said 'no certificate in -: standard input is empty' of a
// certificate piped in, `check - --expect -` the same of the target, and `rotate --cert - --key -` refused
// the piped pair as key-empty (exit 1). Like validate and upload, each now refuses it before reading anything,
// exit 2, in both languages.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const PEM = (): string => readFileSync(fixture('bundles/rsa-ok/fullchain.pem'), 'utf8') + readFileSync(fixture('bundles/rsa-ok/privkey.pem'), 'utf8');
const ENV = { HOME: '/nonexistent-home-for-stdin-twice' };

describeFixtures("'-' given twice", () => {
  it.each([
    ['check, two targets', ['check', '-', '-']],
    ['check, a target and --expect', ['check', '-', '--expect', '-']],
    ['check, /dev/stdin and -', ['check', '/dev/stdin', '-', '--json']],
    ['rotate, --cert and --key', ['rotate', '--domain', 'www.example.com', '--cert', '-', '--key', '-', '--dry-run']],
    ['rotate, --cert and --chain', ['rotate', 'scs1700000000000', '--cert', '-', '--chain', '-', '--key', fixture('bundles/rsa-ok/privkey.pem'), '--dry-run']],
  ])('%s: refused before standard input is read (exit 2), not "standard input is empty"', async (_, args) => {
    const r = await runCli(args, { env: ENV, input: PEM() });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain("'-' (standard input) may be given only once");
    expect(r.stdout + r.stderr).not.toMatch(/standard input is empty|key-empty/);
  });

  it('in Chinese too', async () => {
    for (const args of [['check', '-', '-'], ['rotate', '--domain', 'www.example.com', '--cert', '-', '--key', '-']]) {
      const r = await runCli([...args, '--lang', 'zh'], { env: ENV, input: PEM() });
      expect([r.code, r.stderr]).toEqual([2, 'scm: “-”（标准输入）只能使用一次\n']);
    }
  });

  it('one - is still read: check - of a piped certificate is judged (exit 0)', async () => {
    const r = await runCli(['check', '-'], { env: ENV, input: PEM() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^-: ok\n/);
  });
});
