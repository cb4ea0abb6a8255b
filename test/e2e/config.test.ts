// Config files and `scm config` on the built binary: the project file (.scmrc.json/.scmrc.yaml, found from
// the working directory up) and the user file ($XDG_CONFIG_HOME/scm/config.*), their precedence under the
// environment and flags, an upload that takes everything from the user file, secrets masked, and broken
// files reported in one line naming the file and the line (exit 2); an SK given as the AK never shows.
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_AK, TEST_SK } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runCli } from '../helpers/run-cli.js';

const t = withEmulator('config', { cn: 'config.example.test', setup: (dir) => mkdirSync(join(dir, 'home', 'srv', 'site', 'deep'), { recursive: true }) });
const home = () => join(t.dir, 'home');
const site = () => join(t.dir, 'home', 'srv', 'site');
const userFile = (name = 'config.json') => join(home(), '.config', 'scm', name);
const put = (path: string, text: string, mode = 0o600): void => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, mode);
};
const clear = () => {
  rmSync(join(home(), '.config'), { recursive: true, force: true });
  for (const f of ['.scmrc.json', '.scmrc.yaml', '.scmrc']) rmSync(join(site(), f), { force: true });
};
/** A clean environment: only HOME (no credentials, no endpoint) unless the test adds them. */
const scm = (args: string[], env: Record<string, string | undefined> = {}, cwd = site()) => runCli(args, { env: { HOME: home(), ...env }, cwd });

// After the suite's reset of the emulator: no config file anywhere.
beforeEach(() => clear());

describe('scm config', () => {
  it('defaults when nothing is configured', async () => {
    const r = await scm(['config']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^ {2}region {2,}cn-north-4 {2,}default$/m);
    expect(r.stdout).toMatch(/^ {2}endpoint {2,}https:\/\/scm\.cn-north-4\.myhuaweicloud\.com\/ {2,}from region$/m);
    expect(r.stdout).toMatch(/^ {2}credentials {2,}none$/m);
    expect(r.stdout).toContain(`user file: ${join(home(), '.config', 'scm')}/config.{json,yaml,yml}`);
  });

  it('flags > env > project file > user file, each value with its source; secrets masked', async () => {
    put(userFile('config.yaml'), `region: eu-west-101\ntimeout: 7\nretries: 1\nak: USERFILEAK00WXYZ\nsk: user-file-secret-value\nenterprise_project_id: all\n`);
    put(join(site(), '.scmrc.json'), JSON.stringify({ region: 'ap-southeast-1', timeout: 3 }));
    const r = await scm(['config', '--json'], {}, join(site(), 'deep'));
    expect([r.code, r.stderr]).toEqual([0, '']);
    const doc = JSON.parse(r.stdout);
    expect(doc.configFiles).toEqual([{ path: join(site(), '.scmrc.json'), layer: 'project' }, { path: userFile('config.yaml'), layer: 'user' }]);
    expect(doc.settings).toMatchObject({
      region: { value: 'ap-southeast-1', source: { kind: 'file', path: join(site(), '.scmrc.json'), layer: 'project' } },
      timeout: { value: 3, source: { kind: 'file', layer: 'project' } },
      retries: { value: 1, source: { kind: 'file', path: userFile('config.yaml'), layer: 'user' } },
      ak: { value: '********WXYZ', masked: true, source: { kind: 'file', key: 'ak', layer: 'user' } },
      sk: { value: '********', masked: true },
      enterpriseProjectId: { value: 'all' },
    });
    expect(r.stdout).not.toContain('user-file-secret-value');
    expect(r.stdout).not.toContain('USERFILEAK00');

    const env = await scm(['config', '--json'], { SCM_REGION: 'my-kualalumpur-1', HUAWEICLOUD_SDK_AK: 'ENVIRONMENTAK0001', HUAWEICLOUD_SDK_SK: 'env-secret-value' });
    expect(JSON.parse(env.stdout).settings).toMatchObject({
      region: { value: 'my-kualalumpur-1', source: { kind: 'env', name: 'SCM_REGION' } },
      ak: { value: '********0001', source: { kind: 'env', name: 'HUAWEICLOUD_SDK_AK' } },
    });
    expect(env.stdout).not.toContain('env-secret-value');

    const flag = await scm(['config', '--region', 'cn-north-4', '--endpoint', t.emu.url, '--timeout', '2.5'], { SCM_REGION: 'my-kualalumpur-1', SCM_ENDPOINT: 'https://env.example.com' });
    expect(flag.code).toBe(0);
    expect(flag.stdout).toMatch(/^ {2}region {2,}cn-north-4 {2,}flag --region$/m);
    expect(flag.stdout).toMatch(new RegExp(`^ {2}endpoint {2,}${t.emu.url.replace(/[.]/g, '\\.')}/ {2,}flag --endpoint$`, 'm'));
    expect(flag.stdout).toMatch(/^ {2}timeout \(s\) {2,}2\.5 {2,}flag --timeout$/m);
    expect(flag.stdout).toMatch(/^ {2}sk {2,}\*{8} {2,}file .*config\.yaml$/m);
  });

  it('warns on stderr (a JSON line with --json) when a file with a secret is readable by others', async () => {
    put(userFile(), JSON.stringify({ ak: TEST_AK, sk: TEST_SK }), 0o644);
    const r = await scm(['config']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`warning: config file ${userFile()} holds sk and is readable by others (mode 644); run: chmod 600 ${userFile()}\n`);
    const j = await scm(['config', '--json']);
    expect(JSON.parse(j.stderr).warning.message).toMatch(/readable by others/);
    expect(JSON.parse(j.stdout).warnings).toHaveLength(1);
  });

  it('the AK and SK swapped: no character of the SK shows in the ak row, text or --json, env or file', async () => {
    const sk = 'lowercasesecretkeyvalue0123456789abcdwxyz';
    const env = await scm(['config'], { HUAWEICLOUD_SDK_AK: sk, HUAWEICLOUD_SDK_SK: 'SCMEMULATORDEMOAK000' });
    expect(env.code).toBe(0);
    expect(env.stdout).toMatch(/^ {2}ak {2,}\*{8} {2,}env HUAWEICLOUD_SDK_AK$/m);
    put(userFile(), JSON.stringify({ ak: sk, sk: 'SCMEMULATORDEMOAK000' }));
    const file = await scm(['config']);
    const json = await scm(['config', '--json']);
    expect(JSON.parse(json.stdout).settings.ak).toEqual({ value: '********', source: { kind: 'file', path: userFile(), key: 'ak', layer: 'user' }, masked: true });
    for (const r of [env, file, json]) expect(r.stdout + r.stderr).not.toContain('wxyz');
  });
});

describe('the user file drives a real upload', () => {
  it('endpoint and credentials from ~/.config/scm/config.json: uploaded to the emulator', async () => {
    put(userFile(), JSON.stringify({ endpoint: t.emu.url, ak: TEST_AK, sk: TEST_SK }));
    const r = await scm(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'from-user-file', '-q']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect((await t.emu.state()).certificates).toMatchObject([{ id: r.stdout.trim(), name: 'from-user-file' }]);
  });

  it('XDG_CONFIG_HOME moves the user file; a project file overrides it key by key', async () => {
    const xdg = join(t.dir, 'xdg');
    put(join(xdg, 'scm', 'config.yml'), `endpoint: http://127.0.0.1:9\nak: ${TEST_AK}\nsk: ${TEST_SK}\n`);
    put(join(site(), '.scmrc.yaml'), `endpoint: ${t.emu.url}\n`);
    const r = await scm(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'xdg-and-project', '-q'], { XDG_CONFIG_HOME: xdg });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect((await t.emu.state()).certificates).toHaveLength(1);
  });

  it('without HOME (a systemd service without User=, like certbot\'s timer) the passwd home is used', async () => {
    const passwd = join(userInfo().homedir, '.config', 'scm');
    for (const env of [{ HOME: undefined }, { HOME: '' }, { HOME: ' ', USERPROFILE: '' }]) {
      const r = await scm(['config', '--json'], env);
      expect([r.code, JSON.parse(r.stdout).userConfigDir]).toEqual([0, passwd]);
      expect((await scm(['config'], env)).stdout).toContain(`${passwd}/config.{json,yaml,yml}`);
    }
  });

  it('enterpriseProjectId from a config file goes into the import; the flag wins over it', async () => {
    put(userFile(), JSON.stringify({ endpoint: t.emu.url, ak: TEST_AK, sk: TEST_SK, enterpriseProjectId: 'all' }));
    const dry = await scm(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'ep-test', '--dry-run', '--json']);
    expect(JSON.parse(dry.stdout).requests[0].body.enterprise_project_id).toBe('all');
    const flag = await scm(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'ep-test', '--dry-run', '--json', '--enterprise-project-id', '0']);
    expect(JSON.parse(flag.stdout).requests[0].body.enterprise_project_id).toBe('0');
  });
});

describe('a broken config file: exit 2, one line naming the file and the line, never its content', () => {
  it('an unknown region names the file it came from, in Chinese too', async () => {
    const path = join(site(), '.scmrc.yaml');
    put(path, 'region: nowhere-1\n');
    const r = await scm(['config']);
    expect([r.code, r.stdout, r.stderr.split('\n')[0]]).toEqual([2, '', `scm: region in ${path}: unknown SCM region 'nowhere-1'`]);
    const zh = await scm(['list', '--lang', 'zh']);
    expect([zh.code, zh.stderr.split('\n')[0]]).toEqual([2, `scm: ${path} 中的“region”：未知的 SCM 区域“nowhere-1”`]);
  });

  it.each([
    ['.scmrc.json', () => join(site(), '.scmrc.json'), '{\n  "region": "cn-north-4",\n  "sk": "leaked-if-quoted-0001",\n  "ak": \n}\n', 'line 5, column 1 (invalid JSON)'],
    ['.scmrc.yaml', () => join(site(), '.scmrc.yaml'), 'region: cn-north-4\nsk: "leaked-if-quoted-0002\nak: x\n', 'line 4, column 1 (invalid YAML)'],
    ['the user file (JSON)', () => userFile(), '{"sk": "leaked-if-quoted-0003",\n "ak" "x"}', 'line 2, column 7 (invalid JSON)'],
    ['the user file (YAML)', () => userFile('config.yaml'), 'ak: x\n  sk: leaked-if-quoted-0004\n', 'line 2, column 5 (invalid YAML)'],
  ])('%s', async (_, path, text, where) => {
    put(path(), text);
    for (const args of [['config'], ['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'broken-config', '--dry-run'], ['push', 'scs1700000000000', '--service', 'CDN']]) {
      const r = await scm(args, {}, join(site(), 'deep'));
      expect(r.code, args[0]).toBe(2);
      const [line, hint, ...rest] = r.stderr.split('\n');
      expect(line).toBe(`scm: bad config file ${path()}: cannot be parsed at ${where}`);
      expect(hint).toMatch(/^hint: fix or remove the file/);
      expect(rest.join('')).toBe('');
      expect(r.stdout + r.stderr).not.toMatch(/leaked-if-quoted/);
    }
    const j = await scm(['config', '--json'], {}, join(site(), 'deep'));
    expect(JSON.parse(j.stderr).error).toMatchObject({ type: 'ConfigError', exitCode: 2, message: `bad config file ${path()}: cannot be parsed at ${where}` });
  });

  it('a key given twice: refused in JSON as in YAML (JSON.parse kept the last silently, YAML said only "cannot be parsed"), the key and where, never the values', async () => {
    const cases: Array<[string, string, string]> = [
      [join(site(), '.scmrc.json'), '{\n  "region": "ap-southeast-1",\n  "sk": "leaked-if-quoted-0005",\n  "region": "eu-west-101"\n}\n', "'region' is given twice (line 4, column 3)"],
      [join(site(), '.scmrc.yaml'), 'region: ap-southeast-1\nsk: leaked-if-quoted-0006\nregion: eu-west-101\n', "'region' is given twice (line 3, column 1)"],
      [userFile(), '{"ak": "x", "sk": "leaked-if-quoted-0007", "sk": "leaked-if-quoted-0008"}', "'sk' is given twice (line 1, column 44)"],
    ];
    for (const [path, text, said] of cases) {
      clear();
      put(path, text);
      const r = await scm(['config']);
      expect([r.code, r.stdout, r.stderr.split('\n')[0]], path).toEqual([2, '', `scm: bad config file ${path}: ${said}; which value counts would be a guess`]);
      expect(r.stderr).not.toMatch(/leaked-if-quoted/);
    }
    const zh = await scm(['config', '--lang', 'zh']);
    expect([zh.code, zh.stderr.split('\n')[0]]).toEqual([2, `scm: 配置文件 ${userFile()} 有误：“sk”出现了两次（第 1 行第 44 列），无法确定以哪个值为准`]);
    clear();
    put(join(site(), '.scmrc.json'), '{"region": "ap-southeast-1", "nested": {"a": 1}, "other": {"a": 2}}');
    expect((await scm(['config'])).stderr.split('\n')[0]).toBe(`scm: config file ${join(site(), '.scmrc.json')}: unknown setting 'nested'`); // same name in two objects: no duplicate
  });

  it('retries and timeout out of the flags\' bounds: the file and the key named (not --timeout), in Chinese too', async () => {
    const file = join(site(), '.scmrc.json');
    put(file, JSON.stringify({ retries: 1000000, timeout: 1 }));
    const r = await scm(['list', '-q'], { SCM_ENDPOINT: t.emu.url, HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK });
    expect([r.code, r.stderr]).toEqual([2, `scm: config file ${file}: 'retries' must be a whole number from 0 to 10\n`]);
    expect((await t.emu.state()).requests.total).toBe(0);
    put(file, JSON.stringify({ timeout: 0 }));
    const zh = await scm(['config', '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([2, `scm: 配置文件 ${file}：“timeout”的值必须是大于 0 且不超过 3600 的秒数\n`]);
    expect((await scm(['config', '--timeout', '3601'])).stderr).toBe("scm: --timeout: '3601' is not a number of seconds above 0 and at most 3600\n");
  });

  // hunt6 finding 7: 20,000 `[` overflowed the recursive JSON error locator: exit 70 "Maximum call stack size exceeded".
  it('a file of deeply nested brackets is a bad config file (exit 2), not a crash', async () => {
    const file = join(site(), '.scmrc.json');
    put(file, `{"region":${'['.repeat(20_000)}\n`);
    const r = await scm(['list']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, `scm: bad config file ${file}: cannot be parsed at line 2, column 1 (invalid JSON)`]);
    const zh = await scm(['list', '--lang', 'zh']);
    expect([zh.code, zh.stderr.split('\n')[0]]).toEqual([2, `scm: 配置文件 ${file} 有误：第 2 行第 1 列无法解析（JSON 格式错误）`]);
  });

  it('an unknown key names the key', async () => {
    put(join(site(), '.scmrc.json'), JSON.stringify({ secret_key: 'x' }));
    const r = await scm(['config']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^scm: config file .*\.scmrc\.json: unknown setting 'secret_key'\n/);
  });
});
