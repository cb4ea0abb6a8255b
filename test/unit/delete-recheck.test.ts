// A long batch of deletes looks again where the certificates are deployed (recheck): one deployed after the
// caller's look and before its own delete is not deleted (result refused, with what SCM said), the others
// are. Without recheck (delete --force) nothing is asked again. A look that fails stops the batch.
import { describe, expect, it } from 'vitest';
import { deleteMany, RECHECK_AFTER_MS } from '../../src/api/delete.js';
import { parseFault } from '../../src/emulator/faults.js';
import { seed } from '../../src/emulator/seed.js';
import { PLAIN } from '../../src/io/style.js';
import { outcomeText } from '../../src/render/deletions.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

const at = useEmulator('delete-recheck');
const ids = (n: number): string[] => seed(at.emu.store, { certificates: Array.from({ length: n }, (_, i) => ({ name: `c${i}`, domain: 'c.example.test' })) }, new Date()).certificates;
/** Deploys `id` on an ELB resource, as someone else would while the batch runs. */
const deploy = (id: string): void => void seed(at.emu.store, { resources: [{ service: 'ELB', project: 'cn-north-4', id: `elb-${id}`, certificate_id: id }] }, new Date());
/** A clock that moves RECHECK_AFTER_MS at every reading: each delete is preceded by a look. */
const ticking = (): (() => number) => {
  let now = 0;
  return () => (now += RECHECK_AFTER_MS);
};

describe('deleteMany with recheck', () => {
  it('one deployed while the batch runs is not deleted (refused, with the deployment); the others are', async () => {
    const all = ids(4);
    const { client } = await testClient(at.emu.url);
    const r = await deleteMany(client, all, { intervalMs: 0, recheck: true, clock: ticking(), onStep: (_, i) => i === 1 && deploy(all[2]!) });
    expect(r.results.map((x) => x.result)).toEqual(['deleted', 'deleted', 'refused', 'deleted']);
    expect(r.results[2]!.deployment).toMatchObject({ certificateId: all[2], resources: [expect.objectContaining({ service: 'ELB', region: 'cn-north-4', resourceId: `elb-${all[2]}` })] });
    expect(at.emu.store.get(all[2]!)).toBeDefined();
    expect(r.stoppedBy).toBeUndefined();
    expect(outcomeText(r.results[2]!, 'en', PLAIN)).toBe('not deleted: looked at again just before, it is deployed now (or SCM cannot tell)');
    expect(outcomeText(r.results[2]!, 'zh', PLAIN)).toBe('未删除：删除前再次查询，发现它现在已有部署（或 SCM 无法确定）');
  });

  it('looks once per batch of 20 while the clock says the last look is fresh; never without recheck', async () => {
    const all = ids(3);
    const { client } = await testClient(at.emu.url);
    await deleteMany(client, all, { intervalMs: 0, recheck: true, clock: () => 0 });
    expect(at.emu.store.requests.byOperation['deployed-resources']).toBeUndefined();
    const more = ids(3);
    await deleteMany(client, more, { intervalMs: 0, clock: ticking() });
    expect(at.emu.store.requests.byOperation['deployed-resources']).toBeUndefined();
    const last = ids(3);
    await deleteMany(client, last, { intervalMs: 0, recheck: true, clock: ticking() });
    expect(at.emu.store.requests.byOperation['deployed-resources']).toBe(3);
  });

  it('a look that fails stops the batch: nothing more is deleted on an out-of-date look', async () => {
    const all = ids(3);
    at.emu.faults.add([parseFault({ op: 'deployed-resources', status: 503, times: 20 })]);
    const { client } = await testClient(at.emu.url, { retries: 0 });
    const r = await deleteMany(client, all, { intervalMs: 0, recheck: true, clock: ticking() });
    expect(r.results.map((x) => x.result)).toEqual(['not-attempted', 'not-attempted', 'not-attempted']);
    expect(r.stoppedBy).toBeDefined();
    expect(all.every((id) => at.emu.store.get(id) !== undefined)).toBe(true);
  });
});
