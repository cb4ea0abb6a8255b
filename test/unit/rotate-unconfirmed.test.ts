// A deployment whose answer was lost and whose outcome the look-up could not tell: executeDeploy marks the row
// `unconfirmed` (each of the three ways: the look-up failed, it cannot tell, the request may still run), never a
// rejection by SCM; the rotation's row is `failed` with reason `unconfirmed` (a rejection stays `rejected`),
// said in both languages.
import { beforeEach, describe, expect, it } from 'vitest';
import { executeDeploy } from '../../src/api/deploy.js';
import { checkDeploy, targetKey } from '../../src/core/deploy/index.js';
import type { DeploymentView } from '../../src/core/inventory/deployment.js';
import { planRotation, rowText, verifyRotation, type Sent } from '../../src/core/rotate/index.js';
import { parseFault } from '../../src/emulator/faults.js';
import { seed } from '../../src/emulator/seed.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulatorWithCert } from '../helpers/in-process.js';

const NEW = 'scs1700000000009';
const OLD = 'scs1700000000001';

describe('executeDeploy: a failure whose outcome is unknown is unconfirmed', () => {
  const at = useEmulatorWithCert('unconfirmed');
  beforeEach(() => {
    seed(at.emu.store, { resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1' }] }, new Date());
  });
  const deploy = async (retries = 3) => {
    const { client } = await testClient(at.emu.url, { retries });
    return executeDeploy(client, at.cert, checkDeploy({ id: at.cert, service: 'ELB', project: 'cn-north-4', resources: ['elb-1'] }).plan!.batches);
  };
  const flags = (o: Awaited<ReturnType<typeof deploy>>) => o.rows.map((r) => [r.state, r.unconfirmed ?? false]);

  it('dropped, and the look-up dropped too', async () => {
    at.emu.faults.add([parseFault({ op: 'deploy', action: 'drop-after-commit' }), parseFault({ op: 'deployed-resources', action: 'drop', times: 10 })]);
    expect(flags(await deploy(0))).toEqual([['failed', true]]);
  });

  it('a 504 and the region is is_error: the look-up cannot tell', async () => {
    at.emu.faults.add([parseFault({ op: 'deploy', status: 504 })]);
    at.emu.faults.add([parseFault({ op: 'deployed-resources', answer: { status: 200, body: { results: [{ certificate_id: at.cert, total_num: 0, deployed_resources: [{ service: 'ELB', resource_num: 0, region_resources: [{ region_id: 'cn-north-4', is_error: true, resources: [] }] }] }] } } })]);
    expect(flags(await deploy())).toEqual([['failed', true]]);
  });

  it('a 504 not shown yet: it may still run', async () => {
    at.emu.faults.add([parseFault({ op: 'deploy', status: 504 })]);
    expect(flags(await deploy())).toEqual([['failed', true]]);
  });

  it('SCM refused it (failure_list, a 400): no flag', async () => {
    at.emu.faults.add([parseFault({ op: 'deploy', fail_resources: ['elb-1'] })]);
    expect(flags(await deploy())).toEqual([['failed', false]]);
    at.emu.faults.add([parseFault({ op: 'deploy', status: 400 })]);
    expect(flags(await deploy())).toEqual([['failed', false]]);
  });
});

describe('verifyRotation: the row of an unconfirmed deployment', () => {
  const before = new Map<string, DeploymentView>([[OLD, { resources: [{ service: 'ELB', region: 'cn-north-4', resourceId: 'e1', resourceName: 'e1' }], unreliable: [] }]]);
  const plan = planRotation({ newId: NEW, oldIds: [OLD], before });
  const sent = (s: Sent): Map<string, Sent> => new Map([[targetKey(plan.move[0]!.target), s]]);

  it('failed, reason unconfirmed, with or without the check after; a rejection stays rejected', () => {
    const lost: Sent = { state: 'failed', detail: 'connection reset', unconfirmed: true };
    for (const after of [undefined, before]) {
      const v = verifyRotation(plan, NEW, sent(lost), after);
      expect(v.rows.map((r) => [r.result, r.reason, r.detail])).toEqual([['failed', 'unconfirmed', 'connection reset']]);
      expect(v.status).toBe('failed');
    }
    expect(verifyRotation(plan, NEW, sent({ state: 'failed', detail: 'ELB.0404 gone' }), before).rows[0]!.reason).toBe('rejected');
  });

  it('says so in both languages', () => {
    const row = verifyRotation(plan, NEW, sent({ state: 'failed', detail: 'connection reset', unconfirmed: true }), undefined).rows[0]!;
    expect([rowText(row, NEW, 'en'), rowText(row, NEW, 'zh')]).toEqual(['not confirmed: connection reset', '未能确认：connection reset']);
  });
});

describe('verifyRotation: an unconfirmed deployment the check afterwards shows on the new certificate', () => {
  const e1 = { service: 'ELB', region: 'cn-north-4', resourceId: 'e1', resourceName: 'e1' };
  const before = new Map<string, DeploymentView>([[OLD, { resources: [e1], unreliable: [] }]]);
  const plan = planRotation({ newId: NEW, oldIds: [OLD], before });
  const lost: Sent = { state: 'failed', detail: 'Backend timeout.', unconfirmed: true };
  const sent = new Map([[targetKey(plan.move[0]!.target), lost]]);
  const view = (resources: (typeof e1)[]): DeploymentView => ({ resources, unreliable: [] });

  it('on the new id and on no old one: deployed, reason confirmed; the rotation is complete', () => {
    const v = verifyRotation(plan, NEW, sent, new Map([[NEW, view([e1])], [OLD, view([])]]));
    expect(v.rows.map((r) => [r.result, r.reason])).toEqual([['deployed', 'confirmed']]);
    expect(v.status).toBe('complete');
  });

  it('on the new id and still on an old one, or not on the new id: stays failed, unconfirmed', () => {
    for (const after of [new Map([[NEW, view([e1])], [OLD, view([e1])]]), new Map([[NEW, view([])], [OLD, view([])]])]) {
      const v = verifyRotation(plan, NEW, sent, after);
      expect(v.rows.map((r) => [r.result, r.reason, r.detail])).toEqual([['failed', 'unconfirmed', 'Backend timeout.']]);
      expect(v.status).toBe('failed');
    }
  });

  it('SCM cannot tell (is_error for the new id there): stays failed, unconfirmed', () => {
    const v = verifyRotation(plan, NEW, sent, new Map([[NEW, { resources: [], unreliable: [{ service: 'ELB', region: 'cn-north-4' }] }], [OLD, view([])]]));
    expect(v.rows.map((r) => [r.result, r.reason])).toEqual([['failed', 'unconfirmed']]);
  });

  it('the row says it was confirmed by the check, in both languages', () => {
    const row = verifyRotation(plan, NEW, sent, new Map([[NEW, view([e1])], [OLD, view([])]])).rows[0]!;
    expect([rowText(row, NEW, 'en'), rowText(row, NEW, 'zh')]).toEqual([
      `now uses ${NEW} (its deployment was not confirmed at first; the check afterwards shows it there)`,
      `已改用 ${NEW}（部署时未能确认；之后的核实显示它已在使用）`,
    ]);
  });
});
