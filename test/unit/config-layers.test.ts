// The two config files and the full precedence: flags > environment > project file (cosmiconfig search from
// the working directory) > user file ($XDG_CONFIG_HOME/scm/config.*) > defaults, with the source of each value;
// broken files named with their line; the JSON error locator.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFiles as load, userConfigDir, type LoadedConfig } from '../../src/config/file.js';
import { homeOf } from '../../src/config/homes.js';

const loadConfigFiles = async (cwd: string, env: Record<string, string>): Promise<LoadedConfig[]> => (await load({ cwd, env })).files;
const loadUserConfig = async (env: Record<string, string>): Promise<LoadedConfig | undefined> =>
  (await load({ cwd: dir, env })).files.find((f) => f.layer === 'user');
import { resolveFrom, resolveSettings } from '../../src/config/index.js';
import { jsonDuplicateKey, jsonErrorOffset, positionAt } from '../../src/config/locate.js';
import { ConfigError } from '../../src/errors.js';
import { configJson, maskAk, renderConfig } from '../../src/commands/config/render.js';
import { PLAIN } from '../../src/io/style.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scm-layers-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string, mode = 0o600): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, mode);
  return path;
}

describe('user file', () => {
  it('lives in $XDG_CONFIG_HOME/scm (absolute only), else ~/.config/scm', () => {
    expect(userConfigDir({ XDG_CONFIG_HOME: '/x/cfg', HOME: '/home/u' })).toBe('/x/cfg/scm');
    expect(userConfigDir({ XDG_CONFIG_HOME: 'relative', HOME: '/home/u' })).toBe('/home/u/.config/scm');
    expect(userConfigDir({ HOME: '/home/u' })).toBe('/home/u/.config/scm');
    expect(userConfigDir({}, () => undefined)).toBeUndefined();
  });

  it('without HOME or USERPROFILE (empty counts as unset), the passwd home; HOME still wins over it', () => {
    const passwd = () => '/var/lib/p';
    expect(userConfigDir({}, passwd)).toBe('/var/lib/p/.config/scm');
    expect(userConfigDir({ HOME: '', USERPROFILE: ' ' }, passwd)).toBe('/var/lib/p/.config/scm');
    expect(userConfigDir({ HOME: '/home/u' }, passwd)).toBe('/home/u/.config/scm');
    expect(userConfigDir({ USERPROFILE: '/Users/u' }, passwd)).toBe('/Users/u/.config/scm');
    expect(homeOf({}, passwd)).toBe('/var/lib/p');
  });

  it('a relative HOME or USERPROFILE counts as unset: the user file is never looked for under the working directory', () => {
    const passwd = () => '/var/lib/p';
    for (const HOME of ['.', './', 'home/u', '~']) expect([HOME, userConfigDir({ HOME }, passwd)]).toEqual([HOME, '/var/lib/p/.config/scm']);
    expect(homeOf({ HOME: '.', USERPROFILE: '/Users/u' }, passwd)).toBe('/Users/u');
    expect(homeOf({ USERPROFILE: 'Users\\u' }, passwd)).toBe('/var/lib/p');
  });

  it('config.json, config.yaml or config.yml, in that order', async () => {
    const xdg = join(dir, 'xdg1');
    write(join(xdg, 'scm', 'config.yml'), 'region: ap-southeast-1\n');
    expect((await loadUserConfig({ XDG_CONFIG_HOME: xdg }))).toMatchObject({ path: join(xdg, 'scm', 'config.yml'), layer: 'user', config: { region: 'ap-southeast-1' } });
    write(join(xdg, 'scm', 'config.json'), '{"region": "eu-west-101"}');
    expect((await loadUserConfig({ XDG_CONFIG_HOME: xdg }))?.config.region).toBe('eu-west-101');
  });

  it('a broken user file is a ConfigError naming it and the line', async () => {
    const xdg = join(dir, 'xdg2');
    write(join(xdg, 'scm', 'config.yaml'), 'region: cn-north-4\nsk: "secret-in-broken-file\nak: x\n');
    const e = (await loadUserConfig({ XDG_CONFIG_HOME: xdg }).catch((x: unknown) => x)) as ConfigError;
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.message).toBe(`bad config file ${join(xdg, 'scm', 'config.yaml')}: cannot be parsed at line 4, column 1 (invalid YAML)`);
    expect(`${e.message}${e.hint}`).not.toContain('secret-in-broken-file');
  });
});

describe('precedence: flags > env > project file > user file > defaults', () => {
  const home = () => join(dir, 'home');
  const project = () => join(home(), 'work', 'site');
  beforeAll(() => {
    write(join(home(), '.config', 'scm', 'config.json'), JSON.stringify({ region: 'eu-west-101', timeout: 9, retries: 1, ak: 'USERAK000000001', sk: 'user-secret-0001', projectId: 'user-project', enterpriseProjectId: 'all' }));
    write(join(project(), '..', '.scmrc.yaml'), 'region: ap-southeast-1\ntimeout: 4\n');
    mkdirSync(join(project(), 'deep'), { recursive: true });
  });

  it('merges the two files key by key; the project file wins', async () => {
    const files = await loadConfigFiles(join(project(), 'deep'), { HOME: home() });
    expect(files.map((f) => [f.layer, f.path])).toEqual([['project', join(project(), '..', '.scmrc.yaml')], ['user', join(home(), '.config', 'scm', 'config.json')]]);
    const s = resolveFrom({}, {}, files);
    expect(s).toMatchObject({ region: 'ap-southeast-1', timeoutMs: 4000, retries: 1, enterpriseProjectId: 'all', auth: { kind: 'aksk', ak: 'USERAK000000001', projectId: 'user-project' } });
    expect(s.endpoint.host).toBe('scm.ap-southeast-1.myhuaweicloud.com');
    expect(s.sources).toMatchObject({
      region: { kind: 'file', layer: 'project', key: 'region' },
      timeout: { kind: 'file', layer: 'project' },
      retries: { kind: 'file', layer: 'user' },
      ak: { kind: 'file', layer: 'user', key: 'ak' },
      endpoint: { kind: 'derived', from: 'region' },
    });
    expect(s.configPath).toBe(join(project(), '..', '.scmrc.yaml'));
  });

  it('the environment beats both files, flags beat the environment', async () => {
    const env = { HOME: home(), SCM_REGION: 'my-kualalumpur-1', HUAWEICLOUD_SDK_AK: 'ENVAK0000000001', HUAWEICLOUD_SDK_SK: 'env-secret', HUAWEICLOUD_SDK_PROJECT_ID: 'env-project' };
    const s = await resolveSettings({}, { env, cwd: project() });
    expect(s).toMatchObject({ region: 'my-kualalumpur-1', auth: { ak: 'ENVAK0000000001', sk: 'env-secret', projectId: 'env-project' }, sources: { region: { kind: 'env', name: 'SCM_REGION' }, projectId: { kind: 'env', name: 'HUAWEICLOUD_SDK_PROJECT_ID' } } });
    const f = await resolveSettings({ region: 'cn-north-4', timeout: 1, retries: 0, enterpriseProjectId: '0' }, { env, cwd: project() });
    expect(f).toMatchObject({ region: 'cn-north-4', timeoutMs: 1000, retries: 0, enterpriseProjectId: '0', sources: { region: { kind: 'flag', name: '--region' }, enterpriseProjectId: { kind: 'flag' } } });
  });

  it('credentials come whole from one place: an SK never pairs with another file\'s AK', () => {
    const files = [
      { path: '/p/.scmrc', config: { authToken: 'project-token-0001' }, warnings: [], layer: 'project' as const },
      { path: '/u/config.json', config: { ak: 'USERAK', sk: 'user-sk-0001' }, warnings: [], layer: 'user' as const },
    ];
    expect(resolveFrom({}, {}, files)).toMatchObject({ auth: { kind: 'token', token: 'project-token-0001' }, authFrom: 'authToken in /p/.scmrc' });
    expect(resolveFrom({}, { HW_ACCESS_KEY: 'HWAK', HW_SECRET_KEY: 'hw-secret' }, files).auth).toEqual({ kind: 'aksk', ak: 'HWAK', sk: 'hw-secret' });
    // Every secret of every layer is scrubbed from output, used or not.
    expect(resolveFrom({}, {}, files).secrets).toEqual(expect.arrayContaining(['project-token-0001', 'user-sk-0001']));
  });

  it('defaults, with their source', () => {
    const s = resolveFrom({}, {}, []);
    expect(s.sources).toMatchObject({ region: { kind: 'default' }, timeout: { kind: 'default' }, retries: { kind: 'default' } });
    expect(s.configFiles).toEqual([]);
  });

  it('a bad enterpriseProjectId in a file is a config error', async () => {
    const d = join(dir, 'badep');
    write(join(d, '.scmrc.json'), '{"enterpriseProjectId": "nope"}');
    await expect(loadConfigFiles(d, { HOME: d })).rejects.toThrow(/'enterpriseProjectId' must be "0", "all" or an ID/);
  });

  it('a package.json that does not parse is skipped, the .scmrc beside it still found', async () => {
    const d = join(dir, 'badpkg');
    write(join(d, 'package.json'), '{"name": "x",');
    write(join(d, '.scmrc'), 'region: ap-southeast-1\n');
    const files = await loadConfigFiles(d, { HOME: d });
    expect(files.map((f) => f.path)).toEqual([join(d, '.scmrc')]);
  });

  it('broken project files name the file and the line: JSON and YAML', async () => {
    const j = join(dir, 'badjson');
    write(join(j, '.scmrc.json'), '{\n  "region": "cn-north-4",\n  "sk": "do-not-print-me",\n  "timeout": ,\n}\n');
    await expect(loadConfigFiles(j, { HOME: j })).rejects.toThrow(`bad config file ${join(j, '.scmrc.json')}: cannot be parsed at line 4, column 14 (invalid JSON)`);
    const y = join(dir, 'badyaml');
    write(join(y, '.scmrc.yaml'), 'region: cn-north-4\n  sk: x\n');
    await expect(loadConfigFiles(y, { HOME: y })).rejects.toThrow(/\.scmrc\.yaml: cannot be parsed at line 2, column \d+ \(invalid YAML\)$/);
  });
});

describe('scm config rendering', () => {
  const settings = resolveFrom({ timeout: 5 }, { HUAWEICLOUD_SDK_AK: 'AKIDEXAMPLE0000WXYZ', HUAWEICLOUD_SDK_SK: 'sk-must-never-show', HUAWEICLOUD_SDK_SECURITY_TOKEN: 'token-must-never-show' }, []);

  it('masks the AK to its last four characters at most, SK and tokens entirely', () => {
    expect(maskAk('AKIDEXAMPLE0000WXYZ')).toBe('********WXYZ');
    expect(maskAk('SHORTAK')).toBe('********');
    expect(maskAk('lowercasesecretkeyvalue0123456789abcdwxyz')).toBe('********');
    const text = renderConfig(settings, { userDir: '/home/u/.config/scm', home: '/home/u' }, PLAIN);
    const json = JSON.stringify(configJson(settings, '/home/u/.config/scm'));
    for (const out of [text, json]) {
      expect(out).not.toContain('sk-must-never-show');
      expect(out).not.toContain('token-must-never-show');
      expect(out).not.toContain('AKIDEXAMPLE');
    }
    expect(text).toMatch(/^ {2}sk {2,}\*{8} {2,}env HUAWEICLOUD_SDK_SK$/m);
    expect(text).toMatch(/^ {2}timeout \(s\) {2,}5 {2,}flag --timeout$/m);
  });

  it('an AK that is no access key id (the SK, with the pair swapped) shows no character of it, text and JSON', () => {
    const swapped = resolveFrom({}, { HUAWEICLOUD_SDK_AK: 'lowercasesecretkeyvalue0123456789abcdwxyz', HUAWEICLOUD_SDK_SK: 'SCMEMULATORDEMOAK000' }, []);
    const text = renderConfig(swapped, { userDir: '/home/u/.config/scm', home: '/home/u' }, PLAIN);
    const doc = configJson(swapped, undefined) as { settings: Record<string, { value: unknown }> };
    expect(text).toMatch(/^ {2}ak {2,}\*{8} {2,}env HUAWEICLOUD_SDK_AK$/m);
    expect(doc.settings.ak).toEqual({ value: '********', source: { kind: 'env', name: 'HUAWEICLOUD_SDK_AK' }, masked: true });
    for (const out of [text, JSON.stringify(doc)]) expect(out).not.toContain('wxyz');
  });

  it('JSON: value and source for every setting; null for what is not set', () => {
    const doc = configJson(settings, undefined) as { settings: Record<string, { value: unknown; source: unknown }> };
    expect(doc.settings.sk).toEqual({ value: '********', source: { kind: 'env', name: 'HUAWEICLOUD_SDK_SK' }, masked: true });
    expect(doc.settings.authToken).toEqual({ value: null, source: null });
    expect(doc.settings.credentials).toEqual({ value: 'aksk', source: { kind: 'env', name: 'HUAWEICLOUD_SDK_AK' } });
    expect(Object.keys(doc.settings)).toEqual(['region', 'endpoint', 'credentials', 'ak', 'sk', 'securityToken', 'authToken', 'projectId', 'domainId', 'timeout', 'retries', 'enterpriseProjectId', 'lang']);
  });
});

describe('JSON error locator', () => {
  const at = (text: string) => {
    const offset = jsonErrorOffset(text);
    return offset === undefined ? undefined : positionAt(text, offset);
  };
  it('accepts valid JSON, BOM included', () => {
    for (const ok of ['{}', '[]', '"x"', '1.5e3', '{"a":[1,true,null,{"b":"\\u00e9\\n"}]}', '\ufeff{"a": 1}\n', ' -0 ']) expect(jsonErrorOffset(ok), ok).toBeUndefined();
  });
  it('finds a key given twice in one object (escapes decoded, at any depth), not the same key in two objects', () => {
    expect(jsonDuplicateKey('{"a": 1, "b": 2, "a": 3}')).toEqual({ offset: 17, key: 'a' });
    expect(jsonDuplicateKey('{"a": 1, "\\u0061": 2}')).toEqual({ offset: 9, key: 'a' });
    expect(jsonDuplicateKey('{"x": {"k": 1, "k": 2}}')).toEqual({ offset: 15, key: 'k' });
    for (const ok of ['{"x": {"k": 1}, "y": {"k": 2}}', '[{"k": 1}, {"k": 2}]', '{}', '{"a": {}, "b": []}']) expect(jsonDuplicateKey(ok), ok).toBeUndefined();
    expect(jsonDuplicateKey('{"a": 1, "a": }')).toBeUndefined(); // not JSON: the syntax error is what is said
  });
  it('points at the first bad character', () => {
    expect(at('{"a": 1,}')).toEqual({ line: 1, column: 9 });
    expect(at('{\n  "a": 1\n  "b": 2\n}')).toEqual({ line: 3, column: 3 });
    expect(at('{"a": "unterminated')).toEqual({ line: 1, column: 20 });
    expect(at("{'a': 1}")).toEqual({ line: 1, column: 2 });
    expect(at('{"a": 01}')).toEqual({ line: 1, column: 8 });
    expect(at('{"a": 1} x')).toEqual({ line: 1, column: 10 });
    expect(at('')).toEqual({ line: 1, column: 1 });
  });
  // hunt6 finding 7: 20,000 `[` (20 KB, well under the size cap) overflowed the recursive scanner's stack.
  it('locates the error in deeply nested brackets without running out of stack', () => {
    expect(at(`{"region":${'['.repeat(200_000)}\n`)).toEqual({ line: 2, column: 1 });
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    expect(jsonErrorOffset(deep)).toBeUndefined();
    expect(at(`${'{"a":'.repeat(50_000)}1${'}'.repeat(49_999)}`)).toEqual({ line: 1, column: 50_000 * 5 + 1 + 49_999 + 1 });
  });
  it('agrees with JSON.parse on what is valid', () => {
    const samples = ['{"a":1}', '{"a":1,}', '[1,2', '[1,,2]', 'tru', 'nul', '"\t"', '{"a" 1}', '[-]', '[1.]', '[.5]', '{"a":"\\x"}', '[1e5]', '{"":""}',
      '[[],[[]],{}]', '{"a":{"b":[1,{"c":[]}]},"d":2}', '[1 2]', '{"a":1 "b":2}', '{"a":[}', '[{]', '{,}', '[,]', '{"a":1]', '[1}', '[] ]', '{"a":{}}}'];
    for (const text of samples) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonErrorOffset(text) === undefined, text).toBe(valid);
    }
  });
});
