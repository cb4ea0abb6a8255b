// The shipped hooks' last line names the step that failed: when the upload worked and the push or the rotation
// after it did not, certbot's and acme.sh's logs say so (with the id the certificate has in SCM), rather than
// "upload of X failed", which sends the operator to the wrong step. A rerun's rotation names the id SCM held the
// certificate under already (scm prints it first), a deployment refused for the credentials (exit 3) is the
// rotation's failure too, and a rotation refused offline (exit 1, no rows) is no failed upload: nothing was sent.
// The exit codes stay scm's (certbot) and 1 (acme.sh). lego runs scm itself, whose own lines already name the push
// or the rotation.
import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withHookEmulator } from '../helpers/hook-suite.js';
import { runProgram } from '../helpers/pebble.js';
import { ACME_SH_HOOK, ACME_SH_STUBS, CERTBOT_HOOK } from '../helpers/hooks.js';

const t = withHookEmulator('hook-step');
const env = t.hookEnv;
const lastLine = (s: string): string => s.trim().split('\n').pop()!;
const newId = async (old?: string) => (await t.emu.state()).certificates.find((c) => c.id !== old)!.id;

/** An older certificate for example.com on a WAF instance that refuses the new one. */
async function failingRotation(): Promise<string> {
  const { certificates: [older] } = await t.emu.seed({ certificates: [{ name: 'older', domain: 'example.com', sans: ['example.com'] }] });
  await t.emu.seed({ resources: [{ service: 'WAF', project: 'cn-north-4', id: 'step-waf', certificate_id: older }] });
  return older!;
}
/** An older certificate that also covers other.example.com, on that CDN domain: the new one cannot replace it there. */
async function rotationRefused(): Promise<void> {
  const { certificates: [wide] } = await t.emu.seed({ certificates: [{ name: 'wide', domain: 'example.com', sans: ['example.com', 'other.example.com'] }] });
  await t.emu.seed({ resources: [{ service: 'CDN', id: 'other.example.com', certificate_id: wide }] });
}
/** The bundle's certificate beside a key of its own: key-mismatch, exit 1 offline. */
function mismatched(): string {
  const dir = join(t.dir, 'mismatched');
  mkdirSync(dir, { recursive: true });
  copyFileSync(t.b.fullchain, join(dir, 'fullchain.pem'));
  writeFileSync(join(dir, 'privkey.pem'), generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
  return dir;
}
const refuseDeploy = () => t.emu.fault({ op: 'deploy', times: 4, fail_resources: ['step-waf'], error_msg: 'WAF.00011005 The certificate is in use.' });

describe('contrib/certbot/deploy-hook.sh', () => {
  const hook = (extra: Record<string, string>) => runProgram(CERTBOT_HOOK, [], { env: env(extra), timeoutMs: 60_000 });

  it('a push failing after the upload: the last line names the push and the id, exit 4', async () => {
    await t.emu.fault({ op: 'push', status: 400, times: 4 });
    const r = await hook({ SCM_HOOK_PUSH: 'ELB:cn-north-4' });
    expect(r.code).toBe(4);
    expect(lastLine(r.stderr)).toBe(`scm deploy hook: ${t.b.dir} was uploaded (in SCM as ${await newId()}), but the push after it failed (exit 4): SCM refused the push (the lines above say why)`);
  });

  it('in Chinese too', async () => {
    await t.emu.fault({ op: 'push', status: 400, times: 4 });
    const r = await hook({ SCM_HOOK_PUSH: 'ELB:cn-north-4', LANG: 'zh_CN.UTF-8' });
    expect(r.code).toBe(4);
    expect(lastLine(r.stderr)).toBe(`scm 部署钩子：${t.b.dir} 已上传（在 SCM 中的 ID 为 ${await newId()}），但随后的推送失败（退出码 4）：SCM 拒绝了推送（原因见上文）`);
  });

  it('a rotation failing after the upload: the last line names the rotation and the new id; rerun (nothing uploaded), it says the certificate is in SCM already, with its id', async () => {
    const older = await failingRotation();
    await refuseDeploy();
    const r = await hook({ SCM_HOOK_ROTATE: 'yes', SCM_HOOK_WAF_TYPE: 'cloud' });
    expect(r.code).toBe(4);
    const id = await newId(older);
    expect(lastLine(r.stderr)).toBe(`scm deploy hook: ${t.b.dir} was uploaded (in SCM as ${id}), but the rotation to it failed (exit 4): a deployment failed and the old certificates were kept (the lines above say which)`);
    await refuseDeploy();
    const again = await hook({ SCM_HOOK_ROTATE: 'yes', SCM_HOOK_WAF_TYPE: 'cloud', LANG: 'zh_CN.UTF-8' });
    expect(again.code).toBe(4);
    expect(again.stdout).toMatch(new RegExp(`^已在 SCM 中（未再次上传）：example\\.com-\\d{8}，ID 为 ${id}\n`));
    expect(lastLine(again.stderr)).toBe(`scm 部署钩子：${t.b.dir} 已在 SCM 中（ID 为 ${id}），但轮换失败（退出码 4）：有部署失败，旧证书已保留（具体见上文）`);
    await refuseDeploy();
    const english = await hook({ SCM_HOOK_ROTATE: 'yes', SCM_HOOK_WAF_TYPE: 'cloud' });
    expect(lastLine(english.stderr)).toBe(`scm deploy hook: ${t.b.dir} is in SCM already (as ${id}), but the rotation to it failed (exit 4): a deployment failed and the old certificates were kept (the lines above say which)`);
  });

  it('a deployment refused for the credentials after the upload (exit 3): the rotation failed, not the upload', async () => {
    const older = await failingRotation();
    await t.emu.fault({ op: 'deploy', status: 403 });
    const r = await hook({ SCM_HOOK_ROTATE: 'yes', SCM_HOOK_WAF_TYPE: 'cloud' });
    expect(r.code).toBe(3);
    expect(lastLine(r.stderr)).toBe(`scm deploy hook: ${t.b.dir} was uploaded (in SCM as ${await newId(older)}), but the rotation to it failed (exit 3): credentials missing or refused (run: scm config)`);
  });

  it('a rotation SCM cannot confirm whole (exit 1, nothing failed): "is not confirmed yet", not "failed"', async () => {
    const older = await failingRotation();
    await t.emu.seed({ unreliable: [{ service: 'ELB', region: 'ap-southeast-1' }] });
    const r = await hook({ SCM_HOOK_ROTATE: 'yes', SCM_HOOK_WAF_TYPE: 'cloud' });
    expect(r.code, r.stderr).toBe(1);
    expect(lastLine(r.stderr)).toBe(`scm deploy hook: ${t.b.dir} was uploaded (in SCM as ${await newId(older)}), but the rotation to it is not confirmed yet (exit 1): nothing failed, but SCM cannot confirm yet that every resource uses it, so old certificates that may still be in use were kept (the lines above say which)`);
    const zh = await hook({ SCM_HOOK_ROTATE: 'yes', SCM_HOOK_WAF_TYPE: 'cloud', LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(1);
    expect(lastLine(zh.stderr)).toBe(`scm 部署钩子：${t.b.dir} 已在 SCM 中（ID 为 ${await newId(older)}），但轮换尚未得到确认（退出码 1）：没有失败，但 SCM 尚无法确认所有资源都已使用它，可能仍在使用的旧证书已保留（具体见上文）`);
  });

  it('a rotation refused offline (exit 1): nothing was uploaded or deployed, not "upload failed"; the exit-1 reason names no rotation check', async () => {
    await rotationRefused();
    const r = await hook({ SCM_HOOK_ROTATE: 'yes' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lastLine(r.stderr)).toBe(`scm deploy hook: nothing was uploaded or deployed for ${t.b.dir} (exit 1): the certificate, or the rotation to it, failed the offline checks (the lines above say why)`);
    const zh = await hook({ SCM_HOOK_ROTATE: 'yes', LANG: 'zh_CN.UTF-8' });
    expect(lastLine(zh.stderr)).toBe(`scm 部署钩子：没有为 ${t.b.dir} 上传或部署任何内容（退出码 1）：证书或对它的轮换未通过离线检查（原因见上文）`);
    expect((await t.emu.state()).certificates).toHaveLength(1);
  });

  it('the offline checks failing without rotate: the upload, and nothing about a rotation', async () => {
    const r = await hook({ RENEWED_LINEAGE: mismatched() });
    expect(r.code).toBe(1);
    expect(lastLine(r.stderr)).toBe(`scm deploy hook: upload of ${join(t.dir, 'mismatched')} failed (exit 1): the certificate failed the offline checks and nothing was sent (the lines above say why)`);
  });

  it('the upload itself failing still says the upload', async () => {
    await t.emu.fault({ op: 'import', status: 400, times: 4 });
    const r = await hook({ SCM_HOOK_PUSH: 'ELB:cn-north-4' });
    expect(r.code).toBe(4);
    expect(lastLine(r.stderr)).toMatch(/^scm deploy hook: upload of .* failed \(exit 4\): SCM rejected the request/);
  });
});

describe('contrib/acme.sh/scm.sh', () => {
  const deploy = (extra: Record<string, string>) => runProgram('sh', ['-c', `${ACME_SH_STUBS}. "$HOOK"\nscm_deploy "$@"`, 'acme.sh', 'example.com', t.b.key, t.b.cert, t.b.chain, t.b.fullchain], {
    env: { ...env({ HOOK: ACME_SH_HOOK }), ...extra }, timeoutMs: 60_000,
  });

  it('a push failing after the upload: the error names the push and the id', async () => {
    await t.emu.fault({ op: 'push', status: 400, times: 4 });
    const r = await deploy({ DEPLOY_SCM_PUSH: 'ELB:cn-north-4' });
    expect(r.code).toBe(1);
    expect(lastLine(r.stderr)).toBe(`[err] the certificate for example.com was uploaded (in SCM as ${await newId()}), but the scm push after it failed (exit 4; 4: SCM refused the push, 5: network)`);
  });

  it('a rotation failing after the upload: the error names the rotation and the new id; rerun, in Chinese, that it is in SCM', async () => {
    const older = await failingRotation();
    await refuseDeploy();
    const r = await deploy({ DEPLOY_SCM_ROTATE: 'yes', DEPLOY_SCM_WAF_TYPE: 'cloud' });
    expect(r.code).toBe(1);
    const id = await newId(older);
    expect(lastLine(r.stderr)).toBe(`[err] the certificate for example.com was uploaded (in SCM as ${id}), but the scm rotation to it failed (exit 4; 1: SCM cannot confirm every resource uses it yet, 3: the credentials were refused for a deployment, 4: a deployment failed and the old certificates were kept, 5: network)`);
    await refuseDeploy();
    const again = await deploy({ DEPLOY_SCM_ROTATE: 'yes', DEPLOY_SCM_WAF_TYPE: 'cloud', LANG: 'zh_CN.UTF-8' });
    expect(again.code).toBe(1);
    expect(lastLine(again.stderr)).toBe(`[err] example.com 的证书已在 SCM 中（ID 为 ${id}），但 scm 轮换失败（退出码 4；1：SCM 尚无法确认所有资源都已使用它，3：部署所用的凭证被拒绝，4：有部署失败，旧证书已保留，5：网络故障）`);
    await refuseDeploy();
    const english = await deploy({ DEPLOY_SCM_ROTATE: 'yes', DEPLOY_SCM_WAF_TYPE: 'cloud' });
    expect(lastLine(english.stderr)).toMatch(new RegExp(`^\\[err\\] the certificate for example\\.com is in SCM already \\(as ${id}\\), but the scm rotation to it failed \\(exit 4;`));
  });

  it('a deployment refused for the credentials after the upload: the rotation failed, not the upload', async () => {
    const older = await failingRotation();
    await t.emu.fault({ op: 'deploy', status: 403 });
    const r = await deploy({ DEPLOY_SCM_ROTATE: 'yes', DEPLOY_SCM_WAF_TYPE: 'cloud' });
    expect(r.code).toBe(1);
    expect(lastLine(r.stderr)).toMatch(new RegExp(`^\\[err\\] the certificate for example\\.com was uploaded \\(in SCM as ${await newId(older)}\\), but the scm rotation to it failed \\(exit 3;`));
  });

  it('a rotation SCM cannot confirm whole: "is not confirmed yet", not "failed"', async () => {
    const older = await failingRotation();
    await t.emu.seed({ unreliable: [{ service: 'ELB', region: 'ap-southeast-1' }] });
    const r = await deploy({ DEPLOY_SCM_ROTATE: 'yes', DEPLOY_SCM_WAF_TYPE: 'cloud' });
    expect(r.code).toBe(1);
    expect(lastLine(r.stderr)).toMatch(new RegExp(`^\\[err\\] the certificate for example\\.com was uploaded \\(in SCM as ${await newId(older)}\\), but the scm rotation to it is not confirmed yet \\(exit 1;`));
  });

  it('a rotation refused offline: nothing was uploaded or deployed, in both languages', async () => {
    await rotationRefused();
    const r = await deploy({ DEPLOY_SCM_ROTATE: 'yes' });
    expect(r.code).toBe(1);
    expect(lastLine(r.stderr)).toBe('[err] nothing was uploaded or deployed for example.com (exit 1): the certificate, or the scm rotation to it, failed the offline checks (the lines above say why)');
    const zh = await deploy({ DEPLOY_SCM_ROTATE: 'yes', LANG: 'zh_CN.UTF-8' });
    expect(lastLine(zh.stderr)).toBe('[err] 没有为 example.com 上传或部署任何内容（退出码 1）：证书或对它的 scm 轮换未通过离线检查（原因见上文）');
  });
});
