// An option that takes one value, given twice, through the built binary: two values are a usage error naming
// the option (exit 2, nothing read or sent), on the plain path and commander's alike; the same value twice is
// one value. Before, the last one won quietly (`--cert a --cert b` checked b alone).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const home = mkdtempSync(join(tmpdir(), 'scm-repeated-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
// Nothing may be sent: a closed port, so that a run that went on would fail otherwise than with exit 2.
const ENV = { HOME: home, XDG_CONFIG_HOME: home, SCM_ENDPOINT: 'http://127.0.0.1:9', HUAWEICLOUD_SDK_AK: 'AKREPEATTEST00000001', HUAWEICLOUD_SDK_SK: 'sk-repeat-test-000000000000000000000000' };
const leaf = fixture('cases/deep-leaf.crt');
const key = fixture('cases/deep-leaf.key');
const other = fixture('cases/ec256.crt');

describe('an option that takes one value, given two', () => {
  it.each([
    [['validate', '--cert', leaf, '--cert', other, '--key', key], `scm: --cert was given twice, as '${leaf}' and as '${other}': it takes one value\n`],
    [['validate', '--cert', leaf, '--key', key, '--key=' + other], `scm: --key was given twice, as '${key}' and as '${other}': it takes one value\n`],
    [['upload', '--cert', leaf, '--key', key, '--name', 'a', '--name', 'b', '--dry-run'], "scm: --name was given twice, as 'a' and as 'b': it takes one value\n"],
    [['list', '--region', 'cn-north-4', '--region', 'ap-southeast-1'], "scm: --region was given twice, as 'cn-north-4' and as 'ap-southeast-1': it takes one value\n"],
    [['--lang', 'en', 'explain', '14', '--lang', 'zh'], "scm: --lang was given twice, as 'en' and as 'zh': it takes one value\n"],
    [['explain', '--search', 'key', '--search', 'chain'], "scm: --search was given twice, as 'key' and as 'chain': it takes one value\n"],
  ])('%j: exit 2, one line naming it, and a hint', async (argv, line) => {
    const r = await runCli(argv, { env: ENV });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.split('\n')[0] + '\n').toBe(line);
    const flag = /^scm: (--[a-z]+)/.exec(line)![1];
    expect(r.stderr.split('\n').slice(1)).toEqual([
      flag === '--cert' ? 'hint: give --cert once, for the server certificate; intermediate certificates go in --chain, which may be given more than once' : `hint: give ${flag} once, with the value you mean (the same value given twice is accepted)`,
      '',
    ]);
  });

  it('in Chinese, and under --json as the error object', async () => {
    const z = await runCli(['list', '--region', 'cn-north-4', '--region', 'ap-southeast-1', '--lang', 'zh'], { env: ENV });
    expect([z.code, z.stdout]).toEqual([2, '']);
    expect(z.stderr).toBe('scm: --region 给出了两次，分别是“cn-north-4”和“ap-southeast-1”：它只接受一个值\n提示：请只给出一次 --region，写上你要用的值（两次给出相同的值可以接受）\n');
    const j = await runCli(['validate', '--cert', leaf, '--cert', other, '--key', key, '--json'], { env: ENV });
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stderr).error).toMatchObject({ type: 'UsageError', exitCode: 2, message: expect.stringContaining('--cert was given twice') });
  });

  it('never shows the values of a password file option or a secret', async () => {
    for (const argv of [['validate', '--pfx', 'a.pfx', '--pfx-password-file', 'hunter2-path', '--pfx-password-file', 'other-path'], ['emulator', '--sk', 'sk-first-secret', '--sk', 'sk-second-secret']]) {
      const r = await runCli(argv, { env: ENV });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`scm: ${argv[argv.length - 2]} was given twice, with two different values: it takes one value`);
      for (const v of argv.filter((w) => !w.startsWith('-'))) if (v !== 'validate' && v !== 'emulator' && v !== 'a.pfx') expect(r.stderr).not.toContain(v);
    }
  });
});

describe('the same value twice is one value', () => {
  it.each([
    [['validate', '--cert', leaf, '--cert', leaf, '--key', key, '--chain', fixture('pki/deep-i3.crt'), '--quiet']],
    [['explain', '14', '--lang', 'zh', '--lang=zh']],
    [['--lang', 'en', 'explain', '14', '--lang', 'en', '--json', '--json']],
  ])('%j runs', async (argv) => {
    const r = await runCli(argv, { env: ENV });
    expect(r.stderr).not.toContain('given twice');
    expect(r.code === 0 || r.code === 1).toBe(true);
  });
});
