// An empty value for a file option or argument (an unset variable in a script: `--cert "$CERT"`) is a usage
// error that says so (hunt6, finding 9), through the built binary: never "  is a directory" with an empty hint,
// never the working directory read as a bundle. validate, upload and rotate share the file options. The one
// check for every command: src/commands/empty-values.ts (test/e2e/empty-values.test.ts).
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const KEY = fixture('cases/rsa.key');
const CERT = fixture('cases/rsa-fullchain.pem');

describeFixtures('an empty file option or argument (hunt6 9)', () => {
  it.each([
    ['--cert', ['validate', '--cert', '', '--key', KEY]],
    ['--key', ['validate', '--cert', CERT, '--key', '']],
    ['--chain', ['validate', '--cert', CERT, '--key', KEY, '--chain', '']],
    ['--pfx', ['validate', '--pfx', '']],
    ['--pfx-password-file', ['validate', '--pfx', fixture('pfx/rsa.pfx'), '--pfx-password-file', '']],
    ['--cert', ['validate', `--cert=`, '--key', KEY]],
    ['--cert', ['upload', '--cert', '', '--key', KEY, '--dry-run']],
    ['--key', ['rotate', 'scs1700000000000', '--cert', CERT, '--key', '', '--dry-run']],
  ])('%s given as \'\': exit 2, the option named as empty (%#)', async (flag, args) => {
    const r = await runCli(args);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`scm: ${flag} was given an empty value\nhint: an unset or empty shell variable gives an empty value: check the variable, or leave the option out\n`);
  });

  it.each([[['validate', ''], 'bundles'], [['validate', fixture('bundles/layouts/certbot-archive'), ''], 'bundles'], [['upload', '', '--dry-run'], 'bundle'], [['rotate', 'scs1700000000000', '', '--dry-run'], 'old-id-or-bundle']])(
    'an empty argument is not the current folder: exit 2 (%#)',
    async (args, name) => {
      const r = await runCli(args);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toMatch(new RegExp(`^scm: an empty argument was given for <${name}>\\nhint: an unset or empty shell variable gives an empty argument: check where the value came from(; '' is not the current folder, write \\. for it)?\\n$`));
    },
  );

  it('in Chinese, and as the JSON error line', async () => {
    const zh = await runCli(['validate', '--cert', '', '--key', KEY, '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([2, 'scm: --cert 的值是空字符串\n提示：未设置或为空的环境变量（或脚本变量）会得到空值：请检查该变量，或不写这个选项\n']);
    const arg = await runCli(['validate', '', '--lang', 'zh']);
    expect(arg.stderr).toBe('scm: 参数 <证书目录> 是空字符串\n提示：未设置或为空的环境变量（或脚本变量）会得到空参数：请检查该值的来源；空字符串不代表当前目录，当前目录请写 .\n');
    const json = await runCli(['validate', '--key', '', '--cert', CERT, '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stderr).error).toMatchObject({ type: 'UsageError', exitCode: 2, message: '--key was given an empty value' });
  });
});
