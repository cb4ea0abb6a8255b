// The lock of `scm upload` / `scm rotate` (io/run-lock.ts) lives in $XDG_CACHE_HOME/scm/locks, else
// ~/.cache/scm/locks. scm judged only the folders it makes below XDG_CACHE_HOME (or the home folder): in an
// XDG_CACHE_HOME others may write to (a shared /tmp/cache 0777), another user may swap scm/ for a folder of theirs,
// with lock files of theirs, after the check. Now that folder and every one above are judged as config files'
// folders are; one another user owns or can write to is refused: one line, exit 2, nothing sent, no lock file read
// or made there (another user there could hold the lock forever or fake one). Through the built binary, against
// the emulator.
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeBundle, spawnEmulator, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';
import { runCli } from '../helpers/run-cli.js';

let emu: RunningEmulator;
let dir: string;
let b: Bundle;
let n = 0;
let home: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-lock-home-'));
  b = makeBundle(join(dir, 'b'));
  home = folder(0o700);
  emu = await spawnEmulator();
});
afterAll(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A folder of `mode` (made 0700 first, then set: the umask cannot take bits away). */
function folder(mode: number): string {
  const d = join(dir, `f-${++n}`);
  mkdirSync(d, { mode: 0o700 });
  chmodSync(d, mode);
  return d;
}

const env = (more: Record<string, string>) => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: home, ...more });
const upload = (name: string, ...more: string[]) => ['upload', '--cert', b.fullchain, '--key', b.key, '--name', name, '--if-changed', ...more];
const refused = (why: string) => `scm: cannot keep the lock that stops other scm runs on this machine from uploading or rotating this certificate at the same time: ${why}; nothing was sent\n`;

/** Runs `args` and expects the refusal: exit 2, one error line and a hint, no stack, no request sent at all. */
async function refusedRun(args: string[], envOf: Record<string, string>, why: string): Promise<Awaited<ReturnType<typeof runCli>>> {
  const before = (await emu.state()).requests.total;
  const r = await runCli(args, { env: env(envOf) });
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toContain(refused(why));
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
  expect((await emu.state()).requests.total).toBe(before);
  return r;
}

it('an XDG_CACHE_HOME others may write to (0777): refused (exit 2), nothing sent, nothing made or read in it (en, zh)', async () => {
  const cache = folder(0o777);
  const r = await refusedRun(upload('xdg-777'), { XDG_CACHE_HOME: cache }, `others can write to ${cache}`);
  expect(r.stderr).toContain(`hint: make ${cache} yours and writable by you alone (chmod go-w ${cache}), or set XDG_CACHE_HOME to a folder of your own`);
  expect(readdirSync(cache)).toEqual([]);
  const zh = await runCli(upload('xdg-777', '--lang', 'zh'), { env: env({ XDG_CACHE_HOME: cache }) });
  expect(zh.code, zh.stderr).toBe(2);
  expect(zh.stderr).toContain(`无法保存防止本机其他 scm 进程同时上传或轮换这个证书的锁：其他用户可以写入 ${cache}；没有发送任何请求\n`);
  expect(readdirSync(cache)).toEqual([]);
  const json = await runCli(upload('xdg-777', '--json'), { env: env({ XDG_CACHE_HOME: cache }) });
  expect(json.code).toBe(2);
  expect(JSON.parse(json.stderr.trim().split('\n').pop()!)).toMatchObject({ error: { type: 'ConfigError', exitCode: 2 } });
});

it('an XDG_CACHE_HOME inside a folder others may write to: that folder is named', async () => {
  const open = folder(0o777);
  const cache = join(open, 'cache');
  mkdirSync(cache, { mode: 0o700 });
  await refusedRun(upload('xdg-above'), { XDG_CACHE_HOME: cache }, `others can write to ${open}`);
  expect(readdirSync(cache)).toEqual([]);
});

it('a home others may write to, without XDG_CACHE_HOME: no ~/.cache made', async () => {
  const h = folder(0o777);
  await refusedRun(upload('home-777'), { HOME: h }, `others can write to ${h}`);
  expect(existsSync(join(h, '.cache'))).toBe(false);
});

it.runIf(process.getuid?.() === 0)('an XDG_CACHE_HOME another user owns is not used', async () => {
  const cache = folder(0o755);
  chownSync(cache, 4242, 4242);
  await refusedRun(upload('xdg-theirs'), { XDG_CACHE_HOME: cache }, `${cache} belongs to another user`);
  expect(readdirSync(cache)).toEqual([]);
});

it('a sticky shared folder (1777, as /tmp) is fine: the lock folders are made 0700 in it and the run is guarded', async () => {
  const cache = folder(0o1777);
  const r = await runCli(upload('xdg-sticky'), { env: env({ XDG_CACHE_HOME: cache }) });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).not.toContain('warning');
  expect(readdirSync(join(cache, 'scm', 'locks'))).toEqual([]); // made, used, released
});

it('scm help exit-codes names the refusal under exit 2 (en, zh)', async () => {
  const en = await runCli(['help', 'exit-codes']);
  expect(en.stdout.replace(/\s+/g, ' ')).toContain('a lock folder another user owns or can write to (upload, rotate)');
  const zh = await runCli(['help', 'exit-codes', '--lang', 'zh']);
  expect(zh.stdout.replace(/\s+/g, '')).toContain('锁目录属于其他用户或其他用户可以写入（upload、rotate）');
});

it('scm rotate refuses the same way before it asks SCM anything: nothing deployed, exit 2', async () => {
  await emu.seed({
    certificates: [
      { id: 'scs1700000000301', name: 'lock-old', domain: 'lock.example.test', sans: ['lock.example.test'], not_after: '2127-01-01T00:00:00Z' },
      { id: 'scs1700000000302', name: 'lock-new', domain: 'lock.example.test', sans: ['lock.example.test'], not_after: '2128-01-01T00:00:00Z' },
    ],
    resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-lock-1', certificate_id: 'scs1700000000301' }],
  });
  const cache = folder(0o777);
  await refusedRun(['rotate', 'scs1700000000301', '--to', 'scs1700000000302'], { XDG_CACHE_HOME: cache }, `others can write to ${cache}`);
  expect((await emu.state()).resources.find((r) => r.id === 'elb-lock-1')?.certificateId).toBe('scs1700000000301');
  expect(readdirSync(cache)).toEqual([]);
});

it('under a certbot deploy hook the hint ends with the command that finishes by hand, as for other failures (en, zh)', async () => {
  const cache = folder(0o777);
  const hook = { XDG_CACHE_HOME: cache, RENEWED_LINEAGE: b.dir, RENEWED_DOMAINS: 'example.test' };
  const en = await refusedRun(['upload', '--from', 'certbot'], hook, `others can write to ${cache}`);
  expect(en.stderr).toMatch(new RegExp(`; the hook is not run again for this certificate: to finish by hand, run scm upload --cert ${b.dir}/fullchain\\.pem --key ${b.dir}/privkey\\.pem --name \\S+ --if-changed\\n$`));
  const r = await runCli(['upload', '--from', 'certbot', '--rotate', '--lang', 'zh'], { env: env(hook) });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('；不会为这张证书再次运行钩子：请手动运行 `scm rotate --domain ');
  expect(readdirSync(cache)).toEqual([]);
});
