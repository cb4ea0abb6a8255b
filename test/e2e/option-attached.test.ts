// A known option with characters stuck to its name (`--json.` copied from a sentence, `--chain,`), through the
// built binary: before, the error said "unknown option '--json' (did you mean --json?)", naming the very option
// given as unknown. It now says what is wrong, in one line, both languages (exit 2), never echoing what was
// attached (it may be a secret typed where none goes).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const home = mkdtempSync(join(tmpdir(), 'scm-attached-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
// Nothing may be sent: a closed port, so that a run that went on would fail otherwise than with exit 2.
const ENV = { HOME: home, XDG_CONFIG_HOME: home, SCM_ENDPOINT: 'http://127.0.0.1:9', HUAWEICLOUD_SDK_AK: 'AKATTACHEDTEST000001', HUAWEICLOUD_SDK_SK: 'sk-attached-test-0000000000000000000000' };

describe('an option with something attached to its name', () => {
  it.each([
    [['list', '--json.'], "scm: unknown option '--json' with characters attached to its name: write --json, and any value after a space or =\n"],
    [['validate', '--chain.', 'x.pem'], "scm: unknown option '--chain' with characters attached to its name: write --chain, and any value after a space or =\n"],
    [['--lang', 'zh', 'list', '--json.'], 'scm: 未知选项“--json”后面紧跟了其他字符：请写 --json，如需取值，用空格或 = 隔开\n'],
    [['delete', 'scs1700000000000', '--force:secret-value'], "scm: unknown option '--force' with characters attached to its name: write --force, and any value after a space or =\n"],
  ])('%j: exit 2, one line that does not call the option unknown by its own name', async (argv, said) => {
    const r = await runCli(argv, { env: ENV });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', said]);
  });

  it('a misspelt option keeps its suggestion', async () => {
    expect((await runCli(['list', '--jsn'], { env: ENV })).stderr).toBe("scm: unknown option '--jsn' (did you mean --json?)\n");
  });
});
