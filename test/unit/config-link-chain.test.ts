// A config file reached through a chain of symbolic links, seen as user 1000 (the tests run as root; files and
// links are given to other uids with chown/lchown): every link on the way is judged (its owner, the folder it
// sits in), not only the first one and the end; and what is read is the very file that was judged (read.ts),
// so a link repointed between the check and the read is caught, not followed.
import { chmodSync, chownSync, existsSync, lchownSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfigFiles } from '../../src/config/file.js';
import { readJudged } from '../../src/config/read.js';
import { checkFile } from '../../src/config/trust.js';
import { ConfigError } from '../../src/errors.js';

const USER = 1000;
const OTHER = 1001;
let root: string;
let base: string;
let n = 0;
const marker = () => join(root, 'ran');
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-link-chain-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(marker(), { force: true });
  base = join(root, `c${++n}`);
  mkdirSync(base);
});

/** A folder under this test's base, owned by `owner`. */
function folder(name: string, owner = USER, mode = 0o755): string {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  chownSync(dir, owner, owner);
  chmodSync(dir, mode);
  return dir;
}
function file(path: string, text: string, owner = 0, mode = 0o644): string {
  writeFileSync(path, text);
  chownSync(path, owner, owner);
  chmodSync(path, mode);
  return path;
}
function link(path: string, target: string, owner = USER): string {
  symlinkSync(target, path);
  lchownSync(path, owner, owner);
  return path;
}
const why = (path: string) => checkFile(path, USER)?.distrust;

describe('every link of a chain is judged', () => {
  it("a link another user made, halfway along (proj/.scmrc -> att/lj -> good/good.yaml): link-owner, naming that link", () => {
    const good = file(join(folder('good', 0), 'good.yaml'), 'region: ap-southeast-1\n');
    const lj = link(join(folder('att', OTHER), 'lj'), good, OTHER);
    const path = link(join(folder('proj'), '.scmrc'), lj);
    expect(why(path)).toEqual({ reason: 'link-owner', uid: OTHER, link: lj });
    lchownSync(lj, USER, USER); // the user's own link, but in the other user's folder: they can replace it
    expect(why(path)).toEqual({ reason: 'dir-owner', dir: join(base, 'att'), uid: OTHER, link: lj });
    chownSync(join(base, 'att'), USER, USER);
    expect(why(path)).toBeUndefined();
    chmodSync(join(base, 'att'), 0o777);
    expect(why(path)).toMatchObject({ reason: 'dir-writable', dir: join(base, 'att'), link: lj });
    chmodSync(join(base, 'att'), 0o1777); // sticky: only the link's owner (the user) may replace it
    expect(why(path)).toBeUndefined();
  });

  it('the first link keeps its own reason, without naming another link', () => {
    const good = file(join(folder('good', 0), 'good.yaml'), 'region: ap-southeast-1\n');
    const path = link(join(folder('proj'), '.scmrc'), good, OTHER);
    expect(why(path)).toEqual({ reason: 'link-owner', uid: OTHER, link: path });
  });

  it('relative targets are resolved from the folder of the link that holds them', () => {
    const good = file(join(folder('good', 0), 'good.yaml'), 'region: ap-southeast-1\n');
    folder('att', OTHER);
    link(join(base, 'att', 'lj'), '../good/good.yaml', OTHER);
    const path = link(join(folder('proj/sub'), '.scmrc'), '../../att/lj');
    expect(why(path)).toEqual({ reason: 'link-owner', uid: OTHER, link: join(base, 'att', 'lj') });
    expect(checkFile(path, USER)?.real).toBe(good);
    lchownSync(join(base, 'att', 'lj'), USER, USER);
    chownSync(join(base, 'att'), USER, USER);
    expect(checkFile(path, USER)).toMatchObject({ real: good });
    expect(why(path)).toBeUndefined();
  });

  it('a link to a folder on the way counts too (proj/.scmrc -> att/dl/good.yaml, dl another user\'s)', () => {
    folder('good', 0);
    const good = file(join(base, 'good', 'good.yaml'), 'region: ap-southeast-1\n');
    const dl = link(join(folder('att', USER), 'dl'), join(base, 'good'), OTHER);
    const path = link(join(folder('proj'), '.scmrc'), join(dl, 'good.yaml'));
    expect(why(path)).toEqual({ reason: 'link-owner', uid: OTHER, link: dl });
    expect(checkFile(path, USER)?.real).toBe(good);
  });

  it('a loop, or more links than the system follows: nothing readable there', () => {
    const proj = folder('proj');
    link(join(proj, 'a'), join(proj, 'b'));
    link(join(proj, 'b'), join(proj, 'a'));
    expect(checkFile(join(proj, 'a'), USER)).toBeUndefined();
    const target = file(join(proj, 't.yaml'), 'region: x\n', USER, 0o600);
    let prev = target;
    for (let i = 0; i < 45; i++) prev = link(join(proj, `l${i}`), prev);
    expect(checkFile(prev, USER)).toBeUndefined();
    expect(checkFile(join(proj, 'l30'), USER)?.real).toBe(target);
  });
});

describe('what is read is what was judged', () => {
  it('a link repointed after the check: the file judged is read, not the new target', () => {
    const proj = folder('proj');
    const good = file(join(proj, 'good.yaml'), 'region: ap-southeast-1\n', USER, 0o600);
    const evil = file(join(proj, 'evil.yaml'), 'endpoint: http://127.0.0.1:9\n', USER, 0o600);
    const lj = link(join(proj, 'lj'), good);
    const path = link(join(proj, '.scmrc'), lj);
    const checked = checkFile(path, USER)!;
    unlinkSync(lj);
    link(lj, evil);
    expect(readJudged(path, checked).text).toBe('region: ap-southeast-1\n');
    expect(readJudged(path, checkFile(path, USER)!).text).toBe('endpoint: http://127.0.0.1:9\n');
  });

  it('another file where the judged one was (its folder renamed away and rebuilt): refused', () => {
    const proj = folder('proj');
    const path = file(join(proj, '.scmrc'), 'region: ap-southeast-1\n', USER, 0o600);
    const checked = checkFile(path, USER)!;
    expect(readJudged(path, checked).text).toBe('region: ap-southeast-1\n');
    renameSync(proj, `${proj}.old`);
    file(join(folder('proj'), '.scmrc'), 'endpoint: http://127.0.0.1:9\n', USER, 0o600);
    expect(() => readJudged(path, checked)).toThrow(expect.objectContaining({ code: 'SCM_CONFIG_CHANGED', path }));
    rmSync(path);
    symlinkSync(join(`${proj}.old`, '.scmrc'), path); // a link where the file was: not followed
    expect(() => readJudged(path, checked)).toThrow(expect.objectContaining({ code: 'SCM_CONFIG_CHANGED', path }));
  });
});

describe('a named JavaScript file reached through links', () => {
  const load = (path: string, lang: 'en' | 'zh' = 'en') => loadConfigFiles({ cwd: root, env: { HOME: root }, uid: USER, lang, config: path });
  async function refusal(p: Promise<unknown>): Promise<ConfigError> {
    try {
      await p;
    } catch (e) {
      return e as ConfigError;
    }
    throw new Error('not refused');
  }

  it("refused before it runs when a link on the way is another user's", async () => {
    const good = file(join(folder('good', 0), 'good.js'), `require('node:fs').writeFileSync(${JSON.stringify(marker())}, 'ran');\nmodule.exports = { region: 'ap-southeast-1' };\n`);
    const lj = link(join(folder('att', OTHER), 'lj'), good, OTHER);
    const path = link(join(folder('proj'), 'scm.config.js'), lj);
    const e = await refusal(load(path));
    expect(e).toBeInstanceOf(ConfigError);
    expect([e.exitCode, e.message]).toEqual([
      2,
      `refusing to run config file ${path} (named by --config): it leads through the symbolic link ${lj}, made by user ${OTHER}, not by you or root; its code would run with your credentials in reach`,
    ]);
    expect((await refusal(load(path, 'zh'))).message).toBe(
      `拒绝运行配置文件 ${path}（由 --config 指定）：它经由用户 ${OTHER} 创建的符号链接 ${lj}，创建者既不是你，也不是超级用户；运行它，就是让别人能改的代码接触到你的凭证`,
    );
    expect(existsSync(marker())).toBe(false);
  });

  it('a file that changed while it was loaded (here: it repoints the link itself) is not used', async () => {
    const proj = folder('proj');
    const other = file(join(proj, 'other.js'), "module.exports = { region: 'eu-west-101' };\n", USER, 0o600);
    const lj = join(proj, 'lj');
    const good = file(
      join(proj, 'good.js'),
      `const fs = require('node:fs');\nfs.unlinkSync(${JSON.stringify(lj)});\nfs.symlinkSync(${JSON.stringify(other)}, ${JSON.stringify(lj)});\nfs.lchownSync(${JSON.stringify(lj)}, ${USER}, ${USER});\nmodule.exports = { region: 'ap-southeast-1' };\n`,
      USER,
      0o600,
    );
    link(lj, good);
    const path = link(join(proj, 'scm.config.js'), lj);
    const e = await refusal(load(path));
    expect([e.exitCode, e.message]).toEqual([2, `config file ${path} changed while scm was reading it (a file or a symbolic link on its way was replaced); nothing of it was used`]);
    expect(readFileSync(good, 'utf8')).toContain('symlinkSync');
  });
});
