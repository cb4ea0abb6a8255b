// `scm rotate` through the built binary when a step after the deployments fails: the ListDeployedResources
// that verifies them (503 after retries: the rows say the look-up failed, never is_error; every old certificate
// is reported kept, in the text's OLD block and in --json `kept`; deploymentUnknown has ALL/"*", never blank
// fields; the hint says the deploy happened and that the same command again finishes), and the notification
// request of --disable-notifications (the old certificate's line says its e-mails are still on and how to turn
// them off).
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('rotate-after', { bundle: false });
const { run } = cliRecorder(() => t.env());
const OLD = 'scs9400000000001';
const NEW = 'scs9400000000002';
const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString();
const said = (stderr: string): string[] => stderr.split('\n').filter((l) => l && !l.endsWith(' ...') && !l.endsWith('…'));

beforeEach(async () => {
  await t.emu.seed({
    certificates: [
      { id: OLD, name: 'x1', domain: 'x.example.org', sans: ['x.example.org'], not_after: inDays(30) },
      { id: NEW, name: 'x2', domain: 'x.example.org', sans: ['x.example.org'], not_after: inDays(150) },
    ],
    resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-x', certificate_id: OLD }],
  });
});

describe('the check after the deployments fails', () => {
  beforeEach(async () => t.emu.fault({ op: 'deployed-resources', status: 503, after: 1, times: 10 }));

  it('text: the row says the look-up failed (not is_error), the old certificate is kept, the hint says a rerun finishes', async () => {
    const r = await run(['rotate', OLD, '--to', NEW, '--delete-old', '--retries', '0']);
    expect(r.code).toBe(5);
    expect(r.stdout).not.toContain('is_error');
    expect(r.stdout).toMatch(new RegExp(`ELB +cn-north-4 +elb-x +${OLD} +unknown +SCM accepted the deployment; not verified: the look-up of where certificates are deployed failed\n`));
    expect(r.stdout).toContain(`OLD\n${OLD}: kept: whether anything still uses it could not be checked (the look-up failed)\n`);
    const lines = said(r.stderr);
    expect(lines.at(-2)).toMatch(new RegExp(`^scm: SCM accepted ${NEW} for 1 of 1 resource, but the look-up of where the certificates are deployed now failed: .*; the old certificates were kept$`));
    expect(lines.at(-1)).toBe('hint: the deployments were made; run the same command again: it checks where each certificate is, deploys only what is left, then deals with the old certificates');
    expect((await t.emu.state()).certificates.map((c) => c.id)).toContain(OLD);

    // The same command again finishes: verified, the old one deleted.
    await fetch(`${t.emu.url}/_emulator/faults`, { method: 'DELETE' });
    const again = await run(['rotate', OLD, '--to', NEW, '--delete-old', '--retries', '0']);
    expect(again.code, again.stderr).toBe(0);
    expect((await t.emu.state()).certificates.map((c) => c.id)).toEqual([NEW]);
  });

  it('--json: kept lists the old certificate, deploymentUnknown is ALL "*", never blank', async () => {
    const r = await run(['rotate', OLD, '--to', NEW, '--delete-old', '--retries', '0', '--json']);
    expect(r.code).toBe(5);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({
      status: 'incomplete', deleted: [],
      kept: [{ id: OLD, reason: 'not-verified', message: 'kept: whether anything still uses it could not be checked (the look-up failed)' }],
      deploymentUnknown: [{ certificateId: OLD, service: 'ALL', region: '*' }],
    });
    expect(doc.resources).toMatchObject([{ resource: 'elb-x', result: 'unknown', reason: 'not-checked' }]);
    const err = JSON.parse(r.stderr.trim().split('\n').pop()!).error;
    expect(err).toMatchObject({ exitCode: 5, hint: expect.stringContaining('run the same command again') });
  });

  it('Chinese: the row, the OLD line and the hint', async () => {
    const zh = await run(['rotate', OLD, '--to', NEW, '--delete-old', '--retries', '0', '--lang', 'zh']);
    expect(zh.stdout).toContain(`${OLD}：保留：无法核实是否仍有资源在使用它（查询失败）`);
    expect(zh.stdout).toContain('SCM 已接受部署；尚未核实：查询证书部署位置的请求失败');
    expect(said(zh.stderr).at(-1)).toBe('提示：部署已经完成；再次运行同一命令即可：它会先核实每张证书的部署位置，只部署剩下的资源，再处理旧证书');
  });
});

describe('--disable-notifications whose request fails', () => {
  beforeEach(async () => t.emu.fault({ op: 'notification-disable', status: 500, times: 10 }));

  it('the old certificate\'s line says its e-mails are still on and how to turn them off; exit as the failure; a rerun finishes', async () => {
    const r = await run(['rotate', OLD, '--to', NEW, '--disable-notifications', '--retries', '0']);
    expect(r.code).toBe(5);
    expect(r.stdout).toContain(`${OLD}: no longer used (add --delete-old to delete it); expiry e-mails still on: turning them off failed (scm notify off ${OLD})\n`);
    const lines = said(r.stderr);
    expect(lines.at(-2)).toMatch(new RegExp(`^scm: the expiry e-mails of ${OLD} could not be turned off: .+; they are still on$`));
    expect(lines.at(-1)).toBe(`hint: everything else is done; scm notify off ${OLD} turns them off, as does the same command run again`);
    expect((await t.emu.state()).certificates.find((c) => c.id === OLD)!.notifications).toEqual({ CERT_EXPIRING: true, CERT_EXPIRED: true });

    await fetch(`${t.emu.url}/_emulator/faults`, { method: 'DELETE' });
    const again = await run(['rotate', OLD, '--to', NEW, '--disable-notifications', '--retries', '0']);
    expect(again.code, again.stderr).toBe(0);
    expect((await t.emu.state()).certificates.find((c) => c.id === OLD)!.notifications).toEqual({ CERT_EXPIRING: false, CERT_EXPIRED: false });
  });

  it('a 404 that is not SCM\'s (a proxy page, no code) is no "not held": the e-mails are said to be still on', async () => {
    const OLD2 = 'scs9400000000003';
    await t.emu.seed({ certificates: [{ id: OLD2, name: 'x3', domain: 'x.example.org', sans: ['x.example.org'], not_after: inDays(20) }] });
    await fetch(`${t.emu.url}/_emulator/faults`, { method: 'DELETE' });
    // Two ids: after a "not held" for the pair, scm asks one by one, where a proxy's 404 was skipped as not held.
    await t.emu.fault({ op: 'notification-disable', times: 10, answer: { status: 404, body: {} } });
    const r = await run(['rotate', OLD, OLD2, '--to', NEW, '--disable-notifications', '--retries', '0', '--json']);
    expect(r.code).toBe(4);
    expect(JSON.parse(r.stdout)).toMatchObject({ notificationsDisabled: [], notificationsStillOn: [OLD, OLD2] });
  });

  it('--json lists it in notificationsStillOn; Chinese says the same', async () => {
    const r = await run(['rotate', OLD, '--to', NEW, '--disable-notifications', '--retries', '0', '--json']);
    expect(r.code).toBe(5);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'complete', notificationsDisabled: [], notificationsStillOn: [OLD], kept: [{ id: OLD, reason: 'not-asked' }] });
    const zh = await run(['rotate', OLD, '--to', NEW, '--disable-notifications', '--retries', '0', '--lang', 'zh']);
    expect(zh.stdout).toContain(`${OLD}：已不再使用（加 --delete-old 可删除）；到期通知仍然开启：关闭失败（\`scm notify off ${OLD}\`）\n`);
    expect(said(zh.stderr).at(-1)).toBe(`提示：其余步骤均已完成；运行 \`scm notify off ${OLD}\` 即可关闭，再次运行同一命令也可以`);
  });
});
