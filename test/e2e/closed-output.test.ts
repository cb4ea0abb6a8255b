// stdout that stops taking output: a reader that goes away (`| head -c 10`) ends the output, never the
// command, so the exit status is still the command's own (1 for a failed validation, under `pipefail` too);
// a full disk (`>/dev/full`) is one line naming stdout and the system error, exit 2, never "a bug" (70).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle } from '../helpers/emulator.js';
import { BIN } from '../helpers/run-cli.js';

let dir: string;
const folders: string[] = [];
const good = () => join(dir, 'good');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-closed-'));
  const a = makeBundle(good(), { cn: 'closed-a.example.test' });
  const b = makeBundle(join(dir, 'b'), { cn: 'closed-b.example.test' });
  // 300 bundles whose key belongs to another certificate: each fails, and the report is well over the 64 KiB
  // a pipe holds, so the writer is still writing when the reader leaves.
  for (let i = 0; i < 300; i++) {
    const f = join(dir, 'many', String(i));
    mkdirSync(f, { recursive: true });
    copyFileSync(a.fullchain, join(f, 'fullchain.pem'));
    copyFileSync(b.key, join(f, 'privkey.pem'));
    folders.push(f);
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `scm ARGS | head ...` under bash: scm's own exit status (PIPESTATUS) and its stderr. */
function piped(args: string[], reader: string, env: Record<string, string> = {}): { status: number; stderr: string } {
  const quoted = args.map((a) => `'${a}'`).join(' ');
  const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" '${BIN}' ${quoted} 2>"$ERR" | ${reader} >/dev/null; echo "\${PIPESTATUS[0]}"`], {
    env: { PATH: process.env.PATH, HOME: dir, NO_COLOR: '1', LANG: 'C.UTF-8', ERR: join(dir, 'err.txt'), ...env },
    encoding: 'utf8',
  });
  return { status: Number(r.stdout.trim()), stderr: spawnSync('cat', [join(dir, 'err.txt')], { encoding: 'utf8' }).stdout };
}

describe('a reader that closes the pipe early', () => {
  it('validate --json | head -c 10: the real exit status 1 (five runs), the JSON error on stderr, no stack', () => {
    for (let i = 0; i < 5; i++) {
      const r = piped(['validate', ...folders, '--json'], 'head -c 10');
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stderr.trim().split('\n').pop()!).error).toMatchObject({ type: 'ValidationFailed', exitCode: 1 });
      expect(r.stderr).not.toMatch(/\n\s+at |EPIPE/);
    }
  });

  it('validate | head -1 (text): exit 1, not 0; a passing run still exits 0', () => {
    for (let i = 0; i < 3; i++) {
      const r = piped(['validate', ...folders], 'head -1');
      expect([r.status, r.stderr]).toEqual([1, expect.not.stringMatching(/\n\s+at |EPIPE|internal error/)]);
    }
    expect(piped(['explain', '--list'], 'head -1').status).toBe(0);
  });

  it('a parent that closes its end of stdout early: the child still ends with its own status', async () => {
    const child = spawn(process.execPath, [BIN, 'validate', ...folders, '--json'], { env: { PATH: process.env.PATH, HOME: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/\n\s+at |EPIPE|ECONNRESET/);
  });
});

describe('stdout on a full disk (/dev/full)', () => {
  const full = (args: string[], lang = 'C.UTF-8') =>
    spawnSync('bash', ['-c', `"${process.execPath}" '${BIN}' "$@" >/dev/full`, 'scm', ...args], { env: { PATH: process.env.PATH, HOME: dir, NO_COLOR: '1', LANG: lang }, encoding: 'utf8' });

  it('one line naming stdout and the system error, exit 2; in Chinese too; JSON with --json', () => {
    const en = full(['explain', '--list']);
    expect([en.status, en.stderr]).toEqual([2, 'scm: cannot write to stdout: no space left on the device (ENOSPC); the output is incomplete\n']);
    const zh = full(['explain', '--list'], 'zh_CN.UTF-8');
    expect([zh.status, zh.stderr]).toEqual([2, 'scm: 无法写入标准输出：磁盘空间不足（ENOSPC），输出不完整\n']);
    const json = full(['explain', '--list', '--json']);
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stderr).error).toMatchObject({ type: 'OutputError', exitCode: 2, message: expect.stringContaining('ENOSPC') });
  });

  it('a command that failed on its own keeps its status (validate: 1), with the stdout line after its own', () => {
    const r = full(['validate', folders[0]!]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot write to stdout: no space left on the device (ENOSPC)');
    expect(r.stderr).not.toContain('internal error');
  });
});
