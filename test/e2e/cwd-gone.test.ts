// A working directory removed after the shell entered it (a build folder `rm -rf`'d under an open shell, a
// hook started from a release folder already swapped out): Node's process.cwd() throws there. scm ran into it
// at start-up, a stack trace and exit 1, which a script reads as "validation failed" or "needs attention";
// now a command that needs the folder (a relative path, the config search) says so in one line and a hint,
// exit 2, in both languages and as the JSON error line; `scm explain` and `--help` still run.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle } from '../helpers/emulator.js';
import { BIN } from '../helpers/run-cli.js';

let dir: string;
let bundle: string;
let n = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-cwd-gone-'));
  bundle = makeBundle(join(dir, 'bundle'), { cn: 'cwd-gone.example.test' }).dir;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `scm ARGS` started in a folder removed just before (by the shell that is in it). */
function inRemovedFolder(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const gone = join(dir, `gone-${n++}`);
  mkdirSync(gone);
  const r = spawnSync('sh', ['-c', 'cd "$1" && rmdir "$1" && shift && exec "$@"', 'sh', gone, process.execPath, BIN, ...args], {
    env: { PATH: process.env.PATH, HOME: dir, NO_COLOR: '1', LANG: 'C.UTF-8', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const noStack = /\n\s+at |uv_cwd|ENOENT|internal error/;

describe('a working directory that no longer exists', () => {
  it('validate of a folder given by its full path: one line and a hint, exit 2, no stack trace', () => {
    const r = inRemovedFolder(['validate', bundle]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "scm: the working directory no longer exists: it was removed or renamed after the shell entered it\nhint: change to a folder that exists (such as 'cd ~') and run scm again\n",
    );
    expect(r.stdout).toBe('');
  });

  it('in Chinese, and as the JSON error line with --json', () => {
    const zh = inRemovedFolder(['check', bundle], { LANG: 'zh_CN.UTF-8' });
    expect(zh.status).toBe(2);
    expect(zh.stderr).toBe('scm: 当前工作目录已不存在：进入它之后，它被删除或改名了\n提示：请先进入一个存在的目录（例如 `cd ~`），再重新运行\n');
    const json = inRemovedFolder(['list', '--json'], { SCM_ENDPOINT: 'http://127.0.0.1:9', HUAWEICLOUD_SDK_AK: 'AK', HUAWEICLOUD_SDK_SK: 'SK' });
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stderr)).toEqual({
      schemaVersion: 1,
      error: { type: 'InputError', message: expect.stringMatching(/^the working directory no longer exists/), exitCode: 2, code: null, hint: expect.any(String) },
    });
  });

  it('config (the search needs the folder): exit 2, nothing searched elsewhere instead', () => {
    const r = inRemovedFolder(['config']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^scm: the working directory no longer exists/);
    expect(r.stderr).not.toMatch(noStack);
  });

  it('explain and --help need no folder: they still run, exit 0', () => {
    const explain = inRemovedFolder(['explain', 'SCM.0014']);
    expect([explain.status, explain.stderr]).toEqual([0, '']);
    expect(explain.stdout).toMatch(/^SCM\.0014/);
    const help = inRemovedFolder(['--help']);
    expect([help.status, help.stderr]).toEqual([0, '']);
  });
});
