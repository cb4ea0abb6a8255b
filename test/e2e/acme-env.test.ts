// `scm upload --from certbot|lego|acme.sh` given a hook environment that is wrong in a way a person makes when running the
// hook by hand: the built binary says which variable and what is wrong with it (exit 2), before any request.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, TEST_AK, TEST_SK, type Bundle } from '../helpers/emulator.js';
import { runProgram, scmOnPath } from '../helpers/pebble.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const CERTBOT_HOOK = join(ROOT, 'contrib', 'certbot', 'deploy-hook.sh');

let dir: string;
let b: Bundle;
let pathDir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scm-acme-env-'));
  b = makeBundle(join(dir, 'live', 'example.com'), { cn: 'example.com' });
  pathDir = scmOnPath(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Nothing listens on port 9: a request that went out would fail with exit 5, never 2.
const env = (extra: Record<string, string | undefined>) => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: 'http://127.0.0.1:9', ...extra });
const firstLine = (s: string): string => s.split('\n')[0]!;

describe('RENEWED_LINEAGE', () => {
  it('a file (fullchain.pem itself) is said to need a folder: exit 2, not ENOTDIR on fullchain.pem/fullchain.pem', async () => {
    const r = await runCli(['upload', '--from', 'certbot'], { env: env({ RENEWED_LINEAGE: b.fullchain, RENEWED_DOMAINS: 'example.com' }) });
    expect([r.code, firstLine(r.stderr)]).toEqual([2, `scm: --from certbot: RENEWED_LINEAGE must be a folder (certbot's live/ folder of the certificate, holding fullchain.pem and privkey.pem); ${b.fullchain} is not one`]);
    expect(r.stderr).toContain("hint: run it as certbot's deploy hook");
    expect(r.stderr).not.toContain('ENOTDIR');
    const zh = await runCli(['upload', '--from', 'certbot', '--lang', 'zh'], { env: env({ RENEWED_LINEAGE: b.fullchain, RENEWED_DOMAINS: 'example.com' }) });
    expect([zh.code, firstLine(zh.stderr)]).toEqual([2, `scm: --from certbot：RENEWED_LINEAGE 必须是目录（certbot 在 live/ 下为这张证书建的目录，其中有 fullchain.pem 和 privkey.pem）；${b.fullchain} 不是目录`]);
  });

  it('through contrib/certbot/deploy-hook.sh: the hook fails with exit 2 and scm\'s sentence', async () => {
    const r = await runProgram(CERTBOT_HOOK, [], { env: { PATH: `${pathDir}:${process.env.PATH}`, HOME: dir, LANG: 'C.UTF-8', NO_COLOR: '1', ...env({ RENEWED_LINEAGE: b.fullchain, RENEWED_DOMAINS: 'example.com' }) } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`scm: --from certbot: RENEWED_LINEAGE must be a folder (certbot's live/ folder of the certificate, holding fullchain.pem and privkey.pem); ${b.fullchain} is not one\n`);
    expect(r.stderr).toContain(`scm deploy hook: upload of ${b.fullchain} failed (exit 2): usage or input problem`);
  });

  it('a folder that is not there is said first, before an unset RENEWED_DOMAINS, and before the files in it', async () => {
    const gone = join(dir, 'live', 'gone.example');
    for (const domains of [{ RENEWED_DOMAINS: undefined }, { RENEWED_DOMAINS: 'gone.example' }]) {
      const r = await runCli(['upload', '--from', 'certbot'], { env: env({ RENEWED_LINEAGE: gone, ...domains }) });
      expect([r.code, firstLine(r.stderr)]).toEqual([2, `scm: --from certbot: RENEWED_LINEAGE names ${gone}, which does not exist (it should be certbot's live/ folder of the certificate, holding fullchain.pem and privkey.pem)`]);
      expect(r.stderr).not.toMatch(/RENEWED_DOMAINS|fullchain\.pem: no such file/);
    }
    const zh = await runCli(['upload', '--from', 'certbot', '--lang', 'zh'], { env: env({ RENEWED_LINEAGE: gone, RENEWED_DOMAINS: undefined }) });
    expect([zh.code, firstLine(zh.stderr)]).toEqual([2, `scm: --from certbot：RENEWED_LINEAGE 指向的 ${gone} 不存在（它应是 certbot 在 live/ 下为这张证书建的目录，其中有 fullchain.pem 和 privkey.pem）`]);
  });

  it('--json: a UsageError naming the variable', async () => {
    const r = await runCli(['upload', '--from', 'certbot', '--json'], { env: env({ RENEWED_LINEAGE: b.key, RENEWED_DOMAINS: 'example.com' }) });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).error).toMatchObject({ type: 'UsageError', exitCode: 2, message: expect.stringContaining('RENEWED_LINEAGE must be a folder') });
  });
});

describe('the domains variable, needed for the default name', () => {
  const cases: Array<[string, Record<string, string | undefined>, string]> = [
    ['certbot', { RENEWED_DOMAINS: undefined }, 'RENEWED_DOMAINS is not set'],
    ['certbot', { RENEWED_DOMAINS: ' ' }, 'RENEWED_DOMAINS is empty'],
    ['certbot', { RENEWED_DOMAINS: '' }, 'RENEWED_DOMAINS is empty'],
    ['acme.sh', { Le_Domain: ' \t' }, 'Le_Domain is empty'],
    ['lego', { LEGO_CERT_DOMAIN: ' ' }, 'LEGO_CERT_DOMAIN is empty'],
  ];
  it.each(cases)('--from %s with %j: exit 2, "%s", as any other variable says it', async (client, vars, said) => {
    const files = client === 'certbot' ? { RENEWED_LINEAGE: join(dir, 'live', 'example.com') }
      : client === 'lego' ? { LEGO_CERT_PATH: b.fullchain, LEGO_CERT_KEY_PATH: b.key }
        : { CERT_FULLCHAIN_PATH: b.fullchain, CERT_KEY_PATH: b.key };
    const r = await runCli(['upload', '--from', client], { env: env({ ...vars, ...files }) });
    expect([r.code, firstLine(r.stderr)]).toEqual([2, `scm: --from ${client}: ${said}, and without --name scm needs it to name the certificate`]);
  });

  it('in Chinese too', async () => {
    const r = await runCli(['upload', '--from', 'certbot', '--lang', 'zh'], { env: env({ RENEWED_LINEAGE: join(dir, 'live', 'example.com'), RENEWED_DOMAINS: ' ' }) });
    expect([r.code, firstLine(r.stderr)]).toEqual([2, 'scm: --from certbot：RENEWED_DOMAINS 的值为空，而不指定 --name 时，scm 要用它给证书命名']);
  });
});
