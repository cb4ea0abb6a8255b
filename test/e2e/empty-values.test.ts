// An empty operand or option value is a usage error (exit 2) before anything runs: in scripts it is an unset
// variable, and read as "nothing asked" it passed gates it should have failed (`check ""` checked the working
// folder and said ok; `--expect ""` compared with nothing; `deploy --resource ""` deployed to nothing, exit 0).
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const bundle = fixture('bundles/rsa-ok');
const HINT = 'hint: an unset or empty shell variable gives an empty value: check the variable, or leave the option out\n';
const OPERAND_HINT = 'hint: an unset or empty shell variable gives an empty argument: check where the value came from\n';
const FILE_HINT = "hint: an unset or empty shell variable gives an empty argument: check where the value came from; '' is not the current folder, write . for it\n";

describe('empty values', () => {
  it.each([
    [['check', ''], 'an empty argument was given for <targets>'],
    [['check', bundle, '--expect', ''], '--expect was given an empty value'],
    [['check', bundle, '--expect='], '--expect was given an empty value'],
    [['validate', '--cert', '', '--key', 'x.key'], '--cert was given an empty value'],
    [['validate', bundle, ''], 'an empty argument was given for <bundles>'],
    [['list', '--domain', ''], '--domain was given an empty value'],
    [['deploy', 'scs1700000000001', '--service', 'ELB', '--project', 'cn-north-4', '--resource', ''], '--resource was given an empty value'],
    [['deploy', 'scs1700000000001', '--service', 'CDN', '--resource', 'a.example.com', '--resource', ''], '--resource was given an empty value'],
    [['explain', ''], 'an empty argument was given for <codes>'],
    [['validate', bundle, '--config', ''], '--config was given an empty value'],
    // Only white space is no value either (`--resource ' '` deployed to nothing, exit 0, as '' did).
    [['deploy', 'scs1700000000001', '--service', 'CDN', '--resource', ' '], '--resource was given an empty value'],
    [['deploy', 'scs1700000000001', '--service', 'CDN', '--resource', '\t\n'], '--resource was given an empty value'],
    [['export', 'scs1700000000001', '--out', ' '], '--out was given an empty value'],
    [['check', bundle, '--expect', ' '], '--expect was given an empty value'],
    [['check', ' '], 'an empty argument was given for <targets>'],
  ])('%j: exit 2, one line naming it, nothing run', async (args, message) => {
    const r = await runCli(args, { env: { SCM_ENDPOINT: 'http://127.0.0.1:9', HUAWEICLOUD_SDK_AK: 'AKEMPTYTEST000000001', HUAWEICLOUD_SDK_SK: 'sk-empty-test-000000000000000000000000' } });
    expect([r.code, r.stdout]).toEqual([2, '']);
    // An operand's hint says where an empty value comes from; a file operand's adds that '' is not '.'.
    const hint = message.startsWith('--') ? HINT : args[0] === 'explain' ? OPERAND_HINT : FILE_HINT;
    expect(r.stderr).toBe(`scm: ${message}\n${hint}`);
  });

  it('in Chinese, and in --json', async () => {
    const zh = await runCli(['check', bundle, '--expect', '', '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([2, 'scm: --expect 的值是空字符串\n提示：未设置或为空的环境变量（或脚本变量）会得到空值：请检查该变量，或不写这个选项\n']);
    expect((await runCli(['check', '', '--lang', 'zh'])).stderr).toMatch(/^scm: 参数 <检查对象> 是空字符串\n/);
    const j = await runCli(['check', '', '--json']);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stderr).error).toMatchObject({ type: 'UsageError', message: 'an empty argument was given for <targets>', exitCode: 2 });
  });

  it('a value that is not empty still runs', async () => {
    expect((await runCli(['check', bundle, '--within', '1'])).code).toBe(0);
  });
});
