// Config files an attacker could plant, through the built binary (the tests run as root, as scm does from
// cron): code found by the search never runs (a marker file proves it), in the working directory, in a
// parent, as cosmiconfig's "meta config" or through $import; data files that others could have written are
// ignored with one warning line naming the file and the reason; the search stays within $HOME and, outside
// it, in the working directory alone (a .scmrc.json in /tmp itself included); a file named with --config or
// SCM_CONFIG is used (JavaScript too), with no search; the user file is refused when anyone may change it.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lchownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBundle, type Bundle } from '../helpers/emulator.js';
import { runCli } from '../helpers/run-cli.js';

const NOBODY = 65534;
let root: string;
let bundle: Bundle;
const home = () => join(root, 'home');
const site = () => join(home(), 'site');
const deep = () => join(site(), 'deep');
const marker = () => join(root, 'marker');
const ran = () => (existsSync(marker()) ? readFileSync(marker(), 'utf8') : '');

/** Code that leaves a trace when it runs, in the flavour its file name asks for. */
function code(path: string, settings: Record<string, unknown> = { region: 'eu-west-101' }): string {
  const m = JSON.stringify(marker());
  const body = JSON.stringify(settings);
  if (/\.(mjs|ts)$/.test(path)) return `import { appendFileSync } from 'node:fs';\nappendFileSync(${m}, 'ran ${path}\\n');\nexport default ${body};\n`;
  return `require('node:fs').appendFileSync(${m}, 'ran ${path}\\n');\nmodule.exports = ${body};\n`;
}

function put(path: string, text: string, mode = 0o600): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, mode);
  return path;
}

const scm = (args: string[], o: { env?: Record<string, string | undefined>; cwd?: string } = {}) =>
  runCli(args, { env: { HOME: home(), ...o.env }, cwd: o.cwd ?? site() });
const json = async (args: string[], o: Parameters<typeof scm>[1] = {}) => {
  const r = await scm([...args, '--json'], o);
  expect(r.code, r.stderr).toBe(0);
  return { doc: JSON.parse(r.stdout), warnings: r.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l).warning.message as string) };
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-e2e-trust-'));
  bundle = makeBundle(join(root, 'bundle'), { cn: 'trust.example.test' });
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(home(), { recursive: true, force: true });
  rmSync(marker(), { force: true });
  mkdirSync(deep(), { recursive: true });
});

describe('code found by the search never runs', () => {
  const names = ['scm.config.js', 'scm.config.cjs', 'scm.config.mjs', 'scm.config.ts', '.scmrc.js', '.scmrc.cjs', '.scmrc.mjs', '.scmrc.ts', '.config/scmrc.js', '.config/scmrc.cjs'];

  it.each(names)('%s in the working directory: not run, one warning naming it and --config', async (name) => {
    const path = put(join(site(), name), code(join(site(), name)), 0o644);
    const r = await scm(['config']);
    expect(ran()).toBe('');
    expect([r.code, r.stderr]).toEqual([0, `warning: ignored ${path}: scm never runs a config file it merely found; to use it, name it with --config ${path} (or SCM_CONFIG)\n`]);
    expect(r.stdout).toMatch(/^ {2}region {2,}cn-north-4 {2,}default$/m);
  });

  it('scm.config.js in a parent: not run by config, upload or push; the .scmrc.yaml above it still applies', async () => {
    const path = put(join(site(), 'scm.config.js'), code(join(site(), 'scm.config.js')), 0o644);
    put(join(home(), '.scmrc.yaml'), 'region: ap-southeast-1\n');
    const runs = [
      ['config'],
      ['upload', '--cert', bundle.fullchain, '--key', bundle.key, '--name', 'trust-test', '--dry-run'],
      ['push', 'scs1700000000000', '--service', 'WAF', '--project', 'ap-southeast-1', '--dry-run'],
    ];
    for (const args of runs) {
      const r = await scm(args, { cwd: deep() });
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(0);
      expect(r.stderr.match(/^warning: .*$/gm), args[0]).toEqual([`warning: ignored ${path}: scm never runs a config file it merely found; to use it, name it with --config ${path} (or SCM_CONFIG)`]);
    }
    expect(ran()).toBe('');
    const { doc } = await json(['config'], { cwd: deep() });
    expect(doc.settings.region).toMatchObject({ value: 'ap-southeast-1', source: { kind: 'file', path: join(home(), '.scmrc.yaml') } });
    expect(doc.ignoredFiles).toEqual([{ path, reason: 'code' }]);
  });

  it("cosmiconfig's meta config (.config/config.js, a cosmiconfig key in package.json) is not read", async () => {
    put(join(site(), '.config', 'config.js'), code(join(site(), '.config', 'config.js'), { cosmiconfig: { searchPlaces: ['evil.js'] }, scm: { region: 'eu-west-101' } }), 0o644);
    put(join(site(), 'evil.js'), code(join(site(), 'evil.js')), 0o644);
    put(join(site(), 'package.json'), JSON.stringify({ name: 'site', cosmiconfig: { searchPlaces: ['evil.js'] }, scm: { region: 'ap-southeast-1' } }), 0o644);
    const { doc, warnings } = await json(['config']);
    expect(ran()).toBe('');
    expect(warnings).toEqual([]);
    expect(doc.settings.region).toMatchObject({ value: 'ap-southeast-1', source: { kind: 'file', path: join(site(), 'package.json') } });
  });

  it('an $import of code from a trusted data file does not run it: exit 2', async () => {
    put(join(site(), 'evil.cjs'), code(join(site(), 'evil.cjs')), 0o644);
    put(join(site(), '.scmrc.json'), JSON.stringify({ $import: './evil.cjs' }));
    const r = await scm(['config']);
    expect(ran()).toBe('');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`scm: bad config file ${join(site(), '.scmrc.json')}: it has $import, which only a file named with --config may use (a file found by searching is read alone: another file would escape the checks scm makes on config files)\n`);
  });

  // The imported file would be read without the owner, mode and folder checks: anyone who can write it would
  // choose the endpoint and the credentials.
  it.each([
    ['.scmrc (YAML)', () => join(site(), '.scmrc'), () => '$import: ./planted.yaml\n'],
    ['the "scm" key of package.json', () => join(site(), 'package.json'), () => JSON.stringify({ name: 'site', scm: { $import: './planted.yaml' } })],
    ['the user file', () => join(home(), '.config/scm/config.yaml'), () => `$import: ${JSON.stringify(join(site(), 'planted.yaml'))}\n`],
  ])('an $import of data in %s is refused too: exit 2, nothing of the imported file used', async (_, where, text) => {
    put(join(site(), 'planted.yaml'), 'endpoint: https://scm.attacker.example\nregion: eu-west-101\n', 0o666);
    put(where(), text(), 0o600);
    const r = await scm(['config']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`scm: bad config file ${where()}: it has $import, which only a file named with --config may use (a file found by searching is read alone: another file would escape the checks scm makes on config files)\n`);
    const zh = await scm(['config', '--lang', 'zh']);
    expect(zh.stderr).toBe(`scm: 配置文件 ${where()} 有误：其中有 $import，只有用 --config 指定的配置文件才能使用（搜索到的配置文件只单独读取：被引入的文件会绕过 scm 对配置文件的检查）\n`);
  });

  it('a file named with --config may $import (the user chose it)', async () => {
    put(join(site(), 'base.yaml'), 'region: ap-southeast-1\n', 0o600);
    const named = put(join(site(), 'chosen.yaml'), '$import: ./base.yaml\n', 0o600);
    const { doc } = await json(['config', '--config', named]);
    expect(doc.settings.region).toMatchObject({ value: 'ap-southeast-1' });
  });
});

describe('data files others could have written are ignored, with the reason', () => {
  const attacker = JSON.stringify({ region: 'eu-west-101', endpoint: 'https://scm.attacker.example', authToken: 'planted-token-0001' });
  const used = (doc: { settings: Record<string, { source: { kind: string } }> }) => [doc.settings.region!.source.kind, doc.settings.endpoint!.source.kind, doc.settings.credentials];

  it.each([
    ['owned by nobody', (p: string) => chownSync(p, NOBODY, NOBODY), (p: string) => `ignored config file ${p}: it belongs to user ${NOBODY}, not to you or root`, 'owner'],
    ['mode 666', (p: string) => chmodSync(p, 0o666), (p: string) => `ignored config file ${p}: other users can change it (mode 666); if it is yours, run: chmod go-w ${p}`, 'writable'],
    ['mode 620 (group-writable)', (p: string) => chmodSync(p, 0o620), (p: string) => `ignored config file ${p}: its group can change it (mode 620); if it is yours, run: chmod go-w ${p}`, 'writable'],
  ])('a .scmrc.json %s', async (_, spoil, message, reason) => {
    const path = put(join(site(), '.scmrc.json'), attacker);
    spoil(path);
    const { doc, warnings } = await json(['config']);
    expect(warnings).toEqual([message(path)]);
    expect(used(doc)).toEqual(['default', 'derived', { value: 'none', source: null }]);
    expect(doc.ignoredFiles).toEqual([{ path, reason }]);
    expect(JSON.stringify(doc)).not.toContain('planted-token');
    const text = await scm(['config']);
    expect(text.stderr).toBe(`warning: ${message(path)}\n`);
  });

  it('an ignored file is as if absent: the trusted file above it applies', async () => {
    const planted = put(join(deep(), '.scmrc'), 'region: eu-west-101\n', 0o666);
    put(join(site(), '.scmrc.yml'), 'region: ap-southeast-1\n');
    const { doc, warnings } = await json(['config'], { cwd: deep() });
    expect(warnings).toEqual([`ignored config file ${planted}: other users can change it (mode 666); if it is yours, run: chmod go-w ${planted}`]);
    expect(doc.settings.region.value).toBe('ap-southeast-1');
  });

  it('a folder anyone may write to (no sticky bit), or one owned by another user: ignored; a sticky one is fine', async () => {
    const path = put(join(site(), '.scmrc.json'), attacker);
    chmodSync(site(), 0o777);
    expect((await json(['config'])).warnings).toEqual([`ignored config file ${path}: other users can write to its folder ${site()} (mode 777, no sticky bit)`]);
    chmodSync(site(), 0o1777);
    // Trusted, so read: and then its endpoint, not a Huawei Cloud host, is refused (config-endpoint-trust.test.ts).
    const sticky = await scm(['config']);
    expect([sticky.code, sticky.stderr.split('\n')[0]]).toEqual([2, `scm: refusing endpoint scm.attacker.example from ${path}: a config file found by searching may send requests only to an SCM API host (scm.REGION.myhuaweicloud.com, scm.REGION.myhuaweicloud.eu, scm.REGION.myhuaweicloud.cn, ccm.myhuaweicloud.com) or to this machine; nothing was sent, credentials included`]);
    chmodSync(site(), 0o755);
    chownSync(site(), NOBODY, NOBODY);
    expect((await json(['config'])).warnings).toEqual([`ignored config file ${path}: its folder ${site()} belongs to user ${NOBODY}, not to you or root`]);
  });

  it("a folder its group may write to: ignored when others may be in that group (one /etc/group does not list); root's own group is fine", async () => {
    const path = put(join(site(), '.scmrc.json'), attacker);
    chmodSync(site(), 0o775);
    chownSync(site(), 0, 4_000_123);
    expect((await json(['config'])).warnings).toEqual([`ignored config file ${path}: other users can write to its folder ${site()} (mode 775, and its group 4000123 is not in /etc/group, so who is in it cannot be told)`]);
    chownSync(site(), 0, 0);
    const trusted = await scm(['config']);
    expect([trusted.code, trusted.stderr.split('\n')[0]]).toEqual([2, `scm: refusing endpoint scm.attacker.example from ${path}: a config file found by searching may send requests only to an SCM API host (scm.REGION.myhuaweicloud.com, scm.REGION.myhuaweicloud.eu, scm.REGION.myhuaweicloud.cn, ccm.myhuaweicloud.com) or to this machine; nothing was sent, credentials included`]);
    chmodSync(site(), 0o755);
  });

  it('a link planted by another user, and a FIFO (no hang): ignored', async () => {
    const target = put(join(root, 'elsewhere', 'real.json'), JSON.stringify({ region: 'eu-west-101' }));
    symlinkSync(target, join(site(), '.scmrc.json'));
    lchownSync(join(site(), '.scmrc.json'), NOBODY, NOBODY);
    execFileSync('mkfifo', [join(site(), '.scmrc.yaml')]);
    const { doc, warnings } = await json(['config']);
    expect(warnings).toEqual([
      `ignored config file ${join(site(), '.scmrc.json')}: a symbolic link made by user ${NOBODY}, not by you or root`,
      `ignored ${join(site(), '.scmrc.yaml')}: not a regular file`,
    ]);
    expect(doc.settings.region.source.kind).toBe('default');
  });

  it('a file larger than 1 MiB is not read: found, it is passed over for the next; named, exit 2 (both languages)', async () => {
    put(join(home(), '.scmrc.json'), JSON.stringify({ region: 'eu-west-101' }));
    const big = put(join(site(), '.scmrc.yaml'), `region: ap-southeast-1\n${'#'.repeat(1 << 20)}\n`);
    const { doc, warnings } = await json(['config']);
    expect(warnings).toEqual([`ignored config file ${big}: it is ${(1 << 20) + 24} bytes, and scm reads config files of at most ${1 << 20} bytes`]);
    expect(doc.settings.region.value).toBe('eu-west-101');
    expect(doc.ignoredFiles).toEqual([{ path: big, reason: 'too-large' }]);
    const named = await scm(['config', '--config', big]);
    expect(named.code).toBe(2);
    expect(named.stderr).toBe(`scm: config file ${big} (named by --config) is ${(1 << 20) + 24} bytes; scm reads config files of at most ${1 << 20} bytes\n`);
    const zh = await scm(['config', '--lang', 'zh'], { env: { SCM_CONFIG: big } });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`配置文件 ${big}（由 SCM_CONFIG 指定）有 ${(1 << 20) + 24} 字节；scm 只读取不超过 ${1 << 20} 字节的配置文件`);
  });

  it('package.json: an "scm" key in one others may write is ignored; without the key it is no config at all', async () => {
    const path = put(join(site(), 'package.json'), JSON.stringify({ name: 'x', scm: { region: 'eu-west-101' } }), 0o666);
    expect((await json(['config'])).warnings).toEqual([`ignored config file ${path}: other users can change it (mode 666); if it is yours, run: chmod go-w ${path}`]);
    put(path, JSON.stringify({ name: 'x', bin: { scm: 'x.js' } }), 0o666);
    expect(await json(['config'])).toMatchObject({ warnings: [], doc: { configFiles: [] } });
  });
});

describe('the search stays within $HOME', () => {
  let outside: string;
  let createdTmpFile = false;
  const tmpFile = '/tmp/.scmrc.json';
  beforeAll(() => {
    outside = mkdtempSync('/tmp/scm-e2e-outside-');
    mkdirSync(join(outside, 'b'));
    // /tmp itself (sticky, root's): only when no one else has put a file there; `{}` changes nothing for
    // anyone, and would show in configFiles if it were read.
    try {
      writeFileSync(tmpFile, '{}', { flag: 'wx', mode: 0o600 });
      createdTmpFile = true;
    } catch {
      createdTmpFile = false;
    }
    writeFileSync(join(outside, '.scmrc.json'), JSON.stringify({ region: 'eu-west-101' }), { mode: 0o600 });
  });
  afterAll(() => {
    rmSync(outside, { recursive: true, force: true });
    if (createdTmpFile) rmSync(tmpFile, { force: true });
  });

  it('a working directory under /tmp: neither /tmp/.scmrc.json nor its parent is read, only the directory itself', async () => {
    expect(existsSync(tmpFile)).toBe(true);
    for (const env of [{}, { HOME: undefined }]) {
      const { doc, warnings } = await json(['config'], { cwd: join(outside, 'b'), env });
      expect([doc.configFiles, warnings, doc.settings.region.source]).toEqual([[], [], { kind: 'default' }]);
    }
    writeFileSync(join(outside, 'b', '.scmrc.json'), JSON.stringify({ region: 'ap-southeast-1' }), { mode: 0o600 });
    const { doc } = await json(['config'], { cwd: join(outside, 'b') });
    expect(doc.configFiles).toEqual([{ path: join(outside, 'b', '.scmrc.json'), layer: 'project' }]);
  });

  it('inside $HOME the search goes up to $HOME itself, not above it', async () => {
    put(join(root, '.scmrc.json'), JSON.stringify({ region: 'eu-west-101' }));
    expect((await json(['config'], { cwd: deep() })).doc.configFiles).toEqual([]);
    put(join(home(), '.scmrc.json'), JSON.stringify({ region: 'ap-southeast-1' }));
    expect((await json(['config'], { cwd: deep() })).doc.configFiles).toEqual([{ path: join(home(), '.scmrc.json'), layer: 'project' }]);
    rmSync(join(root, '.scmrc.json'));
  });
});

describe('a file named with --config or SCM_CONFIG', () => {
  it('--config ./scm.config.js runs it (once), uses it, and shows it as the source; no search then', async () => {
    const path = put(join(site(), 'scm.config.js'), code(join(site(), 'scm.config.js'), { region: 'eu-west-101', lang: 'zh' }), 0o644);
    put(join(site(), '.scmrc.json'), JSON.stringify({ timeout: 7 }));
    put(join(site(), 'scm.config.mjs'), code(join(site(), 'scm.config.mjs')), 0o644);
    const r = await scm(['config', '--config', './scm.config.js', '--lang', 'en']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(ran()).toBe(`ran ${path}\n`);
    expect(r.stdout).toMatch(new RegExp(`^ {2}region {2,}eu-west-101 {2,}file ${path.replace(/\./g, '\\.')}$`, 'm'));
    expect(r.stdout).toMatch(/^ {2}timeout \(s\) {2,}30 {2,}default$/m);
    expect(r.stdout).toContain(`  explicit  ${path}\n`);
    expect(r.stdout).toContain('config file named by --config: no search');
    // Its lang decides the language, and it still runs once although the language is read before the settings.
    rmSync(marker());
    const zh = await scm(['config'], { env: { SCM_CONFIG: 'scm.config.js' } });
    expect([zh.code, ran()]).toEqual([0, `ran ${path}\n`]);
    expect(zh.stdout).toMatch(/^生效的设置/);
    expect(zh.stdout).toMatch(/^ {2}语言 {2,}zh {2,}文件 /m);
  });

  it('an ES module and a data file work too; --config wins over SCM_CONFIG', async () => {
    const mjs = put(join(root, 'cfg', 'scm.config.mjs'), code(join(root, 'cfg', 'scm.config.mjs'), { region: 'ap-southeast-1' }), 0o644);
    const yaml = put(join(root, 'cfg', 'prod.yaml'), 'region: my-kualalumpur-1\n');
    expect((await json(['config', '--config', mjs])).doc.settings.region.value).toBe('ap-southeast-1');
    expect((await json(['config', '--config', yaml], { env: { SCM_CONFIG: mjs } })).doc.configFiles).toEqual([{ path: yaml, layer: 'explicit' }]);
  });

  it('drives an upload: endpoint and credentials from the named file', async () => {
    const cfg = put(join(root, 'cfg', 'named.json'), JSON.stringify({ endpoint: 'http://127.0.0.1:9', ak: 'NAMEDFILEAK0001', sk: 'named-file-secret-0001' }));
    const r = await scm(['upload', '--cert', bundle.fullchain, '--key', bundle.key, '--name', 'named-cfg', '--dry-run', '--json', '--config', cfg]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).requests[0].url).toMatch(/^http:\/\/127\.0\.0\.1:9\//);
    expect(r.stdout + r.stderr).not.toContain('named-file-secret-0001');
  });

  it('missing or broken: exit 2 naming the file and how it was named', async () => {
    const missing = await scm(['config', '--config', 'nope.json']);
    expect([missing.code, missing.stderr]).toEqual([2, `scm: config file ${join(site(), 'nope.json')} (named by --config) does not exist\n`]);
    const viaEnv = await scm(['upload', '--cert', bundle.fullchain, '--key', bundle.key, '--name', 'x-named', '--dry-run'], { env: { SCM_CONFIG: '/nonexistent/scm.yaml' } });
    expect([viaEnv.code, viaEnv.stderr]).toEqual([2, 'scm: config file /nonexistent/scm.yaml (named by SCM_CONFIG) does not exist\n']);
    const broken = put(join(site(), 'broken.json'), '{"region": "cn-north-4",,}');
    const b = await scm(['config', '--config', broken]);
    expect(b.code).toBe(2);
    expect(b.stderr.split('\n')[0]).toBe(`scm: bad config file ${broken}: cannot be parsed at line 1, column 25 (invalid JSON)`);
    const dir = await scm(['config', '--config', site()]);
    expect([dir.code, dir.stderr]).toEqual([2, `scm: config file ${site()} (named by --config) is not a file\n`]);
  });
});

describe('the user file', () => {
  const userFile = () => join(home(), '.config', 'scm', 'config.json');

  it('writable by anyone: refused outright (exit 2) with the fix', async () => {
    put(userFile(), JSON.stringify({ endpoint: 'https://scm.attacker.example' }), 0o666);
    for (const args of [['config'], ['upload', '--cert', bundle.fullchain, '--key', bundle.key, '--name', 'user-666', '--dry-run']]) {
      const r = await scm(args);
      expect([r.code, r.stderr]).toEqual([2, `scm: refusing config file ${userFile()}: any user on this machine can change it (mode 666)\nhint: run: chmod go-w ${userFile()}\n`]);
    }
  });

  it('owned by another user: ignored with a warning', async () => {
    put(userFile(), JSON.stringify({ endpoint: 'https://scm.attacker.example' }));
    chownSync(userFile(), NOBODY, NOBODY);
    const { doc, warnings } = await json(['config']);
    expect(warnings).toEqual([`ignored config file ${userFile()}: it belongs to user ${NOBODY}, not to you or root`]);
    expect(doc.settings.endpoint.source).toEqual({ kind: 'derived', from: 'region' });
  });
});
