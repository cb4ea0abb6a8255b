// A rotation interrupted while deploying, then run again, through the built binary: the rerun looks again at
// ListDeployedResources, finds what the first run deployed (the request that was on its way included: the emulator
// commits it after the signal) and deploys only what is left. No resource is ever sent twice (CDN takes a
// certificate once; each deployment is billed), for a rotation from files and for `rotate --to ID`.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { leaveWorld, rotationWorld, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';
import { interruptAt } from '../helpers/interrupt.js';
import { runCli } from '../helpers/run-cli.js';

let emu: RunningEmulator;
let dir: string;
let old: Bundle;
let fresh: Bundle;
let oldId: string;

beforeAll(async () => ({ dir, old, fresh, emu } = await rotationWorld('rerun-interrupted')), 60_000);
afterAll(() => leaveWorld(emu, dir));
beforeEach(async () => {
  await emu.reset();
  [oldId] = (await emu.seed({ certificates: [{ name: 'example-old', pem: readFileSync(old.cert, 'utf8'), chain: readFileSync(old.chain, 'utf8'), private_key: old.keyPem }] })).certificates as [string];
  await emu.seed({ resources: [
    { service: 'CDN', kind: 'domain', id: 'example.com', certificate_id: oldId },
    { service: 'ELB', project: 'cn-north-4', id: 'elb-north', name: 'shop-lb', certificate_id: oldId },
    { service: 'ELB', project: 'ap-southeast-1', id: 'elb-sea', name: 'shop-lb-sea', certificate_id: oldId },
    { service: 'WAF', project: 'cn-north-4', id: 'waf-1', name: 'shop-waf', certificate_id: oldId },
  ] });
  // The second deploy request (ELB in the first region reached) is held while the signal comes; it commits after.
  await emu.fault({ op: 'deploy', after: 1, delay_ms: 4000 });
});

const env = (): Record<string, string> => ({ HOME: dir, HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url });
const holders = async (): Promise<Record<string, string | null>> => Object.fromEntries((await emu.settled()).resources.map((r) => [r.id, r.certificateId]));

interface Rerun { reached: string[]; doc: { status: string; resources: Array<{ resource: string; result: string; reason: string }> } }

async function interruptedThenRerun(args: string[]): Promise<Rerun> {
  const first = await interruptAt(emu, args, env(), { op: 'deploy', nth: 2, signal: 'SIGINT' });
  expect(first.held, first.stderr).toBe(true);
  expect(first.code).toBe(130);
  const mid = await emu.settled();
  const newId = mid.certificates.find((c) => c.name === 'example-new')!.id;
  // What the first run reached: two resources on the new certificate, two still on the old one.
  const sentFirst = mid.requests.deploys.reduce((n, d) => n + d.resources, 0);
  expect(sentFirst).toBe(2);
  const reached = mid.resources.filter((r) => r.certificateId === newId).map((r) => r.id).sort();
  expect(reached).toHaveLength(2);
  const again = await runCli([...args, '--json'], { env: env() });
  expect(again.code, again.stderr).toBe(0);
  const after = await emu.settled();
  // Every resource deployed exactly once over both runs: four resources, four sent.
  expect(after.requests.deploys.reduce((n, d) => n + d.resources, 0)).toBe(4);
  expect(after.certificates.filter((c) => c.name === 'example-new')).toHaveLength(1);
  expect(await holders()).toEqual({ 'example.com': newId, 'elb-north': newId, 'elb-sea': newId, 'waf-1': newId });
  return { reached, doc: JSON.parse(again.stdout) };
}

describe('scm rotate rerun after an interrupted deploy', () => {
  it('from files: the rerun deploys only the two resources left; the two the first run reached are unchanged', async () => {
    const { reached, doc } = await interruptedThenRerun(['rotate', oldId, '--cert', fresh.fullchain, '--key', fresh.key, '--name', 'example-new', '--waf-type', 'cloud']);
    expect(doc.status).toBe('complete');
    expect(doc.resources.filter((x) => x.result === 'unchanged').map((x) => x.resource).sort()).toEqual(reached);
    expect(doc.resources.filter((x) => x.result === 'deployed')).toHaveLength(2);
  });

  it('--to ID: the same; the new certificate is not uploaded again', async () => {
    const [newId] = (await emu.seed({ certificates: [{ name: 'example-new', pem: readFileSync(fresh.cert, 'utf8'), chain: readFileSync(fresh.chain, 'utf8'), private_key: fresh.keyPem }] })).certificates as [string];
    const { reached, doc } = await interruptedThenRerun(['rotate', oldId, '--to', newId, '--waf-type', 'cloud']);
    expect(doc.status).toBe('complete');
    expect(doc.resources.filter((x) => x.result === 'unchanged').map((x) => x.resource).sort()).toEqual(reached);
    expect((await emu.settled()).requests.byOperation.import).toBeUndefined();
  });
});
