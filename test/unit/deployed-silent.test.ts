// A ListDeployedResources result that names the certificate but proves nothing (every member of the SDK's
// result is optional: `{"certificate_id": ID}` alone, total_num and deployed_resources null or spelled
// otherwise) is "unknown", never "not deployed"; and two results for one id that disagree never let the more
// permissive one win. hunt4-api finding 4, hunt4-life finding 4.
import { describe, expect, it } from 'vitest';
import { deploymentsOf, parseDeployed, presenceAt } from '../../src/api/deployed.js';
import { executePush } from '../../src/api/push.js';
import { deleteReasonText, deploymentJson, deploymentState, planDelete, planPrune, toRow } from '../../src/core/inventory/index.js';
import { checkPush } from '../../src/core/push/index.js';
import { planCleanup } from '../../src/core/rotate/index.js';
import { parseFault } from '../../src/emulator/faults.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulatorWithCert } from '../helpers/in-process.js';

const at = useEmulatorWithCert('silent');
const ops = () => at.emu.store.requests.byOperation;
const looks = (body: unknown, times = 1) => at.emu.faults.add([parseFault({ op: 'deployed-resources', times, answer: { status: 200, body } })]);
const listed = (id: string) => ({ certificate_id: id, total_num: 1, deployed_resources: [{ service: 'ELB', resource_num: 1, region_resources: [{ region_id: 'cn-north-4', resources: [{ resource_id: 'e1', resource_name: 'lb' }] }] }] });
const zero = (id: string) => ({ certificate_id: id, total_num: 0, deployed_resources: [] });
const keep = (s: string) => s;

describe('a result that says nothing about use', () => {
  it('the id alone, nulls, or the members spelled otherwise: unknown; an explicit 0 or [] is not deployed', () => {
    const state = (r: Record<string, unknown>) => deploymentState(parseDeployed({ results: [{ certificate_id: 'scs1', ...r }] }, keep)![0]);
    expect([{}, { total_num: null, deployed_resources: null }, { Total_Num: 2, Deployed_Resources: [] }, { total_num: 'many' }].map(state)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect([{ total_num: 0 }, { total_num: '0' }, { deployed_resources: [] }, { total_num: 0, deployed_resources: [] }].map(state)).toEqual(['not-deployed', 'not-deployed', 'not-deployed', 'not-deployed']);
  });

  it('delete refuses it and says why (--force deletes); prune and rotate keep it; --json shows ALL/*', async () => {
    const { client } = await testClient(at.emu.url);
    looks({ results: [{ certificate_id: at.cert }] });
    const map = await deploymentsOf(client, [at.cert]);
    const [d] = planDelete([at.cert], map, { force: false });
    expect([d!.action, d!.reason, deploymentJson(map.get(at.cert)).deploymentUnknown]).toEqual(['refuse', 'deployment-unknown', [{ service: 'ALL', region: '*' }]]);
    expect([deleteReasonText(d!, 'en'), deleteReasonText(d!, 'zh')]).toEqual([
      "SCM's result for it gives neither a count nor a list of resources, so where it is deployed is not known; try again later, or --force",
      'SCM 对它的结果既没有数量也没有资源列表，不清楚它部署在哪里；请稍后再试，或加 --force',
    ]);
    expect(planDelete([at.cert], map, { force: true })[0]!.forced).toBe(true);
    const rows = ['scs9999999999999', at.cert, 'scs1000000000000'].map((id, i) => toRow({ id, name: id, domain: 'a.test', sans: 'a.test', expire_time: `2026-0${9 - i}-01 00:00:00.0`, status: 'UPLOAD' }));
    const pruned = planPrune(rows, { domain: 'a.test', keep: 1, expiredOnly: false, now: new Date('2026-06-01T00:00:00Z') }, map);
    expect(pruned.find((e) => e.row.id === at.cert)).toMatchObject({ action: 'keep', reason: 'deployment-unknown' });
    const cleanup = planCleanup({ oldIds: [at.cert], after: map, status: 'complete', deleteOld: true, disableNotifications: false, purchased: new Set() });
    expect(cleanup.map((e) => [e.action, e.reason])).toEqual([['keep', 'deployment-unknown']]);
    expect(presenceAt(map.get(at.cert), { service: 'ELB', region: 'cn-north-4' })).toBe('unknown');
  });

  it('push after a 504: SCM says nothing about the certificate: failed, not pushed a second time', async () => {
    at.emu.faults.add([parseFault({ op: 'push', status: 504 })]);
    looks({ results: [{ certificate_id: at.cert, total_num: null, deployed_resources: null }] });
    const { client } = await testClient(at.emu.url);
    const out = await executePush(client, checkPush({ id: at.cert, service: 'ELB', projects: ['cn-north-4'] }).plan!);
    expect(out.rows.map((r) => [r.result, r.message])).toEqual([['failed', expect.stringMatching(/^SCM's result for it gives neither a count nor a list of resources.*not pushed, to avoid a second copy$/)]]);
    expect([ops().push, ops()['deployed-resources']]).toEqual([1, 1]);
  });
});

describe('two results for one id that disagree', () => {
  it('"deployed" wins over "not deployed" in either order; "unknown" wins over "not deployed"', async () => {
    const { client } = await testClient(at.emu.url);
    const state = async (results: unknown[]) => (looks({ results }), deploymentState((await client.deployedResources([at.cert]))[0]));
    expect(await state([zero(at.cert), listed(at.cert)])).toBe('deployed');
    expect(await state([listed(at.cert), zero(at.cert)])).toBe('deployed');
    expect(await state([zero(at.cert), { certificate_id: at.cert }])).toBe('unknown');
    expect(await state([{ certificate_id: at.cert }, zero(at.cert)])).toBe('unknown');
    expect(await state([{ certificate_id: at.cert }, listed(at.cert)])).toBe('deployed');
    expect(await state([zero(at.cert), { ...zero(at.cert), total_num: 2 }])).toBe('unknown');
    looks({ results: [zero(at.cert), listed(at.cert), listed(at.cert)] });
    const [d] = await client.deployedResources([at.cert]);
    expect([d!.resources.length, planDelete([at.cert], new Map([[at.cert, d!]]), { force: false })[0]!.action]).toEqual([1, 'refuse']);
  });
});
