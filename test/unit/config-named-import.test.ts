// What a file named with --config may `$import`, seen as user 1000 (the tests run as root; files are given to
// other uids with chown). Code runs only when it is the very file the user named and that file passes the
// trust checks: an `$import` that leads to code, at any depth and whoever owns it, is refused (exit 2) before
// it runs; a marker file proves it never ran. Data may still be imported. And a named file whose extension
// scm cannot read says so, instead of blaming an `$import`.
import { chmodSync, chownSync, existsSync, lchownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfigFiles } from '../../src/config/file.js';
import { configLang } from '../../src/config/lang.js';
import { ConfigError } from '../../src/errors.js';

const USER = 1000;
const OTHER = 1001;
let root: string;
let dir: string;
let n = 0;
const marker = () => join(root, 'ran');
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-named-import-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(marker(), { force: true });
  dir = join(root, `d${++n}`);
  mkdirSync(dir);
  chownSync(dir, USER, USER);
  chmodSync(dir, 0o755);
});

/** Code that leaves a trace when it runs, in the flavour its file name asks for. */
function trace(name: string): string {
  const m = JSON.stringify(marker());
  if (/\.(mjs|ts)$/.test(name)) return `import { appendFileSync } from 'node:fs';\nappendFileSync(${m}, 'ran ${name}\\n');\nexport default { region: 'eu-west-101', lang: 'zh' };\n`;
  return `require('node:fs').appendFileSync(${m}, 'ran ${name}\\n');\nmodule.exports = { region: 'eu-west-101', lang: 'zh' };\n`;
}
function put(name: string, text: string, o: { owner?: number; mode?: number } = {}): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  chownSync(path, o.owner ?? USER, o.owner ?? USER);
  chmodSync(path, o.mode ?? 0o600);
  return path;
}
const load = (path: string, lang: 'en' | 'zh' = 'en') => loadConfigFiles({ cwd: root, env: { HOME: root }, uid: USER, lang, config: path });
async function refusal(p: Promise<unknown>): Promise<ConfigError> {
  try {
    await p;
  } catch (e) {
    return e as ConfigError;
  }
  throw new Error('not refused');
}
const refused = (code: string, path: string) =>
  `refusing to run ${code}: config file ${path} leads to it with $import, and scm runs code only from the file named with --config or SCM_CONFIG itself`;

describe('an $import from a named data file never runs code', () => {
  it.each([
    ['owned by another user, importing their .js', { owner: OTHER }, { owner: OTHER }],
    ['mode 664 (its group may change it), importing a .js', { mode: 0o664 }, { mode: 0o644 }],
    ['the user\'s own, 0600, importing a .js another user owns', {}, { owner: OTHER, mode: 0o644 }],
    ['the user\'s own, importing the user\'s own .js', {}, {}],
  ])('%s: exit 2, the .js never runs (nor for lang)', async (_, file, js) => {
    const evil = put('evil.js', trace('evil.js'), js);
    const path = put('scm.yaml', 'region: cn-north-4\n$import: ./evil.js\n', file);
    expect(await configLang({ cwd: root, env: { HOME: root }, uid: USER, config: path })).toBeUndefined();
    const e = await refusal(load(path));
    expect(e).toBeInstanceOf(ConfigError);
    expect([e.exitCode, e.message, e.hint]).toEqual([2, refused(evil, path), undefined]);
    expect(existsSync(marker())).toBe(false);
  });

  it('at any depth, in any code flavour, and in Chinese', async () => {
    for (const name of ['evil.cjs', 'evil.mjs', 'evil.ts']) {
      const evil = put(name, trace(name));
      put('base.json', JSON.stringify({ region: 'cn-north-4', $import: `./${name}` }));
      const path = put('scm.yaml', '$import: [./base.json]\n');
      expect((await refusal(load(path))).message).toBe(refused(evil, path));
      expect((await refusal(load(path, 'zh'))).message).toBe(
        `拒绝运行 ${evil}：配置文件 ${path} 经由 $import 引入了它，而 scm 只运行用 --config 或 SCM_CONFIG 直接指定的那个代码文件`,
      );
    }
    expect(existsSync(marker())).toBe(false);
  });

  it('a named JavaScript file runs, but what it imports does not', async () => {
    const other = put('other.js', trace('other.js'));
    const path = put('scm.config.js', `require('node:fs').appendFileSync(${JSON.stringify(marker())}, 'named\\n');\nmodule.exports = { $import: './other.js' };\n`, { mode: 0o644 });
    const e = await refusal(load(path));
    expect(e.message).toBe(refused(other, path));
    expect(readFileSync(marker(), 'utf8')).toBe('named\n');
  });

  it('data may still be imported', async () => {
    put('base.yaml', 'region: ap-southeast-1\n');
    const path = put('scm.json', JSON.stringify({ $import: './base.yaml', retries: 2 }));
    expect((await load(path)).files[0]?.config).toEqual({ region: 'ap-southeast-1', retries: 2 });
  });
});

describe('a named file of a kind scm cannot read', () => {
  const unsupported = (path: string, ext: string) =>
    `bad config file ${path}: scm cannot read a file ending in ${ext}; a config file is JSON (.json), YAML (.yaml, .yml, or no extension) or, named with --config, JavaScript or TypeScript (.js, .cjs, .mjs, .ts)`;
  it.each([
    ['scm.conf', '.conf'],
    ['scm.toml', '.toml'],
    ['X.CJS', '.CJS'],
  ])('%s: exit 2, says which kinds scm reads', async (name, ext) => {
    const path = put(name, 'region: cn-north-4\n');
    const e = await refusal(load(path));
    expect([e.exitCode, e.message, e.hint]).toEqual([2, unsupported(path, ext), undefined]);
    expect((await refusal(load(path, 'zh'))).message).toBe(
      `配置文件 ${path} 有误：scm 无法读取扩展名为 ${ext} 的文件；配置文件须为 JSON（.json）、YAML（.yaml、.yml 或无扩展名），用 --config 指定时也可为代码文件（.js、.cjs、.mjs、.ts）`,
    );
  });

  it('an imported file of such a kind is named', async () => {
    const toml = put('extra.toml', 'region = "cn-north-4"\n');
    const path = put('scm.yaml', '$import: ./extra.toml\n');
    expect((await refusal(load(path))).message).toBe(unsupported(toml, '.toml'));
  });
});

// A named file may `$import` data, but the imported file gets the checks the named file gets (trust.ts), before
// it is read: one someone else could have written is refused (exit 2, naming it), at any depth. The named file
// itself is only warned about (the user named it); nobody named what it imports.
describe('an imported data file someone else could have written is refused', () => {
  const why = (o: { owner?: number; mode?: number; dirOwner?: number; dirMode?: number }, sub: string) =>
    o.owner ? `it belongs to user ${OTHER}, not to you or root`
    : o.mode === 0o666 ? 'other users can change it (mode 666)'
    : o.mode ? 'its group can change it (mode 664)'
    : o.dirMode ? `other users can write to its folder ${sub} (mode 777, no sticky bit)`
    : `its folder ${sub} belongs to user ${OTHER}, not to you or root`;
  const refusedImport = (path: string, from: string, reason: string) =>
    `refusing config file ${path} (named by $import in ${from}): ${reason}; scm would do what it says (endpoint, credentials)`;
  const HINT = 'check the file; if it is what you want, make it yours and writable by you alone (chown, chmod go-w), in a folder only you can write to';
  /** A data file in a folder of its own under the test's folder. */
  function imported(name: string, o: { owner?: number; mode?: number; dirOwner?: number; dirMode?: number } = {}): string {
    const sub = join(dir, 'shared');
    mkdirSync(sub, { recursive: true });
    chownSync(sub, o.dirOwner ?? USER, o.dirOwner ?? USER);
    chmodSync(sub, o.dirMode ?? 0o755);
    const path = join(sub, name);
    const settings = { endpoint: 'https://evil.example/', ak: 'THEIRAK' };
    writeFileSync(path, name.endsWith('.json') ? JSON.stringify(settings) : 'endpoint: https://evil.example/\nak: THEIRAK\n');
    chownSync(path, o.owner ?? USER, o.owner ?? USER);
    chmodSync(path, o.mode ?? 0o644);
    return path;
  }

  it.each([
    ['owned by another user', { owner: OTHER }],
    ['writable by others', { mode: 0o666 }],
    ['writable by its group', { mode: 0o664 }],
    ['in a folder anyone may write to', { dirMode: 0o777 }],
    ['in another user\'s folder', { dirOwner: OTHER }],
  ])('%s: exit 2, naming it and why, with the named file\'s hint', async (_, o) => {
    const base = imported('base.yaml', o);
    const path = put('scm.yaml', 'region: cn-north-4\n$import: ./shared/base.yaml\n');
    const e = await refusal(load(path));
    expect(e).toBeInstanceOf(ConfigError);
    expect([e.exitCode, e.message, e.hint]).toEqual([2, refusedImport(base, path, why(o, dirname(base))), 'mode' in o ? `run: chmod go-w ${base}` : HINT]);
  });

  it('at any depth, in Chinese, and from a named JavaScript file', async () => {
    const deep = imported('deep.json', { owner: OTHER });
    const base = put('base.yaml', '$import: [./shared/deep.json]\nretries: 1\n');
    const path = put('scm.yaml', `$import: ./base.yaml\n`);
    expect((await refusal(load(path))).message).toBe(refusedImport(deep, base, why({ owner: OTHER }, '')));
    const zh = await refusal(load(path, 'zh'));
    expect([zh.message, zh.hint]).toEqual([
      `拒绝使用配置文件 ${deep}（由 ${base} 中的 $import 指定）：它属于用户 ${OTHER}，既不是你，也不是超级用户；scm 会照它的内容行事（终端节点、凭证）`,
      '请先检查该文件；确认无误后，让它归你所有、只有你能写（chown、chmod go-w），并放在只有你能写入的目录中',
    ]);
    const js = put('scm.config.js', "module.exports = { $import: './base.yaml' };\n");
    expect((await refusal(load(js))).message).toBe(refusedImport(deep, base, why({ owner: OTHER }, '')));
  });

  it('the language lookup at start-up does not fix the refusal\'s language', async () => {
    imported('base.yaml', { mode: 0o666 });
    const js = put('scm.config.js', "module.exports = { lang: 'zh', $import: './shared/base.yaml' };\n");
    expect(await configLang({ cwd: root, env: { HOME: root }, uid: USER, config: js })).toBeUndefined();
    expect((await refusal(load(js, 'zh'))).message).toMatch(/^拒绝使用配置文件 .*：其他用户可以修改它（权限 666）；scm 会照它的内容行事/);
  });

  it('a symbolic link another user made, from a package.json "scm" key', async () => {
    const target = imported('base.yaml');
    const link = join(dir, 'link.yaml');
    symlinkSync(target, link);
    lchownSync(link, OTHER, OTHER);
    const path = put('package.json', JSON.stringify({ name: 'site', scm: { $import: './link.yaml' } }));
    expect((await refusal(load(path))).message).toBe(
      refusedImport(link, path, `it is a symbolic link made by user ${OTHER}, not by you or root`),
    );
  });

  it('missing, a folder, or too large: said as for the named file, naming the import', async () => {
    const path = put('scm.yaml', '$import: ./nothing.yaml\n');
    expect((await refusal(load(path))).message).toBe(`config file ${join(dir, 'nothing.yaml')} (named by $import in ${path}) does not exist`);
    mkdirSync(join(dir, 'folder.yaml'));
    const toFolder = put('dir.yaml', '$import: ./folder.yaml\n');
    expect((await refusal(load(toFolder))).message).toBe(`config file ${join(dir, 'folder.yaml')} (named by $import in ${toFolder}) is not a file`);
    const big = put('big.yaml', `# ${'x'.repeat(1 << 20)}\n`);
    const toBig = put('big-import.yaml', '$import: ./big.yaml\n');
    expect((await refusal(load(toBig, 'zh'))).message).toBe(`配置文件 ${big}（由 ${toBig} 中的 $import 指定）有 ${(1 << 20) + 3} 字节；scm 只读取不超过 ${1 << 20} 字节的配置文件`);
  });

  it('the user\'s own (or root\'s) data, in folders only they can write to, is still read', async () => {
    imported('base.yaml', { owner: 0 });
    const path = put('scm.yaml', '$import: ./shared/base.yaml\nregion: cn-north-4\n');
    expect((await load(path)).files[0]?.config).toEqual({ endpoint: 'https://evil.example/', ak: 'THEIRAK', region: 'cn-north-4' });
  });
});

// A loop of `$import`s is said as such, naming the files in order, not as a file that does not parse: the
// files are valid YAML, and "fix or remove the file" would send the user to the wrong place.
describe('a circular $import', () => {
  const circular = (path: string, chain: string[]) => `circular $import in config file ${path}: ${chain.join(' -> ')}`;
  const hint = (path: string, back: string) => `a config file may not import itself, directly or through other files: remove the $import in ${path} that names ${back}`;

  it('a file that imports itself: exit 2, naming it', async () => {
    const path = put('self.yaml', '$import: ./self.yaml\nregion: cn-north-4\n');
    const e = await refusal(load(path));
    expect(e).toBeInstanceOf(ConfigError);
    expect([e.exitCode, e.message, e.hint]).toEqual([2, circular(path, [path, path]), hint(path, path)]);
  });

  it('a1 -> a2 -> a1: the chain in order, the file whose $import leads back named; in Chinese too', async () => {
    const a1 = put('a1.yaml', '$import: ./a2.json\n');
    const a2 = put('a2.json', JSON.stringify({ $import: ['./b.yaml', './a1.yaml'] }));
    put('b.yaml', 'region: cn-north-4\n');
    const e = await refusal(load(a1));
    expect([e.exitCode, e.message, e.hint]).toEqual([2, circular(a2, [a1, a2, a1]), hint(a2, a1)]);
    const zh = await refusal(load(a1, 'zh'));
    expect([zh.message, zh.hint]).toEqual([
      `配置文件 ${a2} 中的 $import 形成了循环：${[a1, a2, a1].join(' -> ')}`,
      `配置文件不能直接或经由其他文件引入自身：请删除 ${a2} 中引入 ${a1} 的 $import`,
    ]);
  });

  it('the same file imported twice, side by side, is no loop', async () => {
    put('b.yaml', 'region: ap-southeast-1\n');
    put('c.yaml', '$import: ./b.yaml\nretries: 2\n');
    const path = put('scm.yaml', '$import: [./b.yaml, ./c.yaml]\n');
    expect((await load(path)).files[0]?.config).toEqual({ region: 'ap-southeast-1', retries: 2 });
  });
});
