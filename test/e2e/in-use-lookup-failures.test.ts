// "Never delete what is in use", through the built binary, when the look at where certificates are deployed
// fails or answers in part: prune under a 5xx that outlasts the retries deletes nothing (exit 5), also when only
// the second request fails (ids are asked 20 at a time: api/deployed.ts DEPLOYED_BATCH); delete of two
// ids whose answer leaves one out deletes the other and refuses that one (exit 1); a certificate in use in one
// region only is refused, whatever the other regions say.
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('in-use-lookup', { bundle: false });
const { run } = cliRecorder(() => t.env());
const D = 'a.example.test';
let ids: string[];
const held = async (): Promise<string[]> => (await t.emu.state()).certificates.map((c) => c.id);

beforeEach(async () => {
  ids = (await t.emu.seed({ certificates: [0, 1, 2].map((i) => ({ name: `a${i}`, domain: D, not_after: new Date(Date.now() + (100 + i) * 86_400_000).toISOString() })) })).certificates;
});

describe('in-use checks that fail or answer in part', () => {
  it('prune: ListDeployedResources answering 503 after the retries: nothing deleted, exit 5', async () => {
    await t.emu.fault({ op: 'deployed-resources', status: 503, times: 100 });
    const r = await run(['prune', '--domain', D, '--retries', '0']);
    expect(r.code).toBe(5);
    expect(await held()).toEqual(ids);
    expect((await t.emu.state()).requests.byOperation.delete).toBeUndefined();
  });

  it('prune and delete of 23 certificates: the second ListDeployedResources request (ids 21-23) failing: nothing deleted, exit 5', async () => {
    const more = (await t.emu.seed({ certificates: Array.from({ length: 20 }, (_, i) => ({ name: `b${i}`, domain: D, not_after: new Date(Date.now() + (10 + i) * 86_400_000).toISOString() })) })).certificates;
    await t.emu.fault({ op: 'deployed-resources', after: 1, status: 503, times: 100 });
    const pruned = await run(['prune', '--domain', D, '--retries', '0']);
    expect(pruned.code).toBe(5);
    await t.emu.fault({ op: 'deployed-resources', after: 1, status: 503, times: 100 });
    const deleted = await run(['delete', ...more, ...ids, '--retries', '0']);
    expect(deleted.code).toBe(5);
    expect((await held()).sort()).toEqual([...ids, ...more].sort());
    expect((await t.emu.state()).requests.byOperation.delete).toBeUndefined();
  });

  it('delete A B: the answer leaves B out: A deleted, B refused as maybe in use (exit 1)', async () => {
    const [a, b] = ids as [string, string];
    await t.emu.fault({ op: 'deployed-resources', answer: { status: 200, body: { results: [{ certificate_id: a, total_num: 0, deployed_resources: [] }] } } });
    const r = await run(['delete', a, b, '--json']);
    expect(r.code).toBe(1);
    const rows = Object.fromEntries(JSON.parse(r.stdout).results.map((x: { id: string; result: string }) => [x.id, x.result]));
    expect(rows).toEqual({ [a]: 'deleted', [b]: 'refused' });
    expect(await held()).toContain(b);
  });

  it('delete: in use by ELB in one region only (the other regions empty): refused (exit 1)', async () => {
    const [a] = ids as [string];
    await t.emu.seed({ resources: [{ service: 'ELB', project: 'ap-southeast-1', id: 'elb-sea', certificate_id: a }, { service: 'ELB', project: 'cn-north-4', id: 'elb-north' }] });
    const r = await run(['delete', a]);
    expect(r.code).toBe(1);
    expect(await held()).toContain(a);
  });
});
