// The hooks' yes/no settings (SCM_HOOK_ROTATE, SCM_HOOK_PRUNE; acme.sh's DEPLOY_SCM_ROTATE) as people write them
// in certbot's environment or a systemd unit: `true`, `1`, `Yes` turn them on as `yes` does, where they were
// taken for "no" without a word (a renewal that only uploaded, the older certificate left deployed until it
// expired); a value that is neither stops the hook with exit 2 naming the setting, before anything is sent.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { leaveWorld, rotationWorld, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';
import { runProgram, scmOnPath } from '../helpers/pebble.js';
import { ACME_SH_HOOK, ACME_SH_STUBS, CERTBOT_HOOK } from '../helpers/hooks.js';
import { requireTool } from '../helpers/tools.js';

let emu: RunningEmulator;
let dir: string;
let old: Bundle;
let fresh: Bundle;
let pathDir: string;
let oldId: string;
beforeAll(async () => {
  ({ dir, old, fresh, emu } = await rotationWorld('hook-yes-no'));
  pathDir = scmOnPath(dir);
}, 60_000);
afterAll(() => leaveWorld(emu, dir));
beforeEach(async () => {
  await emu.reset();
  [oldId] = (await emu.seed({ certificates: [{ name: 'example-old', pem: readFileSync(old.cert, 'utf8'), chain: readFileSync(old.chain, 'utf8'), private_key: old.keyPem }] })).certificates as [string];
  await emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1', certificate_id: oldId }] });
});

const env = (extra: Record<string, string>) => ({
  PATH: `${pathDir}:${process.env.PATH}`, HOME: dir, LANG: 'C.UTF-8', NO_COLOR: '1',
  HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, ...extra,
});
const elbHolds = async () => (await emu.state()).resources.find((x) => x.id === 'elb-1')!.certificateId;

describe('contrib/certbot/deploy-hook.sh', () => {
  const certbot = (extra: Record<string, string>) => runProgram(CERTBOT_HOOK, [], { env: env({ RENEWED_LINEAGE: fresh.dir, RENEWED_DOMAINS: 'example.com', ...extra }) });

  it.each(['true', '1', 'Yes', 'on'])('SCM_HOOK_ROTATE=%s rotates, as yes does', async (value) => {
    const r = await certbot({ SCM_HOOK_ROTATE: value });
    expect(r.code, r.stderr).toBe(0);
    expect(await elbHolds()).not.toBe(oldId);
  });

  it.each(['false', '0', 'No', ''])('SCM_HOOK_ROTATE=%s does not', async (value) => {
    const r = await certbot({ SCM_HOOK_ROTATE: value });
    expect(r.code, r.stderr).toBe(0);
    expect(await elbHolds()).toBe(oldId);
  });

  it('SCM_HOOK_ROTATE=maybe: exit 2 naming the setting, nothing sent', async () => {
    const r = await certbot({ SCM_HOOK_ROTATE: 'maybe' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("scm deploy hook: SCM_HOOK_ROTATE must be yes or no (also true/false, 1/0, on/off), not 'maybe'; nothing was sent\n");
    expect((await emu.state()).requests.total ?? 0).toBe(0);
  });

  it('SCM_HOOK_ROTATE=yes with SCM_HOOK_PUSH: rotates, and says the push targets are not used (they were dropped without a word)', async () => {
    const r = await certbot({ SCM_HOOK_ROTATE: 'yes', SCM_HOOK_PUSH: 'WAF:cn-north-4' });
    expect(r.code, r.stderr).toBe(0);
    expect(await elbHolds()).not.toBe(oldId);
    expect(r.stderr).toBe('scm deploy hook: SCM_HOOK_PUSH (WAF:cn-north-4) is not used with SCM_HOOK_ROTATE=yes: the rotation deploys the certificate where the older ones are\n');
    const zh = await certbot({ SCM_HOOK_ROTATE: 'yes', SCM_HOOK_PUSH: 'WAF:cn-north-4', LANG: 'zh_CN.UTF-8' });
    expect(zh.stderr).toBe('scm 部署钩子：SCM_HOOK_ROTATE=yes 时不使用 SCM_HOOK_PUSH（WAF:cn-north-4）：轮换会把证书部署到旧证书所在的位置\n');
  });

  it('SCM_HOOK_PRUNE=maybe, in Chinese', async () => {
    const r = await certbot({ SCM_HOOK_PRUNE: 'maybe', LANG: 'zh_CN.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('scm 部署钩子：SCM_HOOK_PRUNE 的值应为 yes 或 no（也可以是 true/false、1/0、on/off），而不是“maybe”；没有发送任何请求\n');
  });
});

describe('contrib/acme.sh/scm.sh', () => {
  const deploy = (extra: Record<string, string>) => runProgram(requireTool('bash') ?? 'bash', ['-c', `${ACME_SH_STUBS}\n. "$HOOK"\nscm_deploy "$@"`, 'acme.sh', 'example.com', fresh.key, fresh.cert, fresh.chain, fresh.fullchain], {
    env: env({ HOOK: ACME_SH_HOOK, ...extra }), timeoutMs: 30_000,
  });

  it('DEPLOY_SCM_ROTATE=true rotates, as yes does', async () => {
    const r = await deploy({ DEPLOY_SCM_ROTATE: 'true' });
    expect(r.code, r.stderr).toBe(0);
    expect(await elbHolds()).not.toBe(oldId);
  });

  it('DEPLOY_SCM_ROTATE=yes with DEPLOY_SCM_PUSH: rotates, and says the push targets are not used', async () => {
    const r = await deploy({ DEPLOY_SCM_ROTATE: 'yes', DEPLOY_SCM_PUSH: 'CDN' });
    expect(r.code, r.stderr).toBe(0);
    expect(await elbHolds()).not.toBe(oldId);
    expect(r.stdout).toContain('[info] DEPLOY_SCM_PUSH (CDN) is not used with DEPLOY_SCM_ROTATE=yes: the rotation deploys the certificate where the older ones are\n');
  });

  it('DEPLOY_SCM_ROTATE=maybe: the deploy fails naming the setting, nothing sent', async () => {
    const r = await deploy({ DEPLOY_SCM_ROTATE: 'maybe' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("[err] DEPLOY_SCM_ROTATE must be yes or no (also true/false, 1/0, on/off), not 'maybe'; nothing was sent\n");
    expect((await emu.state()).requests.total ?? 0).toBe(0);
  });
});
