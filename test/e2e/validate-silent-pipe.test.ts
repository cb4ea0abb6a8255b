// A pipe whose writer is there but writes nothing (a FIFO held open, `<(sleep 30)`, `sleep 30 | scm validate -`)
// is unreadable input (exit 2) after 10 s without a byte (a FIFO nobody opened: the 2 s grace), through the built
// binary: never a wait for the writer to end.
// `scm explain -` reads standard input under the same rule (a writer that never writes: exit 2 after 10 s).
// The writers sleep 30 s, so a hang shows as the run being killed (code null), not as a slow pass; a writer
// that starts a moment late, or pauses after its first bytes, is still read. No timing is asserted.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { BIN, ROOT } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const tmp = mkdtempSync(join(tmpdir(), 'scm-e2e-silent-pipe-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writers run in a process group of their own, so the sleep they hold the pipe with is killed with them. */
const writers: ChildProcess[] = [];
afterEach(() => {
  for (const w of writers.splice(0)) {
    try {
      process.kill(-w.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/** `sh -c script` holding a pipe; its stdout is a pipe to read as standard input when `piped`. */
function writer(script: string, args: string[] = [], piped = false): ChildProcess {
  const w = spawn('sh', ['-c', script, 'sh', ...args], { detached: true, stdio: ['ignore', piped ? 'pipe' : 'ignore', 'ignore'] });
  writers.push(w);
  return w;
}

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command` (node bin/scm.js, or bash for `<(...)`) killed after 25 s, so a hang fails the test. */
function run(command: string, args: string[], stdin: 'ignore' | Readable = 'ignore'): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      detached: command === 'bash',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', LANG: 'C.UTF-8', SCM: `${process.execPath} ${BIN}` },
      stdio: [stdin, 'pipe', 'pipe'],
    });
    if (command === 'bash') writers.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const scm = (args: string[], stdin?: Readable): Promise<Result> => run(process.execPath, [BIN, ...args], stdin);

/** A FIFO made for one test. */
function fifo(name: string): string {
  const path = join(tmp, name);
  execFileSync('mkfifo', [path]);
  return path;
}

// `1<>` opens the FIFO for reading and writing, which never blocks: the writer is attached before scm starts.
const HOLD = 'exec sleep 30 1<>"$1"';

describeFixtures('scm validate: a pipe whose writer is silent', () => {
  it('a named FIFO with a writer attached that writes nothing: exit 2 naming it, en and zh', async () => {
    const path = fifo('held.pem');
    writer(HOLD, [path]);
    const r = await scm(['validate', '--cert', path, '--key', C('rsa.key')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`scm: nothing was written to ${path} (a named pipe) within 10s`);
    const zh = await scm(['validate', '--cert', path, '--key', C('rsa.key'), '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`10 秒内没有内容写入 ${path}（命名管道）`);
  }, 60_000);

  it('<(sleep 30): exit 2 naming the pipe', async () => {
    const r = await run('bash', ['-c', `$SCM validate --cert <(exec sleep 30 2>/dev/null) --key '${C('rsa.key')}'`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^scm: nothing was written to \/dev\/fd\/\d+ \(a pipe\) within 10s$/m);
    expect(r.stderr).toMatch(/^hint: /m);
  });

  it('sleep 30 | scm validate -: exit 2 about standard input', async () => {
    const w = writer('exec sleep 30', [], true);
    const r = await scm(['validate', '-'], w.stdout!);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^scm: nothing was written to standard input within 10s$/m);
    const zh = await scm(['validate', '-', '--lang', 'zh'], w.stdout!);
    expect(zh.stderr).toContain('10 秒内没有内容写入标准输入');
  }, 60_000);

  it('a FIFO in a bundle folder is not read (only regular files are), so a silent writer there never holds it up', async () => {
    const dir = join(tmp, 'bundle');
    mkdirSync(dir);
    for (const name of ['cert.pem', 'chain.pem', 'privkey.pem']) copyFileSync(fixture(`bundles/rsa-ok/${name}`), join(dir, name));
    writer(HOLD, [fifo('bundle/extra.pem')]);
    expect((await scm(['validate', dir])).code).toBe(0);
  });

  it('a writer that starts 3 s late (past the 2 s grace: ssh connecting) is read, as a FIFO, as <(...) and as standard input', async () => {
    const late = `sleep 3; cat '${C('rsa-fullchain.pem')}'`;
    const path = fifo('late.pem');
    writer(`exec 1<>"$1"; ${late}`, [path]);
    expect((await scm(['validate', '--cert', path, '--key', C('rsa.key')])).code).toBe(0);
    expect((await run('bash', ['-c', `$SCM validate --cert <(${late}) --key '${C('rsa.key')}'`])).code).toBe(0);
    const w = writer(late, [], true);
    expect((await scm(['validate', '--cert', '-', '--key', C('rsa.key')], w.stdout!)).code).toBe(0);
  });

  it('a writer that pauses longer than the grace after its first bytes is waited for (a slow writer is not cut)', async () => {
    const path = fifo('slow.pem');
    writer(`exec 1<>"$1"; head -c 100 '${C('rsa-fullchain.pem')}'; sleep 3; tail -c +101 '${C('rsa-fullchain.pem')}'`, [path]);
    expect((await scm(['validate', '--cert', path, '--key', C('rsa.key')])).code).toBe(0);
  });
});

describe('scm explain -: standard input whose writer is silent', () => {
  it('sleep 30 | scm explain -: exit 2 about standard input, en and zh, as validate says it', async () => {
    const w = writer('exec sleep 30', [], true);
    const r = await scm(['explain', '-'], w.stdout!);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^scm: nothing was written to standard input within 10s\nhint: /);
    const zh = await scm(['explain', '-', '--lang', 'zh'], w.stdout!);
    expect([zh.code, zh.stdout]).toEqual([2, '']);
    expect(zh.stderr).toMatch(/^scm: 10 秒内没有内容写入标准输入\n提示：/);
  }, 60_000);

  it('scm explain - < <(sleep 30), --json: exit 2 with the JSON error line', async () => {
    const r = await run('bash', ['-c', '$SCM explain - --json < <(exec sleep 30 2>/dev/null)']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(JSON.parse(r.stderr).error).toMatchObject({ exitCode: 2, message: 'nothing was written to standard input within 10s' });
  });

  it('a writer that starts 3 s late is read', async () => {
    const w = writer('sleep 3; echo \'{"error_code":"SCM.0014","error_msg":"x"}\'', [], true);
    const r = await scm(['explain', '-', '--json'], w.stdout!);
    expect([r.code, JSON.parse(r.stdout)[0].code]).toEqual([0, 'SCM.0014']);
  });
});
