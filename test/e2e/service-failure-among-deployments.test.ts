// A request that failed with a 5xx after the retries, or whose outcome is unknown, after others were deployed:
// exit 5, as the contract's table says of a network failure or a 5xx after retries, not 4 (a resource rejected);
// the rows still say what was deployed. Through the built binary against the emulator, for `scm deploy` (21
// resources: two requests) and `scm rotate` (two regions).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, leaveWorld, rotationWorld, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let old: Bundle;
let fresh: Bundle;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));
const seed = (b: Bundle, name: string) => ({ name, pem: readFileSync(b.cert, 'utf8'), chain: readFileSync(b.chain, 'utf8'), private_key: b.keyPem });

beforeAll(async () => ({ dir, old, fresh, emu } = await rotationWorld('service-among')), 60_000);
afterAll(async () => leaveWorld(emu, dir));
beforeEach(async () => emu.reset());

const lastError = (stderr: string) => JSON.parse(stderr.trim().split('\n').at(-1)!).error as Record<string, unknown>;

describe('a service failure among deployments', () => {
  for (const [what, fault] of [
    ['a 503 after the retries', { status: 503, times: 20 }],
    ['a dropped connection (outcome unknown)', { action: 'drop', times: 20 }],
  ] as const) {
    it(`deploy: the first request of 20 deployed, the second ${what}: exit 5, every row printed`, async () => {
      const [a] = (await emu.seed({ certificates: [seed(old, 'site-a')] })).certificates as [string];
      const ids = Array.from({ length: 21 }, (_, i) => `elb-${i + 1}`);
      await emu.seed({ resources: ids.map((id) => ({ service: 'ELB', project: 'cn-north-4', id })) });
      await emu.fault({ op: 'deploy', after: 1, ...fault });
      const r = await run(['deploy', a, '--service', 'ELB', '--project', 'cn-north-4', ...ids.flatMap((id) => ['--resource', id]), '--json']);
      expect(r.code).toBe(5);
      const results = JSON.parse(r.stdout).results as Array<{ result: string }>;
      expect(results.filter((x) => x.result === 'deployed')).toHaveLength(20);
      expect(results.filter((x) => x.result !== 'deployed')).toHaveLength(1);
      expect(lastError(r.stderr)).toMatchObject({ exitCode: 5 });
    });
  }

  it('rotate: one region deployed, the other 503 after the retries: exit 5, the old certificate kept', async () => {
    const [a, b] = (await emu.seed({ certificates: [seed(old, 'site-a'), seed(fresh, 'site-b')] })).certificates as [string, string];
    await emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1' }, { service: 'ELB', project: 'ap-southeast-1', id: 'elb-2' }] });
    for (const [project, id] of [['cn-north-4', 'elb-1'], ['ap-southeast-1', 'elb-2']]) expect((await run(['deploy', a, '--service', 'ELB', '--project', project!, '--resource', id!])).code).toBe(0);
    await emu.fault({ op: 'deploy', status: 503, after: 1, times: 20 });
    const r = await run(['rotate', a, '--to', b, '--delete-old']);
    expect(r.code).toBe(5);
    expect(r.stdout).toMatch(/elb-2 +scs\d{13} +deployed/);
    expect(r.stdout).toMatch(/elb-1 +scs\d{13} +failed/);
    expect((await emu.state()).certificates.map((c) => c.id).sort()).toEqual([a, b].sort());
  });
});
