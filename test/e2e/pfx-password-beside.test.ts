// A CA's IIS download (a .pfx and keystorePass.txt, Tencent Cloud and Huawei Cloud; pfx-password.txt, Aliyun)
// validated without a password, through the built binary: exit 2, and the hint names the password file beside
// the .pfx as the --pfx-password-file to pass. The file itself is never read unasked: even when it holds the
// right password, the run still needs the user to choose it.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let root: string;
const ENV = (): Record<string, string> => ({ HOME: root, XDG_CONFIG_HOME: root });
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-pfx-beside-'));
  for (const [dir, file] of [['IIS', 'keystorePass.txt'], ['aliyun', 'pfx-password.txt']] as const) {
    mkdirSync(join(root, dir));
    copyFileSync(fixture('pfx/rsa.pfx'), join(root, dir, 'www.example.com.pfx'));
    writeFileSync(join(root, dir, file), 'secret\n'); // the right password: still not read unasked
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describeFixtures('a .pfx with its password file beside it, and no password given', () => {
  it.each([
    [['validate', 'IIS'], 'IIS/keystorePass.txt'],
    [['validate', '--pfx', 'IIS/www.example.com.pfx'], 'IIS/keystorePass.txt'],
    [['upload', 'aliyun', '--name', 'x', '--dry-run'], 'aliyun/pfx-password.txt'],
    // The .pfx as a file argument finds the file beside it as --pfx does.
    [['validate', 'IIS/www.example.com.pfx'], 'IIS/keystorePass.txt'],
    [['upload', 'aliyun/www.example.com.pfx', '--name', 'x', '--dry-run'], 'aliyun/pfx-password.txt'],
  ])('%j: exit 2, the hint names %s, and it is not read', async (argv, file) => {
    const r = await runCli(argv, { cwd: root, env: ENV() });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^scm: cannot open [^\n]*www\.example\.com\.pfx: it needs a password\n/);
    expect(r.stderr).toContain(`hint: the password is likely in ${file}, beside it: pass --pfx-password-file ${file} (scm never reads a password file it was not given), or set SCM_PFX_PASSWORD\n`);
    const z = await runCli([...argv, '--lang', 'zh'], { cwd: root, env: ENV() });
    expect(z.code).toBe(2);
    expect(z.stderr).toContain(`提示：密码可能在旁边的 ${file} 中：请用 --pfx-password-file ${file} 传入（scm 不会自行读取未指定的密码文件），或设置环境变量 SCM_PFX_PASSWORD\n`);
  });

  it('passing it as the hint says opens the .pfx', async () => {
    const r = await runCli(['validate', 'IIS', '--pfx-password-file', 'IIS/keystorePass.txt'], { cwd: root, env: ENV() });
    expect(r.code).toBe(0);
  });

  it.each([['en', 'IIS/www.example.com.pfx'], ['zh', 'IIS/www.example.com.pfx'], ['en', 'IIS'], ['zh', 'IIS']] as const)('%s: check given %s names the password file in its own command', async (lang, target) => {
    const r = await runCli(['check', target, '--lang', lang], { cwd: root, env: ENV() });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`\`scm check ${target} --pfx-password-file IIS/keystorePass.txt\``);
    expect(r.stdout).toContain(lang === 'en' ? 'its password is likely in IIS/keystorePass.txt, beside it' : '密码可能在旁边的 IIS/keystorePass.txt 中');
  });
});
