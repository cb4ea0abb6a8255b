// A named file that `$import`s others: each setting is said to come from the file that holds it (scm config's
// source column, --dry-run's endpoint), and a secret that others can read is warned about naming the file
// that holds it, not the file that imports it. Seen as user 1000 (the tests run as root; files given with chown).
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfigFiles } from '../../src/config/file.js';
import { resolveFrom } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors.js';

const USER = 1000;
let root: string;
let dir: string;
let n = 0;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-import-origins-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  dir = join(root, `d${++n}`);
  mkdirSync(dir);
  chownSync(dir, USER, USER);
});
function put(name: string, text: string, mode = 0o600): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  chownSync(path, USER, USER);
  chmodSync(path, mode);
  return path;
}
const load = (path: string, lang: 'en' | 'zh' = 'en') => loadConfigFiles({ cwd: root, env: { HOME: root }, uid: USER, lang, config: path });
const B = 'endpoint: http://127.0.0.1:9\nak: ORIGINSAK0000001\nsk: origins-secret-000000001\n';
const readable = (path: string, keys: string, mode = '644') => `config file ${path} holds ${keys} and is readable by others (mode ${mode}); run: chmod 600 ${path}`;

describe('a secret in an imported file that others can read', () => {
  it('a3.yaml (600) imports b.yaml (644) holding sk: the warning names b.yaml', async () => {
    const b = put('b.yaml', B, 0o644);
    const a3 = put('a3.yaml', '$import: ./b.yaml\nregion: ap-southeast-1\n');
    expect((await load(a3)).warnings).toEqual([readable(b, 'sk')]);
    expect((await load(a3, 'zh')).warnings).toEqual([`配置文件 ${b} 含有“sk”，其他用户却可以读取（权限 644）；请执行：\`chmod 600 ${b}\``]);
  });

  it('the modes the other way round: no warning (a3.yaml, readable, holds no secret)', async () => {
    put('b.yaml', B, 0o600);
    const a3 = put('a3.yaml', '$import: ./b.yaml\nregion: ap-southeast-1\n', 0o644);
    expect((await load(a3)).warnings).toEqual([]);
  });

  it('each readable file that holds a secret, with its own keys, at any depth; a file imported twice once', async () => {
    const c = put('c.yaml', 'authToken: origins-token-00000000001\n', 0o640);
    const b = put('b.yaml', '$import: ./c.yaml\nsecurityToken: origins-sts-0000000001\n', 0o604);
    const a = put('a.yaml', '$import: [./b.yaml, ./c.yaml]\nsk: origins-secret-000000002\nak: ORIGINSAK0000002\n', 0o644);
    expect((await load(a)).warnings).toEqual([readable(a, 'sk'), readable(b, 'securityToken', '604'), readable(c, 'authToken', '640')]);
  });
});

describe('each setting comes from the file that holds it', () => {
  it('endpoint and credentials from b.yaml, region from a3.yaml', async () => {
    const b = put('b.yaml', B);
    const a3 = put('a3.yaml', '$import: ./b.yaml\nregion: ap-southeast-1\n');
    const s = resolveFrom({}, {}, await load(a3));
    expect(s.sources).toMatchObject({
      region: { kind: 'file', path: a3, key: 'region', layer: 'explicit' },
      endpoint: { kind: 'file', path: b, key: 'endpoint', layer: 'explicit' },
      ak: { kind: 'file', path: b, key: 'ak' },
      sk: { kind: 'file', path: b, key: 'sk' },
    });
    expect([s.endpointFrom, s.authFrom, s.configFiles]).toEqual([`endpoint in ${b}`, `ak/sk in ${b}`, [{ path: a3, layer: 'explicit' }]]);
  });

  it("the importing file's own key wins, and is said to come from it; project_id is projectId", async () => {
    put('b.yaml', 'region: eu-west-101\nproject_id: 0123456789abcdef0123456789abcdef\n');
    const a3 = put('a3.yaml', '$import: ./b.yaml\nregion: ap-southeast-1\n');
    const s = resolveFrom({}, { HUAWEICLOUD_SDK_AK: 'ENVAK00000000001', HUAWEICLOUD_SDK_SK: 'env-secret-0000000001' }, await load(a3));
    expect(s.sources.region).toMatchObject({ path: a3 });
    expect(s.region).toBe('ap-southeast-1');
    expect(s.sources.projectId).toMatchObject({ path: join(dir, 'b.yaml'), key: 'projectId' });
  });

  it('an AK in one file and its SK in another: each said where it is, and the pair from the named file', async () => {
    const b = put('b.yaml', 'sk: origins-secret-000000003\n');
    const a3 = put('a3.yaml', '$import: ./b.yaml\nak: ORIGINSAK0000003\n');
    const s = resolveFrom({}, {}, await load(a3));
    expect([s.sources.ak, s.sources.sk, s.authFrom]).toMatchObject([{ path: a3 }, { path: b }, `ak/sk in ${a3}`]);
  });

  it('a bad setting in an imported file names that file; half a pair names the file with the half', async () => {
    const b = put('b.yaml', 'regoin: ap-southeast-1\n');
    const a3 = put('a3.yaml', '$import: ./b.yaml\n');
    const e = await load(a3).then(() => undefined, (x: unknown) => x as ConfigError);
    expect(e?.message).toBe(`config file ${b}: unknown setting 'regoin' (did you mean region?)`);
    const c = put('c.yaml', 'ak: ORIGINSAK0000004\n');
    const a4 = put('a4.yaml', '$import: ./c.yaml\nregion: ap-southeast-1\n');
    const half = await load(a4);
    expect(() => resolveFrom({}, {}, half)).toThrow(`config file ${c} has ak but not sk`);
  });
});
