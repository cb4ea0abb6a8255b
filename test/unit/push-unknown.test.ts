// Where SCM cannot tell whether the certificate is already deployed (a region flagged is_error, an id left
// out of ListDeployedResources' answer, or the look-up itself failing), nothing is pushed there, and the ending
// never offers that target for a push: it says to look (scm show), and the exit code is 5 (unknown), not 4
// (SCM rejected nothing). The same in `upload --push` (ensure) and in `scm push` (a look after a lost answer).
import { describe, expect, it } from 'vitest';
import { executePush } from '../../src/api/push.js';
import { pushFailure } from '../../src/commands/push/failure.js';
import { checkPush, type PushPlan } from '../../src/core/push/index.js';
import { parseFault } from '../../src/emulator/faults.js';
import { seed } from '../../src/emulator/seed.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulatorWithCert } from '../helpers/in-process.js';

const at = useEmulatorWithCert('push-unknown');

const plan = (service: string, projects: string[]): PushPlan => checkPush({ id: at.cert, service, projects }).plan!;
const ops = () => at.emu.store.requests.byOperation;
const held = () => ({ id: at.cert, changed: false });
const LOOK_EN = () => `SCM cannot tell whether the certificate is already deployed at some targets, so they were not pushed: see where it is with scm show ${at.cert}, then push only where it is missing`;
const LOOK_ZH = () => `SCM 无法确定证书是否已部署在部分目标，因此没有推送到这些目标：请用 \`scm show ${at.cert}\` 查看部署位置，只向缺少的位置推送`;

describe('upload --push (ensure): SCM cannot tell for some targets', () => {
  it('one region is_error, the other pushed: the hint says to look, never "push to the rest"; exit 5', async () => {
    seed(at.emu.store, { unreliable: [{ service: 'ELB', region: 'cn-east-3' }] }, new Date());
    const { client } = await testClient(at.emu.url);
    const out = await executePush(client, plan('ELB', ['cn-north-4', 'cn-east-3']), { ensure: true });
    expect(out.rows.map((r) => [r.project, r.result, r.unknown ?? false])).toEqual([['cn-north-4', 'pushed', false], ['cn-east-3', 'failed', true]]);
    const e = pushFailure([out], 'en', held())!;
    expect([e.exitCode, e.hint]).toEqual([5, LOOK_EN()]);
    expect(e.hint).not.toMatch(/--project|scm push/);
    expect(pushFailure([out], 'zh', held())!.hint).toBe(LOOK_ZH());
  });

  it('every target unknown (is_error, or the answer leaves the id out): exit 5 and a look, not "check the project names"', async () => {
    seed(at.emu.store, { unreliable: [{ service: 'ELB', region: 'cn-east-3' }] }, new Date());
    const { client } = await testClient(at.emu.url);
    const flagged = await executePush(client, plan('ELB', ['cn-east-3']), { ensure: true });
    at.emu.faults.add([parseFault({ op: 'deployed-resources', answer: { status: 200, body: { results: [] } } })]);
    const omitted = await executePush(client, plan('ELB', ['cn-north-4', 'cn-east-3']), { ensure: true });
    for (const out of [flagged, omitted]) {
      expect(out.rows.every((r) => !r.ok && r.unknown)).toBe(true);
      const e = pushFailure([out], 'en', held())!;
      expect([e.exitCode, e.hint]).toEqual([5, LOOK_EN()]);
    }
    expect(ops().push ?? 0).toBe(0);
    expect(ops()['batch-push'] ?? 0).toBe(0);
  });

  it('a target SCM refused beside one it cannot tell about: only the refused one is offered again; exit 4', async () => {
    seed(at.emu.store, { unreliable: [{ service: 'ELB', region: 'cn-east-3' }] }, new Date());
    at.emu.faults.add([parseFault({ op: 'batch-push', answer: { status: 200, body: { results: [{ project_name: 'cn-north-4', cert_id: 'c1', message: 'success' }, { project_name: 'cn-east-2', cert_id: '', message: 'push failed' }] } } })]);
    const { client } = await testClient(at.emu.url);
    const out = await executePush(client, plan('ELB', ['cn-north-4', 'cn-east-2', 'cn-east-3']), { ensure: true });
    const e = pushFailure([out], 'en', held())!;
    expect([e.exitCode, e.hint]).toEqual([4, `${LOOK_EN()}; the ones SCM refused can be pushed again: scm push ${at.cert} --service ELB --project cn-east-2`]);
  });

  it('nothing pushed, and SCM refused the request: the refusal is the error (exit 4)', async () => {
    seed(at.emu.store, { unreliable: [{ service: 'ELB', region: 'cn-east-3' }] }, new Date());
    at.emu.faults.add([parseFault({ op: 'batch-push', status: 400, error_code: 'SCM.0028', error_msg: 'Push at.cert error' })]);
    const { client } = await testClient(at.emu.url);
    const e = pushFailure([await executePush(client, plan('ELB', ['cn-north-4', 'cn-east-3']), { ensure: true })], 'en', held())!;
    expect([e.exitCode, e.message]).toEqual([4, expect.stringMatching(/SCM\.0028/)]);
  });

  it('the look-up itself fails: every target is a row (not pushed, why), the failure is the outcome\'s error (exit 5)', async () => {
    at.emu.faults.add([parseFault({ op: 'deployed-resources', status: 503, times: 10 })]);
    const { client } = await testClient(at.emu.url, { retries: 0 });
    const out = await executePush(client, plan('ELB', ['cn-north-4']), { ensure: true });
    expect(out.rows).toEqual([{ project: 'cn-north-4', ok: false, result: 'failed', unknown: true, message: expect.stringMatching(/^could not check where it is deployed \(SCM could not complete looking up where the certificate is deployed: SCM\.4001 .*\): not pushed, to avoid a second copy$/) }]);
    expect(out.error?.exitCode).toBe(5);
    expect(pushFailure([out], 'en', held())!.exitCode).toBe(5);
    expect(ops().push ?? 0).toBe(0);
  });
});

describe('scm push: a look after an unclear answer finds a region SCM cannot tell about', () => {
  it('a result row missing and the region is_error: never offered for a re-push; exit 5', async () => {
    seed(at.emu.store, { unreliable: [{ service: 'ELB', region: 'cn-east-3' }] }, new Date());
    at.emu.faults.add([parseFault({ op: 'batch-push', answer: { status: 200, body: { results: [] } } })]);
    const { client } = await testClient(at.emu.url);
    const out = await executePush(client, plan('ELB', ['cn-north-4', 'cn-east-3']));
    expect(out.rows.map((r) => [r.project, r.pending ?? false, r.unknown ?? false])).toEqual([['cn-north-4', true, false], ['cn-east-3', false, true]]);
    const e = pushFailure([out], 'en')!;
    expect(e.exitCode).toBe(5);
    expect(e.hint).not.toMatch(/--project|can be pushed again/);
  });
});
