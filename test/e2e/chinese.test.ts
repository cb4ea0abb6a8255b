// Under --lang zh (or a zh_* locale) the built binary says everything in Chinese: --help of every command,
// `scm help <topic>`, `scm explain` (text and --list), usage errors and "did you mean". A line of English
// prose fails the test; codes, ids, flags, paths, product names and the commands of examples stay as they are.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue/index.js';
import { HELP_TOPICS } from '../../src/commands/help/topics.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { RULES } from '../../src/core/rules/table.js';
import { englishLines } from '../helpers/english-words.js';
import { runCli } from '../helpers/run-cli.js';

const IDS = [...COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]), 'help', 'version', ...Object.keys(HELP_TOPICS)];
/** The service's own messages, shown verbatim (some of the user's table's carry English: "ELB error message"). */
const SERVER_MESSAGES = CATALOGUE.map((e) => e.message.zh);
const ZH = { LANG: 'zh_CN.UTF-8' };

/** Lines of `text` with English words (the service's own messages are quoted as they are). */
const english = (text: string, { examples = false } = {}): string[] => englishLines(text, { ids: IDS, data: SERVER_MESSAGES, examples });

describe('--help in Chinese', () => {
  it.each([[[]], [['--help']], [['help']], ...COMMANDS.map((c) => [[c.name, '--help']]), [['help', 'upload']], [['help', '--help']]])('scm %j', async (args) => {
    const r = await runCli([...args, '--lang', 'zh']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^示例：\n/);
    expect(english(r.stdout, { examples: true })).toEqual([]);
  });

  it('follows the locale: LANG=zh_CN.UTF-8 scm --help', async () => {
    const byLocale = await runCli(['--help'], { env: ZH });
    const byFlag = await runCli(['--help', '--lang', 'zh']);
    expect(byLocale.stdout).toBe(byFlag.stdout);
    expect((await runCli(['--help', '--lang', 'en'], { env: ZH })).stdout).toMatch(/^Examples:/);
  });
});

describe('scm help <topic> in Chinese', () => {
  it.each(Object.keys(HELP_TOPICS))('%s', async (topic) => {
    const r = await runCli(['help', topic], { env: ZH });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/[\u4e00-\u9fff]/);
    expect(english(r.stdout)).toEqual([]);
  });

  it('an unknown topic', async () => {
    const r = await runCli(['help', 'nonsense'], { env: ZH });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("scm: 未知的帮助主题“nonsense”\n提示：可用主题：exit-codes、environment；也可以是命令名，例如 `scm help upload`\n");
  });
});

describe('scm explain in Chinese', () => {
  it('every code, as text', async () => {
    const r = await runCli(['explain', ...CATALOGUE.map((e) => e.code)], { env: ZH });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const entries = r.stdout.split(/\n(?=(?:SCM|APIGW)\.\d{4} · )/);
    expect(entries).toHaveLength(CATALOGUE.length);
    for (const entry of entries) {
      expect(entry).toMatch(/\n {2}原因 +\S/);
      expect(entry).toMatch(/\n {2}解决方法 +\S/);
    }
    expect(english(r.stdout)).toEqual([]);
  });

  it('every rule id, as text', async () => {
    const r = await runCli(['explain', ...RULES.map((rule) => rule.id)], { env: ZH });
    expect(r.code).toBe(0);
    expect(english(r.stdout)).toEqual([]);
  });

  it('--list and --status', async () => {
    for (const args of [['--list'], ['--status', '400'], ['--search', '私钥']]) {
      const r = await runCli(['explain', ...args], { env: ZH });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toMatch(/^错误码 +状态码 +错误信息\n/);
      expect(english(r.stdout)).toEqual([]);
    }
  });
});

describe('usage errors in Chinese', () => {
  it.each([
    [['confg'], 'scm: 未知命令“confg”（是不是要输入 config？）'],
    [['explain', '14', '--frobnicate'], 'scm: 未知选项“--frobnicate”'],
    [['push'], 'scm: 缺少必需的参数“证书ID”'],
    [['push', 'scs1700000000000', '--service'], 'scm: 选项“--service <服务>”缺少取值'],
    [['explain', '14', '--lang', 'zh', '--json', '--status', 'x'], null],
    [['push', 'a', 'b'], 'scm: 命令“push”的参数过多：最多 1 个，实际 2 个\n提示：`scm push` 只接受一个证书 ID（每张证书各用一条 `scm push` 推送）；多个项目请写成 `--project cn-north-4 --project cn-east-3` 或 `--project cn-north-4,cn-east-3`'],
    // A command that takes no argument says so, not '最多 0 个' (at most none).
    [['list', 'extra'], 'scm: 命令“list”不接受参数，实际给出了 1 个'],
    [['explain', '--status', 'abc'], 'scm: 选项“--status <状态码>”不接受取值“abc”：应为非负整数'],
    [['upload', '--from', 'cerbot'], 'scm: 选项“--from <客户端>”不接受取值“cerbot”，可选值：certbot、lego、acme.sh'],
    [['completion', 'tcsh'], "scm: 无法为“tcsh”生成补全脚本\n提示：可选：bash、zsh、fish"],
    [['explain'], "scm: 缺少错误码\n提示：例如 `scm explain SCM.0014`、`scm explain -`（读取标准输入）、`scm explain --list` 或 `scm explain --search <关键词>`"],
  ] as Array<[string[], string | null]>)('scm %j', async (args, expected) => {
    const r = await runCli(args, { env: ZH });
    expect(r.code).toBe(2);
    if (expected === null) {
      // --json: the one error object carries the Chinese message.
      expect(JSON.parse(r.stderr).error).toMatchObject({ type: 'UsageError', message: '选项“--status <状态码>”不接受取值“x”：应为非负整数' });
    } else expect(r.stderr).toBe(`${expected}\n`);
    expect(english(r.stderr.startsWith('{') ? JSON.parse(r.stderr).error.message : r.stderr)).toEqual([]);
  });

  it('the same errors in English, lower case like every other error', async () => {
    const unknown = await runCli(['confg']);
    expect(unknown.stderr).toBe("scm: unknown command 'confg' (did you mean config?)\n");
    const choice = await runCli(['upload', '--from', 'cerbot']);
    expect(choice.stderr).toBe("scm: option '--from <client>' does not accept 'cerbot': choose one of certbot, lego, acme.sh\n");
  });
});
