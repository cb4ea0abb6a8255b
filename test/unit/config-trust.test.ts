// The pieces behind the config-file rules, seen from users other than root (the tests run as root; files are
// given to other uids with chown): who may have written a file (trust.ts), which directories are searched
// (search.ts), and the cheap start-up lookup of `lang` (lang.ts), which must read files as the loader does.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, lchownSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configLang } from '../../src/config/lang.js';
import { locate, searchDirs } from '../../src/config/search.js';
import { checkFile, MAX_CONFIG_BYTES } from '../../src/config/trust.js';

const USER = 1000;
const OTHER = 1001;
/** A group /etc/group does not list: who is in it cannot be told. */
const UNLISTED_GID = 4_000_123;
let root: string;
let n = 0;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-trust-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh folder owned by `owner` (mode 755) with one file in it. */
function file(o: { owner?: number; mode?: number; dirOwner?: number; dirMode?: number; text?: string } = {}): string {
  const dir = join(root, `d${++n}`);
  mkdirSync(dir);
  chownSync(dir, o.dirOwner ?? USER, o.dirOwner ?? USER);
  chmodSync(dir, o.dirMode ?? 0o755);
  const path = join(dir, '.scmrc.json');
  writeFileSync(path, o.text ?? '{}');
  chownSync(path, o.owner ?? USER, o.owner ?? USER);
  chmodSync(path, o.mode ?? 0o600);
  return path;
}
const why = (path: string, uid: number | undefined = USER) => checkFile(path, uid)?.distrust;

describe('who may have written a file', () => {
  it('the user\'s own files and root\'s are trusted', () => {
    expect(why(file())).toBeUndefined();
    expect(why(file({ owner: 0, mode: 0o644 }))).toBeUndefined();
    expect(why(file({ owner: 0, dirOwner: 0 }))).toBeUndefined();
  });

  it('another user\'s file, or one the group or others may write', () => {
    expect(why(file({ owner: OTHER }))).toEqual({ reason: 'owner', uid: OTHER });
    expect(why(file({ mode: 0o620 }))).toMatchObject({ reason: 'writable', mode: expect.any(Number) });
    expect((why(file({ mode: 0o602 })) as { mode: number }).mode & 0o777).toBe(0o602);
    expect(why(file({ owner: OTHER, dirOwner: OTHER }), OTHER)).toBeUndefined(); // that user's own file, seen by that user
  });

  it('a folder others may write to without the sticky bit, or another user\'s folder', () => {
    const open = file({ dirMode: 0o777 });
    expect(why(open)).toMatchObject({ reason: 'dir-writable', dir: dirname(open) });
    expect(why(file({ dirMode: 0o1777 }))).toBeUndefined();
    // A folder its group may write to: fine only when nobody else is in that group (root's group holds root alone).
    const rootGroup = file({ dirMode: 0o775 });
    chownSync(dirname(rootGroup), USER, 0);
    expect(why(rootGroup)).toBeUndefined();
    const unlisted = file({ dirMode: 0o775 });
    chownSync(dirname(unlisted), USER, UNLISTED_GID);
    expect(why(unlisted)).toEqual({ reason: 'dir-writable', dir: dirname(unlisted), mode: expect.any(Number), group: { gid: UNLISTED_GID } });
    chmodSync(dirname(unlisted), 0o1775);
    expect(why(unlisted)).toBeUndefined(); // sticky: nobody else may rename or remove what is ours
    const foreign = file({ dirOwner: OTHER });
    expect(why(foreign)).toEqual({ reason: 'dir-owner', dir: dirname(foreign), uid: OTHER });
  });

  it('links: the link\'s owner counts, and so does the folder of the file it points to', () => {
    const target = file();
    const link = join(root, `link${++n}.json`);
    symlinkSync(target, link);
    lchownSync(link, OTHER, OTHER);
    expect(why(link)).toEqual({ reason: 'link-owner', uid: OTHER, link });
    lchownSync(link, USER, USER);
    expect(why(link)).toBeUndefined();
    const inOpen = file({ dirMode: 0o777 });
    const safeDir = join(root, `safe${++n}`);
    mkdirSync(safeDir);
    chownSync(safeDir, USER, USER);
    symlinkSync(inOpen, join(safeDir, '.scmrc.json'));
    lchownSync(join(safeDir, '.scmrc.json'), USER, USER);
    expect(why(join(safeDir, '.scmrc.json'))).toMatchObject({ reason: 'dir-writable', dir: dirname(inOpen) });
    symlinkSync(join(root, 'nowhere'), join(safeDir, 'dangling'));
    expect(checkFile(join(safeDir, 'dangling'), USER)).toBeUndefined();
  });

  it('anything but a regular file; nothing at all', () => {
    const fifo = join(root, `fifo${++n}`);
    execFileSync('mkfifo', [fifo]);
    expect(why(fifo)).toEqual({ reason: 'not-a-file' });
    expect(why(root)).toEqual({ reason: 'not-a-file' });
    expect(checkFile(join(root, 'absent'), USER)).toBeUndefined();
    expect(checkFile(join(file(), 'below-a-file'), USER)).toBeUndefined();
  });

  it('larger than a config file can be: too-large, judged by its size alone (nothing is read)', () => {
    const big = file();
    truncateSync(big, MAX_CONFIG_BYTES + 1);
    expect(why(big)).toEqual({ reason: 'too-large', size: MAX_CONFIG_BYTES + 1 });
    truncateSync(big, MAX_CONFIG_BYTES);
    expect(why(big)).toBeUndefined();
  });
});

describe('where the search looks', () => {
  it('from the working directory up to $HOME; outside $HOME, the working directory alone', () => {
    expect(searchDirs('/home/u/a/b', '/home/u')).toEqual(['/home/u/a/b', '/home/u/a', '/home/u']);
    expect(searchDirs('/home/u', '/home/u/')).toEqual(['/home/u']);
    expect(searchDirs('/home/user2/x', '/home/u')).toEqual(['/home/user2/x']);
    expect(searchDirs('/tmp/a/b', '/root')).toEqual(['/tmp/a/b']);
    expect(searchDirs('/tmp/a/b', undefined)).toEqual(['/tmp/a/b']);
    expect(searchDirs('/srv/x', '/')).toEqual(['/srv/x', '/srv', '/']);
  });

  it('$HOME through a link still counts as $HOME', () => {
    const real = join(root, `realhome${++n}`);
    mkdirSync(join(real, 'w'), { recursive: true });
    symlinkSync(real, join(root, `homelink${n}`));
    expect(searchDirs(join(real, 'w'), join(root, `homelink${n}`))).toEqual([join(real, 'w'), real]);
  });

  it('the user file writable by others is refused; by its group, ignored', () => {
    const xdg = join(root, `xdg${++n}`);
    mkdirSync(join(xdg, 'scm'), { recursive: true });
    writeFileSync(join(xdg, 'scm', 'config.json'), '{}', { mode: 0o666 });
    chmodSync(join(xdg, 'scm', 'config.json'), 0o646);
    expect(locate({ cwd: xdg, env: { XDG_CONFIG_HOME: xdg }, uid: 0 })).toMatchObject({ userRefused: { path: join(xdg, 'scm', 'config.json') } });
    chmodSync(join(xdg, 'scm', 'config.json'), 0o660);
    writeFileSync(join(xdg, 'scm', 'config.yaml'), 'region: x\n', { mode: 0o600 });
    expect(locate({ cwd: xdg, env: { XDG_CONFIG_HOME: xdg }, uid: 0 })).toMatchObject({
      user: join(xdg, 'scm', 'config.yaml'),
      userIgnored: { path: join(xdg, 'scm', 'config.json'), why: { reason: 'writable' } },
    });
  });
});

describe('lang at start-up reads files as the loader does', () => {
  const lang = (files: Record<string, string>, sub = '') => {
    const home = join(root, `h${++n}`);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(home, name)), { recursive: true });
      writeFileSync(join(home, name), text, { mode: 0o600 });
    }
    mkdirSync(join(home, sub), { recursive: true });
    return configLang({ cwd: join(home, sub), env: { HOME: home }, uid: 0 });
  };

  it('top-level keys only, quoted or not, comments allowed', async () => {
    expect(await lang({ '.scmrc.yaml': 'lang: zh\n' })).toBe('zh');
    expect(await lang({ '.scmrc.yaml': '---\n"lang": \'zh\' # team\n' })).toBe('zh');
    expect(await lang({ '.scmrc.yaml': 'profile:\n  lang: zh\n' })).toBeUndefined();
    expect(await lang({ '.scmrc.yaml': 'note: |\n  lang: zh\n' })).toBeUndefined();
    expect(await lang({ '.scmrc.yaml': 'lang: fr\n' })).toBeUndefined();
    expect(await lang({ '.scmrc': '{"lang": "zh"}' })).toBe('zh');
    expect(await lang({ '.scmrc.json': '{"profile": {"lang": "zh"}}' })).toBeUndefined();
  });

  it('an empty file is passed over as cosmiconfig passes it; the first file with content decides', async () => {
    expect(await lang({ 'a/.scmrc.yaml': '# nothing yet\n', '.scmrc.yml': 'lang: zh\n' }, 'a')).toBe('zh');
    expect(await lang({ 'a/.scmrc.json': '{"region": "x"}', '.scmrc.yml': 'lang: zh\n' }, 'a')).toBeUndefined();
    expect(await lang({ 'a/package.json': '{"name": "a"}', '.scmrc.yml': 'lang: zh\n' }, 'a')).toBe('zh');
    expect(await lang({ 'a/.scmrc.json': '{"lang": "en"}', '.config/scm/config.json': '{"lang": "zh"}' }, 'a')).toBe('en');
    expect(await lang({ 'a/.scmrc.json': '{"region": "x"}', '.config/scm/config.json': '{"lang": "zh"}' }, 'a')).toBe('zh');
  });

  it('never throws: a broken file leaves the language to the locale', async () => {
    expect(await lang({ '.scmrc.json': '{"lang": "zh",,}' })).toBeUndefined();
    expect(await configLang({ cwd: root, env: { SCM_CONFIG: join(root, 'missing.json') }, uid: 0 })).toBeUndefined();
  });
});
