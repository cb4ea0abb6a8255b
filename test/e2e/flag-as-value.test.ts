// An option's value left out, as an empty shell variable leaves it (`--name "$NAME" --dry-run`): commander took
// the next word for the value, so the flag after it was lost: `scm upload ... --name --dry-run` uploaded a
// certificate named "--dry-run" for real, `scm export ID --out --force` wrote into a folder named "--force".
// A value that is one of the command's own options (or a global one) as the next word is now refused before
// anything is read or sent (exit 2), in both languages; `--name=--x` is still a value as written.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('flag-as-value');
const { run } = cliRecorder(() => t.env());

describe('an option followed by another option instead of its value', () => {
  it('upload --name --dry-run: exit 2, nothing uploaded; the hint says how', async () => {
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', '--dry-run']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('scm: --name needs a value: the word after it, --dry-run, is an option\nhint: give the value right after --name (a shell variable that was empty leaves it out); a value that starts with - is written --name=VALUE\n');
    expect((await t.emu.state()).requests.total).toBe(0);
    const zh = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', '--dry-run', '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([2, 'scm: --name 缺少值：紧随其后的 --dry-run 是一个选项\n提示：请紧接着 --name 给出值（变量为空时值就会缺失）；以 - 开头的值请写成 `--name=值`\n']);
    const json = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', '--json']);
    expect(JSON.parse(json.stderr).error).toMatchObject({ type: 'UsageError', exitCode: 2, message: '--name needs a value: the word after it, --json, is an option' });
    expect((await t.emu.state()).requests.total).toBe(0);
  });

  it.each([
    [['rotate', 'scs1700000000001', '--cert', 'CERT', '--key', 'KEY', '--name', '--dry-run'], '--name', '--dry-run'],
    [['export', 'scs1700000000001', '--out', '--force'], '--out', '--force'],
    [['list', '--search', '-q'], '--search', '-q'],
    [['deploy', 'scs1700000000001', '--service', '--project', 'cn-north-4', '--resource', 'elb-1'], '--service', '--project'],
    [['check', 'x.pem', '--expect', '--within', '5'], '--expect', '--within'],
    [['delete', 'scs1700000000001', '--config', '--force'], '--config', '--force'],
  ])('%j: exit 2, nothing sent', async (args, flag, next) => {
    const r = await run(args.map((a) => (a === 'CERT' ? t.b.fullchain : a === 'KEY' ? t.b.key : a)));
    expect([r.code, r.stdout, r.stderr.split('\n')[0]]).toEqual([2, '', `scm: ${flag} needs a value: the word after it, ${next}, is an option`]);
    expect((await t.emu.state()).requests.total).toBe(0);
  });

  it('--opt=VALUE is a value as written; a value after a flag that takes none is an operand as before', async () => {
    const r = await run(['list', '--search=--json', '-q']);
    expect([r.code, r.stdout]).toEqual([0, '']);
    const v = await run(['validate', '--cert', t.b.fullchain, '--key', t.b.key, '--json']);
    expect(v.code).toBe(0);
  });
});
