// An option that takes a non-negative whole number, through the built binary: anything else is a usage
// error (exit 2, one line) that says "non-negative" in English as the Chinese says 非负, for the plain reader
// and for commander alike.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ENV = { SCM_ENDPOINT: 'http://127.0.0.1:9', HUAWEICLOUD_SDK_AK: 'AKINTEGERTEST0000001', HUAWEICLOUD_SDK_SK: 'sk-integer-test-00000000000000000000000' };

describe('a non-negative whole number option given something else', () => {
  it.each([
    [['list', '--expiring', '-5'], "option '--expiring <days>' does not accept '-5': expected a non-negative whole number", '应为非负整数'],
    [['list', '--expiring=-5'], "option '--expiring <days>' does not accept '-5': expected a non-negative whole number", '应为非负整数'],
    [['explain', '--status', '4.5'], "option '--status <http>' does not accept '4.5': expected a non-negative whole number", '应为非负整数'],
  ])('%j: exit 2, one line, en and zh', async (argv, en, zh) => {
    const r = await runCli(argv, { env: ENV });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `scm: ${en}\n`]);
    const z = await runCli([...argv, '--lang', 'zh'], { env: ENV });
    expect(z.code).toBe(2);
    expect(z.stderr).toMatch(new RegExp(`^scm: [^\\n]*：${zh}\\n$`));
  });
});

describe('a whole number too large to be exact', () => {
  it.each([
    [['prune', '--domain', 'a.example.com', '--keep', '99999999999999999999'], "option '--keep <n>' does not accept '99999999999999999999'"],
    [['explain', '--status', '99999999999999999999'], "option '--status <http>' does not accept '99999999999999999999'"],
  ])('%j: exit 2, one line naming the bound, nothing sent', async (argv, start) => {
    const r = await runCli(argv, { env: ENV });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `scm: ${start}: expected a non-negative whole number of at most 9007199254740991\n`]);
    const z = await runCli([...argv, '--lang', 'zh'], { env: ENV });
    expect([z.code, z.stderr.endsWith('：应为不超过 9007199254740991 的非负整数\n')]).toEqual([2, true]);
  });
});
