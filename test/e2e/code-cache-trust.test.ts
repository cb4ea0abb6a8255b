// bin/scm.js runs V8's code cache as compiled code, whatever the source says: a cache of other code with the
// source's length runs that other code. So a cache someone else could have written is never read: one owned by
// another user, one group or others may write, or one in a folder they may write to (without the sticky bit).
// Each case runs the real loader (bin/scm.js, copied) over a pack of one line whose cache was recorded from
// other code of the same length: "HIJACKED" printed means the cache was used, "original" that it was not.
// Also: the build writes each cache whole (renamed into place) and 0644, never more, whatever the umask.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, expect, it } from 'vitest';
import { BIN } from '../helpers/run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'scm-e2e-cache-trust-'));
afterAll(() => { if (!process.env.KEEP) rmSync(root, { recursive: true, force: true }); });
let n = 0;
let home: string;

const pack = (word: string): string =>
  `(function (define) { define('./cli.js', function (exports, require, module) { module.exports.run = function () { console.log('${word}'); }; }); })`;

/** A copy of the loader over a one-pack dist/ whose cache holds other code; returns the dist folder. */
function plant(): string {
  home = join(root, `copy-${++n}`);
  mkdirSync(join(home, 'bin'), { recursive: true });
  mkdirSync(join(home, 'dist'), { mode: 0o755 });
  chmodSync(join(home, 'dist'), 0o755);
  copyFileSync(BIN, join(home, 'bin/scm.js'));
  const file = join(home, 'dist/cli.js');
  writeFileSync(file, pack('original'));
  // Recorded by a node of its own: V8 takes a cache only from a process with the same flags (vitest's differ).
  const record = `const { Script } = require('node:vm');
const other = new Script(${JSON.stringify(pack('HIJACKED'))}, { filename: process.argv[1] });
const m = { exports: {} };
other.runInThisContext()((_, f) => f(m.exports, require, m));
m.exports.run(); // run once, as the build's recording does: the functions compiled then are in the cache
require('node:fs').writeFileSync(process.argv[1] + '.cache', other.createCachedData());`;
  const r = spawnSync(process.execPath, ['-e', record, file], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  expect(r.stderr).toBe('');
  chmodSync(`${file}.cache`, 0o644);
  return join(home, 'dist');
}

const run = (): string => {
  const r = spawnSync(process.execPath, [join(home, 'bin/scm.js')], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
};

const root0 = process.getuid?.() === 0;
let dist: string;
beforeEach(() => void (dist = plant()));

it('a cache of the user (or root), 0644, in a folder of theirs is used: what the checks below guard against', () => {
  expect(run()).toBe('HIJACKED');
});

it.each([0o666, 0o646, 0o664, 0o660])('a cache others may write (mode %o) is not read: the pack is compiled from its source', (mode) => {
  chmodSync(join(dist, 'cli.js.cache'), mode);
  expect(run()).toBe('original');
});

it.each([0o777, 0o775, 0o757])('a cache in a folder others may write (mode %o) is not read', (mode) => {
  chmodSync(dist, mode);
  expect(run()).toBe('original');
});

it('a world-writable folder with the sticky bit: others may add files, not replace ours, so our cache is used', () => {
  chmodSync(dist, 0o1777);
  expect(run()).toBe('HIJACKED');
});

it.runIf(root0)('a cache owned by another user, or in a folder another user owns, is not read', () => {
  chownSync(join(dist, 'cli.js.cache'), 4242, 4242);
  expect(run()).toBe('original');
  chownSync(join(dist, 'cli.js.cache'), 0, 0);
  chownSync(dist, 4242, 4242);
  expect(run()).toBe('original');
});

it.runIf(root0)('the owner of the pack may own its cache: they may change the pack itself anyway', () => {
  chownSync(join(dist, 'cli.js'), 4242, 4242);
  chownSync(join(dist, 'cli.js.cache'), 4242, 4242);
  chownSync(dist, 4242, 4242);
  expect(run()).toBe('HIJACKED');
});

it('the build writes each cache whole and 0644, leaving no file of its own beside it, whatever the umask', async () => {
  const loader = createRequire(import.meta.url)(join(home, 'bin/scm.js')) as { recordCodeCache(entry: string, runs: unknown[], exercise: () => Promise<void>): Promise<string[]> };
  rmSync(join(dist, 'cli.js.cache'));
  const before = process.umask(0);
  try {
    await loader.recordCodeCache(join(dist, 'cli.js'), [1], async () => {});
  } finally {
    process.umask(before);
  }
  expect(statSync(join(dist, 'cli.js.cache')).mode & 0o777).toBe(0o644);
  expect(readdirSync(dist).sort()).toEqual(['cli.js', 'cli.js.cache']);
  expect(run()).toBe('original'); // the cache recorded from the pack's own source
});
