// `scm check` on a PKCS#12 file or a folder holding one (an IIS/Windows download: a .pfx and its password),
// through the built binary: read as validate reads it when the password is given the way validate takes it
// (SCM_PFX_PASSWORD, --pfx-password-file); without it, or with the wrong one, exit 2 with a message that says
// how to give it to check itself. A password file beside it is named, never read unasked. lego's .pfx with its
// .json beside it is opened with lego's default password, as validate opens it (an info line, never the password).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let root: string;
const ENV = (extra: Record<string, string> = {}): Record<string, string> => ({ HOME: root, XDG_CONFIG_HOME: root, ...extra });
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-check-pfx-'));
  mkdirSync(join(root, 'IIS'));
  copyFileSync(fixture('pfx/rsa.pfx'), join(root, 'IIS', 'www.example.com.pfx'));
  mkdirSync(join(root, 'Win'));
  copyFileSync(fixture('pfx/rsa.pfx'), join(root, 'Win', 'site.p12'));
  writeFileSync(join(root, 'IIS', 'keystorePass.txt'), 'secret\n'); // the right password: still not read unasked
  writeFileSync(join(root, 'pw.txt'), 'secret\r\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const summary = (stdout: string): string => stdout.split('\n')[0]!;

describeFixtures('scm check on a .pfx/.p12 or a folder holding one', () => {
  it.each([['Win'], ['Win/site.p12'], ['IIS'], ['IIS/www.example.com.pfx']])('%s with SCM_PFX_PASSWORD: read and judged (exit 0, the leaf shown)', async (target) => {
    const r = await runCli(['check', target, '--json'], { cwd: root, env: ENV({ SCM_PFX_PASSWORD: 'secret' }) });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const [row] = JSON.parse(r.stdout).targets;
    expect(row.ok).toBe(true);
    expect(row.subject).toBe('CN=rsa.example.com');
    expect(r.stdout).not.toContain('secret');
  });

  it('--pfx-password-file FILE reads its first line, as validate does; --expect takes a .pfx too', async () => {
    const r = await runCli(['check', 'IIS', '--pfx-password-file', 'pw.txt', '--expect', 'Win/site.p12'], { cwd: root, env: ENV() });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(summary(r.stdout)).toMatch(/^IIS: /);
    const piped = await runCli(['check', 'Win/site.p12', '--pfx-password-file', '-'], { cwd: root, env: ENV(), input: 'secret\n' });
    expect(piped.code).toBe(0);
  });

  it('a .pfx with no password opens without one', async () => {
    const r = await runCli(['check', fixture('pfx/no-password.pfx'), '--json'], { cwd: root, env: ENV() });
    expect(r.code).toBe(0);
  });

  it.each(['en', 'zh'] as const)('%s: no password given: exit 2, and how to give it to scm check', async (lang) => {
    const r = await runCli(['check', 'Win', '--lang', lang], { cwd: root, env: ENV() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(lang === 'en'
      ? 'Win: cannot check\n  ✗ Win/site.p12 is a PKCS#12 (.pfx/.p12) file that needs its password: set SCM_PFX_PASSWORD, or pass --pfx-password-file FILE (its first line is read)\n'
      : 'Win：无法检查\n  ✗ Win/site.p12 是需要密码的 PKCS#12（.pfx/.p12）文件：请设置环境变量 SCM_PFX_PASSWORD，或用 --pfx-password-file 指定存放密码的文件（读取其第一行）\n');
  });

  it.each(['en', 'zh'] as const)('%s: the password file beside it is named in the scm check command, and not read', async (lang) => {
    for (const target of ['IIS', 'IIS/www.example.com.pfx']) {
      const r = await runCli(['check', target, '--lang', lang], { cwd: root, env: ENV() });
      expect(r.code).toBe(2);
      expect(r.stdout).toContain(`\`scm check ${target} --pfx-password-file IIS/keystorePass.txt\``);
      expect(r.stdout).toContain(lang === 'en' ? 'its password is likely in IIS/keystorePass.txt, beside it' : '密码可能在旁边的 IIS/keystorePass.txt 中');
    }
  });

  it.each(['en', 'zh'] as const)('%s: the wrong password: exit 2, said for where it came from', async (lang) => {
    const env = await runCli(['check', 'Win/site.p12', '--lang', lang], { cwd: root, env: ENV({ SCM_PFX_PASSWORD: 'nope' }) });
    expect(env.code).toBe(2);
    expect(env.stdout).toContain(lang === 'en'
      ? 'cannot open Win/site.p12: the password in SCM_PFX_PASSWORD is not its password (check it, or pass --pfx-password-file FILE)'
      : '无法打开 Win/site.p12：环境变量 SCM_PFX_PASSWORD 中的密码不是它的密码（请检查它，或用 --pfx-password-file 指定存放密码的文件）');
    const file = await runCli(['check', 'Win', '--pfx-password-file', 'IIS/www.example.com.pfx', '--lang', lang], { cwd: root, env: ENV() });
    expect(file.code).toBe(2);
    expect(file.stdout).toContain(lang === 'en'
      ? 'cannot open Win/site.p12: the first line of the file given to --pfx-password-file is not its password'
      : '无法打开 Win/site.p12：--pfx-password-file 指定的文件的第一行不是它的密码');
    expect(file.stdout + file.stderr).not.toContain('secret');
  });

  it.each(['en', 'zh'] as const)("%s: lego's .pfx given alone, its .json beside it: opened with lego's default password as validate opens it, said, never printed", async (lang) => {
    const lego = fixture('bundles/layouts/lego');
    const pfx = join(lego, 'www.example.com.pfx');
    const said = lang === 'en'
      ? `${pfx} was opened with lego's default password (lego's .json is beside it, and no password was given)`
      : `${pfx} 已用 lego 的默认密码打开（旁边有 lego 的 \`.json\` 文件，且未提供密码）`;
    const r = await runCli(['check', pfx, '--lang', lang], { cwd: root, env: ENV() });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`  ${said}\n`);
    const json = await runCli(['check', pfx, '--json', '--lang', lang], { cwd: root, env: ENV() });
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).targets[0]).toMatchObject({ ok: true, subject: 'CN=www.example.com', notes: [said] });
    // The same file without lego's .json beside it is no lego .pfx: its password is asked for (exit 2).
    copyFileSync(pfx, join(root, 'copied.pfx'));
    expect((await runCli(['check', 'copied.pfx', '--lang', lang], { cwd: root, env: ENV() })).code).toBe(2);
    for (const out of [r, json]) expect(out.stdout + out.stderr).not.toContain('changeit');
  });

  it("'-' may not be both a target and the password file", async () => {
    const r = await runCli(['check', '-', '--pfx-password-file', '-'], { cwd: root, env: ENV(), input: 'secret\n' });
    expect([r.code, r.stderr]).toEqual([2, "scm: '-' (standard input) may be given only once\n"]);
  });
});
