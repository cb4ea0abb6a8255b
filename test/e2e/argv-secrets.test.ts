// A password or SK typed on the command line never comes back (hunt6 finding 2): an unknown `--opt=value` is
// said without its value, a secret-looking one gets a hint where the secret goes instead, and the path given to
// --pfx-password-file (often the password itself, typed where the file goes) is never quoted. Text and --json,
// both languages; the values are short on purpose (no length rule applies where a value is known to be secret).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const PW = 'pw!7';
const SK = 'sk-typed-on-the-command-line-0000000000';

describe('secrets typed on the command line', () => {
  it.each([
    [['validate', '--pfx', 'site.pfx', `--pfx-password=${PW}`], /^scm: unknown option '--pfx-password'\nhint: scm never takes a PKCS#12 password on the command line/],
    [['upload', '--pfx', 'site.pfx', '--name', 'xx', `--pfxpassword=${PW}`, '--lang', 'zh'], /^scm: 未知选项“--pfxpassword”\n提示：scm 从不在命令行上接收 PKCS#12 密码/],
    [['list', `--sk=${SK}`], /^scm: unknown option '--sk'\nhint: scm never takes credentials on the command line/],
    [['validate', '--pfx', 'site.pfx', `-p${PW}`], /^scm: unknown option '-p'\n/],
    [['validate', '--pfx', 'site.pfx', `-passin=pass:${PW}`], /^scm: unknown option '-p'\n/],
    [['validate', '--pfx', 'site.pfx', `--pfx-password:${PW}`], /^scm: unknown option '--pfx-password'\nhint: scm never takes a PKCS#12 password/],
    [['validate', '--pfx', 'site.pfx', '--pfx-password-file', PW], /^scm: cannot read the file given to --pfx-password-file: no such file\nhint: /],
    [['validate', '--pfx', 'site.pfx', '--pfx-password-file', PW, '--lang', 'zh'], /^scm: 无法读取 --pfx-password-file 指定的文件：文件不存在\n提示：/],
  ])('%j: exit 2, the value never shown', async (...[args, said]) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(said as RegExp);
    expect(r.stdout + r.stderr).not.toContain(PW);
    expect(r.stdout + r.stderr).not.toContain(SK);
    const j = await runCli([...(args as string[]), '--json']);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stderr).error.message).not.toMatch(/pw!7|sk-typed/);
  });
});
