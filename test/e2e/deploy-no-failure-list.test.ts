// DeployCertificate answered 200 with an empty body or `{}` (no failure_list) was reported "deployed", exit 0,
// though nothing proved it. failure_list is optional in the SDK's model, so its absence proves nothing either way:
// deploy now looks once at ListDeployedResources. Shown there: deployed; not shown: failed (not sent again), exit 4;
// the look failing: failed, "could not be checked". A present `failure_list: []` is trusted. Through the built binary.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, leaveWorld, rotationWorld, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let old: Bundle;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));

beforeAll(async () => ({ dir, old, emu } = await rotationWorld('deploy-no-failure-list')), 60_000);
afterAll(async () => leaveWorld(emu, dir));
beforeEach(async () => emu.reset());

async function seeded(): Promise<string> {
  const [id] = (await emu.seed({ certificates: [{ name: 'a', pem: readFileSync(old.cert, 'utf8'), chain: readFileSync(old.chain, 'utf8'), private_key: old.keyPem }] })).certificates as [string];
  await emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1' }] });
  return id;
}
const deploy = (id: string, ...more: string[]) => run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1', ...more]);

describe('DeployCertificate answered without failure_list', () => {
  it.each([['{}', {}], ['an empty body', '']])('%s, nothing deployed: failed, not sent again, exit 4 (en, zh)', async (_what, body) => {
    const id = await seeded();
    await emu.fault({ op: 'deploy', answer: { status: 200, body } });
    const r = await deploy(id);
    expect(r.code, r.stdout + r.stderr).toBe(4);
    expect(r.stdout).toMatch(/^elb-1 +failed +.*SCM answered without a failure_list, and ListDeployedResources does not show/m);
    expect((await emu.state()).requests.byOperation.deploy).toBe(1);
    await emu.fault({ op: 'deploy', answer: { status: 200, body } });
    const zh = await deploy(id, '--lang', 'zh');
    expect(zh.code).toBe(4);
    expect(zh.stdout).toContain('SCM 的应答没有 `failure_list`，且 `ListDeployedResources` 未显示');
  });

  it('{} but deployed (ListDeployedResources shows it): deployed, exit 0; --json rows keep their shape', async () => {
    const id = await seeded();
    await emu.fault({ op: 'deploy', commit: true, answer: { status: 200, body: {} } });
    const r = await deploy(id, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('"deployed"');
  });

  it('{} and the look fails: failed, whether it took effect could not be checked, exit 4', async () => {
    const id = await seeded();
    await emu.fault({ op: 'deploy', answer: { status: 200, body: {} } });
    await emu.fault({ op: 'deployed-resources', status: 403, error_code: 'APIGW.0307', after: 1, times: 5 });
    const r = await deploy(id, '--retries', '0');
    expect(r.code, r.stdout + r.stderr).toBe(4);
    expect(r.stdout).toMatch(/^elb-1 +failed +.*whether it took effect could not be checked/m);
  });

  it('failure_list: [] is trusted: deployed without a look after', async () => {
    const id = await seeded();
    await emu.fault({ op: 'deploy', commit: true, answer: { status: 200, body: { failure_list: [] } } });
    const r = await deploy(id);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^elb-1 +deployed/m);
  });
});
