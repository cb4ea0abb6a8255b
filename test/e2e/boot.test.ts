// bin/scm.js runs dist/ from V8's code cache when it fits and compiles it normally when it does not:
// a damaged cache, or a cache older than the bundle (edited after the build), changes nothing a user sees.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let copy: string;
beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'scm-e2e-boot-'));
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const scm = (...args: string[]) => spawnSync(process.execPath, [join(copy, 'bin/scm.js'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });

it('a damaged or stale code cache is ignored: same output, same exit status', async () => {
  const expected = await runCli(['explain', 'SCM.0014']);
  expect(expected.code).toBe(0);
  const cache = join(copy, 'dist/cli.js.cache');
  writeFileSync(cache, Buffer.from('not a V8 code cache'));
  let r = scm('explain', 'SCM.0014');
  expect([r.status, r.stdout, r.stderr]).toEqual([0, expected.stdout, '']);
  // A cache older than the bundle is not even read.
  utimesSync(cache, new Date(2000, 0, 1), new Date(2000, 0, 1));
  r = scm('explain', 'SCM.0014');
  expect([r.status, r.stdout, r.stderr]).toEqual([0, expected.stdout, '']);
  r = scm('validate', join(ROOT, 'test/fixtures/generated/bundles/rsa-ok'), '--json');
  expect(r.status, r.stderr).toBe(0);
});
