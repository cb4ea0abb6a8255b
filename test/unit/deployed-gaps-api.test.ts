// The client against a server that answers ListDeployedResources without accounting for everything (the
// emulator's `answer` fault scripts it): an id left out of `results[]` is unanswered, never an empty
// deployment; and after a 504, push and deploy send nothing again where the look-up cannot tell.
import { beforeEach, describe, expect, it } from 'vitest';
import { deploymentsOf } from '../../src/api/deployed.js';
import { executeDeploy } from '../../src/api/deploy.js';
import { executePush } from '../../src/api/push.js';
import { checkDeploy } from '../../src/core/deploy/index.js';
import { deploymentState } from '../../src/core/inventory/index.js';
import { checkPush } from '../../src/core/push/index.js';
import { parseFault } from '../../src/emulator/faults.js';
import { seed } from '../../src/emulator/seed.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulatorWithCert } from '../helpers/in-process.js';

const at = useEmulatorWithCert('gaps');
beforeEach(() => {
  seed(at.emu.store, { resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-old-1' }] }, new Date());
});

const ops = () => at.emu.store.requests.byOperation;
/** ListDeployedResources answers exactly `body`, `times` times. */
const looks = (body: unknown, times = 1) => at.emu.faults.add([parseFault({ op: 'deployed-resources', times, answer: { status: 200, body } })]);
const countedElb = (id: string) => ({ results: [{ certificate_id: id, total_num: 2, deployed_resources: [{ service: 'ELB', resource_num: 2, resource_location: 'region', region_resources: [] }] }] });

describe('ListDeployedResources answers that say too little', () => {
  it('an id left out of results[] is unanswered (unknown); the one answered is read as usual', async () => {
    const { client } = await testClient(at.emu.url);
    looks({ results: [{ certificate_id: 'scs1700000000002', total_num: 0, deployed_resources: [] }] });
    const [left, kept] = await client.deployedResources(['scs1700000000001', 'scs1700000000002']);
    expect(left).toEqual({ certificateId: 'scs1700000000001', total: 0, resources: [], unreliable: [], unlisted: [], unanswered: true });
    expect([deploymentState(left), deploymentState(kept)]).toEqual(['unknown', 'not-deployed']);
    looks({ results: [] });
    const map = await deploymentsOf(client, [at.cert]);
    expect(deploymentState(map.get(at.cert))).toBe('unknown');
  });

  it('a count without rows is unknown', async () => {
    const { client } = await testClient(at.emu.url);
    looks(countedElb(at.cert));
    const [d] = await client.deployedResources([at.cert]);
    expect([d!.total, d!.unlisted, deploymentState(d)]).toEqual([2, [{ service: 'ELB', count: 2 }], 'unknown']);
  });
});

describe('after a 504, nothing is sent again where the look-up cannot tell', () => {
  it('push: the certificate is left out of the answer: failed, one push only', async () => {
    at.emu.faults.add([parseFault({ op: 'push', status: 504 })]);
    looks({ results: [] });
    const { client } = await testClient(at.emu.url);
    const out = await executePush(client, checkPush({ id: at.cert, service: 'ELB', projects: ['cn-north-4'] }).plan!);
    expect(out.rows).toEqual([{ project: 'cn-north-4', ok: false, result: 'failed', unknown: true, message: "SCM's answer did not include it, so where it is deployed is not known: not pushed, to avoid a second copy" }]);
    expect([ops().push, ops()['deployed-resources'], out.error?.exitCode]).toEqual([1, 1, 5]);
  });

  it('deploy: the region is is_error after the 504: failed, one DeployCertificate only', async () => {
    at.emu.faults.add([parseFault({ op: 'deploy', status: 504 })]);
    const flagged = { results: [{ certificate_id: at.cert, total_num: 0, deployed_resources: [{ service: 'ELB', resource_num: 0, region_resources: [{ region_id: 'cn-north-4', is_error: true, resources: [] }] }] }] };
    looks(flagged);
    const { client } = await testClient(at.emu.url);
    const plan = checkDeploy({ id: at.cert, service: 'ELB', project: 'cn-north-4', resources: ['elb-old-1'] }).plan!;
    const out = await executeDeploy(client, at.cert, plan.batches);
    expect(out.rows.map((r) => [r.target.resource, r.state, r.detail])).toEqual([[
      'elb-old-1', 'failed',
      expect.stringMatching(/APIGW\.0201 Backend timeout\..*\(SCM cannot tell whether it is deployed in ELB cn-north-4 \(is_error\): not sent again, as it may already be deployed\)$/),
    ]]);
    expect([ops().deploy, ops()['deployed-resources'], out.error?.exitCode, at.emu.store.requests.deploys]).toEqual([1, 1, 5, []]);
  });

  it('deploy: SCM counts ELB resources it does not list: failed, not re-sent; an absent target is re-sent', async () => {
    at.emu.faults.add([parseFault({ op: 'deploy', status: 504 })]);
    looks(countedElb(at.cert));
    const { client } = await testClient(at.emu.url, { lang: 'zh' });
    const out = await executeDeploy(client, at.cert, checkDeploy({ id: at.cert, service: 'ELB', project: 'cn-north-4', resources: ['elb-old-1'] }).plan!.batches);
    expect(out.rows[0]!.detail).toMatch(/[^）][（；]SCM 统计到有 2 个 ELB 资源在使用它，但没有逐一列出：可能已经部署过，因此没有再次部署）$/);
    expect([out.rows[0]!.state, ops().deploy]).toEqual(['failed', 1]);

    // The same 504 where the answer is whole and shows nothing: the gateway stopped waiting, SCM may still be
    // at work, so not sent again (the rerun looks first).
    at.emu.faults.add([parseFault({ op: 'deploy', status: 504 })]);
    const later = await executeDeploy(client, at.cert, checkDeploy({ id: at.cert, service: 'ELB', project: 'cn-north-4', resources: ['elb-old-1'] }).plan!.batches);
    expect([later.rows[0]!.state, ops().deploy]).toEqual(['failed', 2]);
    expect(later.rows[0]!.detail).toMatch(/SCM 暂未显示已部署到此处，但该请求可能仍会生效：未重新部署/);

    // A 502 (the backend answered, it failed) where the answer is whole and shows nothing: sent again, once, and deployed.
    at.emu.faults.add([parseFault({ op: 'deploy', status: 502 })]);
    const again = await executeDeploy(client, at.cert, checkDeploy({ id: at.cert, service: 'ELB', project: 'cn-north-4', resources: ['elb-old-1'] }).plan!.batches);
    expect([again.rows[0]!.state, ops().deploy]).toEqual(['deployed', 4]);
  });
});
