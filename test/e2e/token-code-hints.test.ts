// Token-specific codes (the gateway's APIGW.0307 "token must be updated", APIGW.0305, and the seed table's SCM.1000
// "token not authenticated" and SCM.0002 "project id does not match the X-Auth-Token") gave the catalogue's fix
// alone, not saying where the token came from, as the APIGW.0301 hint does (credential-notes.test.ts). Each now
// names the variable or the config file the token was read from, never its value (en, zh). Built binary.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawnEmulator, type RunningEmulator } from '../helpers/emulator.js';
import { runCli } from '../helpers/run-cli.js';

let emu: RunningEmulator;
beforeAll(async () => void (emu = await spawnEmulator()));
afterAll(async () => emu?.stop());
beforeEach(async () => emu.reset());
const TOKEN = 'MIIsecret-token-value-never-shown';

describe('a token refused with a token code', () => {
  it.each([
    ['APIGW.0307', 401, 3],
    ['APIGW.0305', 401, 3],
    ['SCM.1000', 401, 3],
    ['SCM.0002', 403, 3],
  ] as const)('%s: the hint says the token came from SCM_AUTH_TOKEN (en, zh), never its value', async (code, status, exit) => {
    for (const lang of ['en', 'zh'] as const) {
      await emu.fault({ op: 'list', status, error_code: code });
      const r = await runCli(['list', '--retries', '0', '--lang', lang], { env: { SCM_ENDPOINT: emu.url, SCM_AUTH_TOKEN: TOKEN } });
      expect(r.code, r.stderr).toBe(exit);
      expect(r.stderr).toContain(code);
      expect(r.stderr).toContain(lang === 'en' ? '; the IAM token used came from SCM_AUTH_TOKEN (more: scm explain' : '；本次使用的 IAM Token 来自 SCM_AUTH_TOKEN（详见');
      expect(r.stderr).not.toContain(TOKEN);
    }
  });

  it('APIGW.0307 with a token from a config file: the hint names that file (en, zh)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'scm-e2e-token-hint-'));
    try {
      const file = join(home, '.scmrc.json');
      writeFileSync(file, JSON.stringify({ authToken: TOKEN }), { mode: 0o600 });
      chmodSync(home, 0o700);
      const env = { SCM_ENDPOINT: emu.url, HOME: home };
      await emu.fault({ op: 'list', status: 401, error_code: 'APIGW.0307' });
      const en = await runCli(['list', '--retries', '0'], { env, cwd: home });
      expect(en.code, en.stderr).toBe(3);
      expect(en.stderr).toMatch(/^hint: obtain a new IAM token \(it has expired or must be refreshed\), and check that the endpoint belongs to the token's region; the IAM token used came from .*\.scmrc\.json/m);
      expect(en.stderr).toContain(file);
      expect(en.stderr).not.toContain(TOKEN);
      await emu.fault({ op: 'list', status: 401, error_code: 'APIGW.0307' });
      const zh = await runCli(['list', '--retries', '0', '--lang', 'zh'], { env, cwd: home });
      expect(zh.stderr).toMatch(/^提示：请重新获取 IAM Token（它已过期或需要刷新），并检查终端节点是否属于 Token 所在的区域；本次使用的 IAM Token 来自 /m);
      expect(zh.stderr).toContain(file);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
