// A config file the user named (--config, SCM_CONFIG) that someone else could have written, seen as user 1000
// (the tests run as root; files are given to other uids with chown). Code is refused BEFORE it is loaded (a
// marker file proves it never ran, not even for the start-up lookup of `lang`); data is read with a warning
// saying why. And a secret in a package.json "scm" key others can read gets a warning of its own.
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfigFiles } from '../../src/config/file.js';
import { permissionWarning } from '../../src/config/warnings.js';
import { configLang } from '../../src/config/lang.js';
import { ConfigError } from '../../src/errors.js';

const USER = 1000;
const OTHER = 1001;
let root: string;
let n = 0;
const marker = () => join(root, 'ran');
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-named-trust-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => rmSync(marker(), { force: true }));

/** A named file in a fresh folder; code leaves a marker when it runs. */
function named(name: string, o: { owner?: number; mode?: number; dirOwner?: number; dirMode?: number; text?: string } = {}): string {
  const dir = join(root, `d${++n}`);
  mkdirSync(dir);
  chownSync(dir, o.dirOwner ?? USER, o.dirOwner ?? USER);
  chmodSync(dir, o.dirMode ?? 0o755);
  const path = join(dir, name);
  const code = `require('node:fs').writeFileSync(${JSON.stringify(marker())}, 'ran');\nmodule.exports = { region: 'ap-southeast-1', lang: 'zh' };\n`;
  writeFileSync(path, o.text ?? (name.endsWith('.js') || name.endsWith('.cjs') ? code : 'region: ap-southeast-1\n'));
  chownSync(path, o.owner ?? USER, o.owner ?? USER);
  chmodSync(path, o.mode ?? 0o644);
  return path;
}
const load = (path: string, lang: 'en' | 'zh' = 'en', by: 'flag' | 'env' = 'flag') =>
  loadConfigFiles({ cwd: root, env: { HOME: root, ...(by === 'env' ? { SCM_CONFIG: path } : {}) }, uid: USER, lang, ...(by === 'flag' ? { config: path } : {}) });
async function refusal(p: Promise<unknown>): Promise<ConfigError> {
  try {
    await p;
  } catch (e) {
    return e as ConfigError;
  }
  throw new Error('not refused');
}

describe('named code that throws when run', () => {
  it('is said as such (exit 2, the error\'s kind only), not as a file that cannot be parsed', async () => {
    const path = named('scm.config.cjs', { text: "throw new TypeError('secret-looking text stays out');\n" });
    const e = await refusal(load(path));
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe(`bad config file ${path}: running it threw an error (TypeError)`);
    expect((await refusal(load(path, 'zh'))).message).toBe(`配置文件 ${path} 有误：运行时抛出了错误（TypeError）`);
    const broken = named('scm.config.js', { text: 'module.exports = {\n' });
    expect((await refusal(load(broken))).message).toMatch(/cannot be parsed/);
  });
});

describe('named code that someone else could have changed is refused before it runs', () => {
  it.each([
    ['owned by another user', { owner: OTHER }, (_p: string): string => `it belongs to user ${OTHER}, not to you or root`],
    ['writable by others', { mode: 0o666 }, () => 'other users can change it (mode 666)'],
    ['writable by its group', { mode: 0o664 }, () => 'its group can change it (mode 664)'],
    ['in a folder anyone may write to', { dirMode: 0o777 }, (p: string) => `other users can write to its folder ${dirname(p)} (mode 777, no sticky bit)`],
    ['in another user\'s folder', { dirOwner: OTHER }, (p: string) => `its folder ${dirname(p)} belongs to user ${OTHER}, not to you or root`],
  ])('%s: exit 2, never run (nor for lang)', async (_, o, why) => {
    const path = named('scm.config.js', o);
    expect(await configLang({ cwd: root, env: { HOME: root }, uid: USER, config: path })).toBeUndefined();
    const e = await refusal(load(path));
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe(`refusing to run config file ${path} (named by --config): ${why(path)}; its code would run with your credentials in reach`);
    expect(e.hint).toBe('mode' in o ? `run: chmod go-w ${path}` : 'check the file; if it is what you want, make it yours and writable by you alone (chown, chmod go-w), in a folder only you can write to');
    expect(existsSync(marker())).toBe(false);
  });

  it('in Chinese, and named by SCM_CONFIG', async () => {
    const path = named('scm.config.cjs', { owner: OTHER });
    const e = await refusal(load(path, 'zh', 'env'));
    expect(e.message).toBe(`拒绝运行配置文件 ${path}（由 SCM_CONFIG 指定）：它属于用户 ${OTHER}，既不是你，也不是超级用户；运行它，就是让别人能改的代码接触到你的凭证`);
    expect(e.hint).toBe('请先检查该文件；确认无误后，让它归你所有、只有你能写（chown、chmod go-w），并放在只有你能写入的目录中');
    expect(existsSync(marker())).toBe(false);
  });

  it('the user\'s own code (or root\'s) runs, with no warning', async () => {
    const path = named('scm.config.js', { owner: 0 });
    const files = await load(path);
    expect(files.warnings).toEqual([]);
    expect(files.files[0]?.config).toEqual({ region: 'ap-southeast-1', lang: 'zh' });
    expect(existsSync(marker())).toBe(true);
  });
});

describe('named data that someone else could have changed is read, with a warning', () => {
  it('another user\'s file, or one in another user\'s folder: the reason, before anything is sent', async () => {
    const path = named('prod.yaml', { owner: OTHER });
    const files = await load(path);
    expect(files.files[0]?.config).toEqual({ region: 'ap-southeast-1' });
    expect(files.warnings).toEqual([`config file ${path} (named by --config): it belongs to user ${OTHER}, not to you or root, and scm does what it says (endpoint, credentials); check it is the file you meant`]);
    const zh = await load(path, 'zh');
    expect(zh.warnings).toEqual([`配置文件 ${path}（由 --config 指定）：它属于用户 ${OTHER}，既不是你，也不是超级用户，而 scm 会照它的内容行事（终端节点、凭证）；请确认这是你要用的文件`]);
    const inOpenDir = named('prod.yaml', { dirMode: 0o777 });
    expect((await load(inOpenDir)).warnings).toEqual([`config file ${inOpenDir} (named by --config): other users can write to its folder ${dirname(inOpenDir)} (mode 777, no sticky bit), and scm does what it says (endpoint, credentials); check it is the file you meant`]);
  });

  it('writable by any user: refused (exit 2), as the user file is and as a file it $imports would be; by its group only: the chmod warning', async () => {
    const path = named('prod.yaml', { mode: 0o666 });
    const e = await load(path).then(() => undefined, (x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigError);
    expect([(e as ConfigError).message, (e as ConfigError).hint]).toEqual([`refusing config file ${path} (named by --config): any user on this machine can change it (mode 666), and scm would do what it says (endpoint, credentials)`, `run: chmod go-w ${path}`]);
    const zh = await load(path, 'zh').then(() => undefined, (x: unknown) => x);
    expect((zh as ConfigError).message).toBe(`拒绝使用配置文件 ${path}（由 --config 指定）：本机任何用户都能修改它（权限 666），而 scm 会照它的内容行事（终端节点、凭证）`);
    const group = named('group.yaml', { mode: 0o664 });
    expect((await load(group)).warnings).toEqual([`config file ${group} can be changed by its group (mode 664), and scm does what it says; run: chmod go-w ${group}`]);
  });
});

describe('a secret in package.json readable by others', () => {
  it('warns, and says to move it out rather than chmod (the file is committed and published)', () => {
    const path = named('package.json', { text: '{"name":"site","scm":{"ak":"AK","sk":"s"}}', mode: 0o644 });
    expect(permissionWarning(path, { ak: 'AK', sk: 's' })).toBe(
      `${path} holds sk in its "scm" key and is readable by others (mode 644); a package.json is usually committed and published: move sk to your user file (~/.config/scm/config.yaml, chmod 600) or to the environment`,
    );
    expect(permissionWarning(path, { ak: 'AK', sk: 's' }, 'zh')).toBe(
      `${path} 的“scm”键中含有“sk”，其他用户却可以读取（权限 644）；package.json 通常会被提交和发布：请把它们移到你的用户配置文件（~/.config/scm/config.yaml，权限 600）或环境变量中`,
    );
    chmodSync(path, 0o600);
    expect(permissionWarning(path, { ak: 'AK', sk: 's' })).toBeUndefined();
    chmodSync(path, 0o644);
    expect(permissionWarning(path, { ak: 'AK', region: 'cn-north-4' })).toBeUndefined();
  });
});
