// Credentials and endpoint resolution: environment variables of the contract, the cosmiconfig file, the
// precedence flags > env > file > defaults, the loopback-only http rule, and config-file failures.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopback } from '../../src/api/endpoints.js';
import { parseEndpoint } from '../../src/config/endpoint.js';
import { authFromEnv, resolveFrom, resolveSettings } from '../../src/config/index.js';
import { requireAuth } from '../../src/commands/shared/connect.js';
import { loadConfigFiles, type LoadedConfig } from '../../src/config/file.js';

/** The project file found from `cwd` (the search stops at `home`). */
const loadConfigFile = async (cwd: string, home: string): Promise<LoadedConfig | undefined> =>
  (await loadConfigFiles({ cwd, env: { HOME: home } })).files.find((f) => f.layer === 'project');
import { ConfigError, CredentialsError, UsageError } from '../../src/errors.js';

describe('credentials from the environment', () => {
  it('reads HUAWEICLOUD_SDK_AK/SK with project, domain and security token', () => {
    expect(authFromEnv({ HUAWEICLOUD_SDK_AK: 'AK', HUAWEICLOUD_SDK_SK: 'SK', HUAWEICLOUD_SDK_PROJECT_ID: 'p', HUAWEICLOUD_SDK_DOMAIN_ID: 'd', HUAWEICLOUD_SDK_SECURITY_TOKEN: 't' })).toEqual({
      auth: { kind: 'aksk', ak: 'AK', sk: 'SK', projectId: 'p', domainId: 'd', securityToken: 't' }, from: 'HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK',
      where: { kind: 'env', name: 'HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK' },
      sources: { ak: { kind: 'env', name: 'HUAWEICLOUD_SDK_AK' }, sk: { kind: 'env', name: 'HUAWEICLOUD_SDK_SK' }, securityToken: { kind: 'env', name: 'HUAWEICLOUD_SDK_SECURITY_TOKEN' } },
    });
  });
  it('falls back to HW_ACCESS_KEY/HW_SECRET_KEY', () => {
    expect(authFromEnv({ HW_ACCESS_KEY: 'A2', HW_SECRET_KEY: 'S2' })?.auth).toEqual({ kind: 'aksk', ak: 'A2', sk: 'S2' });
  });
  it('prefers SCM_AUTH_TOKEN', () => {
    expect(authFromEnv({ SCM_AUTH_TOKEN: 'tok', HUAWEICLOUD_SDK_AK: 'AK', HUAWEICLOUD_SDK_SK: 'SK' })?.auth).toEqual({ kind: 'token', token: 'tok' });
  });
  it('refuses half a pair with exit 3, naming the variables but not the value', () => {
    const e = (() => { try { authFromEnv({ HUAWEICLOUD_SDK_SK: 'secret-value' }); } catch (x) { return x; } })() as CredentialsError;
    expect(e).toBeInstanceOf(CredentialsError);
    expect(e.exitCode).toBe(3);
    expect(e.message).toBe('HUAWEICLOUD_SDK_SK is set but HUAWEICLOUD_SDK_AK is not');
  });
  it('no credentials: requireAuth exits 3 with the variables to set', () => {
    const s = resolveFrom({}, {}, undefined);
    expect(() => requireAuth(s)).toThrow(/HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK/);
  });
});

describe('endpoint', () => {
  it('defaults to cn-north-4 and maps each site, the EU one to .eu', () => {
    expect(resolveFrom({}, {}, undefined).endpoint.href).toBe('https://scm.cn-north-4.myhuaweicloud.com/');
    expect(resolveFrom({ region: 'ap-southeast-1' }, {}, undefined).endpoint.host).toBe('scm.ap-southeast-1.myhuaweicloud.com');
    expect(resolveFrom({ region: 'my-kualalumpur-1' }, {}, undefined).endpoint.host).toBe('scm.my-kualalumpur-1.myhuaweicloud.com');
    expect(resolveFrom({ region: 'eu-west-101' }, {}, undefined).endpoint.host).toBe('scm.eu-west-101.myhuaweicloud.eu');
    expect(() => resolveFrom({ region: 'mars-1' }, {}, undefined)).toThrow(UsageError);
  });
  it('precedence: --endpoint > SCM_ENDPOINT > config file > --region', () => {
    // The user file: a file found by searching may name only Huawei Cloud hosts (config-endpoint-trust.test.ts).
    const file = { path: '/x/.scmrc', config: { endpoint: 'https://file.example.com', region: 'ap-southeast-1' }, warnings: [], layer: 'user' as const };
    const env = { SCM_ENDPOINT: 'https://env.example.com' };
    expect(resolveFrom({ endpoint: 'https://flag.example.com' }, env, file).endpoint.host).toBe('flag.example.com');
    expect(resolveFrom({}, env, file).endpoint.host).toBe('env.example.com');
    expect(resolveFrom({}, {}, file)).toMatchObject({ endpointFrom: 'endpoint in /x/.scmrc' });
    expect(resolveFrom({ region: 'eu-west-101' }, {}, { ...file, config: { region: 'ap-southeast-1' } }).endpoint.host).toBe('scm.eu-west-101.myhuaweicloud.eu');
  });
  it('allows plain http only to loopback', () => {
    expect(parseEndpoint('http://127.0.0.1:8443', '--endpoint').href).toBe('http://127.0.0.1:8443/');
    expect(parseEndpoint('http://localhost:1', '--endpoint').hostname).toBe('localhost');
    expect(parseEndpoint('http://[::1]:1', '--endpoint').hostname).toBe('[::1]');
    expect(() => parseEndpoint('http://scm.example.com', '--endpoint')).toThrow(/plain http is accepted only for loopback/);
    expect(() => parseEndpoint('http://127.0.0.1.example.com', '--endpoint')).toThrow(UsageError);
    expect(() => parseEndpoint('https://u:p@scm.example.com', '--endpoint')).toThrow(/credentials in the URL/);
    expect(parseEndpoint('scm.example.com', 'SCM_ENDPOINT').href).toBe('https://scm.example.com/');
    // A base path is kept; the API's own path (copied from a request URL) is refused, naming the endpoint without it.
    expect(parseEndpoint('https://gw.example.com/scm/', '--endpoint').href).toBe('https://gw.example.com/scm');
    for (const path of ['/v3', '/v3/', '/V3/scm', '/v3/scm/certificates']) {
      expect(() => parseEndpoint(`https://scm.cn-north-4.myhuaweicloud.com${path}`, '--endpoint')).toThrow(`--endpoint: the endpoint ends in the API path ${path.replace(/\/$/, '')}, which scm adds to every request itself`);
    }
    const e = (() => { try { parseEndpoint('https://gw.example.com/base/v3/scm', 'SCM_ENDPOINT', 'zh'); } catch (x) { return x as UsageError; } })()!;
    expect([e.exitCode, e.message, e.hint]).toEqual([2, 'SCM_ENDPOINT：终端节点以 API 路径 /v3/scm 结尾，而 scm 会在每个请求中自行加上这段路径', '请去掉这段路径：https://gw.example.com/base']);
    expect(isLoopback('127.1.2.3')).toBe(true);
    expect(isLoopback('10.0.0.1')).toBe(false);
    // Only what never leaves the machine: a name under .localhost goes to DNS.
    for (const host of ['evil.localhost', 'a.b.localhost', 'localhost.', 'localhost.example.com', '128.0.0.1']) expect(isLoopback(host), host).toBe(false);
    for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '127.255.0.9', '[::1]', '::1']) expect(isLoopback(host), host).toBe(true);
    expect(() => parseEndpoint('http://evil.localhost:18543', '--endpoint')).toThrow(/plain http is accepted only for loopback/);
  });
  it('takes timeout and retries from flags, then the file, then defaults', () => {
    expect(resolveFrom({}, {}, undefined)).toMatchObject({ timeoutMs: 30_000, retries: 3 });
    expect(resolveFrom({}, {}, { path: 'f', config: { timeout: 2, retries: 1 }, warnings: [] })).toMatchObject({ timeoutMs: 2000, retries: 1 });
    expect(resolveFrom({ timeout: 0.5, retries: 0 }, {}, { path: 'f', config: { timeout: 2, retries: 1 }, warnings: [] })).toMatchObject({ timeoutMs: 500, retries: 0 });
  });
});

describe('config file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-config-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const project = (name: string, files: Record<string, string>, mode = 0o600): string => {
    const d = join(dir, name);
    mkdirSync(d, { recursive: true });
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(d, f, '..'), { recursive: true });
      writeFileSync(join(d, f), text);
      chmodSync(join(d, f), mode);
    }
    return d;
  };

  it('loads .scmrc.json, env still wins over it', async () => {
    const d = project('json', { '.scmrc.json': JSON.stringify({ ak: 'FILEAK', sk: 'file-secret-1234', project_id: 'p1', region: 'ap-southeast-1' }) });
    // d as $HOME: credentials from a file found in a project folder are refused (credential-rules.ts).
    const s = await resolveSettings({}, { env: { HOME: d }, cwd: d });
    expect(s.auth).toEqual({ kind: 'aksk', ak: 'FILEAK', sk: 'file-secret-1234', projectId: 'p1' });
    expect(s.endpoint.host).toBe('scm.ap-southeast-1.myhuaweicloud.com');
    expect(s.warnings).toEqual([]);
    expect(s.secrets).toContain('file-secret-1234');
    const s2 = await resolveSettings({}, { env: { HOME: d, HUAWEICLOUD_SDK_AK: 'ENVAK', HUAWEICLOUD_SDK_SK: 'env-secret' }, cwd: d });
    expect(s2.auth).toMatchObject({ ak: 'ENVAK' });
  });

  it('finds a file in a parent directory, YAML too', async () => {
    const d = project('yaml', { '.scmrc.yaml': 'endpoint: http://127.0.0.1:9\ntimeout: 3\n', 'a/b/.keep': '' });
    const s = await resolveSettings({}, { env: { HOME: dir }, cwd: join(d, 'a', 'b') });
    expect(s.endpoint.href).toBe('http://127.0.0.1:9/');
    expect(s.timeoutMs).toBe(3000);
    expect(s.configPath).toBe(join(d, '.scmrc.yaml'));
  });

  it('warns when a file with a secret is readable by others', async () => {
    const d = project('perm', { '.scmrc.json': JSON.stringify({ sk: 'x-secret-0000', ak: 'A' }) }, 0o644);
    const loaded = await loadConfigFile(d, dir);
    expect(loaded?.warnings[0]).toMatch(/holds sk and is readable by others \(mode 644\); run: chmod 600 /);
    expect(loaded?.warnings[0]).not.toContain('x-secret-0000');
    const noSecret = project('perm2', { '.scmrc.json': JSON.stringify({ region: 'cn-north-4' }) }, 0o644);
    expect((await loadConfigFile(noSecret, dir))?.warnings).toEqual([]);
  });

  it('a broken file is a one-line ConfigError (exit 2) naming the file, never quoting it', async () => {
    const d = project('broken', { '.scmrc.json': '{\n  "sk": "leaky-secret-value",\n  "ak": \n}\n' });
    const e = (await loadConfigFile(d, dir).catch((x: unknown) => x)) as ConfigError;
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain(join(d, '.scmrc.json'));
    expect(e.message.split('\n')).toHaveLength(1);
    expect(`${e.message}${e.hint}`).not.toContain('leaky-secret-value');
    const y = project('broken-yaml', { '.scmrc.yaml': 'sk: "leaky-secret-value\nak: [\n' });
    const ey = (await loadConfigFile(y, dir).catch((x: unknown) => x)) as ConfigError;
    expect(ey.message).toMatch(/bad config file .*\.scmrc\.yaml: cannot be parsed/);
    expect(ey.message).not.toContain('leaky');
  });

  it('reads JSON with a byte-order mark (as Windows editors write it)', async () => {
    const d = project('bom', { '.scmrc.json': '\ufeff{"region": "ap-southeast-1"}' });
    expect((await loadConfigFile(d, dir))?.config).toEqual({ region: 'ap-southeast-1' });
  });

  it('rejects unknown settings and wrong types', async () => {
    const d = project('unknown', { '.scmrc.json': JSON.stringify({ skk: 'oops' }) });
    await expect(loadConfigFile(d, dir)).rejects.toThrow(/unknown setting 'skk'/);
    const t = project('type', { '.scmrc.json': JSON.stringify({ timeout: 'slow' }) });
    await expect(loadConfigFile(t, dir)).rejects.toThrow(/'timeout' must be a number of seconds above 0 and at most 3600/);
  });

  it('timeout and retries obey the bounds of --timeout and --retries (0 < timeout <= 3600, retries 0 to 10 whole)', async () => {
    const bad = [{ timeout: 0 }, { timeout: -1 }, { timeout: 3601 }, { timeout: 1e10 }, { retries: 11 }, { retries: 1.5 }, { retries: -1 }, { retries: 1000000000 }];
    for (const [i, config] of bad.entries()) {
      const d = project(`bounds-${i}`, { '.scmrc.json': JSON.stringify(config) });
      const key = Object.keys(config)[0]!;
      const e = (await loadConfigFile(d, dir).catch((x: unknown) => x)) as ConfigError;
      expect(e, key).toBeInstanceOf(ConfigError);
      expect(e.message).toBe(
        key === 'timeout'
          ? `config file ${join(d, '.scmrc.json')}: 'timeout' must be a number of seconds above 0 and at most 3600`
          : `config file ${join(d, '.scmrc.json')}: 'retries' must be a whole number from 0 to 10`,
      );
    }
    const ok = project('bounds-ok', { '.scmrc.json': JSON.stringify({ timeout: 3600, retries: 10 }) });
    expect((await loadConfigFile(ok, dir))?.config).toEqual({ timeout: 3600, retries: 10 });
    const zero = project('bounds-zero', { '.scmrc.json': JSON.stringify({ timeout: 0.5, retries: 0 }) });
    expect((await loadConfigFile(zero, dir))?.config).toEqual({ timeout: 0.5, retries: 0 });
  });
});
