// SCM shows a deployment some time after it accepted it (ListDeployedResources is eventually consistent): the
// check after a rotation's deployments reads again, a few times with a short back-off, before it calls a resource
// "not moved". Through the built binary, the emulator lagging as the service does (option `deployed_lag`: the
// first reads after a deployment show the resources as they were before it).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { leaveWorld, rotationWorld, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';
import { runCli } from '../helpers/run-cli.js';

let emu: RunningEmulator;
let dir: string;
let old: Bundle;
let fresh: Bundle;
let oldId: string;
let newId: string;

beforeAll(async () => ({ dir, old, fresh, emu } = await rotationWorld('verify-lag')), 60_000);
afterAll(() => leaveWorld(emu, dir));
// A reset before each test: options (a lag) and a lag still counting down from the test before are gone.
beforeEach(async () => {
  await emu.reset();
  const pem = (b: Bundle) => ({ pem: readFileSync(b.cert, 'utf8'), chain: readFileSync(b.chain, 'utf8'), private_key: b.keyPem });
  [oldId, newId] = (await emu.seed({ certificates: [{ name: 'example-old', ...pem(old) }, { name: 'example-new', ...pem(fresh) }] })).certificates as [string, string];
  await emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-lag', name: 'shop-lb', certificate_id: oldId }] });
});

const env = (): Record<string, string> => ({ HOME: dir, HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url });
// The plan's read is answered truly (no deploy yet); the `times` reads after the deployment show the state before it.
const lag = (times: number) => emu.options({ deployed_lag: times });

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
