// What a file named with --config may `$import`, seen as user 1000 (the tests run as root; files are given to
// other uids with chown). Code runs only when it is the very file the user named and that file passes the
// trust checks: an `$import` that leads to code, at any depth and whoever owns it, is refused (exit 2) before
// it runs; a marker file proves it never ran. Data may still be imported. And a named file whose extension
// scm cannot read says so, instead of blaming an `$import`.
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    ['mode 666, importing a .js', { mode: 0o666 }, { mode: 0o644 }],
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
