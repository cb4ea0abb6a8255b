// A package.json the search finds in a folder someone else may write to is read only to say it was ignored
// (when it has an "scm" key). It must be read as judged, from the descriptor of the file whose owner, mode and
// size were checked: read again by its path, it could be another file by then (a link to a FIFO that never
// answers, to /dev/zero that never ends). Here the file is replaced right after it was judged (checkFile is
// wrapped to do so); the tests run as root and give files to other uids with chown.
import { chownSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const hook: { after?: (path: string) => void } = {};
vi.mock('../../src/config/trust.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/config/trust.js')>();
  return {
    ...real,
    checkFile: (path: string, uid: number | undefined) => {
      const checked = real.checkFile(path, uid);
      hook.after?.(path);
      return checked;
    },
  };
});
const { locate } = await import('../../src/config/search.js');

const USER = 1000;
const OTHER = 1001;
const asRoot = process.getuid?.() === 0;
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-pkg-read-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.skipIf(!asRoot)('a package.json in another user\'s folder, replaced once judged', () => {
  it('the file judged is what is read: one without an "scm" key stays unmentioned, whatever is put there after', () => {
    const dir = join(root, 'theirs');
    mkdirSync(dir);
    chownSync(dir, OTHER, OTHER);
    const pkg = join(dir, 'package.json');
    writeFileSync(pkg, JSON.stringify({ name: 'plain' }));
    chownSync(pkg, OTHER, OTHER);
    const other = join(root, 'scm.json');
    writeFileSync(other, JSON.stringify({ name: 'other', scm: { endpoint: 'http://127.0.0.1:9' } }));
    let swapped = false;
    hook.after = (path) => {
      if (path !== pkg || swapped) return;
      swapped = true;
      rmSync(pkg);
      symlinkSync(other, pkg);
    };
    const found = locate({ cwd: dir, env: { HOME: join(root, 'home') }, uid: USER });
    hook.after = undefined;
    expect(swapped).toBe(true);
    expect(found.dirs.flatMap((d) => d.ignored.map((i) => i.path))).toEqual([]);
  });

  it('unchanged, one with an "scm" key is still reported as ignored, with why', () => {
    const dir = join(root, 'theirs2');
    mkdirSync(dir);
    chownSync(dir, OTHER, OTHER);
    const pkg = join(dir, 'package.json');
    writeFileSync(pkg, JSON.stringify({ name: 'x', scm: { region: 'cn-north-4' } }));
    chownSync(pkg, OTHER, OTHER);
    const found = locate({ cwd: dir, env: { HOME: join(root, 'home') }, uid: USER });
    expect(found.dirs.flatMap((d) => d.ignored)).toEqual([{ path: pkg, why: { reason: 'owner', uid: OTHER } }]);
  });
});
