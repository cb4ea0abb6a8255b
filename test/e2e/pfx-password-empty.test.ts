// An empty password given for a .pfx that has one: SCM_PFX_PASSWORD set but empty (SCM_PFX_PASSWORD="$PW" with PW
// unset), an empty password file, or one whose first line is empty (the password on line 2). Before, each was only
// 'wrong password ... check it', which sends the reader to look at a password that is not there. The hint now says
// the password given is empty, where it came from, in both languages; exit 2 as before.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
const ENV = (extra: Record<string, string> = {}): Record<string, string> => ({ HOME: dir, XDG_CONFIG_HOME: dir, ...extra });
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describeFixtures('an empty password for a .pfx that has one', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-pw-empty-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'second-line.txt'), '\nsecret\n');
    copyFileSync(fixture('pfx/rsa.pfx'), join(dir, 'rsa.pfx'));
  });
  const PFX = (): string => 'rsa.pfx';

  it('SCM_PFX_PASSWORD set but empty: said so, exit 2', async () => {
    const r = await runCli(['validate', '--pfx', PFX()], { cwd: dir, env: ENV({ SCM_PFX_PASSWORD: '' }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hint: SCM_PFX_PASSWORD is set but empty, and rsa.pfx has a password: set it to the password, or pass --pfx-password-file FILE');
  });

  it.each(['empty.txt', 'second-line.txt'])('a password file whose first line is empty (%s): said so, exit 2, in both languages', async (file) => {
    const r = await runCli(['validate', '--pfx', PFX(), '--pfx-password-file', file], { cwd: dir, env: ENV() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hint: the first line of the file given to --pfx-password-file is empty, and rsa.pfx has a password: put the password on the first line');
    const zh = await runCli(['validate', '--pfx', PFX(), '--pfx-password-file', file, '--lang', 'zh'], { cwd: dir, env: ENV() });
    expect(zh.stderr).toContain('提示：--pfx-password-file 指定的文件第一行是空的，而 rsa.pfx 有密码：请把密码写在第一行');
  });
});
