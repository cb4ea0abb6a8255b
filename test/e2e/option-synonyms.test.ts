// The same question under another command's flag, through the built binary: `scm list --within 30` (check's
// name for the window) suggests --expiring, and `scm check --expiring 30` suggests --within, in the one line
// a usage error gets (exit 2, nothing sent), in both languages. Before, it was a bare "unknown option".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const home = mkdtempSync(join(tmpdir(), 'scm-synonyms-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
// Nothing may be sent: a closed port, so that a run that went on would fail otherwise than with exit 2.
const ENV = { HOME: home, XDG_CONFIG_HOME: home, SCM_ENDPOINT: 'http://127.0.0.1:9', HUAWEICLOUD_SDK_AK: 'AKSYNONYMTEST0000001', HUAWEICLOUD_SDK_SK: 'sk-synonym-test-00000000000000000000000' };

describe("another command's flag for the same thing", () => {
  it.each([
    [['list', '--within', '30'], "scm: unknown option '--within' (did you mean --expiring?)\n"],
    [['list', '--within=abc', '--json'], '{"schemaVersion":1,"error":{"type":"UsageError","message":"unknown option \'--within\' (did you mean --expiring?)","exitCode":2,"code":null,"hint":null}}\n'],
    [['--lang', 'zh', 'list', '--within', '30'], 'scm: 未知选项“--within”（是不是要输入 --expiring？）\n'],
    [['check', 'x.pem', '--expiring', '30'], "scm: unknown option '--expiring' (did you mean --within?)\n"],
  ])('%j: exit 2, one line naming the flag this command has', async (argv, said) => {
    const r = await runCli(argv, { env: ENV });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', said]);
  });

  it('a flag no command has stays a bare unknown option; commander\'s own suggestions are unchanged', async () => {
    expect((await runCli(['list', '--wihtin', '30'], { env: ENV })).stderr).toBe("scm: unknown option '--wihtin'\n");
    expect((await runCli(['list', '--expirng', '30'], { env: ENV })).stderr).toBe("scm: unknown option '--expirng' (did you mean --expiring?)\n");
    expect((await runCli(['delete', 'scs1700000000000', '--within', '3'], { env: ENV })).stderr).toBe("scm: unknown option '--within'\n");
  });
});
