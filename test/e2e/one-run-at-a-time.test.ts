// Two runs of scm for one certificate at once on one machine (a renewal hook and a cron job, a rotation started
// twice), through the built binary: the second waits for the first, then finds the certificate and its pushes or
// deployments, so nothing is imported, pushed or deployed twice. The first run is held still (SIGSTOP) once its
// request is on its way, so the second meets the lock whatever the machine's speed; the test waits on what each
// says, never on a sleep. Also: a lock left by kill -9 is taken over, a signal while waiting ends only the waiter,
// and a lock folder others can write is refused (exit 2, nothing sent).
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBundle, spawnEmulator, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';

let emu: RunningEmulator;
let dir: string;
let b: Bundle;
let homes = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-one-run-'));
  b = makeBundle(join(dir, 'b'));
  // A server that stores a certificate twice when asked twice: only scm can keep it from happening.
  emu = await spawnEmulator(['--duplicate-check', 'ignore']);
});
afterAll(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => emu.reset());

/** A home folder of its own for each test: its locks are under .cache/scm/locks. */
function newHome(): string {
  const home = join(dir, `home-${++homes}`);
  mkdirSync(home, { mode: 0o700 });
  return home;
}

const envOf = (home: string): Record<string, string | undefined> => ({ PATH: process.env.PATH, NO_COLOR: '1', LANG: 'C.UTF-8', HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: home });

interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  done: Promise<number | null>;
}

function start(args: string[], home: string): Started {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: envOf(home), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, done };
}

/** A first upload killed with kill -9 once its import is on its way: its lock is left behind. */
async function killedWhileImporting(home: string): Promise<void> {
  await emu.fault({ op: 'import', delay_ms: 1000 });
  const first = start(UPLOAD(), home);
  await until('the first import on its way', inFlight('import'));
  first.child.kill('SIGKILL');
  await first.done;
}

/** Polls `seen` for up to 15 s; fails naming `what` when it never holds. */
async function until(what: string, seen: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await seen()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`never seen: ${what}`);
}

const inFlight = (op: string) => async () => {
  const s = await emu.state();
  return s.in_flight > 0 && (s.requests.byOperation[op] ?? 0) >= 1;
};

const UPLOAD = () => ['upload', '--cert', b.fullchain, '--key', b.key, '--name', 'app-example', '--if-changed', '--push', 'WAF:cn-north-4'];
const waitingLine = (pid: number) => `another scm run (pid ${pid}) is uploading or rotating this certificate: waiting for it to finish`;
const locks = (home: string): string[] => readdirSync(join(home, '.cache', 'scm', 'locks'));

describe('two runs of upload --if-changed --push for one certificate', () => {
  it('import it once and push it once: the second waits, then finds both', async () => {
    const home = newHome();
    await emu.fault({ op: 'import', delay_ms: 1000 });
    const first = start(UPLOAD(), home);
    await until('the first import on its way', inFlight('import'));
    first.child.kill('SIGSTOP');
    // The lock: a file of the user's alone, in a folder of the user's alone.
    expect(statSync(join(home, '.cache', 'scm', 'locks')).mode & 0o777).toBe(0o700);
    const [lock] = locks(home);
    expect(lock).toMatch(/^[0-9a-f]{32}\.lock$/);
    expect(statSync(join(home, '.cache', 'scm', 'locks', lock!)).mode & 0o777).toBe(0o600);
    const second = start(UPLOAD(), home);
    await until('the second waiting', () => second.stderr().includes(waitingLine(first.child.pid!)));
    first.child.kill('SIGCONT');
    expect(await first.done, first.stderr()).toBe(0);
    expect(await second.done, second.stderr()).toBe(0);
    const state = await emu.settled();
    expect(state.certificates).toHaveLength(1);
    const id = state.certificates[0]!.id;
    expect(state.requests.byOperation.import).toBe(1);
    expect(state.requests.byOperation.push).toBe(1);
    expect(state.resources.filter((r) => r.service === 'WAF')).toHaveLength(1);
    expect(first.stdout()).toMatch(new RegExp(`^uploaded app-example as ${id}\n`));
    expect(second.stdout()).toMatch(new RegExp(`^unchanged: the same certificate is already in SCM as ${id}; nothing uploaded\n`));
    expect(second.stdout()).toContain('already deployed there: not pushed again');
    expect(locks(home)).toEqual([]);
  });

  it('a signal while waiting ends the waiting run alone (exit 143, nothing sent), in Chinese too', async () => {
    const home = newHome();
    await emu.fault({ op: 'import', delay_ms: 1000 });
    const first = start(UPLOAD(), home);
    await until('the first import on its way', inFlight('import'));
    first.child.kill('SIGSTOP');
    const second = start([...UPLOAD(), '--lang', 'zh'], home);
    await until('the second waiting', () => second.stderr().includes(`另一个 scm 进程（进程号 ${first.child.pid}）正在上传或轮换这个证书：正在等它结束`));
    second.child.kill('SIGTERM');
    expect(await second.done).toBe(143);
    expect(second.stdout()).toBe('');
    expect(locks(home)).toHaveLength(1); // the first run's, left in place
    first.child.kill('SIGCONT');
    expect(await first.done, first.stderr()).toBe(0);
    const state = await emu.settled();
    expect(state.requests.byOperation.import).toBe(1);
    expect(state.requests.byOperation.list).toBe(1);
    expect(locks(home)).toEqual([]);
  });

  it('a lock left by a run killed with kill -9 is taken over: the rerun finishes the job', async () => {
    const home = newHome();
    await killedWhileImporting(home);
    expect(locks(home)).toHaveLength(1);
    await emu.settled();
    const r = await runCli(UPLOAD(), { env: envOf(home) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('waiting');
    const state = await emu.settled();
    expect(state.certificates).toHaveLength(1);
    expect(r.stdout).toMatch(/^unchanged: the same certificate is already in SCM as scs\d{13}; nothing uploaded\n/);
    expect(state.resources.filter((x) => x.service === 'WAF')).toHaveLength(1);
    expect(locks(home)).toEqual([]);
  });

  it('a lock that names another host (the host renamed since) is judged by its process all the same', async () => {
    const home = newHome();
    await killedWhileImporting(home);
    const [name] = locks(home);
    const path = join(home, '.cache', 'scm', 'locks', name!);
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), host: 'renamed-since' }), { mode: 0o600 });
    await emu.settled();
    const r = await runCli(UPLOAD(), { env: envOf(home), timeoutMs: 10_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('waiting');
    expect(locks(home)).toEqual([]);
  });

  it('a lock folder others can write to is refused: exit 2, one line, nothing imported (en, zh)', async () => {
    const home = newHome();
    const folder = join(home, '.cache', 'scm', 'locks');
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    chmodSync(folder, 0o777);
    const before = (await emu.state()).requests.total;
    const r = await runCli(UPLOAD(), { env: envOf(home) });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`scm: cannot keep the lock that stops other scm runs on this machine from uploading or rotating this certificate at the same time: others can write to ${folder}; nothing was sent\n`);
    expect(locks(home)).toEqual([]);
    const zh = await runCli([...UPLOAD(), '--lang', 'zh'], { env: envOf(home) });
    expect(zh.code, zh.stderr).toBe(2);
    expect(zh.stderr).toContain(`无法保存防止本机其他 scm 进程同时上传或轮换这个证书的锁：其他用户可以写入 ${folder}；没有发送任何请求\n`);
    expect((await emu.state()).requests.total).toBe(before);
  });
});

describe('two rotations to one certificate', () => {
  it('deploy once: the second waits, then finds every resource on the new certificate', async () => {
    const home = newHome();
    const old = 'scs1700000000001';
    await emu.seed({
      certificates: [{ id: old, name: 'old-app', domain: 'app.example.test', sans: ['app.example.test', 'www.app.example.test'], not_after: '2027-01-01T00:00:00Z' }],
      resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-cert-1', certificate_id: old }],
    });
    await emu.fault({ op: 'deploy', delay_ms: 1000 });
    const ARGS = ['rotate', '--domain', 'app.example.test', '--cert', b.fullchain, '--key', b.key, '--delete-old'];
    const first = start(ARGS, home);
    await until('the first deployment on its way', inFlight('deploy'));
    first.child.kill('SIGSTOP');
    const second = start(ARGS, home);
    await until('the second waiting', () => second.stderr().includes(waitingLine(first.child.pid!)));
    first.child.kill('SIGCONT');
    expect(await first.done, first.stderr()).toBe(0);
    expect(await second.done, second.stderr()).toBe(0);
    const state = await emu.settled();
    expect(state.requests.byOperation.import).toBe(1);
    expect(state.requests.deploys).toHaveLength(1);
    expect(state.certificates).toHaveLength(1);
    expect(state.resources.find((x) => x.id === 'elb-cert-1')?.certificateId).toBe(state.certificates[0]!.id);
    expect(second.stdout()).toContain(`already uses ${state.certificates[0]!.id}`);
  });
});
