// A bad --timeout or --retries is said before anything else a command would say: it was read only when the
// command connected, so `scm upload --timeout abc` with no input said "nothing to upload", `scm show bad-id
// --retries 11` the id, and `scm rotate OLD --timeout abc` that it needs --to; fixing those, the run failed again
// on the flag. Now, as commander refuses `--keep abc`, the flag first (exit 2), in both languages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const firstLine = (s: string): string => s.split('\n')[0]!;
const TIMEOUT = "scm: --timeout: 'abc' is not a number of seconds above 0 and at most 3600";
const RETRIES = "scm: --retries: '11' is not a whole number from 0 to 10";

describe('--timeout and --retries are checked before inputs and arguments', () => {
  const commands: string[][] = [
    ['upload'],
    ['upload', '--rotate'],
    ['upload', '/nonexistent/scm-setting-flags'],
    ['rotate', 'scs1700000000000'],
    ['show', 'bad-id'],
    ['delete', 'bad-id'],
    ['export', 'bad-id'],
    ['prune'],
    ['push', 'scs1700000000000'],
    ['deploy', 'scs1700000000000'],
    ['notify', 'maybe', 'scs1700000000000'],
  ];
  it.each(commands.map((c) => [c.join(' '), c] as const))('%s', async (_, words) => {
    const t = await runCli([...words, '--timeout', 'abc'], { env: { SCM_ENDPOINT: 'http://127.0.0.1:9' } });
    expect([t.code, firstLine(t.stderr)]).toEqual([2, TIMEOUT]);
    const r = await runCli([...words, '--retries', '11'], { env: { SCM_ENDPOINT: 'http://127.0.0.1:9' } });
    expect([r.code, firstLine(r.stderr)]).toEqual([2, RETRIES]);
  });

  it('in Chinese too', async () => {
    const r = await runCli(['upload', '--timeout', 'abc', '--lang', 'zh']);
    expect([r.code, firstLine(r.stderr)]).toEqual([2, 'scm: --timeout：“abc”不是大于 0 且不超过 3600 的秒数']);
  });
});

describe('timeout and retries from a config file are checked as early, naming the file and the key', () => {
  // A bad `timeout` in the project file was found only when scm connected: `scm upload` with no input said
  // "nothing to upload", `scm show bad-id` the id, `scm rotate OLD` that it needs --to.
  const dir = mkdtempSync(join(tmpdir(), 'scm-e2e-setting-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, '.scmrc.json');
  const env = { HOME: dir, XDG_CONFIG_HOME: join(dir, 'xdg'), SCM_ENDPOINT: 'http://127.0.0.1:9' };
  const commands: string[][] = [['upload'], ['show', 'bad-id'], ['rotate', 'scs1700000000000'], ['push', 'scs1700000000000'], ['notify', 'maybe', 'scs1700000000000']];
  it.each(commands.map((c) => [c.join(' '), c] as const))('%s', async (_, words) => {
    writeFileSync(file, '{"timeout": "abc"}\n');
    const t = await runCli(words, { cwd: dir, env });
    expect([t.code, firstLine(t.stderr)]).toEqual([2, `scm: config file ${file}: 'timeout' must be a number of seconds above 0 and at most 3600`]);
    writeFileSync(file, '{"retries": 11}\n');
    const r = await runCli([...words, '--config', file], { cwd: dir, env });
    expect([r.code, firstLine(r.stderr)]).toEqual([2, `scm: config file ${file}: 'retries' must be a whole number from 0 to 10`]);
  });

  it('in Chinese too', async () => {
    writeFileSync(file, '{"retries": 11}\n');
    const r = await runCli(['upload', '--lang', 'zh'], { cwd: dir, env });
    expect([r.code, firstLine(r.stderr)]).toEqual([2, `scm: 配置文件 ${file}：“retries”的值必须是 0～10 之间的整数`]);
  });
});
