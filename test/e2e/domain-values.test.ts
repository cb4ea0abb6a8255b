// `--domain HOST` of list, prune and rotate through the built binary: a value that cannot be a host name (a
// URL, a path, a port, spaces) is a usage error, exit 2, one line in the user's language, and nothing is sent.
// It used to match nothing and exit 0 ("no certificates match"). A wildcard and a trailing dot still match.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('domain', { bundle: false });
const { run } = cliRecorder(() => t.env());

const COMMANDS: Array<[string, string[]]> = [
  ['list', ['list']],
  ['prune', ['prune', '--dry-run']],
  ['rotate', ['rotate', '--to', 'scs1700000000001', '--dry-run']],
];

describe('--domain that cannot be a host name', () => {
  it.each(COMMANDS)('%s: a URL is exit 2, one line, nothing sent (en, zh, --json)', async (_, args) => {
    const en = await run([...args, '--domain', 'https://alpha.example.com']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toBe("scm: --domain 'https://alpha.example.com' is not a host name: it is a URL; give its host name alone (alpha.example.com)\n");
    const zh = await run([...args, '--domain', 'https://alpha.example.com', '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([2, 'scm: --domain “https://alpha.example.com”不是合法的主机名：是一个 URL；请只传其中的主机名（alpha.example.com）\n']);
    const json = await run([...args, '--domain=https://alpha.example.com', '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stderr).error).toMatchObject({ type: 'UsageError', exitCode: 2 });
    expect((await t.emu.state()).requests.total).toBe(0);
  });

  it.each(['alpha.example.com/', 'alpha.example.com:443', 'alpha example.com'])('list and prune: %j is exit 2, nothing sent', async (value) => {
    for (const args of [['list'], ['prune', '--dry-run']]) {
      const r = await run([...args, '--domain', value]);
      expect([r.code, r.stderr.split('\n').length]).toEqual([2, 2]);
      expect(r.stderr).toMatch(/^scm: --domain '.*' is not a host name: it /);
    }
    expect((await t.emu.state()).requests.total).toBe(0);
  });
});

describe('--domain values that stay accepted', () => {
  it('a wildcard and a trailing dot match as before', async () => {
    const [alpha] = (await t.emu.seed({ certificates: [{ name: 'alpha', domain: 'alpha.example.com' }] })).certificates as [string];
    for (const value of ['alpha.example.com.', 'ALPHA.example.com']) {
      const r = await run(['list', '--domain', value, '-q']);
      expect([r.code, r.stdout]).toEqual([0, `${alpha}\n`]);
    }
    const wild = await run(['list', '--domain', '*.example.com', '-q']);
    expect(wild.code, wild.stderr).toBe(0);
    const plan = await run(['prune', '--domain', 'alpha.example.com.', '--dry-run', '--json']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(JSON.parse(plan.stdout).plan.map((p: { id: string }) => p.id)).toEqual([alpha]);
  });
});

// SCM holds names as certificates carry them, in punycode (xn--...); validate --domain compares in punycode, and
// list, prune and rotate did not: 'list --domain bücher.example' matched nothing and exited 0.
describe('--domain with an internationalised name', () => {
  const BUCHER = 'xn--bcher-kva.example';
  const seedIdn = async (): Promise<string[]> => (await t.emu.seed({ certificates: [
    { name: 'buecher', domain: BUCHER, sans: [BUCHER, `*.${BUCHER}`] },
    { name: 'lizi', domain: 'xn--fsqu00a.xn--0zwm56d' },
    { name: 'other', domain: 'other.example' },
  ] })).certificates;

  it('list: the Unicode form, in any case, with a trailing dot, and a wildcard, match the punycode names', async () => {
    const [bucher, lizi] = await seedIdn();
    for (const value of ['bücher.example', 'BÜCHER.Example.', '*.bücher.example', 'www.bücher.example', BUCHER]) {
      const r = await run(['list', '--domain', value, '-q']);
      expect([value, r.code, r.stdout]).toEqual([value, 0, `${bucher}\n`]);
    }
    const zh = await run(['list', '--domain', '例子.测试', '-q']);
    expect([zh.code, zh.stdout]).toEqual([0, `${lizi}\n`]);
  });

  it('prune and rotate find the same certificates', async () => {
    const [bucher, , other] = await seedIdn();
    const plan = await run(['prune', '--domain', 'Bücher.example.', '--dry-run', '--json']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(JSON.parse(plan.stdout).plan.map((p: { id: string }) => p.id)).toEqual([bucher]);
    const rotation = await run(['rotate', '--domain', 'bücher.example', '--to', other!, '--dry-run', '--json']);
    expect(JSON.parse(rotation.stdout).old).toEqual([bucher]);
  });

  it('a name nothing covers is said with both forms (en, zh)', async () => {
    await seedIdn();
    const en = await run(['prune', '--domain', 'münchen.example', '--dry-run']);
    expect([en.code, en.stdout]).toEqual([0, '']);
    expect(en.stderr).toContain('no certificate in SCM covers münchen.example (xn--mnchen-3ya.example)\n');
    const zh = await run(['prune', '--domain', 'münchen.example', '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('SCM 中没有覆盖 münchen.example（xn--mnchen-3ya.example）的证书\n');
  });

  it('rotate: a new certificate that does not cover the Unicode name is refused, naming both forms', async () => {
    const [bucher, , other] = await seedIdn();
    const r = await run(['rotate', '--domain', 'bücher.example', '--to', other!, '--dry-run']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bücher.example (xn--bcher-kva.example) (the certificate names other.example)');
    const ok = await run(['rotate', '--domain', 'www.bücher.example', '--to', bucher!, '--dry-run', '--json']);
    expect(ok.code, ok.stderr).toBe(0);
  });

  it.each(COMMANDS)('%s: a name with no punycode form is exit 2, nothing sent', async (_, args) => {
    const r = await run([...args, '--domain', 'a\u200d.example']);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', "scm: --domain 'a\u200d.example' is not a host name: it is not ASCII and has no punycode form\n"]);
    expect((await t.emu.state()).requests.total).toBe(0);
  });
});
