// The shipped hooks' own lines (contrib/certbot/deploy-hook.sh, contrib/acme.sh/scm.sh) speak the language scm
// speaks: under LANG=zh_CN.UTF-8 (or `lang: zh` in scm's config file) the success line, the `scm prune` prefix
// and the failure explanation are Chinese, so that certbot's log is not half English; English stays English.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withHookEmulator } from '../helpers/hook-suite.js';
import { runProgram } from '../helpers/pebble.js';
import { ACME_SH_HOOK, ACME_SH_STUBS, CERTBOT_HOOK } from '../helpers/hooks.js';

// Every run names its LANG (the English default of hookEnv is never relied on here).
const t = withHookEmulator('hook-lang');
const env = t.hookEnv;

describe('contrib/certbot/deploy-hook.sh', () => {
  it('LANG=zh_CN.UTF-8: the success line and the prune summary are Chinese', async () => {
    const r = await runProgram(CERTBOT_HOOK, [], { env: env({ LANG: 'zh_CN.UTF-8', SCM_HOOK_PRUNE: 'yes' }) });
    expect(r.code, r.stderr).toBe(0);
    const id = (await t.emu.state()).certificates[0]!.id;
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`scm: example.com 已在 SCM 中，ID 为 ${id}`);
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^scm prune：\S*[\u4e00-\u9fff]/)]);
    expect(r.stderr).toBe('');
  });

  it('LANG=zh_CN.UTF-8: a failure is explained in Chinese (exit 5, SCM unreachable)', async () => {
    const r = await runProgram(CERTBOT_HOOK, [], { env: env({ LANG: 'zh_CN.UTF-8', SCM_ENDPOINT: 'http://127.0.0.1:9', SCM_HOOK_NAME: 'other-name' }), timeoutMs: 60_000 });
    expect(r.code).toBe(5);
    expect(r.stderr.trim().split('\n').pop()).toBe(`scm 部署钩子：上传 ${t.b.dir} 失败（退出码 5）：网络故障或 SCM 不可用（上面的提示说明了可能已完成的操作以及如何完成；certbot 不会为这张证书再次运行此钩子）`);
  }, 90_000);

  it('lang: zh in scm\'s config file, with an English locale: Chinese too, as scm itself speaks', async () => {
    const home = join(t.dir, 'home-zh');
    mkdirSync(join(home, '.config', 'scm'), { recursive: true });
    writeFileSync(join(home, '.config', 'scm', 'config.json'), '{"lang":"zh"}\n', { mode: 0o600 });
    const r = await runProgram(CERTBOT_HOOK, [], { env: env({ LANG: 'C.UTF-8', HOME: home, HUAWEICLOUD_SDK_SK: 'wrong-secret-key-000000', SCM_HOOK_NAME: 'other-name' }) });
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n').pop()).toBe(`scm 部署钩子：上传 ${t.b.dir} 失败（退出码 3）：凭证缺失或被拒绝（请运行 \`scm config\` 检查）`);
  });

  it('LANG=zh_CN.UTF-8: a push failing after the upload: the id line is Chinese too', async () => {
    await t.emu.fault({ op: 'push', status: 400, times: 4 });
    const r = await runProgram(CERTBOT_HOOK, [], { env: env({ LANG: 'zh_CN.UTF-8', SCM_HOOK_PUSH: 'ELB:cn-north-4' }) });
    await fetch(`${t.emu.url}/_emulator/faults`, { method: 'DELETE' });
    expect(r.code).toBe(4);
    const id = (await t.emu.state()).certificates[0]!.id;
    expect(r.stdout).toBe(`scm: example.com 已在 SCM 中，ID 为 ${id}\n`);
    expect(r.stderr.trim().split('\n').pop()).toMatch(/^scm 部署钩子：.* 已上传（在 SCM 中的 ID 为 scs\d{13}），但随后的推送失败（退出码 4）/);
  });

  it('LANG=C.UTF-8: English, as before', async () => {
    const r = await runProgram(CERTBOT_HOOK, [], { env: env({ LANG: 'C.UTF-8' }) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^scm: example\.com is in SCM as scs\d{13}\n$/);
  });
});

describe('contrib/acme.sh/scm.sh', () => {
  const deploy = (extra: Record<string, string>) => runProgram('sh', ['-c', `${ACME_SH_STUBS}. "$HOOK"\nscm_deploy "$@"`, 'acme.sh', 'example.com', t.b.key, t.b.cert, t.b.chain, t.b.fullchain], {
    env: { ...env({ LANG: 'zh_CN.UTF-8', HOOK: ACME_SH_HOOK }), ...extra }, timeoutMs: 60_000,
  });

  it('LANG=zh_CN.UTF-8: its success and failure lines are Chinese', async () => {
    const ok = await deploy({});
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^\[info\] example\.com 的证书已在 SCM 中，ID 为 scs\d{13}\n$/);
    const bad = await deploy({ HUAWEICLOUD_SDK_SK: 'wrong-secret-key-000000', DEPLOY_SCM_NAME: 'other-name' });
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n').pop()).toBe('[err] scm 上传 example.com 的证书失败（退出码 3；1：离线检查未通过，2：用法或配置有误，3：凭证问题，4：SCM 拒绝，5：网络故障）');
  });

  it('LANG=zh_CN.UTF-8: a push failing after the upload: the id line is Chinese', async () => {
    await t.emu.fault({ op: 'push', status: 400, times: 4 });
    const r = await deploy({ DEPLOY_SCM_PUSH: 'ELB:cn-north-4' });
    await fetch(`${t.emu.url}/_emulator/faults`, { method: 'DELETE' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\[info\] example\.com 的证书已在 SCM 中，ID 为 scs\d{13}\n$/);
  });
});
