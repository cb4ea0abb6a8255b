// SCM shows a deployment some time after it accepted it (ListDeployedResources is eventually consistent): the
// check after a rotation's deployments reads again, a few times with a short back-off, before it calls a resource
// "not moved". Through the built binary, the emulator answering the first read(s) after the deployment with the
// state from before it (an `answer` fault).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { leaveWorld, rotationWorld, TEST_AK, TEST_SK, type RunningEmulator } from '../helpers/emulator.js';
import { runCli } from '../helpers/run-cli.js';

let emu: RunningEmulator;
let dir: string;
let oldId: string;
let newId: string;

beforeAll(async () => {
  let old, fresh;
  ({ dir, old, fresh, emu } = await rotationWorld('verify-lag'));
  const pem = (b: typeof old) => ({ pem: readFileSync(b.cert, 'utf8'), chain: readFileSync(b.chain, 'utf8'), private_key: b.keyPem });
  await emu.reset();
  [oldId, newId] = (await emu.seed({ certificates: [{ name: 'example-old', ...pem(old) }, { name: 'example-new', ...pem(fresh) }] })).certificates as [string, string];
}, 60_000);
afterAll(() => leaveWorld(emu, dir));
beforeEach(async () => {
  await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' });
  await emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-lag', name: 'shop-lb', certificate_id: oldId }] });
});

const env = (): Record<string, string> => ({ HOME: dir, HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url });
/** ListDeployedResources as it was before the deployment: the ELB certificate still on the old one. */
const stale = () => ({ results: [
  { certificate_id: newId, total_num: 0, deployed_resources: [] },
  { certificate_id: oldId, total_num: 1, deployed_resources: [{ service: 'ELB', resource_num: 1, resource_location: 'region', region_resources: [{ region_id: 'cn-north-4', is_error: false, resources: [{ resource_id: 'elb-lag', resource_name: 'shop-lb' }] }] }] },
] });
// The first read (the plan's) is answered truly; the reads after the deployment as `times` says.
const lag = (times: number) => emu.fault({ op: 'deployed-resources', after: 1, times, answer: { status: 200, body: stale() } });

describe('scm rotate: the check after the deployments reads again', () => {
  it('shown on the old certificate at the first read, moved at the second: exit 0, every resource deployed', async () => {
    await lag(1);
    const was = (await emu.settled()).requests.byOperation;
    const r = await runCli(['rotate', oldId, '--to', newId, '--json'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.status).toBe('complete');
    expect(doc.resources.map((x: { resource: string; result: string }) => `${x.resource} ${x.result}`)).toEqual(['elb-lag deployed']);
    const state = await emu.settled();
    // The plan's read, the first check (stale), the second (moved); one deployment.
    expect(state.requests.byOperation['deployed-resources']! - (was['deployed-resources'] ?? 0)).toBe(3);
    expect(state.requests.byOperation.deploy! - (was.deploy ?? 0)).toBe(1);
  });

  it('never shown: after 4 looks (7 s) the rotation fails (exit 4), naming the resource not moved, the old certificate kept', async () => {
    await lag(10);
    const was = (await emu.settled()).requests.byOperation;
    const r = await runCli(['rotate', oldId, '--to', newId, '--delete-old'], { env: env(), timeoutMs: 30_000 });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`after 4 looks over 7 s, SCM still does not show 1 resource on ${newId}: ELB cn-north-4 elb-lag (SCM accepted the deployment, but it still uses ${oldId}). SCM may be slow to show a deployment: see where it is with scm show ${newId} in a few minutes before deploying again`);
    expect(r.stderr).toContain('looking again in 1 s (1 of 3)');
    const state = await emu.settled();
    // The plan's read, then four looks, no more.
    expect(state.requests.byOperation['deployed-resources']! - (was['deployed-resources'] ?? 0)).toBe(5);
    expect(state.requests.byOperation.delete).toBeUndefined();
  }, 40_000);

  it('in Chinese, --json: the same, as a warning line', async () => {
    await lag(10);
    const r = await runCli(['rotate', oldId, '--to', newId, '--json', '--lang', 'zh'], { env: env(), timeoutMs: 30_000 });
    expect(r.code).toBe(4);
    const warnings = r.stderr.trim().split('\n').map((l) => JSON.parse(l)).filter((x) => x.warning).map((x) => x.warning.message);
    expect(warnings).toContain(`查询 4 次、历时 7 秒后，SCM 仍未显示 1 个资源使用 ${newId}：ELB cn-north-4 elb-lag（SCM 接受了部署，但它仍在使用 ${oldId}）。SCM 显示部署结果可能有延迟：请过几分钟用 \`scm show ${newId}\` 查看后再决定是否重新部署`);
  }, 40_000);
});
