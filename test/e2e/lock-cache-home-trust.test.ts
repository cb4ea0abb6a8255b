// The lock of `scm upload` / `scm rotate` (io/run-lock.ts) lives in $XDG_CACHE_HOME/scm/locks, else
// ~/.cache/scm/locks. scm judged only the folders it makes below XDG_CACHE_HOME (or the home folder): in an
// XDG_CACHE_HOME others may write to (a shared /tmp/cache 0777), another user may swap scm/ for a folder of theirs,
// with lock files of theirs, after the check. Now that folder and every one above are judged as config files'
// folders are; one that fails gives the one-line warning and no lock file is read or made there. Through the built
// binary, against the emulator.
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
const unguarded = (why: string) => `warning: cannot make sure that no other scm run on this machine uploads or rotates this certificate at the same time: ${why}\n`;

it('an XDG_CACHE_HOME others may write to (0777): a warning, and nothing made or read in it (en, zh)', async () => {
  const cache = folder(0o777);
  const r = await runCli(upload('xdg-777'), { env: env({ XDG_CACHE_HOME: cache }) });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toContain(unguarded(`others can write to ${cache}`));
  expect(readdirSync(cache)).toEqual([]);
  const zh = await runCli(upload('xdg-777', '--lang', 'zh'), { env: env({ XDG_CACHE_HOME: cache }) });
  expect(zh.code, zh.stderr).toBe(0);
  expect(zh.stderr).toContain(`警告：无法确保本机没有其他 scm 进程同时上传或轮换这个证书：其他用户可以写入 ${cache}\n`);
  expect(readdirSync(cache)).toEqual([]);
});

it('an XDG_CACHE_HOME inside a folder others may write to: that folder is named', async () => {
  const open = folder(0o777);
  const cache = join(open, 'cache');
  mkdirSync(cache, { mode: 0o700 });
  const r = await runCli(upload('xdg-above'), { env: env({ XDG_CACHE_HOME: cache }) });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toContain(unguarded(`others can write to ${open}`));
  expect(readdirSync(cache)).toEqual([]);
});

it('a home others may write to, without XDG_CACHE_HOME: no ~/.cache made', async () => {
  const h = folder(0o777);
  const r = await runCli(upload('home-777'), { env: env({ HOME: h }) });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toContain(unguarded(`others can write to ${h}`));
  expect(existsSync(join(h, '.cache'))).toBe(false);
});

it.runIf(process.getuid?.() === 0)('an XDG_CACHE_HOME another user owns is not used', async () => {
  const cache = folder(0o755);
  chownSync(cache, 4242, 4242);
  const r = await runCli(upload('xdg-theirs'), { env: env({ XDG_CACHE_HOME: cache }) });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toContain(unguarded(`${cache} belongs to another user`));
  expect(readdirSync(cache)).toEqual([]);
});

it('a sticky shared folder (1777, as /tmp) is fine: the lock folders are made 0700 in it and the run is guarded', async () => {
  const cache = folder(0o1777);
  const r = await runCli(upload('xdg-sticky'), { env: env({ XDG_CACHE_HOME: cache }) });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).not.toContain('warning');
  expect(readdirSync(join(cache, 'scm', 'locks'))).toEqual([]); // made, used, released
});
