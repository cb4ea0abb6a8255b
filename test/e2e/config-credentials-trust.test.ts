// Whose account scm signs in to, through the built binary. A `.scmrc` that came with a cloned repository belongs
// to the user (git wrote it), passes every trust check and outranks the user file; with `ak`/`sk` in it an upload
// would sign in to the repository author's account and hand them the private key. Credentials from a file
// found in any folder but the home folder itself are refused (exit 2) before anything is sent: the emulator
// counts no request. Named with --config, in $HOME itself, or below credentials from the environment: used.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_AK, TEST_SK, TEST_TOKEN } from '../helpers/emulator.js';
import { putPrivate, useClonedRepo } from '../helpers/cloned-repo.js';

const t = useClonedRepo('scm-e2e-credentials-trust-', 'credentials-trust.example.test');
const { home, scmrc, total, upload } = t;
const put = putPrivate;
const CREDS = `ak: ${TEST_AK}\nsk: ${TEST_SK}\n`;
const scm = t.scm;

describe('credentials in a file found by searching', () => {
  it('in a project folder: upload, list and config refused with exit 2, the file named, nothing sent, no secret shown', async () => {
    put(scmrc(), CREDS);
    const before = await total();
    for (const args of [upload('cloned'), ['list'], ['config']]) {
      const r = await scm(args);
      expect([r.code, r.stdout], args[0]).toEqual([2, '']);
      expect(r.stderr, args[0]).toContain(
        `scm: refusing credentials from ${scmrc()}: a config file found by searching may not choose the account scm signs in to (an upload carries the private key); nothing was sent\n` +
          `hint: keep \`ak\`/\`sk\` in the user file (${join(home(), '.config', 'scm', 'config.yaml')}) or in the environment (HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK), or name the file with --config ${scmrc()} (or SCM_CONFIG) to trust it\n`,
      );
      expect(r.stderr).not.toContain(TEST_SK);
    }
    const zh = await scm(upload('cloned'), { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`拒绝使用 ${scmrc()} 中的凭证：搜索到的配置文件不能决定 scm 登录哪个账号（上传会带上私钥）；没有发出任何请求`);
    expect(await total()).toBe(before);
  });

  it('an authToken in a project file is refused the same way', async () => {
    put(scmrc(), `authToken: ${TEST_TOKEN}\n`);
    const before = await total();
    const r = await scm(['list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`scm: refusing credentials from ${scmrc()}`);
    expect(r.stderr).not.toContain(TEST_TOKEN);
    expect(await total()).toBe(before);
  });

  it('the same file named with --config (or SCM_CONFIG) is trusted: the upload is made', async () => {
    put(scmrc(), CREDS);
    for (const env of [{}, { SCM_CONFIG: scmrc() }]) {
      await t.emu().reset();
      const r = await scm(Object.keys(env).length ? upload('named-env') : [...upload('named'), '--config', scmrc()], env);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect((await t.emu().state()).certificates.map((c) => c.name)).toEqual([Object.keys(env).length ? 'named-env' : 'named']);
    }
  });

  it('$HOME/.scmrc itself (no clone can put a file there) is used', async () => {
    put(join(home(), '.scmrc'), CREDS);
    const r = await scm(upload('home'));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect((await t.emu().state()).certificates.map((c) => c.name)).toEqual(['home']);
  });

  it('credentials from the environment come first: the project file\'s are not used, nothing is refused', async () => {
    put(scmrc(), 'ak: ATTACKERAK000000000\nsk: attacker-secret-0000000000\n');
    const r = await scm(upload('env'), { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect((await t.emu().state()).certificates.map((c) => c.name)).toEqual(['env']);
  });
});
