// `lang` in a config file, through the built binary: --lang > the file's lang > LC_ALL/LC_MESSAGES/LANG > en,
// for `scm explain` and `scm --help` as for every command, from each kind of file (YAML, JSON, "scm" in
// package.json, the user file), and never from a file the search ignores. Also: "did you mean" for a key
// typo, and `scm config` naming the credentials that lose to SCM_AUTH_TOKEN (or to authToken in a file).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let root: string;
const home = () => join(root, 'home');
const site = () => join(home(), 'site');
const put = (path: string, text: string, mode = 0o600): string => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, mode);
  return path;
};
const scm = (args: string[], env: Record<string, string | undefined> = {}) => runCli(args, { env: { HOME: home(), ...env }, cwd: site() });

const reference: Record<string, { en: string; zh: string }> = {};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'scm-e2e-lang-'));
  mkdirSync(site(), { recursive: true });
  // With no config file: what each command says in each language.
  for (const [name, args] of [['explain', ['explain', 'SCM.0014']], ['help', ['--help']]] as const) {
    const [en, zh] = await Promise.all([scm([...args, '--lang', 'en']), scm([...args, '--lang', 'zh'])]);
    reference[name] = { en: en.stdout, zh: zh.stdout };
  }
  expect(reference.explain!.zh).not.toBe(reference.explain!.en);
  expect(reference.help!.zh).not.toBe(reference.help!.en);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(home(), { recursive: true, force: true });
  mkdirSync(site(), { recursive: true });
});

const said = async (args: string[], env: Record<string, string | undefined> = {}): Promise<'en' | 'zh'> => {
  const r = await scm(args, env);
  expect(r.code, r.stderr).toBe(0);
  const ref = reference[args[0] === 'explain' ? 'explain' : 'help']!;
  if (r.stdout === ref.zh) return 'zh';
  expect(r.stdout).toBe(ref.en);
  return 'en';
};

describe('the language: --lang > config file > locale > en', () => {
  it.each([
    ['.scmrc.yaml', 'lang: zh\n'],
    ['.scmrc', "# site settings\n'lang': \"zh\"   # Chinese for the team\nregion: cn-north-4\n"],
    ['.scmrc.json', '{"region": "cn-north-4", "lang": "zh"}'],
    ['package.json', '{"name": "site", "scm": {"lang": "zh"}}'],
    ['user file', '{"lang": "zh"}'],
  ])('lang: zh in %s makes explain and --help Chinese', async (name, text) => {
    put(name === 'user file' ? join(home(), '.config', 'scm', 'config.json') : join(site(), name), text, 0o644);
    expect(await said(['explain', 'SCM.0014'])).toBe('zh');
    expect(await said(['--help'])).toBe('zh');
    expect(await said(['explain', 'SCM.0014', '--lang', 'en'])).toBe('en');
  });

  it('the file beats the locale; the locale decides when no file says', async () => {
    put(join(site(), '.scmrc.yaml'), 'lang: en\n');
    expect(await said(['explain', 'SCM.0014'], { LANG: 'zh_CN.UTF-8' })).toBe('en');
    put(join(site(), '.scmrc.yaml'), 'region: cn-north-4\n');
    expect(await said(['explain', 'SCM.0014'], { LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(await said(['explain', 'SCM.0014'], { LC_ALL: 'zh_CN.UTF-8' })).toBe('zh');
  });

  it('a zh locale whose charset is not UTF-8 (GB18030, GBK, gb2312) gets English; --lang zh or lang: zh still Chinese', async () => {
    for (const LANG of ['zh_CN.GB18030', 'zh_CN.GBK', 'zh_CN.gb2312']) {
      expect(await said(['explain', 'SCM.0014'], { LANG }), LANG).toBe('en');
      expect(await said(['--help'], { LANG }), LANG).toBe('en');
      expect(await said(['explain', 'SCM.0014', '--lang', 'zh'], { LANG }), LANG).toBe('zh');
    }
    expect(await said(['explain', 'SCM.0014'], { LANG: 'zh_TW.UTF-8' })).toBe('zh');
    put(join(site(), '.scmrc.yaml'), 'lang: zh\n');
    expect(await said(['explain', 'SCM.0014'], { LANG: 'zh_CN.GB18030' })).toBe('zh');
  });

  it('a zh locale naming no codeset is Chinese (zh* is Chinese), unless LC_CTYPE names another; LANGUAGE is not read', async () => {
    for (const env of [{ LANG: 'zh_CN' }, { LANG: 'zh_TW' }, { LC_ALL: 'zh_CN' }, { LC_MESSAGES: 'zh_CN', LANG: 'en_US' }]) {
      expect(await said(['--help'], env), JSON.stringify(env)).toBe('zh');
      expect(await said(['explain', 'SCM.0014'], env), JSON.stringify(env)).toBe('zh');
      expect(await said(['explain', 'SCM.0014', '--lang', 'en'], env), JSON.stringify(env)).toBe('en');
    }
    expect(await said(['--help'], { LANG: 'zh_CN', LC_CTYPE: 'zh_CN.GBK' })).toBe('en');
    expect(await said(['--help'], { LANG: 'zh_CN', LC_CTYPE: 'C' })).toBe('en');
    expect(await said(['--help'], { LANG: 'en_US.UTF-8', LANGUAGE: 'zh_CN:en' })).toBe('en');
  });

  it('the project file beats the user file; an ignored file says nothing', async () => {
    put(join(home(), '.config', 'scm', 'config.yaml'), 'lang: zh\n');
    put(join(site(), '.scmrc.yml'), 'lang: en\n');
    expect(await said(['explain', 'SCM.0014'])).toBe('en');
    put(join(site(), '.scmrc.yml'), 'lang: en\n', 0o666);
    expect(await said(['explain', 'SCM.0014'])).toBe('zh');
    put(join(home(), '.config', 'scm', 'config.yaml'), 'lang: zh\n', 0o664);
    expect(await said(['explain', 'SCM.0014'])).toBe('en');
  });

  it('scm config shows the language and where it came from; a bad value is exit 2 there, not for explain', async () => {
    put(join(site(), '.scmrc.json'), '{"lang": "zh"}');
    const r = await scm(['config', '--json', '--lang', 'en']);
    expect(JSON.parse(r.stdout).settings.lang).toEqual({ value: 'en', source: { kind: 'flag', name: '--lang' } });
    const f = await scm(['config', '--json']);
    expect(JSON.parse(f.stdout).settings.lang).toEqual({ value: 'zh', source: { kind: 'file', path: join(site(), '.scmrc.json'), key: 'lang', layer: 'project' } });
    put(join(site(), '.scmrc.json'), '{"lang": "fr"}');
    const bad = await scm(['config']);
    expect([bad.code, bad.stderr.split('\n')[0]]).toEqual([2, `scm: config file ${join(site(), '.scmrc.json')}: 'lang' must be en or zh`]);
    expect(await said(['explain', 'SCM.0014'])).toBe('en');
  });
});

describe('config key typos', () => {
  it('regoin gets "did you mean region?", in both languages', async () => {
    put(join(site(), '.scmrc.json'), '{"regoin": "cn-north-4"}');
    const en = await scm(['config']);
    expect([en.code, en.stderr.split('\n')[0]]).toEqual([2, `scm: config file ${join(site(), '.scmrc.json')}: unknown setting 'regoin' (did you mean region?)`]);
    const zh = await scm(['config', '--lang', 'zh']);
    expect(zh.stderr.split('\n')[0]).toBe(`scm: 配置文件 ${join(site(), '.scmrc.json')}：未知的设置项“regoin”（是不是要写“region”？）`);
    put(join(site(), '.scmrc.json'), '{"colour": "blue"}');
    expect((await scm(['config'])).stderr.split('\n')[0]).toMatch(/unknown setting 'colour'$/);
  });
});

describe('credentials that lose', () => {
  const env = { SCM_AUTH_TOKEN: 'iam-token-value-0001', HUAWEICLOUD_SDK_AK: 'ENVIRONMENTAK0001', HUAWEICLOUD_SDK_SK: 'env-secret-value-0001' };

  it('SCM_AUTH_TOKEN with an AK/SK pair: the pair shows as ignored, the token takes precedence', async () => {
    const r = await scm(['config'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}credentials {2,}token {2,}env SCM_AUTH_TOKEN$/m);
    expect(r.stdout).toMatch(/^ {2}ak {2,}\*{8} {2,}env HUAWEICLOUD_SDK_AK; ignored: SCM_AUTH_TOKEN takes precedence$/m);
    expect(r.stdout).toMatch(/^ {2}sk {2,}\*{8} {2,}env HUAWEICLOUD_SDK_SK; ignored: SCM_AUTH_TOKEN takes precedence$/m);
    expect(r.stdout).toMatch(/^ {2}auth token {2,}\*{8} {2,}env SCM_AUTH_TOKEN$/m);
    const j = JSON.parse((await scm(['config', '--json'], env)).stdout);
    expect(j.settings.ak).toEqual({ value: '********', source: { kind: 'env', name: 'HUAWEICLOUD_SDK_AK' }, masked: true, ignored: true, overriddenBy: 'SCM_AUTH_TOKEN' });
    for (const out of [r.stdout, JSON.stringify(j)]) for (const secret of Object.values(env)) expect(out).not.toContain(secret);
  });

  it('authToken and ak/sk in one file: the token wins there too; the environment beats the file', async () => {
    // In $HOME itself: credentials from a file found in a project folder are refused (credential-rules.ts).
    const path = put(join(home(), '.scmrc.json'), JSON.stringify({ authToken: 'file-token-0001', ak: 'FILEAK000000001', sk: 'file-secret-0001' }));
    const r = await scm(['config']);
    expect(r.stdout).toMatch(new RegExp(`^ {2}ak {2,}\\*{8} {2,}file ${path.replace(/\./g, '\\.')}; ignored: authToken in ${path.replace(/\./g, '\\.')} takes precedence$`, 'm'));
    const zh = await scm(['config', '--lang', 'zh']);
    expect(zh.stdout).toMatch(/^ {2}AK {2,}\*{8} {2,}文件 (\S+)；已忽略：\1 中的“authToken”优先$/m);
    const e = await scm(['config', '--json'], { HW_ACCESS_KEY: 'HWAK00000000001', HW_SECRET_KEY: 'hw-secret-0001' });
    expect(JSON.parse(e.stdout).settings.authToken).toMatchObject({ ignored: true, overriddenBy: 'HW_ACCESS_KEY/HW_SECRET_KEY', source: { kind: 'file', key: 'authToken' } });
  });

  it('lang from a file a named config $imports: scm config, --help and explain speak it, as every other command did (they said "lang zh" in English)', async () => {
    put(join(root, 'named', 'base.yaml'), 'lang: zh\n');
    const named = put(join(root, 'named', 'prod.json'), JSON.stringify({ $import: './base.yaml', region: 'ap-southeast-1' }));
    const r = await scm(['config', '--config', named]);
    expect([r.code, r.stdout.split('\n')[0]]).toEqual([0, '生效的设置（命令行参数 > 环境变量 > 项目配置文件 > 用户配置文件 > 默认值）']);
    for (const [name, args] of [['explain', ['explain', 'SCM.0014']], ['help', ['--help']]] as const) {
      expect((await scm([...args, '--config', named])).stdout, name).toBe(reference[name]!.zh);
    }
    // The named file's own lang wins over what it imports, as for every other key.
    put(named, JSON.stringify({ $import: './base.yaml', lang: 'en' }));
    expect((await scm(['explain', 'SCM.0014', '--config', named])).stdout).toBe(reference.explain!.en);
  });
});
