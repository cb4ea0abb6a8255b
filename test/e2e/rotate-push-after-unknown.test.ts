// A rotation whose old certificate is on an ELB certificate and has a copy in CDN's certificate store: when the
// deployment's answer is lost and SCM cannot tell whether it took effect (its region flagged is_error), the
// deployments after it go on, and so must the push of the new certificate to CDN: it is another request to another
// place. It used to be skipped, so that only a rerun replaced the old copy. A failure that stops every request
// after it (credentials refused) still stops the push.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, leaveWorld, rotationWorld, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let old: Bundle;
let fresh: Bundle;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));

beforeAll(async () => ({ dir, old, fresh, emu } = await rotationWorld('rotate-push-unknown')), 60_000);
afterAll(async () => leaveWorld(emu, dir));
beforeEach(async () => emu.reset());

/** The old certificate on elb-1 (cn-north-4) and pushed to CDN; the new one uploaded, used nowhere. */
async function world(): Promise<{ a: string; b: string }> {
  const seed = (b: Bundle, name: string) => ({ name, pem: readFileSync(b.cert, 'utf8'), chain: readFileSync(b.chain, 'utf8'), private_key: b.keyPem });
  const [a, b] = (await emu.seed({ certificates: [seed(old, 'site-a'), seed(fresh, 'site-b')] })).certificates as [string, string];
  await emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1', name: 'lb-1' }] });
  expect((await run(['deploy', a, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1'])).code).toBe(0);
  expect((await run(['push', a, '--service', 'CDN'])).code).toBe(0);
  return { a, b };
}

const cdnCopies = async (): Promise<Array<string | null>> => (await emu.state()).resources.filter((r) => r.service === 'CDN' && r.kind === 'certificate').map((r) => r.certificateId);

describe('rotate: the push to CDN after a deployment whose outcome SCM cannot tell', () => {
  it('the deployment is reported unknown (failed, old kept), and the new certificate is pushed to CDN all the same', async () => {
    const { a, b } = await world();
    const flagged = { results: [{ certificate_id: b, total_num: 0, deployed_resources: [{ service: 'ELB', resource_num: 0, region_resources: [{ region_id: 'cn-north-4', is_error: true, resources: [] }] }] }] };
    await emu.fault({ op: 'deploy', status: 504 });
    // The rotation's first ListDeployedResources is the plan's; the second is the look after the lost answer.
    await emu.fault({ op: 'deployed-resources', after: 1, answer: { status: 200, body: flagged } });
    const r = await run(['rotate', a, '--to', b, '--delete-old', '--json']);
    expect(r.code).toBe(5); // an outcome unknown: the contract's 5, not a resource rejected (4)
    const doc = JSON.parse(r.stdout);
    expect(doc.resources.map((x: { service: string; result: string }) => [x.service, x.result])).toEqual([['ELB', 'failed'], ['CDN', 'deployed']]);
    expect(doc.deleted).toEqual([]);
    expect((await cdnCopies()).sort()).toEqual([a, b].sort());
    expect((await emu.state()).requests.byOperation.push).toBe(2);
  });

  it('a deployment refused for credentials stops the rest: no push', async () => {
    const { a, b } = await world();
    await emu.fault({ op: 'deploy', status: 403 });
    const r = await run(['rotate', a, '--to', b, '--json']);
    expect(r.code).toBe(3);
    expect(await cdnCopies()).toEqual([a]);
    expect((await emu.state()).requests.byOperation.push).toBe(1);
  });
});
