// A password file saved in the Windows ANSI code page (GBK on Chinese Windows: Notepad's "ANSI") holding the
// password of a .pfx: read as UTF-8 its Chinese characters are not text, so it can never open the file. Before, the
// answer was only 'wrong password ... check that file', though the password in it looks right to its writer. The
// hint now also says the file is not UTF-8 text and to save it as UTF-8 (en and zh); a UTF-8 file opens it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
const ENV = (): Record<string, string> => ({ HOME: dir, XDG_CONFIG_HOME: dir });
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describeFixtures('a password file that is not UTF-8', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-pw-gbk-'));
    // 'pässwörd-密码' as a Windows ANSI file has it: ä and ö as single bytes (cp1252), 密码 in GBK (C3 DC C2 EB).
    writeFileSync(join(dir, 'gbk.txt'), Buffer.concat([Buffer.from('p'), Buffer.from([0xe4]), Buffer.from('ssw'), Buffer.from([0xf6]), Buffer.from('rd-'), Buffer.from([0xc3, 0xdc, 0xc2, 0xeb]), Buffer.from('\r\n')]));
    writeFileSync(join(dir, 'utf8.txt'), 'pässwörd-密码\n');
  });

  it('the hint says the file is not UTF-8 text and to save it as UTF-8, exit 2', async () => {
    const r = await runCli(['validate', '--pfx', fixture('pfx/unicode-password.pfx'), '--pfx-password-file', 'gbk.txt'], { cwd: dir, env: ENV() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hint: the password in the first line of the file given to --pfx-password-file does not open ');
    expect(r.stderr).toContain('the password read is not UTF-8 text (written as ANSI or GBK, as Windows Notepad may save a file): save it as UTF-8 and try again');
    const zh = await runCli(['validate', '--pfx', fixture('pfx/unicode-password.pfx'), '--pfx-password-file', 'gbk.txt', '--lang', 'zh'], { cwd: dir, env: ENV() });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('读到的密码不是 UTF-8 文本（以 ANSI 或 GBK 编码写入，记事本可能这样保存文件）：请将其另存为 UTF-8 编码后重试');
  });

  it('the same password saved as UTF-8 opens it', async () => {
    const r = await runCli(['validate', '--pfx', fixture('pfx/unicode-password.pfx'), '--pfx-password-file', 'utf8.txt'], { cwd: dir, env: ENV() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a wrong password that is UTF-8 text: no word of encodings', async () => {
    writeFileSync(join(dir, 'wrong.txt'), 'pässwörd\n');
    const r = await runCli(['validate', '--pfx', fixture('pfx/unicode-password.pfx'), '--pfx-password-file', 'wrong.txt'], { cwd: dir, env: ENV() });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('UTF-8');
  });
});
