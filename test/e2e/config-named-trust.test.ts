// Through the built binary (run as root, as scm runs from cron): a JavaScript config named with --config or
// SCM_CONFIG that someone else could have changed is refused before it runs (exit 2; a marker file proves it
// never ran, not for the settings and not for the start-up lookup of the language); a named data file of that
// kind is read with a warning, unless any user may change it (refused, exit 2, as the user file is); and an SK in a package.json "scm" key that others can read is warned about.
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const NOBODY = 65534;
let root: string;
const home = () => join(root, 'home');
const site = () => join(home(), 'site');
const theirs = () => join(root, 'theirs');
const marker = () => join(root, 'marker');
const ran = () => (existsSync(marker()) ? readFileSync(marker(), 'utf8') : '');
const SK = 'scm-named-trust-secret-000000000000000';

const put = (path: string, text: string, mode = 0o600, owner = 0): string => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, mode);
  chownSync(path, owner, owner);
  return path;
};
/** What the tester planted: code that notes which secrets it could reach. */
const code = (): string => `require('fs').writeFileSync(${JSON.stringify(marker())}, JSON.stringify(Object.keys(process.env).filter((k) => /SK|TOKEN/.test(k))));\nmodule.exports = { region: 'ap-southeast-1', lang: 'zh' };\n`;
const scm = (args: string[], env: Record<string, string | undefined> = {}) =>
  runCli(args, { env: { HOME: home(), HUAWEICLOUD_SDK_AK: 'NAMEDTRUSTAK0001', HUAWEICLOUD_SDK_SK: SK, ...env }, cwd: site() });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-e2e-named-trust-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  for (const d of [home(), theirs()]) rmSync(d, { recursive: true, force: true });
  rmSync(marker(), { force: true });
  mkdirSync(site(), { recursive: true });
  mkdirSync(theirs());
  chownSync(theirs(), NOBODY, NOBODY);
});

describe('a named JavaScript config someone else could have changed', () => {
  it('owned by another user: refused before it runs, for every command and for the language lookup', async () => {
    const path = put(join(theirs(), 'scm.config.js'), code(), 0o644, NOBODY);
    const r = await scm(['config', '--config', path]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      `scm: refusing to run config file ${path} (named by --config): it belongs to user ${NOBODY}, not to you or root; its code would run with your credentials in reach\n` +
        'hint: check the file; if it is what you want, make it yours and writable by you alone (chown, chmod go-w), in a folder only you can write to\n',
    );
    const viaEnv = await scm(['list', '--lang', 'zh'], { SCM_CONFIG: path });
    expect(viaEnv.code).toBe(2);
    expect(viaEnv.stderr).toContain(`scm: 拒绝运行配置文件 ${path}（由 SCM_CONFIG 指定）：它属于用户 ${NOBODY}，既不是你，也不是超级用户`);
    const explain = await scm(['explain', 'SCM.0014'], { SCM_CONFIG: path });
    expect(explain.code).toBe(0);
    expect(ran()).toBe('');
  });

  it('mode 666, even the user\'s own: refused before it runs (it used to warn after running it)', async () => {
    const path = put(join(site(), 'scm.config.js'), code(), 0o666);
    const r = await scm(['config', '--config', path]);
    expect([r.code, r.stderr]).toEqual([2, `scm: refusing to run config file ${path} (named by --config): other users can change it (mode 666); its code would run with your credentials in reach\nhint: run: chmod go-w ${path}\n`]);
    expect(ran()).toBe('');
    chmodSync(path, 0o644);
    const ok = await scm(['config', '--config', path, '--lang', 'en']);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    expect(ran()).toBe('["HUAWEICLOUD_SDK_SK"]');
  });
});

describe('a named data file someone else could have changed', () => {
  it('is read, with a warning saying why before anything is sent', async () => {
    const path = put(join(theirs(), 'prod.yaml'), 'region: ap-southeast-1\n', 0o644, NOBODY);
    const r = await scm(['config', '--config', path, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).settings.region.value).toBe('ap-southeast-1');
    expect(JSON.parse(r.stderr).warning.message).toBe(
      `config file ${path} (named by --config): it belongs to user ${NOBODY}, not to you or root, and scm does what it says (endpoint, credentials); check it is the file you meant`,
    );
  });

  it('any user may change it (mode 666): refused, exit 2, nothing sent, as the user file is (it used to be read with a warning)', async () => {
    const path = put(join(site(), 'open.yaml'), 'endpoint: http://127.0.0.1:9\nregion: ap-southeast-1\n', 0o666);
    for (const args of [['config', '--config', path], ['list', '--config', path]]) {
      const r = await scm(args);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `scm: refusing config file ${path} (named by --config): any user on this machine can change it (mode 666), and scm would do what it says (endpoint, credentials)\nhint: run: chmod go-w ${path}\n`]);
    }
    const zh = await scm(['config', '--lang', 'zh'], { SCM_CONFIG: path });
    expect([zh.code, zh.stderr]).toEqual([2, `scm: 拒绝使用配置文件 ${path}（由 SCM_CONFIG 指定）：本机任何用户都能修改它（权限 666），而 scm 会照它的内容行事（终端节点、凭证）\n提示：请执行：\`chmod go-w ${path}\`\n`]);
  });
});

// The tester's repro: a named YAML file pulls in a .js with $import, and cosmiconfig would run it with the SK in
// the environment. Code runs only when it is the very file named (and judged); an import of code is refused.
describe('a named data file that $imports code', () => {
  const evil = () => `require('fs').writeFileSync(${JSON.stringify(marker())}, 'SK=' + process.env.HUAWEICLOUD_SDK_SK);\nmodule.exports = {};\n`;
  it.each([
    ['owned by another user, as the .js', { owner: NOBODY, mode: 0o644 }, { owner: NOBODY, mode: 0o644 }],
    ['mode 664 (its group may change it)', { owner: 0, mode: 0o664 }, { owner: 0, mode: 0o644 }],
    ['the user\'s own, 0600, the .js another user\'s', { owner: 0, mode: 0o600 }, { owner: NOBODY, mode: 0o644 }],
  ])('%s: exit 2 with one line, the .js never runs', async (_, yaml, js) => {
    const code = put(join(theirs(), 'evil.js'), evil(), js.mode, js.owner);
    const path = put(join(theirs(), 'scm.yaml'), 'region: cn-north-4\n$import: ./evil.js\n', yaml.mode, yaml.owner);
    for (const args of [['config', '--config', path], ['config', '--config', path, '--json'], ['list', '--config', path]]) {
      const r = await scm(args);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toContain(`refusing to run ${code}: config file ${path} leads to it with $import, and scm runs code only from the file named with --config or SCM_CONFIG itself`);
      expect(r.stdout + r.stderr).not.toContain(SK);
    }
    const viaEnv = await scm(['config', '--lang', 'zh'], { SCM_CONFIG: path });
    expect(viaEnv.code).toBe(2);
    expect(viaEnv.stderr).toContain(`scm: 拒绝运行 ${code}：配置文件 ${path} 经由 $import 引入了它`);
    expect(ran()).toBe('');
  });

  it('a plain named YAML of the user\'s own: exit 2, one line, nothing ran', async () => {
    const code = put(join(site(), 'evil.js'), evil());
    const path = put(join(site(), 'scm.yaml'), '$import: ./evil.js\n');
    const r = await scm(['config', '--config', path]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `scm: refusing to run ${code}: config file ${path} leads to it with $import, and scm runs code only from the file named with --config or SCM_CONFIG itself\n`]);
    expect(ran()).toBe('');
  });
});

// A named file of the user's own that pulls in data someone else can write: endpoint and credentials would come
// from that file. It is judged as the named file is, before it is read, and refused (exit 2), at any depth.
describe('a named data file that $imports data someone else could have written', () => {
  it('owned by another user, or writable by others: exit 2, one line naming it and a hint, nothing used', async () => {
    const theirsFile = put(join(theirs(), 'shared.yaml'), 'endpoint: http://127.0.0.1:9\n', 0o644, NOBODY);
    const path = put(join(site(), 'scm.yaml'), `region: cn-north-4\n$import: ${theirsFile}\n`);
    const r = await scm(['config', '--config', path]);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `scm: refusing config file ${theirsFile} (named by $import in ${path}): it belongs to user ${NOBODY}, not to you or root; scm would do what it says (endpoint, credentials)\n` +
        'hint: check the file; if it is what you want, make it yours and writable by you alone (chown, chmod go-w), in a folder only you can write to\n',
    ]);
    const open = put(join(site(), 'open.yaml'), 'region: ap-southeast-1\n', 0o666);
    const mid = put(join(site(), 'mid.json'), JSON.stringify({ $import: './open.yaml' }));
    const deep = put(join(site(), 'deep.yaml'), '$import: ./mid.json\n');
    const zh = await scm(['list', '--config', deep, '--lang', 'zh']);
    expect([zh.code, zh.stdout, zh.stderr]).toEqual([
      2,
      '',
      `scm: 拒绝使用配置文件 ${open}（由 ${mid} 中的 $import 指定）：其他用户可以修改它（权限 666）；scm 会照它的内容行事（终端节点、凭证）\n提示：请执行：\`chmod go-w ${open}\`\n`,
    ]);
    chmodSync(open, 0o644);
    const ok = await scm(['config', '--config', deep, '--json']);
    expect([ok.code, JSON.parse(ok.stdout).settings.region.value]).toEqual([0, 'ap-southeast-1']);
  });
});

describe('a named file of a kind scm cannot read', () => {
  it.each(['scm.conf', 'scm.toml', 'X.CJS'])('%s: exit 2, one line saying which kinds it reads (not an $import)', async (name) => {
    const path = put(join(site(), name), 'region: cn-north-4\n');
    const ext = name.slice(name.lastIndexOf('.'));
    const r = await scm(['config', '--config', path]);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `scm: bad config file ${path}: scm cannot read a file ending in ${ext}; a config file is JSON (.json), YAML (.yaml, .yml, or no extension) or, named with --config, JavaScript or TypeScript (.js, .cjs, .mjs, .ts)\n`,
    ]);
  });
});

describe('a secret in package.json', () => {
  it('readable by others: a warning that says to move it out of package.json', async () => {
    // In $HOME itself: credentials from a file found in a project folder are refused (credential-rules.ts).
    const pkg = put(join(home(), 'package.json'), JSON.stringify({ name: 'site', scm: { ak: 'PKGJSONAK0000001', sk: SK, endpoint: 'http://127.0.0.1:9' } }), 0o644);
    const r = await scm(['config'], { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`warning: ${pkg} holds sk in its "scm" key and is readable by others (mode 644); a package.json is usually committed and published: move sk to your user file (~/.config/scm/config.yaml, chmod 600) or to the environment\n`);
    const zh = await scm(['config', '--lang', 'zh'], { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined });
    expect(zh.stderr).toContain(`${pkg} 的“scm”键中含有“sk”，其他用户却可以读取（权限 644）；package.json 通常会被提交和发布`);
    expect(r.stdout + r.stderr + zh.stdout + zh.stderr).not.toContain(SK);
  });
});
