// An empty value for a file option or argument (an unset variable in a script: `--cert "$CERT"`) is a usage
// error that says so (hunt6, finding 9), through the built binary: never "  is a directory" with an empty hint,
// never the working directory read as a bundle. validate, upload and rotate share the file options.
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
    expect(r.stderr).toBe(`scm: ${flag} is empty: give it a file name\nhint: an unset or empty variable? check where the value came from\n`);
  });

  it.each([[['validate', '']], [['validate', fixture('bundles/layouts/certbot-archive'), '']], [['upload', '', '--dry-run']], [['rotate', 'scs1700000000000', '', '--dry-run']]])(
    'an empty argument is not the current folder: exit 2 (%#)',
    async (args) => {
      const r = await runCli(args);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toBe("scm: an argument is empty: give a bundle folder or a file ('' is not the current folder)\nhint: check where the value came from (an unset variable?); for the current folder, write .\n");
    },
  );

  it('in Chinese, and as the JSON error line', async () => {
    const zh = await runCli(['validate', '--cert', '', '--key', KEY, '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([2, 'scm: --cert 的值为空：请给出文件名\n提示：变量未设置或为空？请检查该值的来源\n']);
    const arg = await runCli(['validate', '', '--lang', 'zh']);
    expect(arg.stderr).toBe('scm: 有一个参数为空：请给出证书目录或文件（空字符串不代表当前目录）\n提示：请检查该值的来源（变量未设置？）；要表示当前目录，请写 .\n');
    const json = await runCli(['validate', '--key', '', '--cert', CERT, '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stderr).error).toMatchObject({ type: 'UsageError', exitCode: 2, message: '--key is empty: give it a file name' });
  });
});
