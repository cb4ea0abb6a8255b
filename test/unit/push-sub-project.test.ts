// The sub-project rule of an ensure push (api/push-run.ts settle, regionCovers), in process: SCM's
// ListDeployedResources names regions, so a copy made in cn-north-4_sub is listed under cn-north-4. A sub-project
// counts as holding the certificate when its region lists as many copies as the push names projects there; a
// rerun then pushes nothing and says why, in both languages; with fewer copies the sub-project is pushed.
// (test/e2e/push-sub-project.test.ts runs the same through the built binary; this one is what Stryker can see.)
import { describe, expect, it } from 'vitest';
import { executePush } from '../../src/api/push.js';
import { checkPush, type PushPlan } from '../../src/core/push/index.js';
import { parseFault } from '../../src/emulator/faults.js';
import { seed } from '../../src/emulator/seed.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulatorWithCert } from '../helpers/in-process.js';

const at = useEmulatorWithCert('push-sub-project');

const plan = (service: string, projects: string[]): PushPlan => checkPush({ id: at.cert, service, projects }).plan!;
const rows = (out: { rows: Array<{ project: string; result: string; ok: boolean }> }) => out.rows.map((r) => [r.project, r.result, r.ok]);

describe('ensure push to a sub-project', () => {
  it('ELB:cn-north-4_sub: pushed once; the rerun takes the copy listed in cn-north-4 and says so (en, zh)', async () => {
    const { client } = await testClient(at.emu.url);
    expect(rows(await executePush(client, plan('ELB', ['cn-north-4_sub']), { ensure: true }))).toEqual([['cn-north-4_sub', 'pushed', true]]);
    const again = await executePush(client, plan('ELB', ['cn-north-4_sub']), { ensure: true });
    expect(again.rows).toMatchObject([{ project: 'cn-north-4_sub', result: 'present', ok: true, message: 'already deployed in cn-north-4, and SCM lists regions, not sub-projects: not pushed again' }]);
    const zh = await testClient(at.emu.url, { lang: 'zh' });
    expect((await executePush(zh.client, plan('ELB', ['cn-north-4_sub']), { ensure: true })).rows[0]!.message).toBe('已部署在 cn-north-4，而 SCM 只列出区域、不区分子项目，不再重复推送');
    expect(at.emu.store.requests.byOperation.push ?? 0).toBe(1);
    // Only the projects of its region count against the copies listed there: cn-east-3 beside it changes nothing.
    expect(rows(await executePush(client, plan('ELB', ['cn-north-4_sub', 'cn-east-3']), { ensure: true }))).toEqual([['cn-north-4_sub', 'present', true], ['cn-east-3', 'pushed', true]]);
  });

  it('a copy in another region is none of cn-north-4\'s: with the region\'s one copy, its sub-project is still pushed', async () => {
    const { client } = await testClient(at.emu.url);
    expect(rows(await executePush(client, plan('ELB', ['cn-north-4', 'cn-east-3']), { ensure: true }))).toEqual([['cn-north-4', 'pushed', true], ['cn-east-3', 'pushed', true]]);
    expect(rows(await executePush(client, plan('ELB', ['cn-north-4', 'cn-north-4_sub']), { ensure: true }))).toEqual([['cn-north-4', 'present', true], ['cn-north-4_sub', 'pushed', true]]);
  });

  it('its region flagged is_error: SCM cannot tell, so nothing is pushed there (a failed row, unknown)', async () => {
    seed(at.emu.store, { unreliable: [{ service: 'ELB', region: 'cn-north-4' }] }, new Date());
    const { client } = await testClient(at.emu.url);
    const out = await executePush(client, plan('ELB', ['cn-north-4_sub']), { ensure: true });
    expect(out.rows.map((r) => [r.project, r.result, r.ok, r.unknown ?? false])).toEqual([['cn-north-4_sub', 'failed', false, true]]);
    expect(at.emu.store.requests.byOperation.push ?? 0).toBe(0);
  });

  it('scm push to a sub-project whose answer was lost: the look-up finds the copy made, said as recovered, not as "already deployed"', async () => {
    at.emu.faults.add([parseFault({ op: 'push', action: 'drop-after-commit' })]);
    const { client } = await testClient(at.emu.url);
    const out = await executePush(client, plan('ELB', ['cn-north-4_sub']));
    expect(out.rows).toEqual([{ project: 'cn-north-4_sub', ok: true, result: 'recovered', message: 'the answer was lost; ListDeployedResources shows it there' }]);
    expect(at.emu.store.requests.byOperation.push).toBe(1);
  });

  it('the region and its sub-project, one copy listed: the region is present, the sub-project pushed; then both present', async () => {
    const { client } = await testClient(at.emu.url);
    expect(rows(await executePush(client, plan('WAF', ['cn-north-4']), { ensure: true }))).toEqual([['cn-north-4', 'pushed', true]]);
    const both = await executePush(client, plan('WAF', ['cn-north-4', 'cn-north-4_sub']), { ensure: true });
    expect(rows(both)).toEqual([['cn-north-4', 'present', true], ['cn-north-4_sub', 'pushed', true]]);
    expect(both.rows[0]!.message).toBe('already deployed there: not pushed again');
    expect(rows(await executePush(client, plan('WAF', ['cn-north-4', 'cn-north-4_sub']), { ensure: true }))).toEqual([['cn-north-4', 'present', true], ['cn-north-4_sub', 'present', true]]);
  });
});
